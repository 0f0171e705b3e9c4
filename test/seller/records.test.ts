// A seller moves their own records along the sales process: "qualify Jane Doe" makes an
// opportunity and takes the lead out of its lead sequences; disqualify and close do the same.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DANA, SAM, cardsOf, execute, message, textsOf } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import {
  checkedText,
  connect,
  createRecord,
  greet,
  invokeAnswer,
  press,
  sequenceFromTemplate,
} from '../helpers/seller-world.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ now: new Date('2026-03-02T09:00:00Z') });
  await greet(h, DANA);
  await greet(h, SAM);
  await sequenceFromTemplate(h, 'webinar-follow-up');
  await sequenceFromTemplate(h, 'product-demo');
});
afterEach(async () => {
  await h.close();
});

const say = async (text: string) => {
  const { replies } = await h.post(message(DANA, text));
  return { text: textsOf(replies).join('\n'), card: cardsOf(replies)[0] };
};

describe('record changes by the seller', () => {
  it('"qualify Jane Doe" turns the lead into an opportunity and takes it out of its lead sequences', async () => {
    const lead = await createRecord(h, DANA, {
      type: 'lead',
      name: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      company: 'Fabrikam',
      email: 'jane@fabrikam.example',
    });
    const enrollmentId = await connect(h, 'seq-webinar-follow-up', lead.id);
    const { text } = await say('Please qualify jane doe');
    expect(text).toContain(
      'Qualified Jane Doe: it is now the opportunity "Fabrikam: Jane Doe" (stage Develop). Lead sequences it left: 1.',
    );

    const updated = await h.stores.records.get(lead.id);
    expect(updated?.status).toBe('qualified');
    const opportunity = await h.stores.records.get(updated!.qualifiedToId!);
    expect(opportunity).toMatchObject({
      type: 'opportunity',
      stage: 'develop',
      ownerId: DANA.id,
      originatingLeadId: lead.id,
      email: 'jane@fabrikam.example',
    });
    expect(await h.stores.enrollments.get(enrollmentId)).toMatchObject({ status: 'exited' });
    // The opportunity can go on in an opportunity sequence.
    const next = await h.ctx.enrollments.connect('seq-product-demo', opportunity!.id, DANA.id);
    expect(next.ok).toBe(true);
  });

  it('asks with buttons when several leads match, and says so when none of hers does', async () => {
    await createRecord(h, DANA, {
      type: 'lead',
      name: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      company: 'Contoso',
    });
    const second = await createRecord(h, DANA, {
      type: 'lead',
      name: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      company: 'Tailspin',
    });
    await createRecord(h, SAM, { type: 'lead', name: 'Max Mustermann', company: 'Litware' });

    const { card } = await say('qualify Jane Doe');
    const text = checkedText(card);
    expect(text).toContain('Several of your records match "Jane Doe"');
    // Each button says what it does.
    const chosen = await press(h, DANA, card, 'Qualify Jane Doe · Tailspin');
    expect(checkedText(chosen.card)).toContain('Qualified Jane Doe');
    expect((await h.stores.records.get(second.id))?.status).toBe('qualified');

    // Sam's lead is not hers: not found, and nothing changes.
    expect((await say('qualify Max Mustermann')).text).toContain(
      'I found no open lead named "Max Mustermann"',
    );
    expect((await h.stores.records.list('lead')).find((r) => r.name === 'Max Mustermann')?.status).toBe(
      'new',
    );
    // A forged choice for Sam's lead is refused too.
    const sams = (await h.stores.records.list('lead')).find((r) => r.name === 'Max Mustermann')!;
    const forged = await press(h, DANA, card, 'Qualify Jane Doe · Contoso');
    expect(checkedText(forged.card)).toContain('Qualified Jane Doe');
    const refused = invokeAnswer(
      await h.post(
        execute(DANA, 'seller.chooseRecord', {
          verb: 'seller.chooseRecord',
          recordId: sams.id,
          change: 'qualify',
        }),
      ),
    );
    expect(checkedText(refused.card)).toContain('assigned to someone else');
    expect((await h.stores.records.get(sams.id))?.status).toBe('new');
  });

  it('"disqualify" closes a lead and "close ... as won" an opportunity; both leave their sequences', async () => {
    const lead = await createRecord(h, DANA, { type: 'lead', name: 'Olga Ivanova', company: 'Northwind' });
    const leadEnrollment = await connect(h, 'seq-webinar-follow-up', lead.id);
    const deal = await createRecord(h, DANA, { type: 'opportunity', name: 'Contoso renewal' });
    const dealEnrollment = await connect(h, 'seq-product-demo', deal.id);

    expect((await say('disqualify Olga Ivanova')).text).toContain(
      'Disqualified Olga Ivanova. Sequences it left: 1.',
    );
    expect((await h.stores.records.get(lead.id))?.status).toBe('disqualified');
    expect((await h.stores.enrollments.get(leadEnrollment))?.status).toBe('exited');

    expect((await say('close Contoso renewal as won')).text).toContain(
      'Closed Contoso renewal as won. Sequences it left: 1.',
    );
    expect((await h.stores.records.get(deal.id))?.stage).toBe('won');
    expect((await h.stores.enrollments.get(dealEnrollment))?.status).toBe('exited');

    expect((await say('close Contoso renewal as lost')).text).toContain('I found no open opportunity');
    expect((await say('close Tailspin deal')).text).toContain('Won or lost?');
  });
});
