// The domain's vocabulary: sequences and their step graphs, records, enrollments, events and effects.
// Plain data only; no I/O. Every other layer speaks these types.

export const RECORD_TYPES = ['lead', 'contact', 'account', 'opportunity'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const SEQUENCE_STATUSES = ['draft', 'active', 'inactive'] as const;
export type SequenceStatus = (typeof SEQUENCE_STATUSES)[number];

/** A span of time as a sequence designer states it: whole days and hours. */
export interface Duration {
  days: number;
  hours: number;
}

/** An email a seller sends by hand (pre-filled) or the system sends by itself. */
export interface EmailTemplate {
  subject: string;
  /** Placeholders: {{record.firstName}}, {{record.lastName}}, {{record.fullName}}, {{record.company}}, {{seller.name}}, {{seller.firstName}} */
  body: string;
}

export const LINKEDIN_ACTIONS = ['research', 'getIntroduced', 'connect', 'inMail'] as const;
export type LinkedInAction = (typeof LINKEDIN_ACTIONS)[number];

/** Fields a command step may set. Each maps to a record field the product knows. */
export type RecordFieldUpdate =
  | { field: 'status'; value: 'qualified' | 'disqualified' }
  | { field: 'futureEvents'; value: boolean }
  | { field: 'stage'; value: 'won' | 'lost' };

interface StepBase {
  id: string;
  /** Short name shown on cards, e.g. "Thank-you email". */
  name: string;
  /** What the seller should do, in words they can act on. */
  description: string;
}

/** Steps that lead from one step to exactly one next step (or to the end when `next` is absent). */
interface LinearStep extends StepBase {
  next?: string;
}

export interface EmailStep extends LinearStep {
  kind: 'email';
  template?: EmailTemplate;
}
export interface AutomatedEmailStep extends LinearStep {
  kind: 'automatedEmail';
  template: EmailTemplate;
}
export interface PhoneCallStep extends LinearStep {
  kind: 'phoneCall';
}
export interface TaskStep extends LinearStep {
  kind: 'task';
}
export interface LinkedInStep extends LinearStep {
  kind: 'linkedin';
  action: LinkedInAction;
}
export interface WaitStep extends LinearStep {
  kind: 'wait';
  duration: Duration;
}

/**
 * A branch on what happened after an email or a call. `about` names the activity step it judges;
 * it must come directly before the condition. When no answer comes within `timeLimit` (counted
 * from the moment the condition is reached), the `no` path is taken.
 */
export interface ConditionStep extends StepBase {
  kind: 'condition';
  about: string;
  /** email: yes = replied. call: yes = answered (not answered and left voicemail take `no`). */
  test: 'emailReplied' | 'callAnswered';
  timeLimit: Duration;
  yes?: string;
  no?: string;
}

export type CommandAction =
  { type: 'updateField'; update: RecordFieldUpdate } | { type: 'advanceToSequence'; sequenceId: string };

export interface CommandStep extends LinearStep {
  kind: 'command';
  command: CommandAction;
}

export type ActivityStep = EmailStep | AutomatedEmailStep | PhoneCallStep | TaskStep | LinkedInStep;
export type Step = ActivityStep | WaitStep | ConditionStep | CommandStep;
export type StepKind = Step['kind'];

/** Steps a seller does by hand: they become due, appear on Up next cards and are completed, skipped or snoozed. */
export type ManualStep = EmailStep | PhoneCallStep | TaskStep | LinkedInStep;
export const MANUAL_KINDS: ReadonlySet<StepKind> = new Set(['email', 'phoneCall', 'task', 'linkedin']);
export const isManualStep = (step: Step): step is ManualStep => MANUAL_KINDS.has(step.kind);

/** The graph of a sequence: `start` is the first real step after "sequence starts here". */
export interface StepGraph {
  start?: string;
  steps: Step[];
}

export interface Sequence {
  id: string;
  name: string;
  description?: string;
  recordType: RecordType;
  /** User id of the owner (the creator). */
  ownerId: string;
  /** Business unit the sequence is visible to. */
  businessUnit?: string;
  status: SequenceStatus;
  /** Increases on every edit of an active sequence; enrollments keep the version they started on. */
  version: number;
  tags: string[];
  graph: StepGraph;
  /** Template id this sequence was created from, if any. */
  templateId?: string;
  createdAt: string;
  updatedAt: string;
}

/** A built-in template as shipped in `templates/`: a sequence without ownership or lifecycle. */
export interface SequenceTemplate {
  id: string;
  name: string;
  description: string;
  recordType: RecordType;
  /** Words a manager may use to name the template ("demo", "no-show"). */
  aliases: string[];
  graph: StepGraph;
}

// ---- Records -------------------------------------------------------------------------------

export type LeadStatus = 'new' | 'contacted' | 'qualified' | 'disqualified';
export type OpportunityStage = 'develop' | 'propose' | 'close' | 'won' | 'lost';

export interface CrmRecord {
  id: string;
  type: RecordType;
  /** Person records (lead, contact) have first and last names; account and opportunity have `name` only. */
  firstName?: string;
  lastName?: string;
  name: string;
  company?: string;
  email?: string;
  phone?: string;
  linkedInUrl?: string;
  /** User id of the seller who owns the record; steps go to them. */
  ownerId: string;
  /** Leads: new / contacted / qualified / disqualified. */
  status?: LeadStatus;
  /** Opportunities: develop / propose / close / won / lost. */
  stage?: OpportunityStage;
  /** Contacts: marked for future events. */
  futureEvents?: boolean;
  /** When a lead is qualified, the opportunity created from it. */
  qualifiedToId?: string;
  /** When an opportunity came from a lead, that lead. */
  originatingLeadId?: string;
  createdAt: string;
  updatedAt: string;
}

/** A record is active (may stay in sequences) unless it is a qualified/disqualified lead or a won/lost opportunity. */
export function isRecordActive(record: CrmRecord): boolean {
  if (record.type === 'lead') return record.status !== 'qualified' && record.status !== 'disqualified';
  if (record.type === 'opportunity') return record.stage !== 'won' && record.stage !== 'lost';
  return true;
}

// ---- Users ---------------------------------------------------------------------------------

export const ROLES = ['administrator', 'sequenceManager', 'salesManager', 'seller'] as const;
export type Role = (typeof ROLES)[number];

/** The languages the product speaks with its users, by BCP 47 primary subtag. */
export const LANGUAGE_CODES = ['en', 'vi', 'gl', 'hi', 'pl'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** When a seller works: days are ISO weekdays (1 = Monday ... 7 = Sunday), times are "HH:mm" local. */
export interface WorkingHours {
  timeZone: string;
  days: number[];
  start: string;
  end: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = {
  timeZone: 'UTC',
  days: [1, 2, 3, 4, 5],
  start: '08:00',
  end: '17:00',
};

// ---- Enrollments ---------------------------------------------------------------------------

export const OUTCOMES = [
  'done',
  'sent',
  'replied',
  'noReply',
  'answered',
  'notAnswered',
  'leftVoicemail',
  'skipped',
  'timedOut',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const CALL_OUTCOMES = ['answered', 'notAnswered', 'leftVoicemail'] as const;
export const REPLY_OUTCOMES = ['replied', 'noReply'] as const;

export type EnrollmentStatus = 'active' | 'paused' | 'completed' | 'exited' | 'disconnected';

/** Where an enrollment stands: the step it is on and what it is waiting for. */
export interface CurrentStep {
  stepId: string;
  /** When the step entered. */
  since: string;
  /**
   * manual step: when it is due (the seller is told then).
   * wait: when the wait ends. condition: when its time limit passes.
   */
  dueAt: string;
  /** Set when the seller snoozed the step; `dueAt` is then the snooze's end. */
  snoozed?: boolean;
}

export const HISTORY_ACTIONS = [
  'connected',
  'entered',
  'completed',
  'skipped',
  'snoozed',
  'waitEnded',
  'branched',
  'emailSent',
  'commandRun',
  'paused',
  'resumed',
  'ownerChanged',
  'exited',
  'disconnected',
  'finished',
  /** The seller took back their last press (Undo): the enrollment is as it was before it. */
  'undone',
] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export interface HistoryEntry {
  at: string;
  action: HistoryAction;
  stepId?: string;
  outcome?: Outcome;
  /** User id, or "system" for what the product did by itself. */
  by: string;
  /** Free detail: the branch taken ("yes"/"no"), the snooze's end, the exit reason. */
  detail?: string;
  /** What the seller wrote when recording an outcome (a call's, a reply's) or skipping a step (their own words). */
  note?: string;
}

export interface Enrollment {
  id: string;
  sequenceId: string;
  sequenceVersion: number;
  recordId: string;
  recordType: RecordType;
  /** The seller the steps go to (the record's owner). */
  sellerId: string;
  status: EnrollmentStatus;
  current?: CurrentStep;
  /** Outcome of each activity step done so far, by step id (what conditions read). */
  outcomes: Record<string, Outcome>;
  /** While paused: when the pause began and, for vacation, when it ends. */
  pausedAt?: string;
  pausedUntil?: string;
  history: HistoryEntry[];
  /** Incremented on every change; timers carry it so that stale ones are ignored. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

// ---- Engine input and output ---------------------------------------------------------------

export type EnrollmentEvent =
  /** The seller did a manual step. Email: outcome "sent" (or replied/noReply when no condition waits); call: answered/notAnswered/leftVoicemail. */
  | { type: 'stepCompleted'; stepId: string; outcome?: Outcome; by: string; note?: string }
  /** The seller records the customer's answer while a condition waits on it (e.g. replied). */
  | { type: 'outcomeRecorded'; stepId: string; outcome: Outcome; by: string; note?: string }
  | { type: 'stepSkipped'; stepId: string; by: string; note?: string }
  | { type: 'stepSnoozed'; stepId: string; until: string; by: string }
  /** A wait ended or a snooze ended; `revision` is the enrollment revision the timer was set at. */
  | { type: 'timerFired'; stepId: string; revision: number }
  | { type: 'conditionTimedOut'; stepId: string; revision: number }
  | { type: 'recordChanged'; record: CrmRecord; by: string }
  | { type: 'paused'; by: string; until?: string }
  | { type: 'resumed'; by: string }
  | { type: 'disconnected'; by: string; reason?: string };

export type TimerKind = 'stepDue' | 'waitEnds' | 'conditionTimeLimit';

export type Effect =
  /** Tell the seller (proactively) that a manual step is due, at `at`. */
  | {
      type: 'notifyDue';
      enrollmentId: string;
      sellerId: string;
      stepId: string;
      at: string;
      revision: number;
    }
  /** Fire an event back into the engine at `at`. */
  | {
      type: 'scheduleTimer';
      enrollmentId: string;
      kind: TimerKind;
      stepId: string;
      at: string;
      revision: number;
    }
  | {
      type: 'sendEmail';
      enrollmentId: string;
      recordId: string;
      sellerId: string;
      stepId: string;
      template: EmailTemplate;
    }
  | { type: 'updateRecord'; enrollmentId: string; recordId: string; update: RecordFieldUpdate; by: string }
  | {
      type: 'connectToSequence';
      enrollmentId: string;
      recordId: string;
      sequenceId: string;
      sellerId: string;
    }
  | { type: 'enrollmentEnded'; enrollmentId: string; status: EnrollmentStatus; reason: string };

export interface Transition {
  enrollment: Enrollment;
  effects: Effect[];
}

/** An event the engine cannot apply (e.g. the step is no longer current). The enrollment is unchanged. */
export interface Rejection {
  rejected: true;
  reason: RejectionReason;
  enrollment: Enrollment;
}

export type RejectionReason =
  | 'notCurrentStep'
  | 'notActive'
  | 'invalidOutcome'
  | 'staleTimer'
  | 'notPaused'
  | 'alreadyEnded'
  | 'snoozeInPast';
