import { describe, expect, it } from 'vitest';
import {
  advance,
  currentStep,
  isRejection,
  startEnrollment,
  upcomingSteps,
  type EngineContext,
} from '../../src/domain/engine.js';
import type {
  CrmRecord,
  Effect,
  Enrollment,
  EnrollmentEvent,
  Outcome,
  Rejection,
  RejectionReason,
  Sequence,
  StepGraph,
  Transition,
  WorkingHours,
} from '../../src/domain/model.js';
import {
  ADVANCE,
  AUTOMATED_INTRO,
  AUTOMATED_THEN_CONDITION,
  CALL_CONDITION,
  COMMAND_LOOP,
  COMMANDS,
  EMAIL_CONDITION,
  EMPTY,
  MANUAL_CHAIN,
  UTC_HOURS,
  YES_ONLY_CONDITION,
  lead,
  opportunity,
  sequenceOf,
} from './graphs.js';

// Working hours are Monday to Friday 08:00-17:00 UTC; 2026-03-02 is a Monday.
const MON_0900 = new Date('2026-03-02T09:00:00Z');
const MON_1000 = new Date('2026-03-02T10:00:00Z');
const MON_1300 = new Date('2026-03-02T13:00:00Z');
const MON_1800 = new Date('2026-03-02T18:00:00Z');
const TUE_0900 = new Date('2026-03-03T09:00:00Z');
const SAT_1200 = new Date('2026-03-07T12:00:00Z');

const iso = (d: Date) => d.toISOString();

function contextFor(graph: StepGraph, overrides: Partial<Sequence> = {}, hours: WorkingHours = UTC_HOURS) {
  return { sequence: sequenceOf(graph, overrides), workingHours: hours } satisfies EngineContext;
}

/** Connects the default lead (owned by seller-1) at `now`; `by` is the seller themselves. */
function start(graph: StepGraph, now: Date = MON_0900, record: CrmRecord = lead()) {
  const ctx = contextFor(graph, { recordType: record.type });
  const transition = startEnrollment(
    { id: 'enr-1', sequence: ctx.sequence, record, sellerId: 'seller-1', by: 'seller-1' },
    now,
    ctx,
  );
  return { ctx, ...transition };
}

function accepted(result: Transition | Rejection): Transition {
  if (isRejection(result)) throw new Error(`expected a transition, got rejection "${result.reason}"`);
  return result;
}

function rejected(result: Transition | Rejection): Rejection {
  if (!isRejection(result)) throw new Error('expected a rejection, got a transition');
  return result;
}

/** Applies events one after another, each at its own time, and returns the last transition. */
function run(enrollment: Enrollment, ctx: EngineContext, ...steps: [EnrollmentEvent, Date][]): Transition {
  let last: Transition = { enrollment, effects: [] };
  for (const [event, now] of steps) last = accepted(advance(last.enrollment, event, now, ctx));
  return last;
}

const scheduling = (effects: Effect[]) =>
  effects.filter((e) => e.type === 'notifyDue' || e.type === 'scheduleTimer');
const actions = (e: Enrollment) => e.history.map((h) => h.action);

const complete = (stepId: string, outcome?: Outcome) =>
  ({ type: 'stepCompleted', stepId, by: 'seller-1', ...(outcome ? { outcome } : {}) }) as const;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('startEnrollment', () => {
  it('connects the record and makes the first manual step due now', () => {
    const { enrollment, effects } = start(MANUAL_CHAIN);

    expect(enrollment).toEqual({
      id: 'enr-1',
      sequenceId: 'seq-1',
      sequenceVersion: 1,
      recordId: 'lead-1',
      recordType: 'lead',
      sellerId: 'seller-1',
      status: 'active',
      current: { stepId: 'email', since: iso(MON_0900), dueAt: iso(MON_0900) },
      outcomes: {},
      history: [
        { at: iso(MON_0900), action: 'connected', by: 'seller-1' },
        { at: iso(MON_0900), action: 'entered', stepId: 'email', by: 'system' },
      ],
      revision: 1,
      createdAt: iso(MON_0900),
      updatedAt: iso(MON_0900),
    });
    expect(effects).toEqual([
      {
        type: 'notifyDue',
        enrollmentId: 'enr-1',
        sellerId: 'seller-1',
        stepId: 'email',
        at: iso(MON_0900),
        revision: 1,
      },
    ]);
  });

  it('makes a step connected after hours due at the next working morning', () => {
    const { enrollment, effects } = start(MANUAL_CHAIN, MON_1800);
    expect(enrollment.current).toEqual({
      stepId: 'email',
      since: iso(MON_1800),
      dueAt: '2026-03-03T08:00:00.000Z',
    });
    expect(effects).toEqual([expect.objectContaining({ type: 'notifyDue', at: '2026-03-03T08:00:00.000Z' })]);
  });

  it('completes an empty sequence at once', () => {
    const { enrollment, effects } = start(EMPTY);
    expect(enrollment.status).toBe('completed');
    expect(enrollment.current).toBeUndefined();
    expect(enrollment.revision).toBe(1);
    expect(actions(enrollment)).toEqual(['connected', 'finished']);
    expect(effects).toEqual([
      { type: 'enrollmentEnded', enrollmentId: 'enr-1', status: 'completed', reason: 'finished' },
    ]);
  });

  it('refuses a record of another type than the sequence’s', () => {
    const ctx = contextFor(MANUAL_CHAIN, { recordType: 'contact' });
    expect(() =>
      startEnrollment(
        { id: 'enr-1', sequence: ctx.sequence, record: lead(), sellerId: 's', by: 's' },
        MON_0900,
        ctx,
      ),
    ).toThrow(/lead lead-1/);
  });

  it('throws for a graph that loops without ever waiting', () => {
    expect(() => start(COMMAND_LOOP)).toThrow(/loops without waiting/);
  });

  it('does not change its inputs', () => {
    const ctx = deepFreeze(contextFor(AUTOMATED_INTRO));
    const record = deepFreeze(lead());
    const { enrollment } = startEnrollment(
      { id: 'enr-1', sequence: ctx.sequence, record, sellerId: 'seller-1', by: 'seller-1' },
      MON_0900,
      ctx,
    );
    expect(enrollment.current?.stepId).toBe('pause');
  });
});

