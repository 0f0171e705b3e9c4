import { describe, expect, it } from 'vitest';
import type {
  AutomatedEmailStep,
  CommandStep,
  ConditionStep,
  CrmRecord,
  Duration,
  EmailStep,
  PhoneCallStep,
  Sequence,
  Step,
  StepGraph,
  TaskStep,
  WaitStep,
} from '../../src/domain/model.js';
import {
  MAX_ACTIVE_SEQUENCES,
  MAX_WAIT_DAYS,
  describeIssue,
  validateConnection,
  validateForActivation,
  validateGraph,
  type ValidationIssue,
} from '../../src/domain/validation.js';

// ---- Builders: step names are "Name of <id>" so that messages show which field they come from.

const base = (id: string) => ({ id, name: `Name of ${id}`, description: `Do ${id}.` });
const task = (id: string, next?: string): TaskStep => ({ ...base(id), kind: 'task', next });
const call = (id: string, next?: string): PhoneCallStep => ({ ...base(id), kind: 'phoneCall', next });
const email = (id: string, next?: string): EmailStep => ({ ...base(id), kind: 'email', next });
const automatedEmail = (id: string, subject: string, body: string, next?: string): AutomatedEmailStep => ({
  ...base(id),
  kind: 'automatedEmail',
  template: { subject, body },
  next,
});
const wait = (id: string, duration: Duration, next?: string): WaitStep => ({
  ...base(id),
  kind: 'wait',
  duration,
  next,
});
const condition = (
  id: string,
  about: string,
  test: ConditionStep['test'],
  branches: { yes?: string; no?: string } = {},
  timeLimit: Duration = { days: 1, hours: 0 },
): ConditionStep => ({ ...base(id), kind: 'condition', about, test, timeLimit, ...branches });
const command = (id: string, action: CommandStep['command'], next?: string): CommandStep => ({
  ...base(id),
  kind: 'command',
  command: action,
  next,
});
const graphOf = (...steps: Step[]): StepGraph => ({ start: steps[0]?.id, steps });

const sequence = (graph: StepGraph, overrides: Partial<Sequence> = {}): Sequence => ({
  id: 'seq-1',
  name: 'Spring outreach',
  recordType: 'lead',
  ownerId: 'user-1',
  status: 'active',
  version: 1,
  tags: [],
  graph,
  createdAt: '2025-03-03T09:00:00.000Z',
  updatedAt: '2025-03-03T09:00:00.000Z',
  ...overrides,
});
const record = (overrides: Partial<CrmRecord> = {}): CrmRecord => ({
  id: 'lead-1',
  type: 'lead',
  firstName: 'Ada',
  lastName: 'Lovelace',
  name: 'Ada Lovelace',
  ownerId: 'user-1',
  status: 'new',
  createdAt: '2025-03-03T09:00:00.000Z',
  updatedAt: '2025-03-03T09:00:00.000Z',
  ...overrides,
});

const texts = (issues: ValidationIssue[]) => issues.map((issue) => describeIssue(issue));

// ---- Graph structure

