// What a seller and a manager see on the cards, in the Agents Playground (Teams' own renderer):
// a hostile name shown literally, a short sequence card with its "Show the whole flow" toggle and the
// flow as a picture, a typed edit's one-line answer, the help card, and a call's outcome recorded
// with a note. Every card's height is recorded
// (test-results/e2e/card-heights.txt) and screenshotted.

import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { PLAYGROUND_USER_ID } from '../../src/app/demo-data.js';
import type { Sequence } from '../../src/domain/model.js';
import { findTemplateById } from '../../src/domain/templates.js';
import { t } from '../../src/i18n/index.js';
import { TALL_CARD_PX } from './support/playground-page.js';
import { startStack, type Stack } from './support/stack.js';

const HOSTILE = '<b>x</b> Doe **demo** ${name} [x](https://evil.example)';
const CALLED = 'Maria Campbell';
const NOTE = 'Assistant says she is back on Monday <call then>';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({
    name: 'cards',
    prepare: async (stores, clock) => {
      const now = clock.now();
      // A lead whose name tries every trick: HTML, Markdown, a template expression, a link.
      const lead = (await stores.records.get('demo-lead-2'))!;
      await stores.records.save({
        ...lead,
        id: 'hostile-lead',
        name: HOSTILE,
        firstName: '<b>x</b>',
        lastName: 'Doe',
      });
      // An active outbound sequence, for connecting Maria Campbell in the test.
      // A template's words for itself (aliases) are not part of a sequence.
      const { aliases: _aliases, ...template } = structuredClone(findTemplateById('outbound-prospecting')!);
      const sequence: Sequence = {
        ...template,
        templateId: template.id,
        id: 'seq-e2e-outbound',
        graph: template.graph as Sequence['graph'],
        ownerId: PLAYGROUND_USER_ID,
        status: 'active',
        version: 1,
        tags: [],
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await stores.sequences.save(sequence);
    },
  });
});

afterAll(async () => {
  await stack?.close();
});

const failing = (label: string) =>
  onTestFailed(async () => void (await stack.page.screenshotPage(`${label}-failed`)));

describe('cards a seller trusts at a glance', () => {
  it('shows a hostile name as the characters it is: no bold, no link, nothing swallowed', async () => {
    failing('hostile');
    const { page } = stack;
    const before = await page.cardCount();
    await page.sendMessage('leads');
    const card = await page.waitForCard({ after: before, text: 'Doe' });
    const text = await card.innerText();
    // A word joiner after "://" keeps clients from linking the address; it is invisible.
    expect(text.replace(/\u2060/g, '')).toContain(HOSTILE);
    expect(await card.locator('a[href*="evil"]').count()).toBe(0);
    expect(await card.locator('b, strong').filter({ hasText: /^x$/ }).count()).toBe(0);
    // Our own placeholders are shown too ("connect <name> to <sequence>").
    expect(text).toContain('<sequence>');
    await page.screenshotCard(card, 'hostile-name');
  });

  it('shows a sequence as a short summary; "Show all steps" unfolds the flow', async () => {
    failing('sequence');
    const { page } = stack;
    const before = await page.cardCount();
    await page.sendMessage('create sequence from product demo template');
    const card = await page.waitForCard({
      after: before,
      text: 'Meeting for product demo requests (Alex Wilber)',
    });
    const short = (await card.boundingBox())!.height;
    await page.screenshotCard(card, 'sequence-summary');
    expect(short).toBeLessThan(TALL_CARD_PX);
    await card.getByRole('button', { name: 'Show the whole flow (9 steps)' }).click();
    await expect.poll(async () => (await card.boundingBox())!.height).toBeGreaterThan(short + 100);
    expect(await card.innerText()).toContain('Close as lost');
    // The flow as a picture: the condition's two answers side by side, "yes" on the left.
    const yes = (await card.getByText('✓ Replied').first().boundingBox())!;
    const no = (await card.getByText('✗ No reply').first().boundingBox())!;
    expect(Math.abs(yes.y - no.y)).toBeLessThan(5);
    expect(no.x).toBeGreaterThan(yes.x + yes.width);
    await page.screenshotCard(card, 'sequence-flow-picture');

    // A typed edit answers with one line naming it, and the sequence card only on request.
    const edits = await page.cardCount();
    await page.sendMessage('add a call after step 3: confirm the demo time');
    const edited = await page.waitForCard({ after: edits, text: 'Show the sequence' });
    expect(await edited.innerText()).toContain(
      'Added step 4 "Confirm the demo time" (Phone call) after step 3',
    );
    await page.screenshotCard(edited, 'typed-edit-one-line');
  });

  it('draws the deepest template as a picture, its fourth condition as a list', async () => {
    failing('template-flow');
    const { page } = stack;
    const before = await page.cardCount();
    await page.sendMessage('show the webinar template');
    const card = await page.waitForCard({ after: before, text: 'Webinar follow-up' });
    const short = (await card.boundingBox())!.height;
    expect(short).toBeLessThan(TALL_CARD_PX);
    await page.screenshotCard(card, 'template-flow-summary');
    await card.getByRole('button', { name: /Show the whole flow/ }).click();
    await expect.poll(async () => (await card.boundingBox())!.height).toBeGreaterThan(short + 100);
    expect(await card.innerText()).toContain('Disqualify the lead');
    await page.screenshotCard(card, 'template-flow-picture');
  });

  it('records a call that went unanswered, with a note, and shows it apart from what was done', async () => {
    failing('call');
    const { page } = stack;
    const before = await page.cardCount();
    // Connecting their own record pushes its first step at once (an automated email went out first).
    await page.sendMessage(`connect ${CALLED} to High-volume outbound prospecting`);
    const card = await page.waitForCard({ after: before, text: 'Research the lead on LinkedIn' });
    await page.screenshotCard(card, 'first-step-pushed');
    expect(await page.clickCardButton(card, t('seller.card.markComplete'))).toContain('Introduction call');
    await card.locator('textarea').first().fill(NOTE);
    await page.screenshotCard(card, 'call-with-note');
    const after = await page.clickCardButton(card, t('seller.outcome.notAnswered'));
    expect(after).toContain('✗ No answer');
    await page.screenshotCard(card, 'call-not-answered');
    const flow = await page.clickCardButton(card, t('seller.card.showSequence'));
    expect(flow).toContain(`“${NOTE}”`);
    await page.screenshotCard(card, 'call-history');
    expect(await stack.problems()).toEqual([]);
    for (const { label, height } of page.heights) console.info(`height ${label}: ${height} px`);
  });
  // Last: its "All commands" opens a card inside the card, which the page counts as one more.
  it('answers "help" with five things and the rest one press away', async () => {
    failing('help');
    const { page } = stack;
    const before = await page.cardCount();
    await page.sendMessage('help');
    const card = await page.waitForCard({ after: before, text: 'What I can do for you' });
    expect(await card.innerText()).toContain('templates');
    expect(await card.innerText()).not.toContain('make Dana Reyes a sequence manager');
    await page.screenshotCard(card, 'help');
    await card.getByRole('button', { name: /All commands/ }).click();
    await expect.poll(() => card.innerText()).toContain('make Dana Reyes a sequence manager');
    await page.screenshotCard(card, 'help-all');
  });
});