describe('automated email', () => {
  it('is sent at once inside working hours, and the engine moves on', () => {
    const { enrollment, effects } = start(AUTOMATED_INTRO, MON_0900);

    expect(effects).toEqual([
      {
        type: 'sendEmail',
        enrollmentId: 'enr-1',
        recordId: 'lead-1',
        sellerId: 'seller-1',
        stepId: 'intro',
        template: { subject: 'Hello {{record.firstName}}', body: 'Hi {{record.firstName}}, {{seller.name}}' },
      },
      {
        type: 'scheduleTimer',
        enrollmentId: 'enr-1',
        kind: 'waitEnds',
        stepId: 'pause',
        at: iso(TUE_0900),
        revision: 1,
      },
    ]);
    expect(enrollment.outcomes).toEqual({ intro: 'sent' });
    expect(enrollment.history[1]).toEqual({
      at: iso(MON_0900),
      action: 'emailSent',
      stepId: 'intro',
      outcome: 'sent',
      by: 'system',
    });
    expect(enrollment.current).toEqual({ stepId: 'pause', since: iso(MON_0900), dueAt: iso(TUE_0900) });
  });

  it('waits for working hours when reached outside them, then a timer sends it', () => {
    const { enrollment, effects, ctx } = start(AUTOMATED_INTRO, SAT_1200);

    expect(effects).toEqual([
      {
        type: 'scheduleTimer',
        enrollmentId: 'enr-1',
        kind: 'stepDue',
        stepId: 'intro',
        at: '2026-03-09T08:00:00.000Z',
        revision: 1,
      },
    ]);
    expect(enrollment.outcomes).toEqual({});
    expect(enrollment.current).toEqual({
      stepId: 'intro',
      since: iso(SAT_1200),
      dueAt: '2026-03-09T08:00:00.000Z',
    });

    const monday = new Date('2026-03-09T08:00:00Z');
    const fired = accepted(
      advance(enrollment, { type: 'timerFired', stepId: 'intro', revision: 1 }, monday, ctx),
    );
    expect(fired.effects.map((e) => e.type)).toEqual(['sendEmail', 'scheduleTimer']);
    expect(fired.effects[1]).toMatchObject({ kind: 'waitEnds', at: '2026-03-10T08:00:00.000Z', revision: 2 });
    expect(fired.enrollment.outcomes).toEqual({ intro: 'sent' });
    expect(fired.enrollment.history.at(-1)).toMatchObject({ action: 'emailSent', at: iso(monday) });
  });

  it('counts as sent for a condition, which then waits for the reply', () => {
    const { enrollment, effects } = start(AUTOMATED_THEN_CONDITION, MON_0900);
    expect(enrollment.current).toEqual({ stepId: 'replied', since: iso(MON_0900), dueAt: iso(TUE_0900) });
    expect(effects.map((e) => e.type)).toEqual(['sendEmail', 'scheduleTimer']);
    expect(effects[1]).toMatchObject({ kind: 'conditionTimeLimit', stepId: 'replied', at: iso(TUE_0900) });
  });
});

describe('stepCompleted', () => {
  it('records the outcome and makes the next step due', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const { enrollment: next, effects } = accepted(advance(enrollment, complete('email'), MON_1000, ctx));

    expect(next.outcomes).toEqual({ email: 'sent' });
    expect(next.current).toEqual({ stepId: 'call', since: iso(MON_1000), dueAt: iso(MON_1000) });
    expect(next.history.slice(2)).toEqual([
      { at: iso(MON_1000), action: 'completed', stepId: 'email', outcome: 'sent', by: 'seller-1' },
      { at: iso(MON_1000), action: 'entered', stepId: 'call', by: 'system' },
    ]);
    expect(next.revision).toBe(2);
    expect(next.updatedAt).toBe(iso(MON_1000));
    expect(effects).toEqual([
      {
        type: 'notifyDue',
        enrollmentId: 'enr-1',
        sellerId: 'seller-1',
        stepId: 'call',
        at: iso(MON_1000),
        revision: 2,
      },
    ]);
  });

  it('uses each kind’s default outcome and finishes after the last step', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const end = run(
      enrollment,
      ctx,
      [complete('email'), MON_1000],
      [complete('call'), MON_1000],
      [complete('task'), MON_1000],
      [complete('linkedin'), MON_1300],
    );

    expect(end.enrollment.outcomes).toEqual({ email: 'sent', call: 'done', task: 'done', linkedin: 'done' });
    expect(end.enrollment.status).toBe('completed');
    expect(end.enrollment.current).toBeUndefined();
    expect(end.enrollment.revision).toBe(5);
    expect(end.enrollment.history.at(-1)).toEqual({ at: iso(MON_1300), action: 'finished', by: 'system' });
    expect(end.effects).toEqual([
      { type: 'enrollmentEnded', enrollmentId: 'enr-1', status: 'completed', reason: 'finished' },
    ]);
  });

  it.each([
    ['email', 'replied'],
    ['email', 'noReply'],
    ['call', 'answered'],
    ['call', 'notAnswered'],
    ['call', 'leftVoicemail'],
  ] as const)('accepts %s with outcome %s', (stepId, outcome) => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const atCall =
      stepId === 'call' ? run(enrollment, ctx, [complete('email'), MON_0900]).enrollment : enrollment;
    const { enrollment: next } = accepted(advance(atCall, complete(stepId, outcome), MON_1000, ctx));
    expect(next.outcomes[stepId]).toBe(outcome);
  });

  it.each([
    ['email', 'done'],
    ['email', 'answered'],
    ['call', 'replied'],
    ['task', 'answered'],
    ['linkedin', 'sent'],
    ['email', 'timedOut'],
  ] as const)('rejects %s with outcome %s as invalidOutcome', (stepId, outcome) => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const before = {
      email: [],
      call: ['email'],
      task: ['email', 'call'],
      linkedin: ['email', 'call', 'task'],
    }[stepId];
    const at = run(
      enrollment,
      ctx,
      ...before.map((id): [EnrollmentEvent, Date] => [complete(id), MON_0900]),
    ).enrollment;
    const result = rejected(advance(at, complete(stepId, outcome), MON_1000, ctx));
    expect(result.reason).toBe('invalidOutcome');
    expect(result.enrollment).toBe(at);
  });

  it('rejects a step that is not the current one', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    expect(rejected(advance(enrollment, complete('task'), MON_1000, ctx)).reason).toBe('notCurrentStep');
    expect(rejected(advance(enrollment, complete('nope'), MON_1000, ctx)).reason).toBe('notCurrentStep');
  });

  it('rejects completing a wait or a condition, which are not manual steps', () => {
    const wait = start(AUTOMATED_INTRO);
    expect(rejected(advance(wait.enrollment, complete('pause'), MON_1000, wait.ctx)).reason).toBe(
      'notCurrentStep',
    );
    const cond = start(AUTOMATED_THEN_CONDITION);
    expect(rejected(advance(cond.enrollment, complete('replied'), MON_1000, cond.ctx)).reason).toBe(
      'notCurrentStep',
    );
  });

  it('rejects while paused (notActive) and after the end (alreadyEnded)', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const paused = run(enrollment, ctx, [{ type: 'paused', by: 'seller-1' }, MON_1000]).enrollment;
    expect(rejected(advance(paused, complete('email'), MON_1300, ctx)).reason).toBe('notActive');
    const gone = run(enrollment, ctx, [{ type: 'disconnected', by: 'seller-1' }, MON_1000]).enrollment;
    expect(rejected(advance(gone, complete('email'), MON_1300, ctx)).reason).toBe('alreadyEnded');
  });
});

