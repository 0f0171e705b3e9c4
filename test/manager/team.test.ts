// "team": a manager sees each seller's due and overdue steps and the oldest one; a seller may not.

import { afterEach, expect, it } from 'vitest';
import { DANA, SAM, cardsOf, message, textsOf, type TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import {
  advanceTo,
  checkedText,
  connect,
  createRecord,
  greet,
  sequenceFromTemplate,
} from '../helpers/seller-world.js';

const LEE: TestUser = { id: 'aad-lee', name: 'Lee Park', timeZone: 'Europe/Warsaw' };

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

it('lists each seller with open work, the most overdue first, with the oldest step; sellers are refused', async () => {
  h = await startHarness({ now: new Date('2026-03-02T09:00:00Z'), env: { ADMIN_IDS: DANA.id } });
  for (const user of [DANA, SAM, LEE]) await greet(h, user);
  await sequenceFromTemplate(h, 'product-demo');
  const late = await createRecord(h, SAM, { type: 'opportunity', name: 'Northwind demo' });
  await connect(h, 'seq-product-demo', late.id);
  // Two days on, Sam's step is overdue; Lee's, connected now, is due.
  await advanceTo(h, '2026-03-04T09:00:00Z');
  const fresh = await createRecord(h, LEE, { type: 'opportunity', name: 'Contoso demo' });
  await connect(h, 'seq-product-demo', fresh.id);

  const { replies } = await h.post(message(DANA, 'overdue by seller'));
  const text = checkedText(cardsOf(replies)[0]);
  expect(text).toContain('Your team today');
  expect(text.indexOf('Sam Lee')).toBeLessThan(text.indexOf('Lee Park'));
  expect(text).toContain('0 due · 1 overdue');
  expect(text).toContain('Oldest: Thank-you email for Northwind demo, overdue by 1 day');
  expect(text).toContain('1 due · 0 overdue');
  expect(text).toContain('Oldest: Thank-you email for Contoso demo, due now');
  expect(text).not.toContain('Dana Reyes');

  const byWord = await h.post(message(DANA, 'team'));
  expect(checkedText(cardsOf(byWord.replies)[0])).toContain('Your team today');

  const refused = await h.post(message(SAM, 'team'));
  expect(cardsOf(refused.replies)).toHaveLength(0);
  expect(textsOf(refused.replies).join()).toMatch(/team/);
});
