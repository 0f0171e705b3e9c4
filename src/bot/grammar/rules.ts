// What a language's phrase table holds: every intent with the phrasings that say it, and the
// courtesy, chatter and synonyms around them. The matcher (index.ts, match.ts) reads any such table
// and never names an intent; adding a phrasing or a language is adding rows.

import type { LanguageCode } from '../../domain/model.js';

export type Intent =
  // Anyone
  | 'help'
  // A seller's own work, settings and records
  | 'work.upNext'
  | 'work.overdue'
  | 'work.calls'
  | 'work.emails'
  | 'work.digest'
  | 'work.noReply'
  | 'work.complete'
  | 'work.skip'
  | 'work.snooze'
  | 'work.outcome'
  | 'work.snoozeAll'
  | 'me.hours'
  | 'me.timeZone'
  | 'me.digestTime'
  | 'me.away'
  | 'me.back'
  | 'record.qualify'
  | 'record.disqualify'
  | 'record.won'
  | 'record.lost'
  | 'record.close'
  | 'record.show'
  // Managers: templates, sequences, records, roles
  | 'templates.list'
  | 'template.show'
  | 'sequence.create'
  | 'sequence.createBlank'
  | 'sequences.list'
  | 'sequence.show'
  | 'sequence.activate'
  | 'sequence.deactivate'
  | 'sequence.copy'
  | 'sequence.delete'
  | 'sequence.rename'
  | 'sequence.describe'
  | 'sequence.tag'
  | 'sequence.untag'
  | 'step.add'
  | 'step.remove'
  | 'step.duration'
  | 'step.edit'
  | 'record.add'
  | 'records.list'
  | 'record.connect'
  | 'record.disconnect'
  | 'record.pause'
  | 'record.resume'
  | 'role.grant'
  | 'role.revoke'
  | 'roles.list'
  | 'role.mine'
  | 'businessUnit.set'
  | 'sequence.stats'
  | 'team.show'
  // A manager moves a record and its open steps to another seller
  | 'record.reassign'
  // Small talk: a greeting, a thank-you or an "ok" on its own
  | 'chat.greeting'
  | 'chat.thanks'
  // Anyone: the language the bot speaks with them
  | 'language.set';

/** Intents read only from the whole text: "…, ok?" after words nobody understood is no thank-you. */
export const WHOLE_TEXT_ONLY: ReadonlySet<Intent> = new Set<Intent>(['chat.greeting', 'chat.thanks']);

/**
 * Intents that change or remove something a person cannot simply take back. One of these read from
 * a misspelt command word or after chatter was cut away is confirmed before it is done.
 */
export const DESTRUCTIVE: ReadonlySet<Intent> = new Set<Intent>([
  'sequence.delete',
  'sequence.deactivate',
  'record.disconnect',
  'record.pause',
  'record.disqualify',
  'record.lost',
  'step.remove',
  'role.revoke',
  'work.skip',
]);

export interface Rule {
  intent: Intent;
  /** Phrasings; an object form fixes slots the words imply ("rename step 3 to ..." sets the name). */
  patterns: (string | { p: string; set: Record<string, unknown> })[];
}

/** The words of a language's typed parts: numbers, durations, record types, roles, step kinds... */
export interface Vocabulary {
  /** Cardinal words and their values ("three": 3). */
  numbers: Record<string, number>;
  /** Ordinal words and their values ("third": 3, "last": -1). */
  ordinals: Record<string, number>;
  /** What follows the digits of an ordinal ("3rd"). */
  ordinalSuffixes: string[];
  /** Articles skipped inside a typed part ("after the third step"). */
  articles: string[];
  /** Words for a count of one ("a day"), and for half of one ("half a day"). */
  one: string[];
  half: string[];
  /** What joins two parts of a duration ("1 day and 12 hours"). */
  and: string[];
  units: Record<'day' | 'hour' | 'week', string[]>;
  /** A unit glued to its number: "2d", "36h". */
  compactUnits: Record<'day' | 'hour' | 'week', string[]>;
  recordTypes: Record<'lead' | 'contact' | 'account' | 'opportunity', string[]>;
  statuses: Record<'active' | 'draft' | 'inactive', string[]>;
  recordFilters: Record<string, string[]>;
  roles: Record<'administrator' | 'sequenceManager' | 'salesManager' | 'seller', string[]>;
  kinds: Record<
    | 'email'
    | 'automatedEmail'
    | 'phoneCall'
    | 'task'
    | 'qualify'
    | 'disqualify'
    | 'won'
    | 'lost'
    | 'futureEvents'
    | 'linkedin',
    string[]
  >;
  linkedinActions: Record<'research' | 'connect' | 'inMail' | 'getIntroduced', string[]>;
  /** "step 3", "step number 3". */
  step: string[];
  /** The word after a quoted name or an ordinal: "the third step". */
  stepMarker: string[];
  /** Waits and conditions have no number: "the wait after step 3", "the condition after step 4". */
  flowSteps?: { wait: string[]; condition: string[] };
  branch: { lead: string[]; yes: string[]; no: string[]; noun: string[] };
  position: { end: string[]; start: string[]; after: string[]; before: string[] };
  fields: Record<'description' | 'name' | 'subject' | 'body', string[]>;
  /**
   * A date's words in this language and the English words the date reader knows ("jutro":
   * "tomorrow", "piątek": "friday", "thứ sáu": "friday"); absent for English.
   */
  dates?: Record<string, string>;
}

export interface Language {
  vocabulary: Vocabulary;
  rules: Rule[];
  /** `$name` in a pattern stands for these alternatives. */
  macros: Record<string, string>;
  /** Nouns people use for the same thing: every pattern word on the left also accepts those on the right. */
  synonyms: Record<string, string[]>;
  /** Courtesy before a command ("could you please") and after it ("thanks"). */
  openings: string[];
  closings: string[];
  /** Words that may stand anywhere between the parts of a phrase ("the", "please"). */
  fillers: string[];
  /** Words that start a clause of their own after a name: "qualify Jane Doe because ...". */
  clauseWords: string[];
  /** Words that ask rather than name: "who is lost?" names nobody. */
  questionWords: string[];
  /** Words that never belong to a template's name: they are the command around it. */
  templateStopWords: string[];
  /** Words that never end or fill the name of a sequence or record: "remove the q4 tag" names no sequence. */
  nameStopWords: string[];
  /** Words in a name that say what kind of thing is named, never which one ("the", "my", "sequence"). */
  nameNoise: string[];
  /** Words for "a record" in general, beside the record types ("record", "step"); for people ("user"). */
  recordNouns: string[];
  personNouns: string[];
  /** What "it", "this one", "its" say: the thing in focus, not a name. */
  pronouns: string[];
  /** The same for a record: "her", "him", "them", "this lead". */
  recordPronouns: string[];
  /** What this language calls each language the product speaks ("polski", "angielski"...), for "language: polski". */
  languageNames: Record<LanguageCode, string[]>;
  /** The built-in templates' names in this language, by template id: more aliases to find a template by. */
  templateNames: Record<string, string[]>;
}