describe('condition: email replied', () => {
  function waiting() {
    const { enrollment, ctx } = start(EMAIL_CONDITION);
    return { ctx, ...run(enrollment, ctx, [complete('email'), MON_0900]) };
  }

  it('waits for the answer until the time limit, counted in working days', () => {
    const { enrollment, effects } = waiting();
    expect(enrollment.current).toEqual({
      stepId: 'replied',
      since: iso(MON_0900),
      dueAt: '2026-03-04T09:00:00.000Z',
    });
    expect(effects).toEqual([
      {
        type: 'scheduleTimer',
        enrollmentId: 'enr-1',
        kind: 'conditionTimeLimit',
        stepId: 'replied',
        at: '2026-03-04T09:00:00.000Z',
        revision: 2,
      },
    ]);
  });

  it('takes yes when the seller records a reply (naming the email)', () => {
    const { enrollment, ctx } = waiting();
    const { enrollment: next, effects } = accepted(
      advance(
        enrollment,
        { type: 'outcomeRecorded', stepId: 'email', outcome: 'replied', by: 'seller-1' },
        MON_1300,
        ctx,
      ),
    );
    expect(next.outcomes.email).toBe('replied');
    expect(next.current?.stepId).toBe('meet');
    expect(next.history.slice(-2)).toEqual([
      {
        at: iso(MON_1300),
        action: 'branched',
        stepId: 'replied',
        outcome: 'replied',
        by: 'seller-1',
        detail: 'yes',
      },
      { at: iso(MON_1300), action: 'entered', stepId: 'meet', by: 'system' },
    ]);
    expect(effects).toEqual([expect.objectContaining({ type: 'notifyDue', stepId: 'meet', revision: 3 })]);
  });

  it('takes no when the seller records no reply (naming the condition)', () => {
    const { enrollment, ctx } = waiting();
    const { enrollment: next } = accepted(
      advance(
        enrollment,
        { type: 'outcomeRecorded', stepId: 'replied', outcome: 'noReply', by: 'seller-1' },
        MON_1300,
        ctx,
      ),
    );
    expect(next.outcomes.email).toBe('noReply');
    expect(next.current?.stepId).toBe('call');
    expect(next.history.at(-2)).toMatchObject({ action: 'branched', detail: 'no', outcome: 'noReply' });
  });

  it('branches at once when the email was completed as replied', () => {
    const { enrollment, ctx } = start(EMAIL_CONDITION);
    const { enrollment: next, effects } = accepted(
      advance(enrollment, complete('email', 'replied'), MON_1000, ctx),
    );
    expect(next.current?.stepId).toBe('meet');
    expect(actions(next).slice(2)).toEqual(['completed', 'branched', 'entered']);
    expect(next.history.at(-2)).toMatchObject({ by: 'system', detail: 'yes', outcome: 'replied' });
    expect(scheduling(effects)).toHaveLength(1);
  });

  it('branches no at once when the email was completed as no reply', () => {
    const { enrollment, ctx } = start(EMAIL_CONDITION);
    const { enrollment: next } = accepted(advance(enrollment, complete('email', 'noReply'), MON_1000, ctx));
    expect(next.current?.stepId).toBe('call');
  });

  it('takes no when the time limit passes, keeping the email’s own outcome', () => {
    const { enrollment, ctx } = waiting();
    const limit = new Date('2026-03-04T09:00:00Z');
    const { enrollment: next, effects } = accepted(
      advance(enrollment, { type: 'conditionTimedOut', stepId: 'replied', revision: 2 }, limit, ctx),
    );
    expect(next.outcomes.email).toBe('sent');
    expect(next.current).toEqual({ stepId: 'call', since: iso(limit), dueAt: iso(limit) });
    expect(next.history.at(-2)).toEqual({
      at: iso(limit),
      action: 'branched',
      stepId: 'replied',
      outcome: 'timedOut',
      by: 'system',
      detail: 'no',
    });
    expect(effects).toEqual([expect.objectContaining({ type: 'notifyDue', stepId: 'call', revision: 3 })]);
  });

  it('treats a timerFired on the waiting condition as its time limit', () => {
    const { enrollment, ctx } = waiting();
    const { enrollment: next } = accepted(
      advance(enrollment, { type: 'timerFired', stepId: 'replied', revision: 2 }, MON_1300, ctx),
    );
    expect(next.current?.stepId).toBe('call');
    expect(next.history.at(-2)).toMatchObject({ action: 'branched', outcome: 'timedOut' });
  });

  it('ignores a stale time limit', () => {
    const { enrollment, ctx } = waiting();
    const stale = advance(
      enrollment,
      { type: 'conditionTimedOut', stepId: 'replied', revision: 1 },
      MON_1300,
      ctx,
    );
    expect(rejected(stale).reason).toBe('staleTimer');
    const otherStep = advance(
      enrollment,
      { type: 'conditionTimedOut', stepId: 'email', revision: 2 },
      MON_1300,
      ctx,
    );
    expect(rejected(otherStep).reason).toBe('staleTimer');
  });

  it('rejects conditionTimedOut for a current step that is not a condition', () => {
    const { enrollment, ctx } = start(EMAIL_CONDITION);
    const result = advance(
      enrollment,
      { type: 'conditionTimedOut', stepId: 'email', revision: 1 },
      MON_1300,
      ctx,
    );
    expect(rejected(result).reason).toBe('staleTimer');
  });

  it('takes no when the seller skips the email', () => {
    const { enrollment, ctx } = start(EMAIL_CONDITION);
    const { enrollment: next } = accepted(
      advance(enrollment, { type: 'stepSkipped', stepId: 'email', by: 'seller-1' }, MON_1000, ctx),
    );
    expect(next.outcomes).toEqual({ email: 'skipped' });
    expect(next.current?.stepId).toBe('call');
    expect(next.history.slice(2)).toEqual([
      { at: iso(MON_1000), action: 'skipped', stepId: 'email', outcome: 'skipped', by: 'seller-1' },
      {
        at: iso(MON_1000),
        action: 'branched',
        stepId: 'replied',
        outcome: 'skipped',
        by: 'system',
        detail: 'no',
      },
      { at: iso(MON_1000), action: 'entered', stepId: 'call', by: 'system' },
    ]);
  });

  it('takes no when the seller skips the waiting condition', () => {
    const { enrollment, ctx } = waiting();
    for (const stepId of ['replied', 'email']) {
      const { enrollment: next } = accepted(
        advance(enrollment, { type: 'stepSkipped', stepId, by: 'seller-1' }, MON_1300, ctx),
      );
      expect(next.current?.stepId).toBe('call');
      expect(next.outcomes.email).toBe('sent');
      expect(next.history.at(-2)).toMatchObject({
        action: 'branched',
        outcome: 'skipped',
        by: 'seller-1',
        detail: 'no',
      });
    }
  });

  it('rejects an outcome that does not answer the condition’s question', () => {
    const { enrollment, ctx } = waiting();
    for (const outcome of ['answered', 'sent', 'done', 'timedOut'] as const) {
      const result = advance(
        enrollment,
        { type: 'outcomeRecorded', stepId: 'email', outcome, by: 'seller-1' },
        MON_1300,
        ctx,
      );
      expect(rejected(result).reason).toBe('invalidOutcome');
    }
  });

  it('rejects an outcome while no condition waits, or for another step', () => {
    const { enrollment, ctx } = start(EMAIL_CONDITION);
    const early = advance(
      enrollment,
      { type: 'outcomeRecorded', stepId: 'email', outcome: 'replied', by: 's' },
      MON_1000,
      ctx,
    );
    expect(rejected(early).reason).toBe('notCurrentStep');
    const w = waiting();
    const other = advance(
      w.enrollment,
      { type: 'outcomeRecorded', stepId: 'call', outcome: 'replied', by: 's' },
      MON_1000,
      ctx,
    );
    expect(rejected(other).reason).toBe('notCurrentStep');
  });
});

