// A seller who connects their own record gets the first step's card at once when it is due now,
// as they would if a manager had connected it; a press on a card still gets no second copy.

import { afterEach, expect, it } from 'vitest';
import { timerJobId } from '../../src/app/enrollments.js';
import { UNDO_JOB, undoJobId } from '../../src/bot/actions/seller/undo.js';
import { DANA, message, textsOf } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import {
  checkedText,
  createRecord,
  greet,
  lastPushed,
  press,
  pushedCards,
  sequenceFromTemplate,
} from '../helpers/seller-world.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

it('pushes the first step when the seller connects their own record, and nothing twice after a press', async () => {
  h = await startHarness({ now: new Date('2026-03-02T09:00:00Z') });
  await greet(h, DANA);
  const sequence = await sequenceFromTemplate(h, 'product-demo', 'seq-own', DANA.id);
  await createRecord(h, DANA, { type: 'opportunity', name: 'Contoso demo', email: 'ann@contoso.example' });
  const before = pushedCards(h, DANA).length;
  const { replies } = await h.post(message(DANA, `connect Contoso demo to ${sequence.name}`));
  expect(textsOf(replies).join('\n')).toContain('goes to you');
  await h.ctx.runner.runDue();
  expect(pushedCards(h, DANA)).toHaveLength(before + 1);
  const card = lastPushed(h, DANA);
  expect(checkedText(card)).toContain('Thank-you email');

  // The press answers with the next step in place: no push repeats it, and none is even stored.
  // Undo is kept with the press.
  const answered = await press(h, DANA, card, 'Mark sent');
  expect(checkedText(answered.card)).toContain('Research on LinkedIn');
  const [enrollment] = await h.stores.enrollments.listOpenBySeller(DANA.id);
  expect(await h.stores.jobs.get(timerJobId(enrollment!.id))).toBeUndefined();
  expect(await h.stores.jobs.get(undoJobId(enrollment!.id))).toMatchObject({ type: UNDO_JOB });
  await h.ctx.runner.runDue();
  expect(pushedCards(h, DANA)).toHaveLength(before + 1);
});
