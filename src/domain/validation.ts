// The rules a sequence must meet: a well-formed step graph (to save a draft), the activation rules and
// the rules for connecting a record. Each broken rule is an issue with its own message key.

import { t, type MessageKey } from '../i18n/index.js';
import { successorIds } from './metrics.js';
import {
  isRecordActive,
  type CrmRecord,
  type Duration,
  type Sequence,
  type Step,
  type StepGraph,
} from './model.js';

export const MAX_ACTIVE_SEQUENCES = 250;
export const MAX_WAIT_DAYS = 30;

export interface ValidationIssue {
  code: MessageKey;
  params: Record<string, string | number>;
  /** The step the issue is about, so a designer can highlight it. */
  stepId?: string;
}

/** The text of an issue, in the user's language. */
export function describeIssue(issue: ValidationIssue, locale?: string): string {
  return t(issue.code, issue.params, locale);
}

/** Structural problems of a step graph. A graph without steps is a valid draft. */
export function validateGraph(graph: StepGraph): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byId = new Map<string, Step>();
  const reportedDuplicates = new Set<string>();
  for (const step of graph.steps) {
    if (!byId.has(step.id)) {
      byId.set(step.id, step);
    } else if (!reportedDuplicates.has(step.id)) {
      reportedDuplicates.add(step.id);
      issues.push({ code: 'validation.duplicateStepId', params: { stepId: step.id }, stepId: step.id });
    }
  }

  if (graph.steps.length === 0) {
    if (graph.start !== undefined) {
      issues.push({ code: 'validation.unknownStart', params: { target: graph.start } });
    }
    return issues;
  }
  const start = graph.start === undefined ? undefined : byId.get(graph.start);
  if (graph.start === undefined) {
    issues.push({ code: 'validation.noStart', params: {} });
  } else if (!start) {
    issues.push({ code: 'validation.unknownStart', params: { target: graph.start } });
  }

  const predecessors = predecessorsOf(graph.steps, byId);
  for (const step of graph.steps) {
    issues.push(...referenceIssues(step, byId));
    issues.push(...stepIssues(step, graph, byId, predecessors));
  }
  issues.push(...cycleIssues(byId));
  if (start) issues.push(...unreachableIssues(graph.steps, start, byId));
  return issues;
}

/** Everything that stops a sequence from being activated. `activeCount` excludes this sequence. */
export function validateForActivation(sequence: Sequence, activeCount: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (sequence.graph.steps.length === 0) {
    issues.push({ code: 'validation.emptySequence', params: { sequenceName: sequence.name } });
  }
  issues.push(...validateGraph(sequence.graph));
  if (activeCount >= MAX_ACTIVE_SEQUENCES) {
    issues.push({
      code: 'validation.tooManyActiveSequences',
      params: { count: activeCount, max: MAX_ACTIVE_SEQUENCES, sequenceName: sequence.name },
    });
  }
  return issues;
}

/** Whether `record` may be connected to `sequence`: an active sequence of its type, and a record still active. */
export function validateConnection(sequence: Sequence, record: CrmRecord): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (sequence.status !== 'active') {
    issues.push({ code: 'validation.sequenceNotActive', params: { sequenceName: sequence.name } });
  }
  if (record.type !== sequence.recordType) {
    issues.push({
      code: 'validation.recordTypeMismatch',
      params: {
        sequenceName: sequence.name,
        sequenceType: sequence.recordType,
        recordName: record.name,
        recordType: record.type,
      },
    });
  }
  if (!isRecordActive(record)) {
    issues.push(
      record.type === 'lead'
        ? { code: 'validation.leadClosed', params: { recordName: record.name, status: record.status ?? '' } }
        : {
            code: 'validation.opportunityClosed',
            params: { recordName: record.name, stage: record.stage ?? '' },
          },
    );
  }
  return issues;
}

// ---- Rules -----------------------------------------------------------------------------------

interface Link {
  from: Step;
  via: 'next' | 'yes' | 'no';
}

const nameOf = (step: Step): string => step.name.trim() || step.id;

const issueAt = (
  code: MessageKey,
  step: Step,
  params: Record<string, string | number> = {},
): ValidationIssue => ({
  code,
  params: { stepName: nameOf(step), ...params },
  stepId: step.id,
});

function linksOf(step: Step): { via: Link['via']; target: string | undefined }[] {
  return step.kind === 'condition'
    ? [
        { via: 'yes', target: step.yes },
        { via: 'no', target: step.no },
      ]
    : [{ via: 'next', target: step.next }];
}

/** For each step id, the steps that lead to it and through which link. */
function predecessorsOf(steps: Step[], byId: Map<string, Step>): Map<string, Link[]> {
  const result = new Map<string, Link[]>();
  for (const from of steps) {
    if (byId.get(from.id) !== from) continue; // a duplicate id: already reported, its links would mislead
    for (const { via, target } of linksOf(from)) {
      if (target === undefined || !byId.has(target)) continue;
      result.set(target, [...(result.get(target) ?? []), { from, via }]);
    }
  }
  return result;
}