describe('condition: call answered', () => {
  it('takes yes when the call was answered', () => {
    const { enrollment, ctx } = start(CALL_CONDITION);
    const { enrollment: next } = accepted(advance(enrollment, complete('call', 'answered'), MON_1000, ctx));
    expect(next.current?.stepId).toBe('discuss');
    expect(next.history.at(-2)).toMatchObject({ action: 'branched', detail: 'yes', outcome: 'answered' });
  });

  it.each(['notAnswered', 'leftVoicemail'] as const)(
    'takes no (into a wait) when the call was %s',
    (outcome) => {
      const { enrollment, ctx } = start(CALL_CONDITION);
      const { enrollment: next, effects } = accepted(
        advance(enrollment, complete('call', outcome), MON_1000, ctx),
      );
      expect(next.current).toEqual({
        stepId: 'pause',
        since: iso(MON_1000),
        dueAt: '2026-03-04T10:00:00.000Z',
      });
      expect(effects).toEqual([
        {
          type: 'scheduleTimer',
          enrollmentId: 'enr-1',
          kind: 'waitEnds',
          stepId: 'pause',
          at: '2026-03-04T10:00:00.000Z',
          revision: 2,
        },
      ]);
    },
  );

  it('waits when the call is only "done", until the seller records the answer', () => {
    const { enrollment, ctx } = start(CALL_CONDITION);
    const waiting = accepted(advance(enrollment, complete('call'), MON_1000, ctx));
    expect(waiting.enrollment.current).toMatchObject({
      stepId: 'answered',
      dueAt: iso(new Date('2026-03-03T10:00:00Z')),
    });
    expect(waiting.effects).toEqual([expect.objectContaining({ kind: 'conditionTimeLimit', revision: 2 })]);

    const invalid = advance(
      waiting.enrollment,
      { type: 'outcomeRecorded', stepId: 'call', outcome: 'replied', by: 's' },
      MON_1300,
      ctx,
    );
    expect(rejected(invalid).reason).toBe('invalidOutcome');

    const answered = accepted(
      advance(
        waiting.enrollment,
        { type: 'outcomeRecorded', stepId: 'call', outcome: 'answered', by: 's' },
        MON_1300,
        ctx,
      ),
    );
    expect(answered.enrollment.outcomes.call).toBe('answered');
    expect(answered.enrollment.current?.stepId).toBe('discuss');

    const voicemail = accepted(
      advance(
        waiting.enrollment,
        { type: 'outcomeRecorded', stepId: 'answered', outcome: 'leftVoicemail', by: 's' },
        MON_1300,
        ctx,
      ),
    );
    expect(voicemail.enrollment.current?.stepId).toBe('pause');
  });

  it('takes no when the time limit passes, marking the call as timed out when it had no outcome', () => {
    const { enrollment, ctx } = start(CALL_CONDITION);
    // A call the seller never completed cannot reach the condition, so build the waiting state by hand.
    const atCondition: Enrollment = {
      ...enrollment,
      current: { stepId: 'answered', since: iso(MON_0900), dueAt: iso(TUE_0900) },
    };
    const { enrollment: next } = accepted(
      advance(atCondition, { type: 'conditionTimedOut', stepId: 'answered', revision: 1 }, TUE_0900, ctx),
    );
    expect(next.outcomes.call).toBe('timedOut');
    expect(next.current?.stepId).toBe('pause');
  });

  it('ends the wait on its timer and goes on to the next step', () => {
    const { enrollment, ctx } = start(CALL_CONDITION);
    const inWait = accepted(advance(enrollment, complete('call', 'notAnswered'), MON_1000, ctx)).enrollment;
    const ends = new Date('2026-03-04T10:00:00Z');

    const stale = advance(inWait, { type: 'timerFired', stepId: 'pause', revision: 1 }, ends, ctx);
    expect(rejected(stale).reason).toBe('staleTimer');

    const { enrollment: next, effects } = accepted(
      advance(inWait, { type: 'timerFired', stepId: 'pause', revision: 2 }, ends, ctx),
    );
    expect(next.current).toEqual({ stepId: 'retry', since: iso(ends), dueAt: iso(ends) });
    expect(next.history.slice(-2)).toEqual([
      { at: iso(ends), action: 'waitEnded', stepId: 'pause', by: 'system' },
      { at: iso(ends), action: 'entered', stepId: 'retry', by: 'system' },
    ]);
    expect(effects).toEqual([expect.objectContaining({ type: 'notifyDue', stepId: 'retry', revision: 3 })]);
  });
});

