// Sequence and template texts as one reader reads them. A sequence made from a built-in template
// keeps the template's own text (templates/*.json, in English) for every step nobody edited, and a
// step added without a name keeps the kind's default; neither is the user's words, so both are
// rendered from the catalogue in the reader's language (template.<id>.step.<step>.name, the kind's
// manager.stepName.*). Text that differs is what a user typed and is shown as it is.

import type { Duration, Sequence, SequenceTemplate, Step } from '../domain/model.js';
import { isMessageKey, t, type MessageKey, type MessageParams, type Say } from '../i18n/index.js';
import { deepFreeze } from '../domain/frozen.js';

/** What a text is when nobody edited it: a message, with its values for the reader and in English. */
interface Source {
  key: MessageKey;
  params: MessageParams;
  english: MessageParams;
}

/** "2 days 3 hours" in the reader's language (the language's plural forms, by the catalogue). */
export function formatDuration(duration: Duration, locale?: string): string {
  const parts: string[] = [];
  if (duration.days)
    parts.push(
      t(duration.days === 1 ? 'manager.duration.day' : 'manager.duration.days', { n: duration.days }, locale),
    );
  if (duration.hours)
    parts.push(
      t(
        duration.hours === 1 ? 'manager.duration.hour' : 'manager.duration.hours',
        { n: duration.hours },
        locale,
      ),
    );
  return parts.length ? parts.join(' ') : t('manager.duration.none', {}, locale);
}

function templateKey(templateId: string | undefined, suffix: string): MessageKey | undefined {
  if (templateId === undefined) return undefined;
  const key = `template.${templateId}.${suffix}`;
  return isMessageKey(key) ? key : undefined;
}

function commandWord(step: Step): 'qualify' | 'disqualify' | 'won' | 'lost' | 'futureEvents' | undefined {
  if (step.kind !== 'command' || step.command.type !== 'updateField') return undefined;
  const { update } = step.command;
  if (update.field === 'status') return update.value === 'qualified' ? 'qualify' : 'disqualify';
  if (update.field === 'stage') return update.value;
  return 'futureEvents';
}

/** The name a step gets when it is added without one. */
function defaultName(step: Step, steps: readonly Step[], say: Say): Source | undefined {
  switch (step.kind) {
    case 'wait':
      return {
        key: 'manager.stepName.wait',
        params: { duration: formatDuration(step.duration, say.locale) },
        english: { duration: formatDuration(step.duration, 'en') },
      };
    case 'condition': {
      const about = steps.find((other) => other.id === step.about);
      if (!about) return undefined;
      return {
        key: step.test === 'callAnswered' ? 'manager.stepName.answered' : 'manager.stepName.replied',
        params: { step: textsOf(about, steps, undefined, say).name },
        english: { step: about.name },
      };
    }
    case 'command': {
      // "Advance to <sequence>" names another sequence, which the step holds by id only: it stays.
      const word = commandWord(step);
      return word ? { key: `manager.stepName.command.${word}`, params: {}, english: {} } : undefined;
    }
    default:
      return { key: `manager.stepName.${step.kind}`, params: {}, english: {} };
  }
}

function defaultDescription(step: Step): Source | undefined {
  const key: MessageKey | undefined =
    step.kind !== 'command'
      ? `manager.stepDescription.${step.kind}`
      : step.command.type === 'advanceToSequence'
        ? 'manager.stepDescription.advance'
        : 'manager.stepDescription.command';
  return { key, params: {}, english: {} };
}

const fixed = (key: MessageKey | undefined): Source | undefined =>
  key === undefined ? undefined : { key, params: {}, english: {} };

/**
 * `stored` as the reader reads it: the first source's text in the reader's language when the stored
 * text is still that source's English (or empty), else the stored text itself.
 */
function reading(stored: string, sources: (Source | undefined)[], say: Say): string {
  for (const source of sources)
    if (source && (stored === '' || stored === t(source.key, source.english, 'en')))
      return say(source.key, source.params);
  return stored;
}

/** A step's name and description for the reader; `templateId` is the template its sequence came from. */
export function textsOf(
  step: Step,
  steps: readonly Step[],
  templateId: string | undefined,
  say: Say,
): { name: string; description: string } {
  return {
    name: reading(
      step.name,
      [fixed(templateKey(templateId, `step.${step.id}.name`)), defaultName(step, steps, say)],
      say,
    ),
    description: reading(
      step.description,
      [fixed(templateKey(templateId, `step.${step.id}.description`)), defaultDescription(step)],
      say,
    ),
  };
}

/**
 * The sequence as the reader reads it: step texts and the description rendered (see above), the
 * name as stored (a sequence's name is what people type to reach it, the same for everyone). A copy
 * for views only: never save it.
 */
export function sequenceForReader<S extends Pick<Sequence, 'graph' | 'description' | 'templateId'>>(
  sequence: S,
  say: Say,
): S {
  // A stored version read from the database is frozen and shared: its reading is made once per
  // language and shared too. Anything else (a sequence being edited) is read anew.
  if (!Object.isFrozen(sequence)) return readSequence(sequence, say);
  let byLocale = readings.get(sequence);
  if (!byLocale) {
    byLocale = new Map();
    readings.set(sequence, byLocale);
  }
  let read = byLocale.get(say.locale) as S | undefined;
  if (!read) {
    read = deepFreeze(readSequence(sequence, say));
    byLocale.set(say.locale, read);
  }
  return read;
}

/** Readings of frozen sequences, by sequence and by the reader's locale; gone with the sequence. */
const readings = new WeakMap<object, Map<string, unknown>>();

function readSequence<S extends Pick<Sequence, 'graph' | 'description' | 'templateId'>>(
  sequence: S,
  say: Say,
): S {
  const { steps } = sequence.graph;
  const description =
    sequence.description === undefined
      ? undefined
      : reading(sequence.description, [fixed(templateKey(sequence.templateId, 'description'))], say);
  return {
    ...sequence,
    ...(description === undefined ? {} : { description }),
    graph: {
      ...sequence.graph,
      steps: steps.map((step) => ({ ...step, ...textsOf(step, steps, sequence.templateId, say) })),
    },
  };
}

/** A built-in template in the reader's language: its name, description and step texts. */
export function templateForReader(template: SequenceTemplate, say: Say): SequenceTemplate {
  const { steps } = template.graph;
  const own = (suffix: string, english: string): string => {
    const key = templateKey(template.id, suffix);
    return key ? say(key) : english;
  };
  return {
    ...template,
    name: own('name', template.name),
    description: own('description', template.description),
    graph: {
      ...template.graph,
      steps: steps.map((step) => ({
        ...step,
        name: own(`step.${step.id}.name`, step.name),
        description: own(`step.${step.id}.description`, step.description),
      })),
    },
  };
}

/** The reader's copy of a step of `sequence` (by id), as sequenceForReader renders it. */
export function stepForReader<T extends Step>(
  step: T,
  sequence: Pick<Sequence, 'graph' | 'templateId'>,
  say: Say,
): T {
  return { ...step, ...textsOf(step, sequence.graph.steps, sequence.templateId, say) };
}
