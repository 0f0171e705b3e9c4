// Catalogue keys for the domain's values (outcomes, step kinds, record types) and the links a step
// card offers (mailto, tel, LinkedIn).

import type {
  CrmRecord,
  Duration,
  LinkedInAction,
  Outcome,
  RecordType,
  Step,
  StepKind,
} from '../../../domain/model.js';
import type { MessageKey } from '../../../i18n/index.js';
import type { Say } from './format.js';

const OUTCOME: Record<Outcome, MessageKey> = {
  done: 'seller.outcome.done',
  sent: 'seller.outcome.sent',
  replied: 'seller.outcome.replied',
  noReply: 'seller.outcome.noReply',
  answered: 'seller.outcome.answered',
  notAnswered: 'seller.outcome.notAnswered',
  leftVoicemail: 'seller.outcome.leftVoicemail',
  skipped: 'seller.outcome.skipped',
  timedOut: 'seller.outcome.timedOut',
};

const KIND: Record<StepKind, MessageKey> = {
  email: 'seller.kind.email',
  automatedEmail: 'seller.kind.automatedEmail',
  phoneCall: 'seller.kind.phoneCall',
  task: 'seller.kind.task',
  linkedin: 'seller.kind.linkedin',
  wait: 'seller.kind.wait',
  condition: 'seller.kind.condition',
  command: 'seller.kind.command',
};

const LINKEDIN: Record<LinkedInAction, MessageKey> = {
  research: 'seller.linkedin.research',
  getIntroduced: 'seller.linkedin.getIntroduced',
  connect: 'seller.linkedin.connect',
  inMail: 'seller.linkedin.inMail',
};

const RECORD_TYPE: Record<RecordType, MessageKey> = {
  lead: 'seller.recordType.lead',
  contact: 'seller.recordType.contact',
  account: 'seller.recordType.account',
  opportunity: 'seller.recordType.opportunity',
};

const STATE: Record<string, MessageKey> = {
  new: 'seller.status.new',
  contacted: 'seller.status.contacted',
  qualified: 'seller.status.qualified',
  disqualified: 'seller.status.disqualified',
  develop: 'seller.stage.develop',
  propose: 'seller.stage.propose',
  close: 'seller.stage.close',
  won: 'seller.stage.won',
  lost: 'seller.stage.lost',
};

export const outcomeLabel = (outcome: Outcome, say: Say): string => say(OUTCOME[outcome]);

/** How an outcome reads at a glance: it went well, it was passed over, or the customer did not respond. */
export type Tone = 'good' | 'skipped' | 'missed';

const TONE: Record<Outcome, Tone> = {
  done: 'good',
  sent: 'good',
  replied: 'good',
  answered: 'good',
  skipped: 'skipped',
  noReply: 'missed',
  notAnswered: 'missed',
  leftVoicemail: 'missed',
  timedOut: 'missed',
};

export const outcomeTone = (outcome: Outcome): Tone => TONE[outcome];

/** The mark before an outcome ("✓", "↷", "✗") and the colour it is drawn in. */
export function outcomeMark(
  outcome: Outcome,
  say: Say,
): { mark: string; color: 'Good' | 'Default' | 'Warning'; banner: 'good' | 'accent' | 'warning' } {
  switch (TONE[outcome]) {
    case 'good':
      return { mark: say('seller.mark.good'), color: 'Good', banner: 'good' };
    case 'skipped':
      return { mark: say('seller.mark.skipped'), color: 'Default', banner: 'accent' };
    case 'missed':
      return { mark: say('seller.mark.missed'), color: 'Warning', banner: 'warning' };
  }
}

export const recordTypeLabel = (type: RecordType, say: Say): string => say(RECORD_TYPE[type]);

/** "Email", "Phone call", "LinkedIn: connect". */
export function kindLabel(step: Step, say: Say): string {
  return step.kind === 'linkedin' ? say(LINKEDIN[step.action]) : say(KIND[step.kind]);
}

/** A lead's status or an opportunity's stage, in words ("Develop", "Qualified"); empty when it has none. */
export function stateLabel(value: string | undefined, say: Say): string {
  const key = value === undefined ? undefined : STATE[value];
  return key ? say(key) : (value ?? '');
}

/** "Opportunity · Contoso · Develop". */
export function recordSubtitle(record: CrmRecord, say: Say): string {
  const state =
    record.type === 'lead' ? record.status : record.type === 'opportunity' ? record.stage : undefined;
  return [recordTypeLabel(record.type, say), record.company, stateLabel(state, say)]
    .filter((part): part is string => Boolean(part) && part !== record.name)
    .join(' · ');
}

/** Who to address in a question: the person's first name, else the company, else the record's name. */
export function personOf(record: CrmRecord): string {
  return record.firstName || record.company || record.name;
}

export function durationLabel(duration: Duration, say: Say): string {
  const parts: string[] = [];
  if (duration.days > 0) {
    parts.push(
      duration.days === 1
        ? say('seller.duration.day')
        : say('seller.duration.days', { count: duration.days }),
    );
  }
  if (duration.hours > 0) {
    parts.push(
      duration.hours === 1
        ? say('seller.duration.hour')
        : say('seller.duration.hours', { count: duration.hours }),
    );
  }
  return parts.join(' ');
}

// ---- Links ---------------------------------------------------------------------------------

const SIMPLE_ADDRESS = /^[^\s@?&#]+@[^\s@?&#]+$/;

/** A mailto: link with subject and body filled in (RFC 6068: line breaks as CRLF, everything percent-encoded). */
export function mailtoUrl(to: string | undefined, subject: string, body: string): string {
  const address = to && SIMPLE_ADDRESS.test(to) ? to : '';
  const encode = (text: string): string => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** A tel: link: digits and a leading plus only, so that every dialler accepts it. */
export function telUrl(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('+') ? `+${digits.slice(1).replace(/\+/g, '')}` : digits.replace(/\+/g, '')}`;
}

/** The record's LinkedIn page, or a LinkedIn search for the person and company. */
export function linkedInUrl(record: CrmRecord): { url: string; search: boolean } {
  if (record.linkedInUrl && /^https:\/\/([\w-]+\.)?linkedin\.com\//i.test(record.linkedInUrl)) {
    return { url: record.linkedInUrl, search: false };
  }
  const person = record.firstName
    ? [record.firstName, record.lastName].filter(Boolean).join(' ')
    : record.name;
  const words = [person, record.company].filter(Boolean).join(' ');
  return {
    url: `https://www.linkedin.com/search/results/all/?keywords=${encodeURIComponent(words)}`,
    search: true,
  };
}