function referenceIssues(step: Step, byId: Map<string, Step>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { via, target } of linksOf(step)) {
    if (target === undefined || byId.has(target)) continue;
    issues.push(
      via === 'next'
        ? issueAt('validation.unknownNext', step, { target })
        : issueAt('validation.unknownBranch', step, { branch: via, target }),
    );
  }
  if (step.kind === 'condition' && !byId.has(step.about)) {
    issues.push(issueAt('validation.unknownAbout', step, { target: step.about }));
  }
  return issues;
}

function isWholeDuration(duration: Duration): boolean {
  const { days, hours } = duration;
  return Number.isInteger(days) && Number.isInteger(hours) && days >= 0 && hours >= 0 && hours < 24;
}

function stepIssues(
  step: Step,
  graph: StepGraph,
  byId: Map<string, Step>,
  predecessors: Map<string, Link[]>,
): ValidationIssue[] {
  switch (step.kind) {
    case 'wait': {
      const issues: ValidationIssue[] = [];
      if (!isWholeDuration(step.duration)) {
        issues.push(issueAt('validation.invalidWaitDuration', step));
      } else if (step.duration.days * 24 + step.duration.hours > MAX_WAIT_DAYS * 24) {
        issues.push(issueAt('validation.waitTooLong', step, { max: MAX_WAIT_DAYS }));
      }
      // D365 refuses to activate a sequence that ends with a wait: nothing would happen when it ends.
      if (step.next === undefined) issues.push(issueAt('validation.waitAtEnd', step));
      return issues;
    }
    case 'condition':
      return conditionIssues(step, byId, predecessors);
    case 'automatedEmail': {
      const { template } = step as { template?: { subject?: string; body?: string } };
      const complete = !!template?.subject?.trim() && !!template.body?.trim();
      return complete ? [] : [issueAt('validation.automatedEmailNeedsTemplate', step)];
    }
    case 'command': {
      const { command } = step;
      if (command.type === 'advanceToSequence') {
        const issues: ValidationIssue[] = [];
        if (!command.sequenceId.trim()) issues.push(issueAt('validation.emptyAdvanceTarget', step));
        if (graph.start === step.id) issues.push(issueAt('validation.advanceFirst', step));
        if (step.next !== undefined) issues.push(issueAt('validation.stepAfterAdvance', step));
        return issues;
      }
      // A qualified or disqualified lead, a won or lost opportunity leaves its sequences at once.
      const { update } = command;
      const closes = update.field === 'status' || update.field === 'stage';
      return closes && step.next !== undefined ? [issueAt('validation.closingCommandNotLast', step)] : [];
    }
    default:
      return [];
  }
}

function conditionIssues(
  step: Extract<Step, { kind: 'condition' }>,
  byId: Map<string, Step>,
  predecessors: Map<string, Link[]>,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isWholeDuration(step.timeLimit)) {
    issues.push(issueAt('validation.invalidTimeLimit', step));
  } else if (step.timeLimit.days * 24 + step.timeLimit.hours <= 0) {
    issues.push(issueAt('validation.missingTimeLimit', step));
  }
  const about = byId.get(step.about);
  if (!about) return issues; // reported as an unknown reference
  const aboutName = nameOf(about);
  const incoming = predecessors.get(step.id) ?? [];
  const [only] = incoming;
  if (incoming.length !== 1 || only?.from !== about || only.via !== 'next') {
    issues.push(issueAt('validation.conditionNotAfterStep', step, { aboutName }));
  }
  if (step.test === 'emailReplied' && about.kind !== 'email' && about.kind !== 'automatedEmail') {
    issues.push(issueAt('validation.replyConditionNeedsEmail', step, { aboutName }));
  }
  if (step.test === 'callAnswered' && about.kind !== 'phoneCall') {
    issues.push(issueAt('validation.answerConditionNeedsCall', step, { aboutName }));
  }
  return issues;
}

/** One issue per loop, on the step where it closes. */
function cycleIssues(byId: Map<string, Step>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (step: Step): void => {
    state.set(step.id, 'open');
    for (const id of successorIds(step)) {
      const next = byId.get(id);
      if (!next) continue;
      const seen = state.get(id);
      if (seen === 'open') issues.push(issueAt('validation.cycle', next));
      else if (seen === undefined) visit(next);
    }
    state.set(step.id, 'done');
  };
  for (const step of byId.values()) if (!state.has(step.id)) visit(step);
  return issues;
}

function unreachableIssues(steps: Step[], start: Step, byId: Map<string, Step>): ValidationIssue[] {
  const reached = new Set<string>([start.id]);
  const queue = [start];
  for (let step = queue.shift(); step; step = queue.shift()) {
    for (const id of successorIds(step)) {
      const next = byId.get(id);
      if (next && !reached.has(id)) {
        reached.add(id);
        queue.push(next);
      }
    }
  }
  return steps
    .filter((step) => byId.get(step.id) === step && !reached.has(step.id))
    .map((step) => issueAt('validation.unreachableStep', step));
}