describe('a condition without a no path', () => {
  it('ends the sequence when the time limit passes', () => {
    const { enrollment, ctx } = start(YES_ONLY_CONDITION);
    const waiting = accepted(advance(enrollment, complete('email'), MON_0900, ctx));
    expect(waiting.enrollment.current?.dueAt).toBe(iso(MON_1300));

    const { enrollment: next, effects } = accepted(
      advance(
        waiting.enrollment,
        { type: 'conditionTimedOut', stepId: 'replied', revision: 2 },
        MON_1300,
        ctx,
      ),
    );
    expect(next.status).toBe('completed');
    expect(actions(next).slice(-2)).toEqual(['branched', 'finished']);
    expect(effects).toEqual([
      { type: 'enrollmentEnded', enrollmentId: 'enr-1', status: 'completed', reason: 'finished' },
    ]);
  });

  it('ends the sequence when the email is skipped', () => {
    const { enrollment, ctx } = start(YES_ONLY_CONDITION);
    const { enrollment: next } = accepted(
      advance(enrollment, { type: 'stepSkipped', stepId: 'email', by: 'seller-1' }, MON_1000, ctx),
    );
    expect(next.status).toBe('completed');
    expect(actions(next)).toEqual(['connected', 'entered', 'skipped', 'branched', 'finished']);
  });
});

describe('stepSkipped', () => {
  it('marks a manual step skipped and moves on', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const { enrollment: next, effects } = accepted(
      advance(enrollment, { type: 'stepSkipped', stepId: 'email', by: 'seller-1' }, MON_1000, ctx),
    );
    expect(next.outcomes).toEqual({ email: 'skipped' });
    expect(next.current?.stepId).toBe('call');
    expect(effects).toEqual([expect.objectContaining({ type: 'notifyDue', stepId: 'call', revision: 2 })]);
  });

  it('rejects skipping a wait, an automated email or another step', () => {
    const wait = start(AUTOMATED_INTRO);
    const skipWait = advance(
      wait.enrollment,
      { type: 'stepSkipped', stepId: 'pause', by: 's' },
      MON_1000,
      wait.ctx,
    );
    expect(rejected(skipWait).reason).toBe('notCurrentStep');
    const pending = start(AUTOMATED_INTRO, SAT_1200);
    const skipEmail = advance(
      pending.enrollment,
      { type: 'stepSkipped', stepId: 'intro', by: 's' },
      SAT_1200,
      pending.ctx,
    );
    expect(rejected(skipEmail).reason).toBe('notCurrentStep');
    const chain = start(MANUAL_CHAIN);
    const skipOther = advance(
      chain.enrollment,
      { type: 'stepSkipped', stepId: 'call', by: 's' },
      MON_1000,
      chain.ctx,
    );
    expect(rejected(skipOther).reason).toBe('notCurrentStep');
  });

  it('rejects when not active', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const paused = run(enrollment, ctx, [{ type: 'paused', by: 's' }, MON_1000]).enrollment;
    expect(
      rejected(advance(paused, { type: 'stepSkipped', stepId: 'email', by: 's' }, MON_1300, ctx)).reason,
    ).toBe('notActive');
  });
});

describe('stepSnoozed', () => {
  it('moves the due time to the snooze end, as given, and notifies then', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const until = '2026-03-07T11:30:00.000Z'; // a Saturday: the seller's own choice is kept
    const { enrollment: next, effects } = accepted(
      advance(enrollment, { type: 'stepSnoozed', stepId: 'email', until, by: 'seller-1' }, MON_1000, ctx),
    );
    expect(next.current).toEqual({ stepId: 'email', since: iso(MON_0900), dueAt: until, snoozed: true });
    expect(next.history.at(-1)).toEqual({
      at: iso(MON_1000),
      action: 'snoozed',
      stepId: 'email',
      by: 'seller-1',
      detail: until,
    });
    expect(effects).toEqual([
      {
        type: 'notifyDue',
        enrollmentId: 'enr-1',
        sellerId: 'seller-1',
        stepId: 'email',
        at: until,
        revision: 2,
      },
    ]);
  });

  it('rejects a snooze end that is not in the future', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    for (const until of [iso(MON_1000), iso(MON_0900)]) {
      const result = advance(
        enrollment,
        { type: 'stepSnoozed', stepId: 'email', until, by: 's' },
        MON_1000,
        ctx,
      );
      expect(rejected(result).reason).toBe('snoozeInPast');
    }
  });

  it('rejects snoozing a step that is not the current manual step', () => {
    const chain = start(MANUAL_CHAIN);
    const other = advance(
      chain.enrollment,
      { type: 'stepSnoozed', stepId: 'call', until: iso(TUE_0900), by: 's' },
      MON_1000,
      chain.ctx,
    );
    expect(rejected(other).reason).toBe('notCurrentStep');
    const wait = start(AUTOMATED_INTRO);
    const onWait = advance(
      wait.enrollment,
      { type: 'stepSnoozed', stepId: 'pause', until: iso(TUE_0900), by: 's' },
      MON_1000,
      wait.ctx,
    );
    expect(rejected(onWait).reason).toBe('notCurrentStep');
  });
});

describe('timerFired', () => {
  it('is stale for a manual step: due notifications are the shell’s business', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const result = advance(enrollment, { type: 'timerFired', stepId: 'email', revision: 1 }, MON_1000, ctx);
    expect(rejected(result).reason).toBe('staleTimer');
  });

  it('is stale for another step or an older revision', () => {
    const { enrollment, ctx } = start(AUTOMATED_INTRO);
    expect(
      rejected(advance(enrollment, { type: 'timerFired', stepId: 'call', revision: 1 }, TUE_0900, ctx))
        .reason,
    ).toBe('staleTimer');
    const snoozedLater = { ...enrollment, revision: 4 };
    expect(
      rejected(advance(snoozedLater, { type: 'timerFired', stepId: 'pause', revision: 3 }, TUE_0900, ctx))
        .reason,
    ).toBe('staleTimer');
  });

  it('is refused while paused, so nothing moves on during a vacation', () => {
    const { enrollment, ctx } = start(AUTOMATED_INTRO);
    const paused = run(enrollment, ctx, [{ type: 'paused', by: 's' }, MON_1000]).enrollment;
    const result = advance(
      paused,
      { type: 'timerFired', stepId: 'pause', revision: paused.revision },
      TUE_0900,
      ctx,
    );
    expect(rejected(result).reason).toBe('notActive');
  });
});

