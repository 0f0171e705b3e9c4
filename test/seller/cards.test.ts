// Every card a seller can get, rendered with realistic data and checked the way Teams reads it
// (Adaptive Card 1.5, Action.Execute with an Action.Submit fallback, under 40 KB).

import { describe, expect, it } from 'vitest';
import type { User } from '../../src/app/ports.js';
import type { DigestData } from '../../src/app/seller/digest.js';
import type { Snapshot, WorkItem } from '../../src/app/seller/work.js';
import { renderCard } from '../../src/bot/cards.js';
import { UP_NEXT } from '../../src/bot/views/seller/actions.js';
import { digestView } from '../../src/bot/views/seller/digest.js';
import { flowView } from '../../src/bot/views/seller/flow.js';
import type { Say } from '../../src/bot/views/seller/format.js';
import { upNextView } from '../../src/bot/views/seller/up-next.js';
import { workListView } from '../../src/bot/views/seller/work-list.js';
import { advance, currentStep, isRejection, startEnrollment } from '../../src/domain/engine.js';
import type { CrmRecord, Enrollment, EnrollmentEvent, ManualStep, Sequence } from '../../src/domain/model.js';
import { findTemplateById } from '../../src/domain/templates.js';
import { sayIn } from '../../src/i18n/index.js';
import { cardText } from '../helpers/activities.js';
import { cardProblems, MAX_CARD_BYTES } from '../helpers/card-schema.js';

