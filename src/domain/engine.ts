// The sequence engine: from an enrollment, an event and the time, the next enrollment and the effects
// the shell carries out (notify, send, schedule, update). Pure: no I/O, no clock, inputs never change.

import { addWorkingDuration, isWorkingTime, nextWorkingTime } from './calendar.js';
import {
  CALL_OUTCOMES,
  REPLY_OUTCOMES,
  isManualStep,
  isRecordActive,
  type AutomatedEmailStep,
  type CommandStep,
  type ConditionStep,
  type CrmRecord,
  type CurrentStep,
  type Effect,
  type Enrollment,
  type EnrollmentEvent,
  type EnrollmentStatus,
  type HistoryEntry,
  type ManualStep,
  type Outcome,
  type Rejection,
  type RejectionReason,
  type Sequence,
  type Step,
  type Transition,
  type WorkingHours,
} from './model.js';

export interface EngineContext {
  sequence: Sequence;
  workingHours: WorkingHours;
}

const SYSTEM = 'system';

const ENDED_STATUSES: ReadonlySet<EnrollmentStatus> = new Set(['completed', 'exited', 'disconnected']);

/** What a seller may report when completing a manual step; the first is the default. */
const COMPLETION_OUTCOMES: Record<ManualStep['kind'], readonly [Outcome, ...Outcome[]]> = {
  email: ['sent', 'replied', 'noReply'],
  phoneCall: ['done', 'answered', 'notAnswered', 'leftVoicemail'],
  task: ['done'],
  linkedin: ['done'],
};

/** What a seller may record while a condition waits. */
const RECORDABLE_OUTCOMES: Record<ConditionStep['test'], readonly Outcome[]> = {
  emailReplied: REPLY_OUTCOMES,
  callAnswered: CALL_OUTCOMES,
};

// A time limit that already passed on the judged step counts as "no" too, should a graph judge it twice.
const YES_OUTCOMES: Record<ConditionStep['test'], readonly Outcome[]> = {
  emailReplied: ['replied'],
  callAnswered: ['answered'],
};
const NO_OUTCOMES: Record<ConditionStep['test'], readonly Outcome[]> = {
  emailReplied: ['noReply', 'skipped', 'timedOut'],
  callAnswered: ['notAnswered', 'leftVoicemail', 'skipped', 'timedOut'],
};

type Branch = 'yes' | 'no';

/**
 * The enrollment being built by one transition. `enrollment` is a private copy (fresh `outcomes`
 * and `history`; `current` is replaced, never edited), so changing it leaves the input untouched.
 */
interface Draft {
  enrollment: Enrollment;
  effects: Effect[];
}

// ---- Public API ----------------------------------------------------------------------------

export function startEnrollment(
  input: { id: string; sequence: Sequence; record: CrmRecord; sellerId: string; by: string },
  now: Date,
  ctx: EngineContext,
): Transition {
  const { id, sequence, record, sellerId, by } = input;
  if (sequence.id !== ctx.sequence.id || sequence.version !== ctx.sequence.version) {
    throw new Error(
      `Cannot start enrollment ${id}: sequence ${sequence.id} v${sequence.version} differs from the context's ${ctx.sequence.id} v${ctx.sequence.version}.`,
    );
  }
  if (record.type !== sequence.recordType) {
    throw new Error(
      `Cannot connect ${record.type} ${record.id} to sequence ${sequence.id}, which is for ${sequence.recordType} records.`,
    );
  }
  const at = now.toISOString();
  const draft: Draft = {
    enrollment: {
      id,
      sequenceId: sequence.id,
      sequenceVersion: sequence.version,
      recordId: record.id,
      recordType: record.type,
      sellerId,
      status: 'active',
      outcomes: {},
      history: [{ at, action: 'connected', by }],
      // commit() raises it to 1.
      revision: 0,
      createdAt: at,
      updatedAt: at,
    },
    effects: [],
  };
  enter(draft, ctx.sequence.graph.start, now, ctx);
  return commit(draft, now, ctx);
}

