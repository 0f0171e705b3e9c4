// Changes a manager makes to a sequence, as pure functions from a sequence to the changed copy:
// add, remove and edit steps, rename, describe, tag. Steps are numbered in reading order (their
// order in the graph), the numbers the sequence card shows. The service validates the result.

import { COUNTED_KINDS, countSteps, successorIds } from '../../domain/metrics.js';
import type {
  Duration,
  EmailTemplate,
  LinkedInAction,
  RecordFieldUpdate,
  Sequence,
  Step,
  StepKind,
} from '../../domain/model.js';
import {
  type FlowKind,
  flowStepsAfter,
  numberedSteps,
  stepNumber as numberOf,
  stepPlaces,
} from '../../domain/numbering.js';
import { t } from '../../i18n/index.js';
import { formatDuration } from '../texts.js';
import { type Outcome, type Problem, fail, ok } from './outcome.js';

/**
 * A step as a manager names it: by its number on the card (performed steps only; -1 is the last), by
 * name, by id, or, for a wait or a condition, by the numbered step it follows ("the wait after step
 * 3"; 0 is before step 1) and, when there are several there, which one (`nth`, from 1).
 */
export type StepRef =
  { number: number } | { name: string } | { id: string } | { flow: FlowKind; after: number; nth?: number };

export type Position =
  | { at: 'end' }
  | { at: 'start' }
  | { at: 'after'; step: StepRef; branch?: 'yes' | 'no' }
  | { at: 'before'; step: StepRef };

/** A step to add. `advance` is the command that moves the record on to another sequence. */
export interface NewStep {
  kind: StepKind | 'advance';
  name?: string;
  description?: string;
  template?: EmailTemplate;
  action?: LinkedInAction;
  duration?: Duration;
  update?: RecordFieldUpdate;
  sequenceId?: string;
  sequenceName?: string;
}

export type StepField = 'description' | 'name' | 'subject' | 'body';

export type Edit =
  | { type: 'addStep'; step: NewStep; position: Position }
  | { type: 'removeStep'; step: StepRef; keep?: 'yes' | 'no' }
  | { type: 'setDuration'; step: StepRef; duration: Duration }
  | { type: 'setStepText'; step: StepRef; field: StepField; value: string }
  | { type: 'rename'; name: string }
  | { type: 'describe'; description: string }
  | { type: 'addTags'; tags: string[] }
  | { type: 'removeTags'; tags: string[] };

export interface Edited {
  sequence: Sequence;
  /** What changed, in words. */
  notice: Problem;
  /** The step the change is about, for the card to point at. */
  stepId?: string;
}

export const MAX_NAME_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 1000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
export const DEFAULT_TIME_LIMIT: Duration = { days: 1, hours: 0 };

/** The number a performed step has on every card (1-based); 0 for waits and conditions. */
export function stepNumber(sequence: Pick<Sequence, 'graph'>, stepId: string): number {
  return numberOf(sequence.graph, stepId) ?? 0;
}

/** "step 3 "Follow-up call"", or "the wait after step 3 "Wait 2 days"", as cards and messages name a step. */
export function stepLabel(sequence: Pick<Sequence, 'graph'>, step: Step, locale?: string): string {
  const place = stepPlaces(sequence.graph).get(step.id);
  if (!place || place.numbered) {
    return t('manager.step.label', { number: place?.numbered ? place.number : 0, name: step.name }, locale);
  }
  return t(
    place.kind === 'wait' ? 'manager.step.labelWait' : 'manager.step.labelCondition',
    {
      after: place.after,
      name: step.name,
    },
    locale,
  );
}

/** How a reference reads in an answer, before it is resolved ("step 3", "step "Demo call"", "the wait after step 3"). */
export function refText(ref: StepRef, locale?: string): string {
  if ('number' in ref) return t('manager.step.refNumber', { number: ref.number }, locale);
  if ('name' in ref) return t('manager.step.refName', { name: ref.name }, locale);
  if ('flow' in ref)
    return t(
      ref.flow === 'wait' ? 'manager.step.refWait' : 'manager.step.refCondition',
      {
        after: ref.after,
      },
      locale,
    );
  return t('manager.step.refNumber', { number: ref.id }, locale);
}