describe('validateGraph', () => {
  it('accepts a sequence with no steps as a draft', () => {
    expect(validateGraph({ steps: [] })).toEqual([]);
  });

  it('accepts a well-formed graph with a condition, a shared tail and a closing command', () => {
    const graph = graphOf(
      call('call', 'answered'),
      condition('answered', 'call', 'callAnswered', { yes: 'book', no: 'pause' }),
      wait('pause', { days: 2, hours: 0 }, 'retry'),
      email('retry', 'replied'),
      condition('replied', 'retry', 'emailReplied', { yes: 'book', no: 'drop' }),
      task('book'),
      command('drop', { type: 'updateField', update: { field: 'status', value: 'disqualified' } }),
    );
    expect(validateGraph(graph)).toEqual([]);
  });

  it('reports two steps with the same id', () => {
    const issues = validateGraph(graphOf(task('a', 'b'), task('b', 'a2'), task('a2'), task('b')));
    expect(texts(issues)).toContain('Two or more steps use the id "b". Give each step its own id.');
    expect(issues.filter((issue) => issue.code === 'validation.duplicateStepId')).toHaveLength(1);
  });

  it('reports steps without a first step', () => {
    expect(texts(validateGraph({ steps: [task('a')] }))).toEqual([
      'The sequence has steps, but none follows "Sequence starts here". Choose the first step.',
    ]);
  });

  it('reports a start that names no step', () => {
    expect(texts(validateGraph({ start: 'ghost', steps: [task('a')] }))).toContain(
      'The sequence starts with step "ghost", but there is no step with that id.',
    );
    expect(texts(validateGraph({ start: 'ghost', steps: [] }))).toEqual([
      'The sequence starts with step "ghost", but there is no step with that id.',
    ]);
  });

  it('reports a next step that does not exist', () => {
    const issues = validateGraph(graphOf(task('a', 'ghost')));
    expect(texts(issues)).toEqual([
      'Step "Name of a" is followed by "ghost", but there is no step with that id.',
    ]);
    expect(issues[0]?.stepId).toBe('a');
  });

  it('reports a yes or no path that leads to no step', () => {
    const graph = graphOf(
      call('call', 'answered'),
      condition('answered', 'call', 'callAnswered', { yes: 'x', no: 'y' }),
    );
    expect(texts(validateGraph(graph))).toEqual([
      'Condition "Name of answered" sends its "yes" path to "x", but there is no step with that id.',
      'Condition "Name of answered" sends its "no" path to "y", but there is no step with that id.',
    ]);
  });

  it('reports a condition about a step that does not exist', () => {
    const graph = graphOf(
      call('call', 'answered'),
      condition('answered', 'ghost', 'callAnswered', { yes: 'done' }),
      task('done'),
    );
    expect(texts(validateGraph(graph))).toEqual([
      'Condition "Name of answered" checks step "ghost", but there is no step with that id.',
    ]);
  });

  it('reports an advance command without a target sequence', () => {
    const graph = graphOf(task('a', 'go'), command('go', { type: 'advanceToSequence', sequenceId: ' ' }));
    expect(texts(validateGraph(graph))).toEqual([
      'Step "Name of go" advances to another sequence but does not say which one. Choose the sequence.',
    ]);
  });

  it.each([
    ['negative days', { days: -1, hours: 0 }],
    ['negative hours', { days: 1, hours: -2 }],
    ['a fraction of a day', { days: 1.5, hours: 0 }],
    ['24 hours or more', { days: 0, hours: 24 }],
  ])('reports a wait with %s', (_label, duration) => {
    expect(texts(validateGraph(graphOf(wait('pause', duration, 'a'), task('a'))))).toEqual([
      'Wait "Name of pause" must last whole days and hours, none negative, with fewer than 24 hours.',
    ]);
  });

  it(`reports a wait longer than ${MAX_WAIT_DAYS} days and accepts exactly ${MAX_WAIT_DAYS}`, () => {
    const message =
      'Wait "Name of pause" is longer than 30 days, the most a wait can last. Shorten it or split it with a step in between.';
    expect(texts(validateGraph(graphOf(wait('pause', { days: 30, hours: 1 }, 'a'), task('a'))))).toEqual([
      message,
    ]);
    expect(texts(validateGraph(graphOf(wait('pause', { days: 31, hours: 0 }, 'a'), task('a'))))).toEqual([
      message,
    ]);
    expect(validateGraph(graphOf(wait('pause', { days: 30, hours: 0 }, 'a'), task('a')))).toEqual([]);
  });

  it('reports a wait that ends a path, for drafts and for activation', () => {
    const graph = graphOf(
      call('call', 'answered'),
      condition('answered', 'call', 'callAnswered', { yes: 'done', no: 'pause' }),
      task('done'),
      wait('pause', { days: 2, hours: 0 }),
    );
    const message =
      'Wait "Name of pause" is the last step of its path, and a sequence cannot end with a wait. Add a step after it or remove it.';
    expect(texts(validateGraph(graph))).toEqual([message]);
    expect(texts(validateForActivation(sequence(graph), 0))).toEqual([message]);
  });

  it('reports a condition time limit that is not whole days and hours', () => {
    const graph = graphOf(
      call('call', 'answered'),
      condition('answered', 'call', 'callAnswered', { yes: 'done' }, { days: 0, hours: 30 }),
      task('done'),
    );
    expect(texts(validateGraph(graph))).toEqual([
      'Condition "Name of answered" needs a time limit in whole days and hours, none negative, with fewer than 24 hours.',
    ]);
  });

  it('reports a condition without a time limit', () => {
    const graph = graphOf(
      call('call', 'answered'),
      condition('answered', 'call', 'callAnswered', { yes: 'done' }, { days: 0, hours: 0 }),
      task('done'),
    );
    expect(texts(validateGraph(graph))).toEqual([
      'Condition "Name of answered" needs a time limit longer than zero: the "no" path is taken when it passes.',
    ]);
  });

  describe('a condition comes directly after the step it checks, and only after it', () => {
    const message =
      'Condition "Name of answered" must come directly after the step it checks, "Name of call", and after no other step.';

    it('reports a step in between', () => {
      const graph = graphOf(
        call('call', 'note'),
        task('note', 'answered'),
        condition('answered', 'call', 'callAnswered', { yes: 'done' }),
        task('done'),
      );
      expect(texts(validateGraph(graph))).toEqual([message]);
    });

    it('reports a condition that other steps lead to as well', () => {
      const graph: StepGraph = {
        start: 'call',
        steps: [
          call('call', 'answered'),
          condition('answered', 'call', 'callAnswered', { yes: 'done', no: 'again' }),
          task('again', 'answered'),
          task('done'),
        ],
      };
      expect(texts(validateGraph(graph))).toContain(message);
    });

    it('reports a condition placed first', () => {
      const graph: StepGraph = {
        start: 'answered',
        steps: [condition('answered', 'call', 'callAnswered', { yes: 'call' }), call('call')],
      };
      expect(texts(validateGraph(graph))).toContain(message);
    });
  });

  it('reports a reply condition about something other than an email, and accepts an automated email', () => {
    const onCall = graphOf(
      call('call', 'replied'),
      condition('replied', 'call', 'emailReplied', { yes: 'done' }),
      task('done'),
    );
    expect(texts(validateGraph(onCall))).toEqual([
      'Condition "Name of replied" waits for a reply, so the step it checks must be an email; "Name of call" is not.',
    ]);
    const onAutomated = graphOf(
      automatedEmail('hello', 'Hello', 'Hi {{record.firstName}}', 'replied'),
      condition('replied', 'hello', 'emailReplied', { yes: 'done' }),
      task('done'),
    );
    expect(validateGraph(onAutomated)).toEqual([]);
  });

  it('reports an answered-call condition about something other than a phone call', () => {
    const graph = graphOf(
      email('mail', 'answered'),
      condition('answered', 'mail', 'callAnswered', { yes: 'done' }),
      task('done'),
    );
    expect(texts(validateGraph(graph))).toEqual([
      'Condition "Name of answered" waits for an answered call, so the step it checks must be a phone call; "Name of mail" is not.',
    ]);
  });

  it('reports an advance command as the first step', () => {
    const graph = graphOf(command('go', { type: 'advanceToSequence', sequenceId: 'seq-2' }));
    expect(texts(validateGraph(graph))).toEqual([
      'Step "Name of go" advances to another sequence, so it cannot be the first step.',
    ]);
  });

  it('reports a step after an advance command', () => {
    const graph = graphOf(
      task('a', 'go'),
      command('go', { type: 'advanceToSequence', sequenceId: 'seq-2' }, 'b'),
      task('b'),
    );
    expect(texts(validateGraph(graph))).toEqual([
      'Step "Name of go" advances to another sequence, so no step can follow it.',
    ]);
  });

  it('reports a step after a command that qualifies, disqualifies or closes the record', () => {
    const closing = [
      { field: 'status', value: 'qualified' },
      { field: 'status', value: 'disqualified' },
      { field: 'stage', value: 'won' },
      { field: 'stage', value: 'lost' },
    ] as const;
    for (const update of closing) {
      const graph = graphOf(
        task('a', 'close'),
        command('close', { type: 'updateField', update }, 'b'),
        task('b'),
      );
      expect(texts(validateGraph(graph))).toEqual([
        'Step "Name of close" qualifies, disqualifies or closes the record, which takes it out of its sequences, so no step can follow it.',
      ]);
    }
    const marking = graphOf(
      command('mark', { type: 'updateField', update: { field: 'futureEvents', value: true } }, 'b'),
      task('b'),
    );
    expect(validateGraph(marking)).toEqual([]);
  });

  it('reports a loop once, on the step where it closes', () => {
    const graph = graphOf(task('a', 'b'), task('b', 'c'), task('c', 'b'));
    expect(texts(validateGraph(graph))).toEqual([
      'Step "Name of b" leads back to itself. A sequence must always move forward: remove the loop.',
    ]);
  });

  it('reports a step that nothing leads to', () => {
    const issues = validateGraph(graphOf(task('a'), task('orphan')));
    expect(texts(issues)).toEqual([
      'Step "Name of orphan" cannot be reached from the start of the sequence. Connect it or remove it.',
    ]);
    expect(issues[0]?.stepId).toBe('orphan');
  });

  it('reports an automated email without a subject, a body or a template', () => {
    const message =
      'Automated email "Name of hello" needs an email template with a subject and a body, because the system sends it by itself.';
    expect(texts(validateGraph(graphOf(automatedEmail('hello', ' ', 'Hi'))))).toEqual([message]);
    expect(texts(validateGraph(graphOf(automatedEmail('hello', 'Hello', '\n'))))).toEqual([message]);
    const stored = JSON.parse(
      '{"id":"hello","kind":"automatedEmail","name":"Name of hello","description":"d"}',
    ) as Step;
    expect(texts(validateGraph(graphOf(stored)))).toEqual([message]);
  });

  it('names a step by its id when it has no name', () => {
    const graph = graphOf({ ...task('a', 'ghost'), name: '' });
    expect(texts(validateGraph(graph))).toEqual([
      'Step "a" is followed by "ghost", but there is no step with that id.',
    ]);
  });
});