export function advance(
  enrollment: Enrollment,
  event: EnrollmentEvent,
  now: Date,
  ctx: EngineContext,
): Transition | Rejection {
  if (enrollment.sequenceId !== ctx.sequence.id || enrollment.sequenceVersion !== ctx.sequence.version) {
    throw new Error(
      `Enrollment ${enrollment.id} is on sequence ${enrollment.sequenceId} v${enrollment.sequenceVersion}, but the context holds ${ctx.sequence.id} v${ctx.sequence.version}.`,
    );
  }
  switch (event.type) {
    case 'stepCompleted':
      return onStepCompleted(enrollment, event, now, ctx);
    case 'outcomeRecorded':
      return onOutcomeRecorded(enrollment, event, now, ctx);
    case 'stepSkipped':
      return onStepSkipped(enrollment, event, now, ctx);
    case 'stepSnoozed':
      return onStepSnoozed(enrollment, event, now, ctx);
    case 'timerFired':
      return onTimerFired(enrollment, event, now, ctx);
    case 'conditionTimedOut':
      return onConditionTimedOut(enrollment, event, now, ctx);
    case 'recordChanged':
      return onRecordChanged(enrollment, event, now, ctx);
    case 'paused':
      return onPaused(enrollment, event, now, ctx);
    case 'resumed':
      return onResumed(enrollment, event, now, ctx);
    case 'disconnected':
      return onDisconnected(enrollment, event, now, ctx);
  }
}

export function isRejection(r: Transition | Rejection): r is Rejection {
  return 'rejected' in r && r.rejected;
}

export function currentStep(enrollment: Enrollment, sequence: Sequence): Step | undefined {
  const id = enrollment.current?.stepId;
  return id === undefined ? undefined : sequence.graph.steps.find((s) => s.id === id);
}

/** The likely path ahead, as Up next shows it: conditions assumed to go "yes", waits and conditions left out. */
export function upcomingSteps(enrollment: Enrollment, sequence: Sequence): Step[] {
  if (ENDED_STATUSES.has(enrollment.status)) return [];
  const from = currentStep(enrollment, sequence);
  if (!from) return [];
  const seen = new Set<string>([from.id]);
  const ahead: Step[] = [];
  for (let id = successor(from); id !== undefined && !seen.has(id);) {
    seen.add(id);
    const step = sequence.graph.steps.find((s) => s.id === id);
    if (!step) break;
    if (step.kind !== 'wait' && step.kind !== 'condition') ahead.push(step);
    id = successor(step);
  }
  return ahead;
}

// ---- Events --------------------------------------------------------------------------------

type EventOf<T extends EnrollmentEvent['type']> = Extract<EnrollmentEvent, { type: T }>;

function onStepCompleted(
  e: Enrollment,
  event: EventOf<'stepCompleted'>,
  now: Date,
  ctx: EngineContext,
): Transition | Rejection {
  const blocked = requireActive(e);
  if (blocked) return blocked;
  const step = currentStep(e, ctx.sequence);
  if (!step || step.id !== event.stepId || !isManualStep(step)) return reject(e, 'notCurrentStep');
  const allowed = COMPLETION_OUTCOMES[step.kind];
  const outcome = event.outcome ?? allowed[0];
  if (!allowed.includes(outcome)) return reject(e, 'invalidOutcome');

  const draft = draftOf(e);
  draft.enrollment.outcomes[step.id] = outcome;
  note(draft, now, {
    action: 'completed',
    stepId: step.id,
    outcome,
    by: event.by,
    ...(event.note ? { note: event.note } : {}),
  });
  leaveCurrent(draft);
  enter(draft, step.next, now, ctx);
  return commit(draft, now, ctx);
}

function onOutcomeRecorded(
  e: Enrollment,
  event: EventOf<'outcomeRecorded'>,
  now: Date,
  ctx: EngineContext,
): Transition | Rejection {
  const blocked = requireActive(e);
  if (blocked) return blocked;
  const condition = waitingCondition(e, event.stepId, ctx);
  if (!condition) return reject(e, 'notCurrentStep');
  if (!RECORDABLE_OUTCOMES[condition.test].includes(event.outcome)) return reject(e, 'invalidOutcome');

  const draft = draftOf(e);
  draft.enrollment.outcomes[condition.about] = event.outcome;
  const branch = decide(condition, event.outcome);
  if (!branch) throw new Error(`Outcome ${event.outcome} decides no branch of condition ${condition.id}.`);
  takeBranch(draft, condition, branch, event.outcome, event.by, now, ctx, event.note);
  return commit(draft, now, ctx);
}

