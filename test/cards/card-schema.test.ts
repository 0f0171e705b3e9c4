import { describe, expect, it } from 'vitest';
import { renderCard } from '../../src/bot/cards.js';
import { cardProblems } from '../helpers/card-schema.js';

describe('the card checker', () => {
  it('passes the help card', () => {
    const card = renderCard('help', {
      title: 'What I can do for you',
      intro: 'Type one of these:',
      roles: 'Your roles: seller',
      first: [{ usage: 'help', description: 'This list.' }],
      more: [{ usage: 'up next', description: 'Your next step.' }],
      moreTitle: 'All commands (1 more)',
      footer: 'Type as you like.',
    });
    expect(cardProblems(card)).toEqual([]);
  });

  it('finds unknown elements, missing verbs and fallbacks, unbound expressions and the wrong version', () => {
    const problems = cardProblems({
      type: 'AdaptiveCard',
      version: '1.4',
      body: [{ type: 'Bogus' }, { type: 'TextBlock', text: '${missing}' }],
      actions: [
        { type: 'Action.Execute', title: 'No verb' },
        { type: 'Action.Execute', title: 'No fallback', verb: 'x' },
      ],
    });
    expect(problems.join('\n')).toMatch(/version must be "1.5"/);
    expect(problems.join('\n')).toMatch(/Bogus/);
    expect(problems.join('\n')).toMatch(/unbound/);
    expect(problems.join('\n')).toMatch(/without a verb/);
    expect(problems.join('\n')).toMatch(/"x" needs an Action.Submit fallback/);
  });

  it('finds a card over 28 KB', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'x'.repeat(29 * 1024) }],
    };
    expect(cardProblems(card).join('\n')).toMatch(/over 28672/);
  });
});
