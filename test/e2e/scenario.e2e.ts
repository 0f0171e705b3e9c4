// The product's story in the Agents Playground, as issue #5 tells it: a manager creates a sequence
// from the product demo template, activates it, connects a record and looks at the record's card;
// the seller types "up next", presses an outcome button and sees the card change in place; time moves on and the next card
// arrives by itself. Every card is screenshotted to test-results/e2e/ and the Playground must
// report no problem at all.

import { afterEach, describe, expect, it, onTestFailed } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { startStack, type Stack } from './support/stack.js';

/** Demo opportunity owned by the Playground's user (src/app/demo-data.ts). */
const RECORD = { id: 'demo-opportunity-1', name: 'Woodgrove Bank: 250 seats' };
/** What "create sequence from product demo template" names the new sequence: template (owner). */
const SEQUENCE = 'Meeting for product demo requests (Alex Wilber)';
const DAY_MS = 24 * 60 * 60 * 1000;

let stack: Stack | undefined;

afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

/** Screenshot of the whole page when a test fails, next to the card screenshots. */
function screenshotOnFailure(label: string): void {
  onTestFailed(async () => {
    await stack?.page.screenshotPage(`${label}-failed`).catch(() => undefined);
  });
}

describe('a sales sequence in the Playground', () => {
  it('manager creates, activates and connects; the seller works the step; the next one arrives by itself', async () => {
    screenshotOnFailure('scenario');
    stack = await startStack({ name: 'scenario' });
    const { page } = stack;

    // The manager (the Playground's user is also a sequence manager in the demo data).
    let before = await page.cardCount();
    await page.sendMessage('create sequence from product demo template');
    const created = await page.waitForCard({ after: before, text: SEQUENCE });
    expect(await created.innerText()).toMatch(/Draft/);
    await page.screenshotCard(created, 'sequence-created');

    before = await page.cardCount();
    await page.sendMessage('activate');
    const confirm = await page.waitForCard({ after: before, text: /Activate/ });
    await page.screenshotCard(confirm, 'activate-confirm');
    expect(await page.clickCardButton(confirm, 'Activate')).toMatch(/is active/);
    await page.screenshotCard(confirm, 'sequence-active');

    await page.sendMessage(`connect ${RECORD.name} to ${SEQUENCE}`);
    await page.waitForBotText(new RegExp(`Connected ${escape(RECORD.name)}`));

    // The record's own card, asked for by its name: its sequence and the step it stands on.
    before = await page.cardCount();
    await page.sendMessage(`show ${RECORD.name}`);
    const recordCard = await page.waitForCard({ after: before, text: 'Current step' });
    expect(await recordCard.innerText()).toContain(SEQUENCE);
    expect(await recordCard.innerText()).toContain('Thank-you email');
    await page.screenshotCard(recordCard, 'record-view');

    // The seller: the record's owner is the same demo user.
    before = await page.cardCount();
    await page.sendMessage('up next');
    const card = await page.waitForCard({ after: before, text: 'Thank-you email' });
    expect(await card.innerText()).toContain(RECORD.name);
    await page.screenshotCard(card, 'up-next');

    // An outcome button: the same card now says what was recorded and shows the next step.
    const cardsBeforeClick = await page.cardCount();
    expect(await page.clickCardButton(card, t('seller.card.markSent'))).toContain('Research on LinkedIn');
    expect(await page.cardCount()).toBe(cardsBeforeClick);
    await page.screenshotCard(card, 'after-mark-sent');

    // Two LinkedIn steps, then the sequence waits a day.
    expect(await page.clickCardButton(card, t('seller.card.markComplete'))).toContain('Connect on LinkedIn');
    await page.clickCardButton(card, t('seller.card.markComplete'));
    await page.screenshotCard(card, 'waiting');

    // A day and a bit later the next email step is due, and its card comes without asking.
    before = await page.cardCount();
    await stack.advanceClock({ ms: DAY_MS + 2 * 60 * 60 * 1000 });
    const pushed = await page.waitForCard({ after: before, text: 'Ask for a demo time' });
    await page.screenshotCard(pushed, 'pushed-next-step');

    expect(await stack.problems()).toEqual([]);
    for (const limitation of page.limitations)
      console.info(`Playground limitation (not a failure): ${limitation}`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