function onStepSkipped(
  e: Enrollment,
  event: EventOf<'stepSkipped'>,
  now: Date,
  ctx: EngineContext,
): Transition | Rejection {
  const blocked = requireActive(e);
  if (blocked) return blocked;
  const step = currentStep(e, ctx.sequence);
  if (step && step.id === event.stepId && isManualStep(step)) {
    const draft = draftOf(e);
    draft.enrollment.outcomes[step.id] = 'skipped';
    note(draft, now, {
      action: 'skipped',
      stepId: step.id,
      outcome: 'skipped',
      by: event.by,
      ...(event.note ? { note: event.note } : {}),
    });
    leaveCurrent(draft);
    enter(draft, step.next, now, ctx);
    return commit(draft, now, ctx);
  }
  const condition = waitingCondition(e, event.stepId, ctx);
  if (condition) {
    const draft = draftOf(e);
    // The judged step itself was done (e.g. the email was sent); keep its outcome when it has one.
    draft.enrollment.outcomes[condition.about] ??= 'skipped';
    takeBranch(draft, condition, 'no', 'skipped', event.by, now, ctx);
    return commit(draft, now, ctx);
  }
  return reject(e, 'notCurrentStep');
}

function onStepSnoozed(
  e: Enrollment,
  event: EventOf<'stepSnoozed'>,
  now: Date,
  ctx: EngineContext,
): Transition | Rejection {
  const blocked = requireActive(e);
  if (blocked) return blocked;
  const step = currentStep(e, ctx.sequence);
  if (!step || !e.current || step.id !== event.stepId || !isManualStep(step)) {
    return reject(e, 'notCurrentStep');
  }
  const until = toInstant(event.until, 'snooze end');
  if (until.getTime() <= now.getTime()) return reject(e, 'snoozeInPast');

  const draft = draftOf(e);
  // The seller chose this moment; it is kept even outside working hours.
  draft.enrollment.current = { ...e.current, dueAt: until.toISOString(), snoozed: true };
  note(draft, now, { action: 'snoozed', stepId: step.id, by: event.by, detail: until.toISOString() });
  return commit(draft, now, ctx);
}

function onTimerFired(
  e: Enrollment,
  event: EventOf<'timerFired'>,
  now: Date,
  ctx: EngineContext,
): Transition | Rejection {
  const blocked = requireActive(e);
  if (blocked) return blocked;
  const step = currentStep(e, ctx.sequence);
  if (!step || step.id !== event.stepId || e.revision !== event.revision) return reject(e, 'staleTimer');

  switch (step.kind) {
    case 'wait': {
      const draft = draftOf(e);
      note(draft, now, { action: 'waitEnded', stepId: step.id, by: SYSTEM });
      leaveCurrent(draft);
      enter(draft, step.next, now, ctx);
      return commit(draft, now, ctx);
    }
    case 'automatedEmail': {
      const draft = draftOf(e);
      leaveCurrent(draft);
      sendEmail(draft, step, now);
      enter(draft, step.next, now, ctx);
      return commit(draft, now, ctx);
    }
    case 'condition':
      // The condition's timer is its time limit, whichever event the shell turns it into.
      return timeOut(e, step, now, ctx);
    default:
      // Due notifications for manual steps are the shell's business; nothing moves on by itself.
      return reject(e, 'staleTimer');
  }
}

function onConditionTimedOut(
  e: Enrollment,
  event: EventOf<'conditionTimedOut'>,
  now: Date,
  ctx: EngineContext,
): Transition | Rejection {
  const blocked = requireActive(e);
  if (blocked) return blocked;
  const step = currentStep(e, ctx.sequence);
  if (!step || step.id !== event.stepId || e.revision !== event.revision || step.kind !== 'condition') {
    return reject(e, 'staleTimer');
  }
  return timeOut(e, step, now, ctx);
}