describe('pause and resume', () => {
  it('pauses an active enrollment without scheduling anything', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const until = '2026-03-09T08:00:00.000Z';
    const { enrollment: next, effects } = accepted(
      advance(enrollment, { type: 'paused', by: 'seller-1', until }, MON_1000, ctx),
    );
    expect(next.status).toBe('paused');
    expect(next.pausedAt).toBe(iso(MON_1000));
    expect(next.pausedUntil).toBe(until);
    expect(next.current).toEqual(enrollment.current);
    expect(next.revision).toBe(2);
    expect(next.history.at(-1)).toEqual({
      at: iso(MON_1000),
      action: 'paused',
      by: 'seller-1',
      detail: until,
    });
    expect(effects).toEqual([]);
  });

  it('rejects pausing twice or after the end', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const paused = run(enrollment, ctx, [{ type: 'paused', by: 's' }, MON_1000]).enrollment;
    expect(rejected(advance(paused, { type: 'paused', by: 's' }, MON_1300, ctx)).reason).toBe('notActive');
    const ended = run(enrollment, ctx, [{ type: 'disconnected', by: 's' }, MON_1000]).enrollment;
    expect(rejected(advance(ended, { type: 'paused', by: 's' }, MON_1300, ctx)).reason).toBe('alreadyEnded');
  });

  it('rejects resuming what is not paused', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    expect(rejected(advance(enrollment, { type: 'resumed', by: 's' }, MON_1000, ctx)).reason).toBe(
      'notPaused',
    );
    const ended = run(enrollment, ctx, [{ type: 'disconnected', by: 's' }, MON_1000]).enrollment;
    expect(rejected(advance(ended, { type: 'resumed', by: 's' }, MON_1300, ctx)).reason).toBe('alreadyEnded');
  });

  it('runs the rest of a wait after the return, and old timers no longer apply', () => {
    const { enrollment, ctx } = start(AUTOMATED_INTRO); // the wait ends Tuesday 09:00
    const tue0800 = new Date('2026-03-03T08:00:00Z');
    const backMonday = new Date('2026-03-09T10:00:00Z');
    const paused = run(enrollment, ctx, [{ type: 'paused', by: 'seller-1' }, tue0800]).enrollment;
    const { enrollment: next, effects } = accepted(
      advance(paused, { type: 'resumed', by: 'seller-1' }, backMonday, ctx),
    );

    // One hour was left when the pause began.
    expect(next.current).toEqual({
      stepId: 'pause',
      since: iso(MON_0900),
      dueAt: '2026-03-09T11:00:00.000Z',
    });
    expect(next.status).toBe('active');
    expect(next).not.toHaveProperty('pausedAt');
    expect(next).not.toHaveProperty('pausedUntil');
    expect(next.revision).toBe(3);
    expect(next.history.at(-1)).toEqual({ at: iso(backMonday), action: 'resumed', by: 'seller-1' });
    expect(effects).toEqual([
      {
        type: 'scheduleTimer',
        enrollmentId: 'enr-1',
        kind: 'waitEnds',
        stepId: 'pause',
        at: '2026-03-09T11:00:00.000Z',
        revision: 3,
      },
    ]);
    const oldTimer = advance(next, { type: 'timerFired', stepId: 'pause', revision: 1 }, TUE_0900, ctx);
    expect(rejected(oldTimer).reason).toBe('staleTimer');
  });

  it('does not make a manual step overdue while away, and keeps it in working hours', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN); // due Monday 09:00
    const paused = run(enrollment, ctx, [{ type: 'paused', by: 'seller-1' }, MON_1300]).enrollment;
    const { enrollment: next, effects } = accepted(
      advance(paused, { type: 'resumed', by: 'seller-1' }, SAT_1200, ctx),
    );
    expect(next.current?.dueAt).toBe('2026-03-09T08:00:00.000Z');
    expect(effects).toEqual([
      expect.objectContaining({
        type: 'notifyDue',
        stepId: 'email',
        at: '2026-03-09T08:00:00.000Z',
        revision: 3,
      }),
    ]);
  });

  it('keeps a condition’s remaining time limit', () => {
    const { enrollment, ctx } = start(AUTOMATED_THEN_CONDITION); // time limit Tuesday 09:00
    const { enrollment: next } = run(
      enrollment,
      ctx,
      [{ type: 'paused', by: 's', until: '2026-03-05T00:00:00.000Z' }, MON_1300],
      [{ type: 'resumed', by: 's' }, new Date('2026-03-05T08:00:00Z')],
    );
    // 20 hours remained: Thursday 08:00 + 20 h = Friday 04:00, moved to Friday 08:00.
    expect(next.current?.dueAt).toBe('2026-03-06T08:00:00.000Z');
  });
});

describe('recordChanged', () => {
  it('hands the steps to the new owner when the record changes hands', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const { enrollment: next, effects } = accepted(
      advance(
        enrollment,
        { type: 'recordChanged', record: lead({ ownerId: 'seller-2' }), by: 'manager-1' },
        MON_1000,
        ctx,
      ),
    );
    expect(next.sellerId).toBe('seller-2');
    expect(next.revision).toBe(2);
    expect(next.history.at(-1)).toEqual({
      at: iso(MON_1000),
      action: 'ownerChanged',
      by: 'manager-1',
      detail: 'seller-2',
    });
    expect(effects).toEqual([
      {
        type: 'notifyDue',
        enrollmentId: 'enr-1',
        sellerId: 'seller-2',
        stepId: 'email',
        at: iso(MON_0900),
        revision: 2,
      },
    ]);
  });

  it('changes the owner of a paused enrollment without scheduling', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const paused = run(enrollment, ctx, [{ type: 'paused', by: 's' }, MON_1000]).enrollment;
    const { enrollment: next, effects } = accepted(
      advance(
        paused,
        { type: 'recordChanged', record: lead({ ownerId: 'seller-2' }), by: 'm' },
        MON_1300,
        ctx,
      ),
    );
    expect(next.sellerId).toBe('seller-2');
    expect(next.status).toBe('paused');
    expect(effects).toEqual([]);
  });

  it('changes nothing, not even the revision, when nothing relevant changed', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const result = accepted(
      advance(
        enrollment,
        { type: 'recordChanged', record: lead({ status: 'contacted', phone: '+48 1' }), by: 'm' },
        MON_1000,
        ctx,
      ),
    );
    expect(result.enrollment).toBe(enrollment);
    expect(result.effects).toEqual([]);
  });

  it.each([
    ['a qualified lead', lead({ status: 'qualified' }), 'qualified'],
    ['a disqualified lead', lead({ status: 'disqualified' }), 'disqualified'],
    ['a won opportunity', opportunity({ stage: 'won' }), 'won'],
    ['a lost opportunity', opportunity({ stage: 'lost' }), 'lost'],
  ])('exits %s from the sequence', (_, record, reason) => {
    const { enrollment, ctx } = start(MANUAL_CHAIN, MON_0900, {
      ...record,
      status: undefined,
      stage: undefined,
    });
    const { enrollment: next, effects } = accepted(
      advance(enrollment, { type: 'recordChanged', record, by: 'manager-1' }, MON_1000, ctx),
    );
    expect(next.status).toBe('exited');
    expect(next.current).toBeUndefined();
    expect(next.history.at(-1)).toEqual({
      at: iso(MON_1000),
      action: 'exited',
      by: 'manager-1',
      detail: reason,
    });
    expect(effects).toEqual([{ type: 'enrollmentEnded', enrollmentId: 'enr-1', status: 'exited', reason }]);
  });

  it('exits a paused enrollment too, clearing the pause', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const paused = run(enrollment, ctx, [
      { type: 'paused', by: 's', until: iso(SAT_1200) },
      MON_1000,
    ]).enrollment;
    const { enrollment: next } = accepted(
      advance(
        paused,
        { type: 'recordChanged', record: lead({ status: 'qualified' }), by: 'm' },
        MON_1300,
        ctx,
      ),
    );
    expect(next.status).toBe('exited');
    expect(next).not.toHaveProperty('pausedAt');
    expect(next).not.toHaveProperty('pausedUntil');
  });

  it('rejects changes after the end, and throws for another record', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const ended = run(enrollment, ctx, [{ type: 'disconnected', by: 's' }, MON_1000]).enrollment;
    const late = advance(
      ended,
      { type: 'recordChanged', record: lead({ status: 'qualified' }), by: 'm' },
      MON_1300,
      ctx,
    );
    expect(rejected(late).reason).toBe('alreadyEnded');
    expect(() =>
      advance(enrollment, { type: 'recordChanged', record: lead({ id: 'lead-2' }), by: 'm' }, MON_1300, ctx),
    ).toThrow(/lead-2/);
  });
});