const say: Say = sayIn('en');
const NOW = new Date('2026-03-04T09:00:00Z');
const seller: User = {
  id: 'aad-dana',
  name: 'Dana Reyes',
  roles: [],
  workingHours: { timeZone: 'Europe/Warsaw', days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
  digestTime: '08:00',
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
};

function demoSequence(): Sequence {
  const template = findTemplateById('product-demo')!;
  return {
    ...structuredClone(template),
    graph: structuredClone(template.graph) as Sequence['graph'],
    ownerId: 'aad-manager',
    status: 'active',
    version: 1,
    tags: [],
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
}

function record(i: number): CrmRecord {
  return {
    id: `rec-${i}`,
    type: 'opportunity',
    // Long, realistic names make the size check meaningful.
    name: `Contoso Pharmaceuticals Europe, demo request ${i} for the quality team in Kraków`,
    company: 'Contoso Pharmaceuticals Europe',
    firstName: 'Anna',
    email: `anna.kowalska${i}@contoso-pharma.example`,
    phone: '+48 600 100 200',
    ownerId: seller.id,
    stage: 'develop',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
}

/** An enrollment driven through `events` from the start, as the engine would. */
function enrollmentAfter(i: number, events: ((e: Enrollment) => EnrollmentEvent)[]): Snapshot {
  const sequence = demoSequence();
  const rec = record(i);
  const ctx = { sequence, workingHours: seller.workingHours };
  let enrollment = startEnrollment(
    { id: `enr-${i}`, sequence, record: rec, sellerId: seller.id, by: 'aad-manager' },
    new Date('2026-03-02T09:00:00Z'),
    ctx,
  ).enrollment;
  for (const event of events) {
    const result = advance(enrollment, event(enrollment), new Date('2026-03-02T09:00:00Z'), ctx);
    if (isRejection(result))
      throw new Error(
        `rejected: ${result.reason} at ${enrollment.current?.stepId} for ${JSON.stringify(event(enrollment))}`,
      );
    enrollment = result.enrollment;
  }
  const step = currentStep(enrollment, sequence);
  return { enrollment, sequence, record: rec, ...(step ? { step } : {}) };
}

const complete =
  (outcome?: 'sent' | 'done' | 'notAnswered') =>
  (e: Enrollment): EnrollmentEvent => ({
    type: 'stepCompleted',
    stepId: e.current!.stepId,
    by: seller.id,
    ...(outcome ? { outcome } : {}),
  });
const timer = (e: Enrollment): EnrollmentEvent => ({
  type: 'timerFired',
  stepId: e.current!.stepId,
  revision: e.revision,
});

const atEmail = (i: number) => enrollmentAfter(i, []);
const atReply = (i: number) =>
  enrollmentAfter(i, [complete('sent'), complete(), complete(), timer, complete('sent')]);
const atCall = (i: number) =>
  enrollmentAfter(i, [
    complete('sent'),
    complete(),
    complete(),
    timer,
    complete('sent'),
    (e) => ({ type: 'outcomeRecorded', stepId: e.current!.stepId, outcome: 'noReply', by: seller.id }),
  ]);
const atWait = (i: number) => enrollmentAfter(i, [complete('sent'), complete(), complete()]);
const atEnd = (i: number) =>
  enrollmentAfter(i, [
    complete('sent'),
    complete(),
    complete(),
    timer,
    complete('sent'),
    (e) => ({ type: 'outcomeRecorded', stepId: e.current!.stepId, outcome: 'replied', by: seller.id }),
    complete(),
    complete(),
  ]);

function item(snapshot: Snapshot): WorkItem {
  const dueAt = new Date(snapshot.enrollment.current!.dueAt);
  return {
    ...snapshot,
    step: snapshot.step as ManualStep,
    waiting: snapshot.step?.kind === 'condition',
    dueAt,
    sortAt: dueAt,
    overdue: NOW.getTime() - dueAt.getTime() > 3_600_000,
  };
}

function check(name: string, view: object): string {
  const card = renderCard(name, view);
  expect(cardProblems(card)).toEqual([]);
  expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(MAX_CARD_BYTES);
  return cardText(card);
}

describe('seller cards', () => {
  it('the Up next card for an email, a call, a waiting reply, a wait and the end', () => {
    const banner = {
      text: '✓ Sent: Thank-you email',
      detail: 'Recorded by Dana Reyes, today 10:00.',
      style: 'good' as const,
    };
    const email = check(
      'up-next',
      upNextView({ snapshot: atEmail(1), seller, now: NOW, say, context: UP_NEXT, banner }),
    );
    expect(email).toContain('Mark sent');
    expect(email).toContain('Or pick a date and time');
    expect(email).toContain('overdue by 2 days');
    const call = check(
      'up-next',
      upNextView({ snapshot: atCall(2), seller, now: NOW, say, context: { ...UP_NEXT, fromList: true } }),
    );
    expect(call).toContain('Left voicemail');
    expect(call).toContain('Back to the list');
    const reply = check(
      'up-next',
      upNextView({ snapshot: atReply(3), seller, now: NOW, say, context: UP_NEXT }),
    );
    expect(reply).toContain('Did Anna reply to "Ask for a demo time"?');
    expect(
      check('up-next', upNextView({ snapshot: atWait(4), seller, now: NOW, say, context: UP_NEXT })),
    ).toContain('Next: Ask for a demo time');
    expect(
      check('up-next', upNextView({ snapshot: atEnd(5), seller, now: NOW, say, context: UP_NEXT })),
    ).toContain('This sequence is complete');
  });

  it('the work list at its fullest page and when empty', () => {
    const items = [1, 2, 3, 4, 5, 6].flatMap((i) =>
      [atEmail(i), atCall(i + 10), atReply(i + 20)].map((s) => ({ ...item(s), record: record(i) })),
    );
    const text = check(
      'work-list',
      workListView({
        items,
        filter: 'all',
        page: 1,
        seller,
        now: NOW,
        say,
        banner: { text: '✓ Answered', detail: 'Next for X: ...', style: 'good' },
      }),
    );
    // Three steps per record: two records (six steps) to a page, so eight steps never overflow a card.
    expect(text).toContain('Page 1 of 3');
    expect(text).toContain('More (2 of 3)');
    // The fullest page possible: eight emails (the longest items) of one record.
    const emails = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => ({ ...item(atEmail(i)), record: record(1) }));
    const full = check(
      'work-list',
      workListView({ items: emails, filter: 'emails', page: 1, seller, now: NOW, say }),
    );
    expect(full).toContain('Emails: 8 to do');
    expect(
      check('work-list', workListView({ items: [], filter: 'calls', page: 1, seller, now: NOW, say })),
    ).toContain('No calls are due today.');
  });

  it('the digest, with and without steps', () => {
    const data: DigestData = {
      date: '2026-03-04',
      items: [atEmail(1), atCall(2), atReply(3), atEmail(4)].map(item),
      dueToday: 1,
      overdue: 2,
      waiting: 1,
      done: 4,
      doneToday: 0,
      doneDate: '2026-03-03',
      doneIsYesterday: true,
    };
    const text = check('digest', digestView({ data, seller, now: NOW, say }));
    expect(text).toContain('Good morning, Dana');
    expect(text).toContain('Show all (4)');
    expect(
      check(
        'digest',
        digestView({
          data: { ...data, items: [], dueToday: 0, overdue: 0, waiting: 0 },
          seller,
          now: NOW,
          say,
        }),
      ),
    ).toContain('Nothing is due today');
  });

  it('the sequence flow, the record choice and the notice', () => {
    const names = new Map([[seller.id, seller.name]]);
    const flow = check(
      'enrollment-flow',
      flowView({ snapshot: atCall(1), seller, names, now: NOW, say, context: UP_NEXT }),
    );
    expect(flow).toContain('✗ Replied with a demo time?: No reply');
    expect(flow).toContain('▶ Call to book the demo');
    check(
      'enrollment-flow',
      flowView({ snapshot: atEnd(2), seller, names, now: NOW, say, context: UP_NEXT }),
    );
    check('seller-choose-record', {
      title: 'Several of your records match "jane doe"',
      question: 'Which one do you mean?',
      choices: [1, 2].map((i) => ({
        title: `Jane Doe · Company ${i}`,
        verb: 'seller.chooseRecord',
        data: { verb: 'seller.chooseRecord', recordId: `rec-${i}`, change: 'qualify' },
      })),
    });
    check('seller-notice', { text: 'Qualified Jane Doe.', style: 'default' });
  });

  it('names the person to reach on an opportunity, with what the step does not show already', () => {
    const call = upNextView({ snapshot: atCall(1), seller, now: NOW, say, context: UP_NEXT });
    expect(call.contact).toEqual([
      { title: 'Contact', value: 'Anna' },
      { title: 'E-mail', value: 'anna.kowalska1@contoso-pharma.example' },
    ]);
    const text = check('up-next', call);
    expect(text).toContain('Contact\nAnna');
    const email = upNextView({ snapshot: atEmail(2), seller, now: NOW, say, context: UP_NEXT });
    expect(email.contact).toEqual([
      { title: 'Contact', value: 'Anna' },
      { title: 'Phone', value: '+48 600 100 200' },
    ]);
  });

  it('offers the next full working hour in the snooze picker, never a time already passed', () => {
    // Wednesday 10:00 in Warsaw: 11:00 the same day.
    const morning = upNextView({ snapshot: atCall(1), seller, now: NOW, say, context: UP_NEXT });
    expect(morning.snooze?.custom).toMatchObject({ date: '2026-03-04', time: '11:00' });
    // Friday 16:30: the working day ends at 17:00, so Monday 08:00.
    const friday = new Date('2026-03-06T15:30:00Z');
    const late = upNextView({ snapshot: atCall(1), seller, now: friday, say, context: UP_NEXT });
    expect(late.snooze?.custom).toMatchObject({ date: '2026-03-09', time: '08:00' });
  });
});