function onRecordChanged(
  e: Enrollment,
  event: EventOf<'recordChanged'>,
  now: Date,
  ctx: EngineContext,
): Transition | Rejection {
  const { record } = event;
  if (record.id !== e.recordId) {
    throw new Error(`Record ${record.id} changed, but enrollment ${e.id} is about record ${e.recordId}.`);
  }
  if (ENDED_STATUSES.has(e.status)) return reject(e, 'alreadyEnded');

  if (!isRecordActive(record)) {
    const draft = draftOf(e);
    const reason = exitReason(record);
    end(draft, now, { status: 'exited', reason, action: 'exited', by: event.by, detail: reason });
    return commit(draft, now, ctx);
  }
  if (record.ownerId !== e.sellerId) {
    const draft = draftOf(e);
    draft.enrollment.sellerId = record.ownerId;
    note(draft, now, { action: 'ownerChanged', by: event.by, detail: record.ownerId });
    return commit(draft, now, ctx);
  }
  // Nothing the enrollment depends on changed: no new revision, so the timers already set stay valid.
  return { enrollment: e, effects: [] };
}

function onPaused(
  e: Enrollment,
  event: EventOf<'paused'>,
  now: Date,
  ctx: EngineContext,
): Transition | Rejection {
  const blocked = requireActive(e);
  if (blocked) return blocked;
  const draft = draftOf(e);
  draft.enrollment.status = 'paused';
  draft.enrollment.pausedAt = now.toISOString();
  if (event.until === undefined) {
    delete draft.enrollment.pausedUntil;
    note(draft, now, { action: 'paused', by: event.by });
  } else {
    const until = toInstant(event.until, 'pause end').toISOString();
    draft.enrollment.pausedUntil = until;
    note(draft, now, { action: 'paused', by: event.by, detail: until });
  }
  return commit(draft, now, ctx);
}

function onResumed(
  e: Enrollment,
  event: EventOf<'resumed'>,
  now: Date,
  ctx: EngineContext,
): Transition | Rejection {
  if (ENDED_STATUSES.has(e.status)) return reject(e, 'alreadyEnded');
  if (e.status !== 'paused') return reject(e, 'notPaused');

  const draft = draftOf(e);
  draft.enrollment.status = 'active';
  if (e.current) {
    // Time away does not count: what was left of the delay when the pause began still runs after it.
    const pausedAt = e.pausedAt === undefined ? now : toInstant(e.pausedAt, 'pause start');
    const remaining = Math.max(0, toInstant(e.current.dueAt, 'due time').getTime() - pausedAt.getTime());
    const dueAt = nextWorkingTime(new Date(now.getTime() + remaining), ctx.workingHours);
    draft.enrollment.current = { ...e.current, dueAt: dueAt.toISOString() };
  }
  delete draft.enrollment.pausedAt;
  delete draft.enrollment.pausedUntil;
  note(draft, now, { action: 'resumed', by: event.by });
  return commit(draft, now, ctx);
}

function onDisconnected(
  e: Enrollment,
  event: EventOf<'disconnected'>,
  now: Date,
  ctx: EngineContext,
): Transition | Rejection {
  if (ENDED_STATUSES.has(e.status)) return reject(e, 'alreadyEnded');
  const draft = draftOf(e);
  end(draft, now, {
    status: 'disconnected',
    reason: event.reason ?? 'disconnected',
    action: 'disconnected',
    by: event.by,
    ...(event.reason === undefined ? {} : { detail: event.reason }),
  });
  return commit(draft, now, ctx);
}

// ---- Moving through the graph --------------------------------------------------------------

/**
 * Enters `stepId` at `t` and keeps going through steps that resolve at once (commands, automated
 * emails in working hours, decided conditions) until a step has to wait or the path ends.
 */