export function findStep(sequence: Sequence, ref: StepRef, locale?: string): Outcome<Step> {
  const { steps } = sequence.graph;
  let step: Step | undefined;
  if ('id' in ref) step = steps.find((s) => s.id === ref.id);
  else if ('number' in ref) {
    const numbered = numberedSteps(sequence.graph);
    step = ref.number === -1 ? numbered[numbered.length - 1] : numbered[ref.number - 1];
  } else if ('flow' in ref) {
    const there = flowStepsAfter(sequence.graph, ref.flow, ref.after);
    if (there.length > 1 && ref.nth === undefined) {
      return fail('manager.step.severalThere', {
        ref: refText(ref, locale),
        steps: there.map((s) => `"${s.name}"`).join(', '),
        example: there[0]?.name ?? '',
      });
    }
    step = there[(ref.nth ?? 1) - 1];
    if (!step && steps.length > 0)
      return fail('manager.step.noneThere', { ref: refText(ref, locale), sequence: sequence.name });
  } else {
    const name = ref.name.trim().toLowerCase();
    const exact = steps.filter((s) => s.name.toLowerCase() === name);
    const partial = steps.filter((s) => s.name.toLowerCase().includes(name));
    step = exact.length === 1 ? exact[0] : partial.length === 1 ? partial[0] : undefined;
  }
  if (step) return ok(step);
  return steps.length === 0
    ? fail('manager.step.noSteps', { sequence: sequence.name })
    : fail('manager.step.notFound', {
        ref: refText(ref, locale),
        count: countSteps(sequence.graph),
        sequence: sequence.name,
      });
}

export function applyEdit(sequence: Sequence, edit: Edit, locale?: string): Outcome<Edited> {
  const copy = structuredClone(sequence);
  switch (edit.type) {
    case 'addStep':
      return addStep(copy, edit.step, edit.position, locale);
    case 'removeStep':
      return removeStep(copy, edit.step, edit.keep, locale);
    case 'setDuration':
      return setDuration(copy, edit.step, edit.duration, locale);
    case 'setStepText':
      return setStepText(copy, edit.step, edit.field, edit.value, locale);
    case 'rename': {
      const name = edit.name.trim();
      if (!name) return fail('manager.sequence.nameEmpty');
      if (name.length > MAX_NAME_LENGTH)
        return fail('manager.sequence.nameTooLong', { max: MAX_NAME_LENGTH });
      copy.name = name;
      return ok({
        sequence: copy,
        notice: { key: 'manager.edit.renamed', params: { from: sequence.name, name } },
      });
    }
    case 'describe': {
      const description = edit.description.trim();
      if (description.length > MAX_DESCRIPTION_LENGTH) {
        return fail('manager.sequence.descriptionTooLong', { max: MAX_DESCRIPTION_LENGTH });
      }
      if (description) copy.description = description;
      else delete copy.description;
      return ok({
        sequence: copy,
        notice: { key: 'manager.edit.described', params: { sequence: copy.name } },
      });
    }
    case 'addTags':
      return addTags(copy, edit.tags);
    case 'removeTags':
      return removeTags(copy, edit.tags);
  }
}

// ---- Tags ---------------------------------------------------------------------------------------

