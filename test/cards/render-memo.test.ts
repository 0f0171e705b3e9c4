import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/bot/cards.js';

const help = (title: string) => ({
  title,
  intro: 'Type one of these:',
  roles: 'Your roles: seller',
  first: [{ usage: 'help', description: 'This list.' }],
  more: [{ usage: 'up next', description: 'Your next step.' }],
  moreTitle: 'All commands (1 more)',
  footer: 'Type <b>as</b> you like.',
});

describe('cards rendered again', () => {
  it('are the same card as the first rendering, literal texts included', () => {
    const first = renderCard('help', help('What I can do'));
    const again = renderCard('help', help('What I can do'));
    expect(again).toEqual(first);
    expect(JSON.stringify(again)).toContain('Type \\\\<b\\\\>as\\\\</b\\\\> you like.');
  });

  it('are read only, so that no caller can change the card the next one gets', () => {
    const first = renderCard('help', help('Changed by its caller'));
    expect(() => ((first.body as unknown[]).length = 0)).toThrow(TypeError);
    expect(() => (first.version = 'broken')).toThrow(TypeError);
    const again = renderCard('help', help('Changed by its caller'));
    expect(again.version).toBe('1.5');
    expect((again.body as unknown[]).length).toBeGreaterThan(0);
  });

  it('follow their data: other data, another card', () => {
    const one = JSON.stringify(renderCard('help', help('One title')));
    const other = JSON.stringify(renderCard('help', help('Another title')));
    expect(one).toContain('One title');
    expect(other).toContain('Another title');
    expect(other).not.toContain('One title');
  });

  it('stay right past the number remembered', () => {
    for (let i = 0; i < 600; i++) {
      expect(JSON.stringify(renderCard('help', help(`Title ${i}`)))).toContain(`Title ${i}`);
    }
    expect(JSON.stringify(renderCard('help', help('Title 3')))).toContain('Title 3');
  });
});