function enter(draft: Draft, stepId: string | undefined, t: Date, ctx: EngineContext): void {
  const limit = ctx.sequence.graph.steps.length * 2 + 10;
  let id = stepId;
  for (let rounds = 1; ; rounds++) {
    if (rounds > limit) {
      throw new Error(
        `Sequence ${ctx.sequence.id} v${ctx.sequence.version} loops without waiting (at step ${id}).`,
      );
    }
    if (id === undefined) {
      end(draft, t, { status: 'completed', reason: 'finished', action: 'finished', by: SYSTEM });
      return;
    }
    const step = findStep(ctx.sequence, id);
    if (isManualStep(step)) {
      wait(draft, step, t, nextWorkingTime(t, ctx.workingHours));
      note(draft, t, { action: 'entered', stepId: step.id, by: SYSTEM });
      return;
    }
    switch (step.kind) {
      case 'automatedEmail':
        if (!isWorkingTime(t, ctx.workingHours)) {
          wait(draft, step, t, nextWorkingTime(t, ctx.workingHours));
          return;
        }
        sendEmail(draft, step, t);
        id = step.next;
        break;
      case 'wait':
        wait(draft, step, t, addWorkingDuration(t, step.duration, ctx.workingHours));
        return;
      case 'condition': {
        const outcome = draft.enrollment.outcomes[step.about];
        const branch = decide(step, outcome);
        if (!branch || !outcome) {
          wait(draft, step, t, addWorkingDuration(t, step.timeLimit, ctx.workingHours));
          return;
        }
        note(draft, t, { action: 'branched', stepId: step.id, outcome, by: SYSTEM, detail: branch });
        id = branch === 'yes' ? step.yes : step.no;
        break;
      }
      case 'command':
        if (runCommand(draft, step, t)) return;
        id = step.next;
        break;
    }
  }
}

/** Runs a command; true when it ended the enrollment (advancing to another sequence). */
function runCommand(draft: Draft, step: CommandStep, t: Date): boolean {
  const e = draft.enrollment;
  const { command } = step;
  if (command.type === 'updateField') {
    draft.effects.push({
      type: 'updateRecord',
      enrollmentId: e.id,
      recordId: e.recordId,
      update: command.update,
      by: SYSTEM,
    });
    note(draft, t, {
      action: 'commandRun',
      stepId: step.id,
      by: SYSTEM,
      detail: `${command.update.field}=${String(command.update.value)}`,
    });
    return false;
  }
  draft.effects.push({
    type: 'connectToSequence',
    enrollmentId: e.id,
    recordId: e.recordId,
    sequenceId: command.sequenceId,
    sellerId: e.sellerId,
  });
  note(draft, t, { action: 'commandRun', stepId: step.id, by: SYSTEM, detail: command.sequenceId });
  // Nothing may follow an advance: this enrollment is done, the record goes on in the other sequence.
  end(draft, t, {
    status: 'completed',
    reason: 'advancedToSequence',
    action: 'finished',
    by: SYSTEM,
    detail: 'advancedToSequence',
  });
  return true;
}

function sendEmail(draft: Draft, step: AutomatedEmailStep, t: Date): void {
  const e = draft.enrollment;
  draft.effects.push({
    type: 'sendEmail',
    enrollmentId: e.id,
    recordId: e.recordId,
    sellerId: e.sellerId,
    stepId: step.id,
    template: step.template,
  });
  e.outcomes[step.id] = 'sent';
  note(draft, t, { action: 'emailSent', stepId: step.id, outcome: 'sent', by: SYSTEM });
}

function timeOut(e: Enrollment, condition: ConditionStep, now: Date, ctx: EngineContext): Transition {
  const draft = draftOf(e);
  draft.enrollment.outcomes[condition.about] ??= 'timedOut';
  takeBranch(draft, condition, 'no', 'timedOut', SYSTEM, now, ctx);
  return commit(draft, now, ctx);
}

function takeBranch(
  draft: Draft,
  condition: ConditionStep,
  branch: Branch,
  outcome: Outcome,
  by: string,
  t: Date,
  ctx: EngineContext,
  /** The seller's own words on the outcome, kept in the history with it. */
  text?: string,
): void {
  note(draft, t, {
    action: 'branched',
    stepId: condition.id,
    outcome,
    by,
    detail: branch,
    ...(text ? { note: text } : {}),
  });
  leaveCurrent(draft);
  enter(draft, branch === 'yes' ? condition.yes : condition.no, t, ctx);
}

function decide(condition: ConditionStep, outcome: Outcome | undefined): Branch | undefined {
  if (outcome === undefined) return undefined;
  if (YES_OUTCOMES[condition.test].includes(outcome)) return 'yes';
  if (NO_OUTCOMES[condition.test].includes(outcome)) return 'no';
  return undefined;
}

