// Small step graphs, records and working hours for the engine and calendar tests.
// Each graph is the smallest shape that exercises one behaviour of the engine.

import type { CrmRecord, Sequence, Step, StepGraph, WorkingHours } from '../../src/domain/model.js';

/** Monday to Friday, 8:00-17:00 UTC (the product default). */
export const UTC_HOURS: WorkingHours = {
  timeZone: 'UTC',
  days: [1, 2, 3, 4, 5],
  start: '08:00',
  end: '17:00',
};
export const WARSAW_HOURS: WorkingHours = { ...UTC_HOURS, timeZone: 'Europe/Warsaw' };
export const NEW_YORK_HOURS: WorkingHours = { ...UTC_HOURS, timeZone: 'America/New_York' };

export function sequenceOf(graph: StepGraph, overrides: Partial<Sequence> = {}): Sequence {
  return {
    id: 'seq-1',
    name: 'Test sequence',
    recordType: 'lead',
    ownerId: 'manager-1',
    status: 'active',
    version: 1,
    tags: [],
    graph,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function lead(overrides: Partial<CrmRecord> = {}): CrmRecord {
  return {
    id: 'lead-1',
    type: 'lead',
    firstName: 'Ada',
    lastName: 'Nowak',
    name: 'Ada Nowak',
    company: 'Contoso',
    email: 'ada@contoso.example',
    ownerId: 'seller-1',
    status: 'new',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function opportunity(overrides: Partial<CrmRecord> = {}): CrmRecord {
  return {
    id: 'opp-1',
    type: 'opportunity',
    name: 'Contoso renewal',
    ownerId: 'seller-1',
    stage: 'develop',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const template = { subject: 'Hello {{record.firstName}}', body: 'Hi {{record.firstName}}, {{seller.name}}' };

function graph(start: string | undefined, steps: Step[]): StepGraph {
  return start === undefined ? { steps } : { start, steps };
}

/** One of each manual step in a row: email → call → task → LinkedIn. */
export const MANUAL_CHAIN = graph('email', [
  { id: 'email', kind: 'email', name: 'Intro email', description: 'Send the intro', template, next: 'call' },
  { id: 'call', kind: 'phoneCall', name: 'Call', description: 'Call the lead', next: 'task' },
  { id: 'task', kind: 'task', name: 'Schedule a meeting', description: 'Book a slot', next: 'linkedin' },
  {
    id: 'linkedin',
    kind: 'linkedin',
    action: 'connect',
    name: 'Connect',
    description: 'Connect on LinkedIn',
  },
]);

/** Email, then "replied?" with a 2-day time limit: yes → meeting task, no → call. */
export const EMAIL_CONDITION = graph('email', [
  { id: 'email', kind: 'email', name: 'Ask for a meeting', description: 'Email them', next: 'replied' },
  {
    id: 'replied',
    kind: 'condition',
    name: 'Replied?',
    description: 'Did they reply?',
    about: 'email',
    test: 'emailReplied',
    timeLimit: { days: 2, hours: 0 },
    yes: 'meet',
    no: 'call',
  },
  { id: 'meet', kind: 'task', name: 'Set up the meeting', description: 'Book it' },
  { id: 'call', kind: 'phoneCall', name: 'Follow-up call', description: 'Call them' },
]);

/** Call, then "answered?" with a 1-day time limit: yes → discuss task, no → wait 2 days → email. */
export const CALL_CONDITION = graph('call', [
  { id: 'call', kind: 'phoneCall', name: 'Call', description: 'Call them', next: 'answered' },
  {
    id: 'answered',
    kind: 'condition',
    name: 'Answered?',
    description: 'Did they pick up?',
    about: 'call',
    test: 'callAnswered',
    timeLimit: { days: 1, hours: 0 },
    yes: 'discuss',
    no: 'pause',
  },
  { id: 'discuss', kind: 'task', name: 'Discuss', description: 'Discuss next steps' },
  {
    id: 'pause',
    kind: 'wait',
    name: 'Wait 2 days',
    description: '',
    duration: { days: 2, hours: 0 },
    next: 'retry',
  },
  { id: 'retry', kind: 'email', name: 'Placeholder meeting', description: 'Propose a slot' },
]);

/** "Replied?" with no `no` path: silence ends the sequence. */
export const YES_ONLY_CONDITION = graph('email', [
  { id: 'email', kind: 'email', name: 'Invite', description: 'Send the invite', next: 'replied' },
  {
    id: 'replied',
    kind: 'condition',
    name: 'Replied?',
    description: '',
    about: 'email',
    test: 'emailReplied',
    timeLimit: { days: 0, hours: 4 },
    yes: 'confirm',
  },
  { id: 'confirm', kind: 'email', name: 'Confirmation', description: 'Confirm the details' },
]);

/** Automated intro email → wait 1 day → call. */
export const AUTOMATED_INTRO = graph('intro', [
  { id: 'intro', kind: 'automatedEmail', name: 'Intro', description: '', template, next: 'pause' },
  {
    id: 'pause',
    kind: 'wait',
    name: 'Wait a day',
    description: '',
    duration: { days: 1, hours: 0 },
    next: 'call',
  },
  { id: 'call', kind: 'phoneCall', name: 'Call', description: 'Call them' },
]);

/** Automated email judged by a condition: the email is sent, then the condition waits for a reply. */
export const AUTOMATED_THEN_CONDITION = graph('intro', [
  { id: 'intro', kind: 'automatedEmail', name: 'Thank you', description: '', template, next: 'replied' },
  {
    id: 'replied',
    kind: 'condition',
    name: 'Replied?',
    description: '',
    about: 'intro',
    test: 'emailReplied',
    timeLimit: { days: 1, hours: 0 },
    yes: 'meet',
    no: 'followUp',
  },
  { id: 'meet', kind: 'task', name: 'Meeting', description: '' },
  { id: 'followUp', kind: 'email', name: 'Follow-up', description: '' },
]);

/** Call → disqualify the lead → mark for future events → end: two commands run back to back. */
export const COMMANDS = graph('call', [
  { id: 'call', kind: 'phoneCall', name: 'Final call', description: '', next: 'disqualify' },
  {
    id: 'disqualify',
    kind: 'command',
    name: 'Disqualify',
    description: '',
    command: { type: 'updateField', update: { field: 'status', value: 'disqualified' } },
    next: 'future',
  },
  {
    id: 'future',
    kind: 'command',
    name: 'Future events',
    description: '',
    command: { type: 'updateField', update: { field: 'futureEvents', value: true } },
  },
]);

/** Task → advance to another sequence. The dangling `next` must be ignored: nothing follows an advance. */
export const ADVANCE = graph('task', [
  { id: 'task', kind: 'task', name: 'Wrap up', description: '', next: 'advance' },
  {
    id: 'advance',
    kind: 'command',
    name: 'Nurture',
    description: '',
    command: { type: 'advanceToSequence', sequenceId: 'seq-nurture' },
    next: 'never',
  },
  { id: 'never', kind: 'task', name: 'Never reached', description: '' },
]);

/** Two commands pointing at each other: a broken graph that never waits. */
export const COMMAND_LOOP = graph('a', [
  {
    id: 'a',
    kind: 'command',
    name: 'A',
    description: '',
    command: { type: 'updateField', update: { field: 'futureEvents', value: true } },
    next: 'b',
  },
  {
    id: 'b',
    kind: 'command',
    name: 'B',
    description: '',
    command: { type: 'updateField', update: { field: 'futureEvents', value: false } },
    next: 'a',
  },
]);

export const EMPTY = graph(undefined, []);
