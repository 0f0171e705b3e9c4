// A sequence's figures, computed from its enrollments and their records: how many records are
// connected and where they stand, steps done, skipped and overdue, how often emails get replies
// and calls get answered, how many leads were qualified or opportunities won, and how long a record
// takes to finish. Every rate is over what is decided; what is still open is counted apart, so an
// open reply window or an open opportunity never reads as a failure. Pure: the caller loads, this counts.

import {
  type CrmRecord,
  type Enrollment,
  type Outcome as StepOutcome,
  type Sequence,
  isManualStep,
} from '../../domain/model.js';

/** A manual step still open this long after it fell due counts as overdue. */
export const OVERDUE_AFTER_HOURS = 24;

export interface Rate {
  count: number;
  /** The cases already decided (a reply or none, answered or not, won or lost). */
  of: number;
  /** Percent, rounded; undefined when there is nothing to divide by. */
  percent?: number;
  /** Cases not decided yet (a reply window still open, a record still open); not in `of`. */
  pending?: number;
}

export interface SequenceStats {
  records: { connected: number; inProgress: number; completed: number; disconnected: number; exited: number };
  steps: { completed: number; skipped: number; overdue: number };
  replies: Rate;
  answers: Rate;
  /** Leads qualified (lead sequences), opportunities won (opportunity sequences); none for the others. */
  success: Rate & { measure: 'qualified' | 'won' | 'none' };
  /** Mean days from connection to the end of the sequence, over the enrollments that completed it. */
  averageDaysToComplete?: number;
}

const NO_REPLY: ReadonlySet<StepOutcome> = new Set(['noReply', 'timedOut']);
/** A call whose answer was recorded; "done" says only that it was made. */
const CALL_DECIDED: ReadonlySet<StepOutcome> = new Set(['answered', 'notAnswered', 'leftVoicemail']);
const DAY_MS = 24 * 60 * 60 * 1000;

export const rate = (count: number, of: number, pending = 0): Rate => ({
  count,
  of,
  ...(of === 0 ? {} : { percent: Math.round((count / of) * 100) }),
  ...(pending > 0 ? { pending } : {}),
});

export interface StatsInput {
  sequence: Sequence;
  /** Every version enrollments run on, by number (the latest is `sequence`). */
  versions: ReadonlyMap<number, Sequence>;
  enrollments: readonly Enrollment[];
  records: ReadonlyMap<string, CrmRecord>;
  now: Date;
}

export function computeStats({ sequence, versions, enrollments, records, now }: StatsInput): SequenceStats {
  const stats: SequenceStats = {
    records: { connected: enrollments.length, inProgress: 0, completed: 0, disconnected: 0, exited: 0 },
    steps: { completed: 0, skipped: 0, overdue: 0 },
    replies: rate(0, 0),
    answers: rate(0, 0),
    success: { measure: 'none', ...rate(0, 0) },
  };
  let sent = 0;
  let replied = 0;
  let awaitingReply = 0;
  let made = 0;
  let answered = 0;
  const durations: number[] = [];

  for (const enrollment of enrollments) {
    const graph = (versions.get(enrollment.sequenceVersion) ?? sequence).graph;
    const kindOf = (stepId: string) => graph.steps.find((step) => step.id === stepId)?.kind;
    switch (enrollment.status) {
      case 'active':
      case 'paused':
        stats.records.inProgress++;
        break;
      case 'completed':
        stats.records.completed++;
        break;
      case 'disconnected':
        stats.records.disconnected++;
        break;
      case 'exited':
        stats.records.exited++;
        break;
    }
    for (const entry of enrollment.history) {
      if (entry.action === 'completed' || entry.action === 'emailSent' || entry.action === 'commandRun')
        stats.steps.completed++;
      // A skipped email or call, or a condition the seller skipped (it takes the "no" path).
      if (
        entry.action === 'skipped' ||
        (entry.action === 'branched' && entry.outcome === 'skipped' && entry.by !== 'system')
      ) {
        stats.steps.skipped++;
      }
    }
    const open = enrollment.status === 'active' || enrollment.status === 'paused';
    for (const [stepId, outcome] of Object.entries(enrollment.outcomes)) {
      const kind = kindOf(stepId);
      if (kind === 'email' || kind === 'automatedEmail') {
        // Replies are counted only for emails a condition waits on; while it still waits, the
        // email is neither a reply nor a "no reply" yet.
        const check = graph.steps.find(
          (step) => step.kind === 'condition' && step.test === 'emailReplied' && step.about === stepId,
        );
        if (outcome === 'replied') {
          sent++;
          replied++;
        } else if (NO_REPLY.has(outcome)) sent++;
        else if (outcome === 'sent' && check) {
          if (open && enrollment.current?.stepId === check.id) awaitingReply++;
          else sent++;
        }
      } else if (kind === 'phoneCall' && CALL_DECIDED.has(outcome)) {
        made++;
        if (outcome === 'answered') answered++;
      }
    }
    const current = enrollment.current && graph.steps.find((step) => step.id === enrollment.current?.stepId);
    if (
      enrollment.status === 'active' &&
      current &&
      isManualStep(current) &&
      now.getTime() - Date.parse(enrollment.current!.dueAt) > OVERDUE_AFTER_HOURS * 60 * 60 * 1000
    ) {
      stats.steps.overdue++;
    }
    if (enrollment.status === 'completed') {
      const finished = [...enrollment.history].reverse().find((entry) => entry.action === 'finished');
      if (finished) durations.push((Date.parse(finished.at) - Date.parse(enrollment.createdAt)) / DAY_MS);
    }
  }

  stats.replies = rate(replied, sent, awaitingReply);
  stats.answers = rate(answered, made);
  const connected = [...new Set(enrollments.map((e) => e.recordId))]
    .map((id) => records.get(id))
    .filter((record): record is CrmRecord => record !== undefined);
  // Success is over the records already decided; those still open are pending, not failures.
  if (sequence.recordType === 'lead') {
    const decided = connected.filter((r) => r.status === 'qualified' || r.status === 'disqualified');
    stats.success = {
      measure: 'qualified',
      ...rate(
        decided.filter((r) => r.status === 'qualified').length,
        decided.length,
        connected.length - decided.length,
      ),
    };
  } else if (sequence.recordType === 'opportunity') {
    const decided = connected.filter((r) => r.stage === 'won' || r.stage === 'lost');
    stats.success = {
      measure: 'won',
      ...rate(
        decided.filter((r) => r.stage === 'won').length,
        decided.length,
        connected.length - decided.length,
      ),
    };
  }
  if (durations.length > 0) {
    stats.averageDaysToComplete =
      Math.round((durations.reduce((a, b) => a + b, 0) / durations.length) * 10) / 10;
  }
  return stats;
}
