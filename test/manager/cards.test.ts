// Every card the managers' side sends passes the Adaptive Card 1.5 check and stays under 40 KB:
// the flow of each template, a sequence made from each, and a sequence far longer than any template.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sequence } from '../../src/domain/model.js';
import { builtInTemplates } from '../../src/domain/templates.js';
import type { TestUser } from '../helpers/activities.js';
import { MAX_CARD_BYTES, cardProblems } from '../helpers/card-schema.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { buttonsOf, press, say } from '../helpers/manager-chat.js';

const DANA: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw' };

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const bytes = (card: unknown): number => Buffer.byteLength(JSON.stringify(card), 'utf8');

describe("the managers' cards", () => {
  it.each(builtInTemplates().map((template) => [template.id, template.name]))(
    'the %s template: its flow card and the card of a sequence made from it',
    async (id, name) => {
      const flow = await say(h, DANA, `show the ${id.replace(/-/g, ' ')} template`);
      expect(flow.all).toContain(name);
      // The flow keeps a way back to the list it is one of.
      const back = await press(h, DANA, flow.cards[0], 'All templates');
      expect(back.all).toContain('High-volume outbound prospecting');
      expect(buttonsOf(back.cards[0])).toContain('Show the flow');
      const created = await say(h, DANA, `create sequence from ${id.replace(/-/g, ' ')} template`);
      const card = created.cards[0]!;
      expect(cardProblems(card)).toEqual([]);
      expect(bytes(card)).toBeLessThan(MAX_CARD_BYTES);
      expect(buttonsOf(card)).toEqual(
        expect.arrayContaining(['Activate', 'Customise', 'Stats', 'Copy', 'Delete']),
      );
      // One primary button on the summary; the forms on a card of their own, with a way back.
      expect(JSON.stringify(card).match(/"style":"positive"/g)).toHaveLength(1);
      const form = (await press(h, DANA, card, 'Customise')).cards[0]!;
      expect(bytes(form)).toBeLessThan(MAX_CARD_BYTES);
      expect(buttonsOf(form)).toEqual(
        expect.arrayContaining(['Add the step', 'Remove the step', 'Rename', 'Back to the sequence']),
      );
    },
  );

  it('shortens a very long sequence to fit, rather than sending a card Teams would refuse', async () => {
    await say(h, DANA, 'create a blank sequence for leads named Marathon');
    const [blank] = await h.stores.sequences.list();
    const steps: Sequence['graph']['steps'] = Array.from({ length: 60 }, (_, i) => ({
      id: `task-${i}`,
      kind: 'task' as const,
      name: `Task number ${i} with a fairly long name`,
      description: 'Do something useful for the customer. '.repeat(8),
      ...(i < 59 ? { next: `task-${i + 1}` } : {}),
    }));
    await h.stores.sequences.save({ ...blank!, graph: { start: 'task-0', steps } });
    const shown = await say(h, DANA, 'open Marathon');
    expect(bytes(shown.cards[0])).toBeLessThan(MAX_CARD_BYTES);
    expect(shown.all).toContain('40. Task: Task number 39 with a fairly long name');
    expect(shown.all).not.toContain('41. Task');
    expect(shown.all).toContain('… and 20 more');
    expect(shown.all).not.toContain('Do something useful');
    // Four lines at a glance, the rest behind "Show the whole flow"; too long to draw, it stays a list.
    expect(shown.all).toContain('Show the whole flow (60 steps)');
    expect(shown.all).not.toContain('■ End');
    const form = (await press(h, DANA, shown.cards[0], 'Customise')).cards[0];
    expect(bytes(form)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('lists the first 30 sequences by name and says which of how many it shows, filtered too', async () => {
    await say(h, DANA, 'create a blank sequence for leads named Base');
    const [base] = await h.stores.sequences.list();
    for (let i = 0; i < 40; i++) {
      const name = `Outreach ${String(i).padStart(2, '0')}`;
      await h.stores.sequences.save({
        ...base!,
        id: `bulk-${i}`,
        name,
        recordType: i % 2 === 0 ? 'lead' : 'opportunity',
      });
    }
    const all = await say(h, DANA, 'sequences');
    expect(bytes(all.cards[0])).toBeLessThan(MAX_CARD_BYTES);
    expect(all.all).toContain('Base');
    expect(all.all).toContain('Outreach 28');
    expect(all.all).not.toContain('Outreach 29');
    expect(all.all).toContain('1–30 of 41');
    expect(buttonsOf(all.cards[0])).toEqual([...Array(30).fill('Open'), 'Next page']);
    const opportunities = await say(h, DANA, 'opportunity sequences');
    expect(opportunities.all).toContain('Outreach 39');
    expect(opportunities.all).not.toContain('Base');
    expect(opportunities.all).not.toContain(' of 20');
    expect(buttonsOf(opportunities.cards[0])).not.toContain('Next page');
  });

  it('lists, templates, roles, records and stats all pass (the conversation helper checks every card)', async () => {
    for (const phrase of ['templates', 'sequences', 'roles', 'leads', 'contacts']) {
      const answer = await say(h, DANA, phrase);
      expect(answer.cards).toHaveLength(1);
    }
  });
});
