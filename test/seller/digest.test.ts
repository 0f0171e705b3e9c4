// The daily digest: at 8:00 in each seller's own time zone on working days, once a day, only when
// something is due or overdue, and still sent once when the server restarts at 8:00.

import { afterEach, describe, expect, it } from 'vitest';
import { DANA, SAM, cardsOf, message, type TestUser } from '../helpers/activities.js';
import { startHarness, tempDataDir, type Harness } from '../helpers/harness.js';
import {
  advanceTo,
  checkedText,
  connect,
  createRecord,
  greet,
  press,
  pushedCards,
  sequenceFromTemplate,
} from '../helpers/seller-world.js';
import { digestJobId } from '../../src/app/seller/digest.js';
import { sellerServicesOf } from '../../src/app/seller/install.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const LEE: TestUser = { id: 'aad-lee', name: 'Lee Park', timeZone: 'Europe/Warsaw' };

const digests = (harness: Harness, user: TestUser, day = ''): Record<string, unknown>[] =>
  pushedCards(harness, user).filter((card) => checkedText(card).includes(`Your sequences today, ${day}`));

describe('the daily digest', () => {
  it('comes at 8:00 in Warsaw and at 8:00 in New York, once a day, and not to a seller with nothing due', async () => {
    h = await startHarness({ now: new Date('2026-03-02T09:00:00Z') });
    for (const user of [DANA, SAM, LEE]) await greet(h, user);
    await sequenceFromTemplate(h, 'product-demo');
    const danaDeal = await createRecord(h, DANA, {
      type: 'opportunity',
      name: 'Contoso demo',
      email: 'a@contoso.example',
    });
    const samDeal = await createRecord(h, SAM, {
      type: 'opportunity',
      name: 'Northwind demo',
      phone: '+1 212 555 0100',
    });
    await connect(h, 'seq-product-demo', danaDeal.id);
    await connect(h, 'seq-product-demo', samDeal.id);

    // Sam's Monday 8:00 in New York (13:00 UTC) was still ahead when he said hello: he got Monday's.
    await advanceTo(h, '2026-03-02T23:00:00Z');
    expect(digests(h, SAM, 'Mon 2 Mar')).toHaveLength(1);
    expect(digests(h, DANA)).toHaveLength(0);

    // Tuesday 8:00 in Warsaw is 07:00 UTC; New York's 8:00 is 13:00 UTC.
    await advanceTo(h, '2026-03-03T07:30:00Z');
    expect(digests(h, DANA, 'Tue 3 Mar')).toHaveLength(1);
    expect(digests(h, SAM, 'Tue 3 Mar')).toHaveLength(0);
    const danaDigest = checkedText(digests(h, DANA, 'Tue 3 Mar')[0]);
    expect(danaDigest).toContain('Good morning, Dana');
    expect(danaDigest).toMatch(/Overdue\n1/);
    expect(danaDigest).toMatch(/Due today\n0/);
    expect(danaDigest).toContain('Contoso demo');
    expect(danaDigest).toContain('overdue by 22 hours');

    await advanceTo(h, '2026-03-03T13:30:00Z');
    const samDigest = digests(h, SAM, 'Tue 3 Mar');
    expect(samDigest).toHaveLength(1);
    expect(checkedText(samDigest[0])).toContain('Good morning, Sam');
    expect(checkedText(samDigest[0])).toContain('overdue by 1 day');

    // Once a day; Lee has nothing due and gets none; Wednesday brings the next one.
    await advanceTo(h, '2026-03-03T23:00:00Z');
    expect(digests(h, DANA)).toHaveLength(1);
    expect(digests(h, SAM)).toHaveLength(2);
    expect(digests(h, LEE)).toHaveLength(0);
    expect((await h.stores.users.get(DANA.id))?.lastDigestDate).toBe('2026-03-03');
    await advanceTo(h, '2026-03-04T07:30:00Z');
    expect(digests(h, DANA, 'Wed 4 Mar')).toHaveLength(1);
    expect(checkedText(digests(h, DANA, 'Wed 4 Mar')[0])).toContain('Done yesterday\n0');
  });

  it('skips weekends, counts what was done on the last working day, and its buttons work', async () => {
    h = await startHarness({ now: new Date('2026-03-06T09:00:00Z') });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'product-demo');
    const deal = await createRecord(h, DANA, {
      type: 'opportunity',
      name: 'Contoso demo',
      email: 'a@contoso.example',
    });
    const other = await createRecord(h, DANA, {
      type: 'opportunity',
      name: 'Tailspin demo',
      email: 't@tailspin.example',
    });
    await connect(h, 'seq-product-demo', deal.id);
    await connect(h, 'seq-product-demo', other.id);
    // Friday: Dana sends one thank-you email from its card.
    const contosoCard = pushedCards(h, DANA).find((card) => checkedText(card).includes('Contoso demo'));
    await press(h, DANA, contosoCard, 'Mark sent');

    await advanceTo(h, '2026-03-08T20:00:00Z');
    expect(digests(h, DANA)).toHaveLength(0);
    await advanceTo(h, '2026-03-09T07:30:00Z');
    const [digest] = digests(h, DANA);
    const text = checkedText(digest);
    expect(text).toContain('Done on Friday\n1');
    expect(text).toContain('Show all (2)');

    // One click from the digest records the step and refreshes the digest.
    const answer = await press(h, DANA, digest, 'Mark complete');
    const after = checkedText(answer.card);
    expect(after).toContain('✓ Done: Research on LinkedIn for Contoso demo.');
    expect(after).toContain('Good morning, Dana');
    const all = await press(h, DANA, digest, 'Show all (2)');
    expect(checkedText(all.card)).toContain('Up next: 2 to do');
  });

  it('"digest" shows today\'s digest on request without using up the morning one', async () => {
    h = await startHarness({ now: new Date('2026-03-02T09:00:00Z') });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'product-demo');
    const deal = await createRecord(h, DANA, { type: 'opportunity', name: 'Contoso demo' });
    await connect(h, 'seq-product-demo', deal.id);
    const { replies } = await h.post(message(DANA, 'Could you show me my digest, please?'));
    const text = checkedText(cardsOf(replies)[0]);
    expect(text).toContain('Good morning, Dana');
    expect(text).toMatch(/Due today\n1/);
    expect((await h.stores.users.get(DANA.id))?.lastDigestDate).toBeUndefined();
  });

  it("greets by the seller's local hour and counts what they did by their local day", async () => {
    // 12:30 UTC is 13:30 in Warsaw: the afternoon there, whatever the server's clock says.
    h = await startHarness({ now: new Date('2026-03-02T12:30:00Z') });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'product-demo');
    const deal = await createRecord(h, DANA, { type: 'opportunity', name: 'Contoso demo' });
    const other = await createRecord(h, DANA, { type: 'opportunity', name: 'Fabrikam demo' });
    await connect(h, 'seq-product-demo', deal.id);
    await connect(h, 'seq-product-demo', other.id);
    const card = pushedCards(h, DANA).find((c) => checkedText(c).includes('Contoso demo'));
    await press(h, DANA, card, 'Mark sent');
    const { replies } = await h.post(message(DANA, 'digest'));
    const text = checkedText(cardsOf(replies)[0]);
    expect(text).toContain('Good afternoon, Dana');
    expect(text).not.toContain('Good morning');
    expect(text).toMatch(/Done today\n1/);
    // Late in the evening in Warsaw (22:30 local) it is still the same local day.
    await advanceTo(h, '2026-03-02T21:30:00Z');
    const evening = checkedText(cardsOf((await h.post(message(DANA, 'digest'))).replies)[0]);
    expect(evening).toContain('Good evening, Dana');
    expect(evening).toMatch(/Done today\n1/);
  });

  it('is sent once when the server restarts at 8:00, and again when its job was lost', async () => {
    const dataDir = tempDataDir();
    h = await startHarness({ now: new Date('2026-03-02T09:00:00Z'), dataDir });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'product-demo');
    const deal = await createRecord(h, DANA, { type: 'opportunity', name: 'Contoso demo' });
    await connect(h, 'seq-product-demo', deal.id);
    await advanceTo(h, '2026-03-03T06:59:00Z');
    await h.close();

    // The server comes back at 8:00 Warsaw time; Teams reaches it through a new connector.
    const restart = async (at: string): Promise<Harness> => {
      const next = await startHarness({ now: new Date(at), dataDir });
      await sellerServicesOf(next.ctx)?.ready;
      const user = await next.stores.users.get(DANA.id);
      await next.stores.users.save({
        ...user!,
        conversationReference: { ...user!.conversationReference, serviceUrl: next.connector.url },
      });
      await next.ctx.runner.runDue();
      return next;
    };
    h = await restart('2026-03-03T07:00:00Z');
    expect(digests(h, DANA)).toHaveLength(1);
    await h.close();

    h = await restart('2026-03-03T07:05:00Z');
    expect(digests(h, DANA)).toHaveLength(0);
    expect((await h.stores.jobs.get(digestJobId(DANA.id)))?.runAt).toBe('2026-03-04T07:00:00.000Z');

    // Wednesday: the digest job is lost (say, a store restored from backup) and the server restarts at 8:10.
    await h.ctx.runner.cancel(digestJobId(DANA.id));
    await h.close();
    h = await restart('2026-03-04T07:10:00Z');
    expect(digests(h, DANA)).toHaveLength(1);
    expect((await h.stores.users.get(DANA.id))?.lastDigestDate).toBe('2026-03-04');
  });
  it('plans a digest job for each of 600 sellers at start-up (more than one chunk)', async () => {
    const dataDir = tempDataDir();
    const first = await startHarness({ now: new Date('2026-03-02T09:00:00Z'), dataDir });
    h = first;
    await greet(first, DANA);
    const template = (await first.stores.users.get(DANA.id))!;
    const ids = Array.from({ length: 600 }, (_, i) => `aad-many-${String(i).padStart(3, '0')}`);
    await first.stores.transaction(async (tx) => {
      for (const id of ids)
        await tx.users.save({ ...template, id, name: `Seller ${id}`, lastDigestDate: undefined });
    });
    await first.close();
    const next = await startHarness({ now: new Date('2026-03-02T18:00:00Z'), dataDir });
    h = next;
    await sellerServicesOf(next.ctx)?.ready;
    const planned = await Promise.all(ids.map((id) => next.stores.jobs.get(digestJobId(id))));
    expect(planned.filter(Boolean)).toHaveLength(ids.length);
    // Evening in Warsaw: every one is for the next morning at 8:00 local time.
    expect(new Set(planned.map((job) => job?.runAt))).toEqual(new Set(['2026-03-03T07:00:00.000Z']));
  });
});