describe('commands', () => {
  it('update the record one after another, then the path ends', () => {
    const { enrollment, ctx } = start(COMMANDS);
    const { enrollment: next, effects } = accepted(
      advance(enrollment, complete('call', 'notAnswered'), MON_1000, ctx),
    );
    expect(effects).toEqual([
      {
        type: 'updateRecord',
        enrollmentId: 'enr-1',
        recordId: 'lead-1',
        update: { field: 'status', value: 'disqualified' },
        by: 'system',
      },
      {
        type: 'updateRecord',
        enrollmentId: 'enr-1',
        recordId: 'lead-1',
        update: { field: 'futureEvents', value: true },
        by: 'system',
      },
      { type: 'enrollmentEnded', enrollmentId: 'enr-1', status: 'completed', reason: 'finished' },
    ]);
    expect(next.history.slice(-3)).toEqual([
      {
        at: iso(MON_1000),
        action: 'commandRun',
        stepId: 'disqualify',
        by: 'system',
        detail: 'status=disqualified',
      },
      {
        at: iso(MON_1000),
        action: 'commandRun',
        stepId: 'future',
        by: 'system',
        detail: 'futureEvents=true',
      },
      { at: iso(MON_1000), action: 'finished', by: 'system' },
    ]);
    expect(next.status).toBe('completed');
  });

  it('advancing to another sequence connects the record there and completes this enrollment', () => {
    const { enrollment, ctx } = start(ADVANCE);
    const { enrollment: next, effects } = accepted(advance(enrollment, complete('task'), MON_1000, ctx));
    expect(effects).toEqual([
      {
        type: 'connectToSequence',
        enrollmentId: 'enr-1',
        recordId: 'lead-1',
        sequenceId: 'seq-nurture',
        sellerId: 'seller-1',
      },
      { type: 'enrollmentEnded', enrollmentId: 'enr-1', status: 'completed', reason: 'advancedToSequence' },
    ]);
    expect(next.status).toBe('completed');
    expect(next.current).toBeUndefined();
    expect(next.history.slice(-2)).toEqual([
      { at: iso(MON_1000), action: 'commandRun', stepId: 'advance', by: 'system', detail: 'seq-nurture' },
      { at: iso(MON_1000), action: 'finished', by: 'system', detail: 'advancedToSequence' },
    ]);
    expect(next.history.some((h) => h.stepId === 'never')).toBe(false);
  });
});

describe('disconnected', () => {
  it('ends an active enrollment with the reason given', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const { enrollment: next, effects } = accepted(
      advance(
        enrollment,
        { type: 'disconnected', by: 'manager-1', reason: 'sequenceDeleted' },
        MON_1000,
        ctx,
      ),
    );
    expect(next.status).toBe('disconnected');
    expect(next.current).toBeUndefined();
    expect(next.revision).toBe(2);
    expect(next.history.at(-1)).toEqual({
      at: iso(MON_1000),
      action: 'disconnected',
      by: 'manager-1',
      detail: 'sequenceDeleted',
    });
    expect(effects).toEqual([
      { type: 'enrollmentEnded', enrollmentId: 'enr-1', status: 'disconnected', reason: 'sequenceDeleted' },
    ]);
  });

  it('ends a paused enrollment, with a default reason', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const paused = run(enrollment, ctx, [{ type: 'paused', by: 's' }, MON_1000]).enrollment;
    const { enrollment: next, effects } = accepted(
      advance(paused, { type: 'disconnected', by: 's' }, MON_1300, ctx),
    );
    expect(next.status).toBe('disconnected');
    expect(next).not.toHaveProperty('pausedAt');
    expect(effects).toEqual([
      { type: 'enrollmentEnded', enrollmentId: 'enr-1', status: 'disconnected', reason: 'disconnected' },
    ]);
  });

  it('rejects disconnecting twice or after completion', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const gone = run(enrollment, ctx, [{ type: 'disconnected', by: 's' }, MON_1000]).enrollment;
    expect(rejected(advance(gone, { type: 'disconnected', by: 's' }, MON_1300, ctx)).reason).toBe(
      'alreadyEnded',
    );
    const done = start(EMPTY);
    expect(
      rejected(advance(done.enrollment, { type: 'disconnected', by: 's' }, MON_1300, done.ctx)).reason,
    ).toBe('alreadyEnded');
  });
});