/** The step after `step` on the likely path: conditions assumed "yes", nothing after an advance. */
function successor(step: Step): string | undefined {
  if (step.kind === 'condition') return step.yes;
  if (step.kind === 'command' && step.command.type === 'advanceToSequence') return undefined;
  return step.next;
}

function waitingCondition(e: Enrollment, stepId: string, ctx: EngineContext): ConditionStep | undefined {
  const step = currentStep(e, ctx.sequence);
  if (step?.kind !== 'condition') return undefined;
  return stepId === step.id || stepId === step.about ? step : undefined;
}

function findStep(sequence: Sequence, id: string): Step {
  const step = sequence.graph.steps.find((s) => s.id === id);
  if (!step) throw new Error(`Step ${id} is not in sequence ${sequence.id} v${sequence.version}.`);
  return step;
}

function exitReason(record: CrmRecord): string {
  return (record.type === 'lead' ? record.status : record.stage) ?? 'inactive';
}

// ---- Building the result -------------------------------------------------------------------

function draftOf(e: Enrollment): Draft {
  return { enrollment: { ...e, outcomes: { ...e.outcomes }, history: [...e.history] }, effects: [] };
}

function note(draft: Draft, at: Date, entry: Omit<HistoryEntry, 'at'>): void {
  draft.enrollment.history.push({ at: at.toISOString(), ...entry });
}

function wait(draft: Draft, step: Step, since: Date, dueAt: Date): void {
  draft.enrollment.current = { stepId: step.id, since: since.toISOString(), dueAt: dueAt.toISOString() };
}

function leaveCurrent(draft: Draft): void {
  delete draft.enrollment.current;
}

function end(
  draft: Draft,
  at: Date,
  how: { status: EnrollmentStatus; reason: string } & Omit<HistoryEntry, 'at' | 'stepId' | 'outcome'>,
): void {
  const { status, reason, ...entry } = how;
  const e = draft.enrollment;
  e.status = status;
  delete e.current;
  delete e.pausedAt;
  delete e.pausedUntil;
  note(draft, at, entry);
  draft.effects.push({ type: 'enrollmentEnded', enrollmentId: e.id, status, reason });
}

/**
 * Seals a transition: one new revision, and for an active enrollment exactly one scheduling
 * effect for its current step. The shell keeps one timer per enrollment and replaces it, so
 * emitting it on every change is what keeps timers right after any change.
 */
function commit(draft: Draft, now: Date, ctx: EngineContext): Transition {
  const e = draft.enrollment;
  e.revision += 1;
  e.updatedAt = now.toISOString();
  const effects = [...draft.effects];
  if (e.status === 'active' && e.current) effects.push(schedule(e, e.current, ctx));
  return { enrollment: e, effects };
}

function schedule(e: Enrollment, current: CurrentStep, ctx: EngineContext): Effect {
  const { stepId, dueAt: at } = current;
  const step = findStep(ctx.sequence, stepId);
  if (isManualStep(step)) {
    return { type: 'notifyDue', enrollmentId: e.id, sellerId: e.sellerId, stepId, at, revision: e.revision };
  }
  const timer = { type: 'scheduleTimer', enrollmentId: e.id, stepId, at, revision: e.revision } as const;
  switch (step.kind) {
    case 'wait':
      return { ...timer, kind: 'waitEnds' };
    case 'condition':
      return { ...timer, kind: 'conditionTimeLimit' };
    case 'automatedEmail':
      return { ...timer, kind: 'stepDue' };
    case 'command':
      throw new Error(`Command step ${stepId} cannot be the current step: commands run at once.`);
  }
}

function requireActive(e: Enrollment): Rejection | undefined {
  if (ENDED_STATUSES.has(e.status)) return reject(e, 'alreadyEnded');
  if (e.status !== 'active') return reject(e, 'notActive');
  return undefined;
}

function reject(enrollment: Enrollment, reason: RejectionReason): Rejection {
  return { rejected: true, reason, enrollment };
}

function toInstant(iso: string, what: string): Date {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`Invalid ${what} "${iso}": expected an ISO date-time.`);
  return d;
}