// ---- Activation

describe('validateForActivation', () => {
  const ready = graphOf(task('a'));

  it('accepts a valid sequence below the limit', () => {
    expect(validateForActivation(sequence(ready, { status: 'draft' }), MAX_ACTIVE_SEQUENCES - 1)).toEqual([]);
  });

  it('refuses a sequence with no steps', () => {
    expect(texts(validateForActivation(sequence({ steps: [] }), 0))).toEqual([
      '"Spring outreach" has no steps, so it cannot be activated. Add at least one step.',
    ]);
  });

  it(`refuses a sequence when ${MAX_ACTIVE_SEQUENCES} others are active`, () => {
    expect(texts(validateForActivation(sequence(ready), 250))).toEqual([
      'Your organisation already has 250 active sequences, and at most 250 are allowed. Deactivate one before activating "Spring outreach".',
    ]);
  });

  it('includes the graph issues', () => {
    const issues = validateForActivation(sequence(graphOf(task('a', 'ghost'))), 0);
    expect(issues.map((issue) => issue.code)).toEqual(['validation.unknownNext']);
  });
});

// ---- Connecting records

describe('validateConnection', () => {
  const active = sequence(graphOf(task('a')));

  it('connects an active record to an active sequence of its type', () => {
    expect(validateConnection(active, record())).toEqual([]);
    expect(
      validateConnection(
        { ...active, recordType: 'contact' },
        record({ type: 'contact', status: undefined }),
      ),
    ).toEqual([]);
  });

  it.each(['draft', 'inactive'] as const)('refuses a %s sequence', (status) => {
    expect(texts(validateConnection({ ...active, status }, record()))).toEqual([
      '"Spring outreach" is not active, so records cannot be connected to it.',
    ]);
  });

  it('refuses a record of another type', () => {
    const account = record({ id: 'acc-1', type: 'account', name: 'Contoso', status: undefined });
    expect(texts(validateConnection(active, account))).toEqual([
      '"Spring outreach" is for lead records, so Contoso (account) cannot be connected to it.',
    ]);
  });

  it.each(['qualified', 'disqualified'] as const)('refuses a %s lead', (status) => {
    expect(texts(validateConnection(active, record({ status })))).toEqual([
      `The lead Ada Lovelace is already ${status}, so it cannot be connected to a sequence.`,
    ]);
  });

  it.each(['won', 'lost'] as const)('refuses an opportunity closed as %s', (stage) => {
    const opportunity = record({
      id: 'opp-1',
      type: 'opportunity',
      name: '50 licences',
      status: undefined,
      stage,
    });
    expect(texts(validateConnection({ ...active, recordType: 'opportunity' }, opportunity))).toEqual([
      `The opportunity 50 licences is closed as ${stage}, so it cannot be connected to a sequence.`,
    ]);
  });
});

describe('describeIssue', () => {
  it('falls back to English for a language without a catalogue', () => {
    const issue: ValidationIssue = { code: 'validation.unknownStart', params: { target: 'x' } };
    expect(describeIssue(issue, 'fr-FR')).toBe(describeIssue(issue));
    expect(describeIssue(issue, 'fr-FR')).toBe(
      'The sequence starts with step "x", but there is no step with that id.',
    );
  });

  it("speaks the reader's language when there is a catalogue for it", () => {
    const issue: ValidationIssue = { code: 'validation.unknownStart', params: { target: 'x' } };
    expect(describeIssue(issue, 'pl-PL')).not.toBe(describeIssue(issue));
    expect(describeIssue(issue, 'pl-PL')).toContain('Sekwencja');
  });
});