describe('every transition', () => {
  // A tour through most events; each step is checked against the revision and scheduling rules.
  it('bumps the revision by one and schedules exactly the current step, with the new revision', () => {
    const { enrollment: first, effects: firstEffects, ctx } = start(CALL_CONDITION);
    const tour: [EnrollmentEvent, Date][] = [
      [{ type: 'stepSnoozed', stepId: 'call', until: iso(MON_1300), by: 'seller-1' }, MON_1000],
      [{ type: 'recordChanged', record: lead({ ownerId: 'seller-2' }), by: 'm' }, MON_1000],
      [{ type: 'paused', by: 'seller-2' }, MON_1000],
      [{ type: 'resumed', by: 'seller-2' }, MON_1300],
      [complete('call'), MON_1300],
      [{ type: 'outcomeRecorded', stepId: 'call', outcome: 'notAnswered', by: 'seller-2' }, MON_1300],
      [{ type: 'timerFired', stepId: 'pause', revision: 7 }, new Date('2026-03-04T13:00:00Z')],
      [{ type: 'stepSkipped', stepId: 'retry', by: 'seller-2' }, new Date('2026-03-04T14:00:00Z')],
    ];

    const check = (t: Transition, revision: number, now: Date) => {
      expect(t.enrollment.revision).toBe(revision);
      expect(t.enrollment.updatedAt).toBe(iso(now));
      const scheduled = scheduling(t.effects);
      if (t.enrollment.status === 'active' && t.enrollment.current) {
        expect(scheduled).toHaveLength(1);
        expect(scheduled[0]).toMatchObject({
          stepId: t.enrollment.current.stepId,
          at: t.enrollment.current.dueAt,
          revision,
        });
      } else {
        expect(scheduled).toEqual([]);
      }
    };

    check({ enrollment: first, effects: firstEffects }, 1, MON_0900);
    let enrollment = first;
    for (const [event, now] of tour) {
      const t = accepted(advance(enrollment, event, now, ctx));
      check(t, enrollment.revision + 1, now);
      enrollment = t.enrollment;
    }
    expect(enrollment.status).toBe('completed');
    expect(enrollment.revision).toBe(1 + tour.length);
    expect(actions(enrollment)).toEqual([
      'connected',
      'entered',
      'snoozed',
      'ownerChanged',
      'paused',
      'resumed',
      'completed',
      'branched',
      'waitEnded',
      'entered',
      'skipped',
      'finished',
    ]);
    expect(enrollment.history.every((h) => h.at === new Date(h.at).toISOString())).toBe(true);
  });

  it('leaves the enrollment, the sequence and the event untouched', () => {
    const { enrollment, ctx } = start(EMAIL_CONDITION);
    const waiting = accepted(advance(enrollment, complete('email'), MON_0900, ctx)).enrollment;
    const frozenCtx = deepFreeze(structuredClone(ctx));
    const events: EnrollmentEvent[] = [
      complete('email', 'replied'),
      { type: 'outcomeRecorded', stepId: 'email', outcome: 'replied', by: 's' },
      { type: 'stepSkipped', stepId: 'email', by: 's' },
      { type: 'stepSkipped', stepId: 'replied', by: 's' },
      { type: 'stepSnoozed', stepId: 'email', until: iso(TUE_0900), by: 's' },
      { type: 'conditionTimedOut', stepId: 'replied', revision: 2 },
      { type: 'timerFired', stepId: 'replied', revision: 2 },
      { type: 'recordChanged', record: lead({ ownerId: 'seller-2' }), by: 's' },
      { type: 'recordChanged', record: lead({ status: 'qualified' }), by: 's' },
      { type: 'paused', by: 's', until: iso(SAT_1200) },
      { type: 'disconnected', by: 's', reason: 'test' },
    ];
    for (const base of [enrollment, waiting]) {
      const before = structuredClone(base);
      const frozen = deepFreeze(structuredClone(base));
      for (const event of events) {
        advance(frozen, deepFreeze(structuredClone(event)), MON_1000, frozenCtx);
      }
      expect(frozen).toEqual(before);
    }
    const paused = deepFreeze(run(waiting, ctx, [{ type: 'paused', by: 's' }, MON_1000]).enrollment);
    expect(() => advance(paused, { type: 'resumed', by: 's' }, MON_1300, frozenCtx)).not.toThrow();
  });

  it('returns the unchanged enrollment in every rejection', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const reasons = new Set<RejectionReason>();
    const attempts: EnrollmentEvent[] = [
      complete('call'),
      complete('email', 'answered'),
      { type: 'timerFired', stepId: 'email', revision: 1 },
      { type: 'resumed', by: 's' },
      { type: 'stepSnoozed', stepId: 'email', until: iso(MON_0900), by: 's' },
    ];
    for (const event of attempts) {
      const r = rejected(advance(enrollment, event, MON_1000, ctx));
      expect(r.enrollment).toBe(enrollment);
      reasons.add(r.reason);
    }
    expect([...reasons].sort()).toEqual([
      'invalidOutcome',
      'notCurrentStep',
      'notPaused',
      'snoozeInPast',
      'staleTimer',
    ]);
  });

  it('refuses a context holding another version of the sequence', () => {
    const { enrollment } = start(MANUAL_CHAIN);
    const newer = contextFor(MANUAL_CHAIN, { version: 2 });
    expect(() => advance(enrollment, complete('email'), MON_1000, newer)).toThrow(/v1.*v2/);
  });
});

describe('currentStep and upcomingSteps', () => {
  it('give the current step and the manual steps ahead', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    expect(currentStep(enrollment, ctx.sequence)?.id).toBe('email');
    expect(upcomingSteps(enrollment, ctx.sequence).map((s) => s.id)).toEqual(['call', 'task', 'linkedin']);
    const last = run(
      enrollment,
      ctx,
      [complete('email'), MON_0900],
      [complete('call'), MON_0900],
      [complete('task'), MON_0900],
    );
    expect(upcomingSteps(last.enrollment, ctx.sequence)).toEqual([]);
  });

  it('follow the yes path past conditions and leave out waits', () => {
    const call = start(CALL_CONDITION);
    expect(upcomingSteps(call.enrollment, call.ctx.sequence).map((s) => s.id)).toEqual(['discuss']);
    const intro = start(AUTOMATED_INTRO, SAT_1200);
    expect(upcomingSteps(intro.enrollment, intro.ctx.sequence).map((s) => s.id)).toEqual(['call']);
  });

  it('show a command step but nothing after an advance to another sequence', () => {
    const { enrollment, ctx } = start(ADVANCE);
    expect(upcomingSteps(enrollment, ctx.sequence).map((s) => s.id)).toEqual(['advance']);
  });

  it('are empty once the enrollment ended', () => {
    const { enrollment, ctx } = start(MANUAL_CHAIN);
    const gone = run(enrollment, ctx, [{ type: 'disconnected', by: 's' }, MON_1000]).enrollment;
    expect(currentStep(gone, ctx.sequence)).toBeUndefined();
    expect(upcomingSteps(gone, ctx.sequence)).toEqual([]);
  });
});
