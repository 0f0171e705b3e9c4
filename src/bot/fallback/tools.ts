// The tools a language model may call: one per intent of the phrase table, with the slots the
// table's phrasings carry as its parameters (src/bot/grammar/intents.ts). The descriptions are
// written for the model, not shown to anyone.

import type { ChatCompletionAction } from '@microsoft/teams-ai';
import { type IntentSpec, intentSpecs, MAX_SLOT_TEXT } from '../grammar/intents.js';
import type { Intent } from '../grammar/rules.js';

/** What each intent does, with an example of the usual wording. */
// Partial, so that an intent added to the table is offered at once (described by its name) until
// it is described here.
const WHAT: Partial<Record<Intent, string>> = {
  help: 'Show what the assistant can do ("help").',
  'work.upNext': "Show the seller's steps due now and overdue ('up next').",
  'work.overdue': "Show only the seller's overdue steps.",
  'work.calls': "Show the seller's phone calls due today.",
  'work.emails': "Show the seller's e-mails due today.",
  'work.digest': "Send the seller's daily digest now.",
  'work.noReply': "Show the seller's records whose e-mail still waits for a reply.",
  'work.complete': "Mark the current step of one of the seller's records as done.",
  'work.skip': "Skip the current step of one of the seller's records.",
  'work.snooze': "Snooze the current step of one of the seller's records until a date.",
  'work.outcome':
    'Record what happened on a step of a record: replied, no reply, answered, not answered, voicemail, sent.',
  'work.snoozeAll': "Snooze all of the seller's open steps until a date.",
  'me.hours': "Set the seller's working hours (e.g. 9-17).",
  'me.timeZone': "Set the seller's time zone (a city, an IANA name or an abbreviation).",
  'me.digestTime': 'Set the time of day the daily digest comes.',
  'me.away': "Pause the seller's sequences while away (vacation) until a date.",
  'me.back': "The seller is back: resume the seller's sequences.",
  'record.qualify': 'Qualify a lead (it becomes an opportunity).',
  'record.disqualify': 'Disqualify a lead.',
  'record.won': 'Close an opportunity as won.',
  'record.lost': 'Close an opportunity as lost.',
  'record.close': 'Close an opportunity (asks whether won or lost).',
  'record.show': 'Show one record: its status, owner, sequences and current steps.',
  'templates.list': 'List the built-in sequence templates.',
  'template.show': 'Show one built-in template and its steps.',
  'sequence.create': 'Create a sequence from a template, optionally with a name.',
  'sequence.createBlank': 'Create an empty sequence for a record type, optionally with a name.',
  'sequences.list': 'List sequences, optionally by status or record type.',
  'sequence.show': 'Show one sequence and its steps.',
  'sequence.activate': 'Activate a sequence so records can be connected to it.',
  'sequence.deactivate': 'Deactivate a sequence.',
  'sequence.copy': 'Copy a sequence, optionally under a new name.',
  'sequence.delete': 'Delete a sequence.',
  'sequence.rename': 'Rename a sequence.',
  'sequence.describe': "Set a sequence's description.",
  'sequence.tag': 'Add tags to a sequence.',
  'sequence.untag': 'Remove tags from a sequence.',
  'step.add': 'Add a step (e-mail, call, task, LinkedIn, wait, condition, ...) to a sequence.',
  'step.remove': 'Remove a step from a sequence.',
  'step.duration': 'Change how long a wait or a condition of a sequence lasts.',
  'step.edit': "Change a step's name, description, e-mail subject or body.",
  'record.add': 'Add a lead, contact, account or opportunity.',
  'records.list': 'List records, optionally by type and status.',
  'record.connect': 'Connect a record to a sequence.',
  'record.disconnect': 'Disconnect a record from a sequence (or from all).',
  'record.pause': "Pause a record's sequences.",
  'record.resume': "Resume a record's paused sequences.",
  'record.reassign': 'Give a record, with its open steps, to another seller.',
  'role.grant': 'Give a person a role.',
  'role.revoke': 'Take a role from a person.',
  'roles.list': 'List who has which role.',
  'role.mine': "Show the user's own roles.",
  'businessUnit.set': 'Put a person in a business unit.',
  'sequence.stats': "Show a sequence's statistics.",
  'team.show': "Show each seller's due and overdue steps (for managers).",
  'language.set': 'Choose the language the assistant answers this user in.',
};

/** What each slot holds. */
const SLOT: Record<string, string> = {
  language: "The language's name as written (English, polski, Tiếng Việt, galego, हिन्दी).",
  record: "The record's name as written (a person or a deal), or 'it' for the record last talked about.",
  user: "A person's name as written.",
  sequence: "The sequence's name as written, or 'it' for the sequence last talked about.",
  template: "The template's name as written.",
  target: 'The name of the sequence to continue in.',
  name: 'The new name, as written.',
  description: 'The text, as written.',
  value: 'The new text, as written.',
  details: "The new record's name, company, e-mail, phone and owner, as written.",
  tags: 'The tags, as written.',
  unit: "The business unit's name.",
  date: "The date as written, e.g. 'tomorrow', 'next Monday', '2026-03-20'.",
  time: "The time of day as written, e.g. '7:30', '8am'.",
  hours: "The working hours as written, e.g. '9-17'.",
  zone: "The time zone as written, e.g. 'Berlin', 'PST', 'Europe/Paris'.",
  duration: "A duration, e.g. '2 days', '36 hours', '1 week'.",
  step: "Which step, e.g. 'step 3', 'the last step'.",
  position: "Where, e.g. 'after step 3', 'at the end', 'after step 2 on the no path'.",
  kind: "The kind of step, e.g. 'email', 'phone call', 'task', 'LinkedIn research'.",
  recordType: 'The type of record.',
  status: 'The status of the sequences.',
  filter: 'The status of the records.',
  role: 'The role.',
  field: 'Which field of the step.',
  keep: 'Which path of a removed condition stays.',
  outcome: 'What happened.',
  condition: 'True for a condition step (waits for a reply or an answer).',
  advance: 'True for a step that moves the record to another sequence.',
};

/** A tool's name: the intent without its dot ("record.reassign": "record_reassign"). */
export const toolName = (intent: Intent): string => intent.replace(/\./g, '_');

function parametersOf(spec: IntentSpec): NonNullable<ChatCompletionAction['parameters']> {
  const properties = Object.fromEntries(
    Object.entries(spec.slots).map(([name, kind]) => {
      const description = SLOT[name] ?? name;
      if (kind.type === 'flag') return [name, { type: 'boolean', description }];
      if (kind.type === 'choice') return [name, { type: 'string', enum: kind.values, description }];
      return [name, { type: 'string', maxLength: MAX_SLOT_TEXT, description }];
    }),
  );
  return { type: 'object', properties, required: spec.required, additionalProperties: false };
}

export interface Tools {
  actions: ChatCompletionAction[];
  /** The intent and its slots behind a tool's name. */
  byName: Map<string, IntentSpec>;
}

export function buildTools(): Tools {
  const specs = intentSpecs();
  return {
    actions: specs.map((spec) => ({
      name: toolName(spec.intent),
      description: WHAT[spec.intent] ?? spec.intent,
      parameters: parametersOf(spec),
    })),
    byName: new Map(specs.map((spec) => [toolName(spec.intent), spec])),
  };
}