/** "priority, q3 and spring" → ["priority", "q3", "spring"]. */
export function splitTags(text: string): string[] {
  return text
    .split(/\s*(?:,|;|\band\b|&|\+)\s*/i)
    .map((tag) =>
      tag
        .replace(/^#/, '')
        .replace(/^["']|["']$/g, '')
        .trim(),
    )
    .filter(Boolean);
}

function addTags(sequence: Sequence, tags: string[]): Outcome<Edited> {
  const added: string[] = [];
  for (const tag of tags) {
    if (tag.length > MAX_TAG_LENGTH) return fail('manager.tags.tooLong', { tag, max: MAX_TAG_LENGTH });
    if (sequence.tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) continue;
    sequence.tags.push(tag);
    added.push(tag);
  }
  if (added.length === 0)
    return fail('manager.tags.alreadyThere', { tags: tags.join(', '), sequence: sequence.name });
  if (sequence.tags.length > MAX_TAGS) return fail('manager.tags.tooMany', { max: MAX_TAGS });
  return ok({
    sequence,
    notice: { key: 'manager.edit.tagsAdded', params: { tags: added.join(', '), sequence: sequence.name } },
  });
}

function removeTags(sequence: Sequence, tags: string[]): Outcome<Edited> {
  const wanted = new Set(tags.map((tag) => tag.toLowerCase()));
  const removed = sequence.tags.filter((tag) => wanted.has(tag.toLowerCase()));
  if (removed.length === 0) {
    return fail('manager.tags.notThere', {
      tags: tags.join(', '),
      sequence: sequence.name,
      existing: sequence.tags.join(', ') || '-',
    });
  }
  sequence.tags = sequence.tags.filter((tag) => !wanted.has(tag.toLowerCase()));
  return ok({
    sequence,
    notice: {
      key: 'manager.edit.tagsRemoved',
      params: { tags: removed.join(', '), sequence: sequence.name },
    },
  });
}

// ---- Adding a step ------------------------------------------------------------------------------

const ID_PREFIX: Record<NewStep['kind'], string> = {
  email: 'email',
  automatedEmail: 'automated-email',
  phoneCall: 'call',
  task: 'task',
  linkedin: 'linkedin',
  wait: 'wait',
  condition: 'condition',
  command: 'command',
  advance: 'advance',
};

function freshId(sequence: Sequence, kind: NewStep['kind']): string {
  const taken = new Set(sequence.graph.steps.map((step) => step.id));
  for (let n = 1; ; n++) {
    const id = `${ID_PREFIX[kind]}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A short name from the description's first words, or the kind's own name. */
function defaultName(spec: NewStep): string {
  if (spec.name?.trim()) return spec.name.trim();
  if (spec.kind === 'wait' && spec.duration)
    return t('manager.stepName.wait', { duration: formatDuration(spec.duration) });
  if (spec.kind === 'advance') return t('manager.stepName.advance', { sequence: spec.sequenceName ?? '' });
  if (spec.kind === 'command' && spec.update)
    return t(`manager.stepName.command.${commandWord(spec.update)}`);
  const description = spec.description?.trim();
  if (description && spec.kind !== 'condition') {
    const firstSentence = description.split(/(?<=[.!?])\s/)[0] ?? description;
    const short = firstSentence.replace(/[.!?]+$/, '');
    return short.length <= 48 ? capitalise(short) : `${capitalise(short.slice(0, 45).trimEnd())}…`;
  }
  return t(`manager.stepName.${spec.kind}`);
}

export function commandWord(
  update: RecordFieldUpdate,
): 'qualify' | 'disqualify' | 'won' | 'lost' | 'futureEvents' {
  if (update.field === 'status') return update.value === 'qualified' ? 'qualify' : 'disqualify';
  if (update.field === 'stage') return update.value;
  return 'futureEvents';
}

export { formatDuration };

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function buildStep(sequence: Sequence, spec: NewStep, about: Step | undefined): Step {
  const id = freshId(sequence, spec.kind);
  const name = defaultName(spec);
  const description = spec.description?.trim() || t(`manager.stepDescription.${spec.kind}`);
  switch (spec.kind) {
    case 'email':
      return spec.template
        ? { id, kind: 'email', name, description, template: spec.template }
        : { id, kind: 'email', name, description };
    case 'automatedEmail':
      // Without a subject and body the graph check refuses it and says why.
      return {
        id,
        kind: 'automatedEmail',
        name,
        description,
        template: spec.template ?? { subject: '', body: '' },
      };
    case 'phoneCall':
    case 'task':
      return { id, kind: spec.kind, name, description };
    case 'linkedin':
      return { id, kind: 'linkedin', action: spec.action ?? 'research', name, description };
    case 'wait':
      return { id, kind: 'wait', name, description, duration: spec.duration ?? { days: 1, hours: 0 } };
    case 'condition': {
      const test = about?.kind === 'phoneCall' ? 'callAnswered' : 'emailReplied';
      return {
        id,
        kind: 'condition',
        name:
          spec.name?.trim() ||
          t(test === 'callAnswered' ? 'manager.stepName.answered' : 'manager.stepName.replied', {
            step: about?.name ?? '',
          }),
        description: spec.description?.trim() || t('manager.stepDescription.condition'),
        about: about?.id ?? '',
        test,
        timeLimit: spec.duration ?? DEFAULT_TIME_LIMIT,
      };
    }
    case 'command':
      return {
        id,
        kind: 'command',
        name,
        description,
        command: { type: 'updateField', update: spec.update ?? { field: 'status', value: 'qualified' } },
      };
    case 'advance':
      return {
        id,
        kind: 'command',
        name,
        description,
        command: { type: 'advanceToSequence', sequenceId: spec.sequenceId ?? '' },
      };
  }
}

/** Steps reachable from the start whose path ends there. */
function endSteps(sequence: Sequence): Step[] {
  const { graph } = sequence;
  const byId = new Map(graph.steps.map((step) => [step.id, step]));
  const seen = new Set<string>();
  const ends: Step[] = [];
  const queue = graph.start && byId.has(graph.start) ? [byId.get(graph.start)!] : [];
  for (let step = queue.shift(); step; step = queue.shift()) {
    if (seen.has(step.id)) continue;
    seen.add(step.id);
    const next = successorIds(step);
    const isEnd = step.kind === 'condition' ? next.length < 2 : next.length === 0;
    if (isEnd) ends.push(step);
    for (const id of next) {
      const target = byId.get(id);
      if (target) queue.push(target);
    }
  }
  const order = new Map(graph.steps.map((step, i) => [step.id, i]));
  return ends.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

function addStep(sequence: Sequence, spec: NewStep, position: Position, locale?: string): Outcome<Edited> {
  const { graph } = sequence;
  let anchor: Step | undefined;
  let branch: 'yes' | 'no' | undefined;
  let at: Position['at'] = position.at;

  if (position.at === 'after' || position.at === 'before') {
    const found = findStep(sequence, position.step, locale);
    if (!found.ok) return found;
    anchor = found.value;
    if (position.at === 'after') {
      branch = position.branch;
      // "after step 4 on the no path": the path of the condition that judges step 4.
      if (branch && anchor.kind !== 'condition') {
        const judged = anchor;
        const condition = graph.steps.find(
          (s): s is Extract<Step, { kind: 'condition' }> =>
            s.kind === 'condition' && s.about === judged.id && 'next' in judged && judged.next === s.id,
        );
        if (condition) anchor = condition;
      }
    }
  } else if (position.at === 'end' && graph.steps.length > 0) {
    const ends = endSteps(sequence);
    if (ends.length !== 1) {
      return fail('manager.step.manyEnds', {
        ends: ends.map((step) => stepLabel(sequence, step, locale)).join(', '),
        sequence: sequence.name,
      });
    }
    anchor = ends[0];
    at = 'after';
    if (anchor?.kind === 'condition') branch = anchor.yes === undefined ? 'yes' : 'no';
  } else if (position.at === 'end') {
    at = 'start';
  }

  if (spec.kind === 'condition' && (at !== 'after' || !anchor)) {
    return fail('manager.step.conditionNeedsStep');
  }
  const step = buildStep(sequence, spec, at === 'after' ? anchor : undefined);
  let index: number;

  if (at === 'start' || (at === 'before' && anchor && graph.start === anchor.id)) {
    setNext(step, graph.start);
    graph.start = step.id;
    index = 0;
  } else if (at === 'before' && anchor) {
    const links = linksTo(sequence, anchor.id);
    const [link] = links;
    if (links.length !== 1 || !link) {
      return fail('manager.step.manyPaths', {
        step: stepLabel(sequence, anchor, locale),
        count: links.length,
      });
    }
    setNext(step, anchor.id);
    setLink(link.from, link.via, step.id);
    index = graph.steps.indexOf(anchor);
  } else if (anchor) {
    if (anchor.kind === 'condition') {
      if (!branch) {
        const about = graph.steps.find((s) => s.id === anchor.about);
        return fail('manager.step.whichPath', {
          step: stepLabel(sequence, anchor, locale),
          example: about ? stepNumber(sequence, about.id) : 1,
        });
      }
      setNext(step, anchor[branch]);
      anchor[branch] = step.id;
    } else {
      setNext(step, anchor.next);
      anchor.next = step.id;
    }
    index = graph.steps.indexOf(anchor) + 1;
  } else {
    return fail('manager.step.noAnchor');
  }
  graph.steps.splice(index, 0, step);
  return ok({
    sequence,
    stepId: step.id,
    notice: {
      key: 'manager.edit.stepAdded',
      params: {
        step: stepLabel(sequence, step, locale),
        kind: t(`manager.kind.${step.kind}`, {}, locale),
        where: whereIs(sequence, step, locale),
        sequence: sequence.name,
      },
    },
  });
}

/** Where a step stands, as an answer names it: "at the start", "after step 2", "on the "no" path of the condition after step 4". */
function whereIs(sequence: Sequence, step: Step, locale?: string): string {
  if (sequence.graph.start === step.id) return t('manager.edit.whereStart', {}, locale);
  const [link] = linksTo(sequence, step.id);
  if (!link) return t('manager.edit.whereStart', {}, locale);
  const ref = placeText(sequence, link.from, locale);
  if (link.via === 'next') return t('manager.edit.whereAfter', { ref }, locale);
  return t(link.via === 'yes' ? 'manager.edit.whereYes' : 'manager.edit.whereNo', { ref }, locale);
}

/** A step's place without its name: "step 3", "the wait after step 3". */
export function placeText(sequence: Pick<Sequence, 'graph'>, step: Step, locale?: string): string {
  const place = stepPlaces(sequence.graph).get(step.id);
  if (!place) return t('manager.step.refName', { name: step.name }, locale);
  if (place.numbered) return t('manager.step.refNumber', { number: place.number }, locale);
  return t(
    place.kind === 'wait' ? 'manager.step.refWait' : 'manager.step.refCondition',
    {
      after: place.after,
    },
    locale,
  );
}

function setNext(step: Step, next: string | undefined): void {
  if (step.kind === 'condition') {
    // A new condition keeps the path going on "yes"; its "no" path ends until a step is added there.
    if (next === undefined) delete step.yes;
    else step.yes = next;
    return;
  }
  if (next === undefined) delete step.next;
  else step.next = next;
}

function setLink(step: Step, via: 'next' | 'yes' | 'no', target: string | undefined): void {
  if (via === 'next') {
    if (step.kind === 'condition') return;
    if (target === undefined) delete step.next;
    else step.next = target;
    return;
  }
  if (step.kind !== 'condition') return;
  if (target === undefined) delete step[via];
  else step[via] = target;
}

function linksTo(sequence: Sequence, id: string): { from: Step; via: 'next' | 'yes' | 'no' }[] {
  const links: { from: Step; via: 'next' | 'yes' | 'no' }[] = [];
  for (const step of sequence.graph.steps) {
    if (step.kind === 'condition') {
      if (step.yes === id) links.push({ from: step, via: 'yes' });
      if (step.no === id) links.push({ from: step, via: 'no' });
    } else if (step.next === id) {
      links.push({ from: step, via: 'next' });
    }
  }
  return links;
}

// ---- Removing a step ----------------------------------------------------------------------------

function reachable(sequence: Sequence): Set<string> {
  const byId = new Map(sequence.graph.steps.map((step) => [step.id, step]));
  const seen = new Set<string>();
  const queue = sequence.graph.start ? [sequence.graph.start] : [];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const step = byId.get(id);
    if (!step || seen.has(id)) continue;
    seen.add(id);
    queue.push(...successorIds(step));
  }
  return seen;
}

function removeStep(
  sequence: Sequence,
  ref: StepRef,
  keep: 'yes' | 'no' | undefined,
  locale?: string,
): Outcome<Edited> {
  const found = findStep(sequence, ref, locale);
  if (!found.ok) return found;
  const step = found.value;
  const label = stepLabel(sequence, step, locale);
  // As in Dynamics 365: a step a condition depends on cannot be deleted.
  const dependant = sequence.graph.steps.find((s) => s.kind === 'condition' && s.about === step.id);
  if (dependant) {
    return fail('manager.step.dependedOn', {
      step: label,
      condition: stepLabel(sequence, dependant, locale),
    });
  }
  const before = reachable(sequence);
  // Labels as the manager saw them, before the numbers move.
  const labels = new Map(sequence.graph.steps.map((s) => [s.id, stepLabel(sequence, s, locale)]));
  const kept = step.kind === 'condition' ? (keep ?? 'yes') : undefined;
  const successor = step.kind === 'condition' ? step[kept ?? 'yes'] : step.next;
  for (const link of linksTo(sequence, step.id)) setLink(link.from, link.via, successor);
  if (sequence.graph.start === step.id) {
    if (successor === undefined) delete sequence.graph.start;
    else sequence.graph.start = successor;
  }
  sequence.graph.steps = sequence.graph.steps.filter((s) => s.id !== step.id);

  // The path a removed condition no longer leads to goes with it (only steps nothing else reaches).
  const after = reachable(sequence);
  const orphans = sequence.graph.steps.filter((s) => before.has(s.id) && !after.has(s.id));
  const orphanLabels = orphans.map((s) => labels.get(s.id) ?? s.name);
  sequence.graph.steps = sequence.graph.steps.filter((s) => !orphans.includes(s));
  if (sequence.graph.steps.length === 0) delete sequence.graph.start;

  const notice: Problem =
    orphans.length === 0
      ? { key: 'manager.edit.stepRemoved', params: { step: label, sequence: sequence.name } }
      : {
          key: 'manager.edit.stepRemovedWithPath',
          params: {
            step: label,
            sequence: sequence.name,
            kept: kept ?? 'yes',
            removed: orphanLabels.join(', '),
          },
        };
  return ok({ sequence, notice });
}

// ---- Editing a step -----------------------------------------------------------------------------

function setDuration(sequence: Sequence, ref: StepRef, duration: Duration, locale?: string): Outcome<Edited> {
  const found = findStep(sequence, ref, locale);
  if (!found.ok) return found;
  const step = found.value;
  const label = stepLabel(sequence, step, locale);
  if (step.kind === 'wait') {
    step.duration = { ...duration };
    if (/^Wait \d/.test(step.name))
      step.name = t('manager.stepName.wait', { duration: formatDuration(duration) });
    return ok({
      sequence,
      stepId: step.id,
      notice: {
        key: 'manager.edit.waitChanged',
        params: {
          step: stepLabel(sequence, step, locale),
          duration: formatDuration(duration),
          sequence: sequence.name,
        },
      },
    });
  }
  if (step.kind === 'condition') {
    step.timeLimit = { ...duration };
    return ok({
      sequence,
      stepId: step.id,
      notice: {
        key: 'manager.edit.timeLimitChanged',
        params: { step: label, duration: formatDuration(duration), sequence: sequence.name },
      },
    });
  }
  return fail('manager.step.noDuration', { step: label, kind: t(`manager.kind.${step.kind}`) });
}

function setStepText(
  sequence: Sequence,
  ref: StepRef,
  field: StepField,
  value: string,
  locale?: string,
): Outcome<Edited> {
  const found = findStep(sequence, ref, locale);
  if (!found.ok) return found;
  const step = found.value;
  const label = stepLabel(sequence, step, locale);
  const text = field === 'body' ? value.replace(/\\n/g, '\n').trim() : value.trim();
  if (!text && field !== 'body')
    return fail('manager.step.emptyText', { field: t(`manager.field.${field}`) });
  switch (field) {
    case 'description':
      if (text.length > MAX_DESCRIPTION_LENGTH)
        return fail('manager.sequence.descriptionTooLong', { max: MAX_DESCRIPTION_LENGTH });
      step.description = text;
      break;
    case 'name':
      if (text.length > MAX_NAME_LENGTH)
        return fail('manager.sequence.nameTooLong', { max: MAX_NAME_LENGTH });
      step.name = text;
      break;
    case 'subject':
    case 'body': {
      if (step.kind !== 'email' && step.kind !== 'automatedEmail') {
        return fail('manager.step.notEmail', { step: label, kind: t(`manager.kind.${step.kind}`) });
      }
      const template = step.template ?? { subject: '', body: '' };
      step.template = { ...template, [field]: text };
      break;
    }
  }
  return ok({
    sequence,
    stepId: step.id,
    notice: {
      key: 'manager.edit.stepText',
      params: {
        step: stepLabel(sequence, step, locale),
        field: t(`manager.field.${field}`),
        sequence: sequence.name,
      },
    },
  });
}

/** Whether a step counts in the step total (for the card's "counts" marker). */
export const isCounted = (step: Step): boolean => COUNTED_KINDS.has(step.kind);
