// Sequences as cards: one sequence with its flow, what stops it from being activated, and the
// buttons and forms to run and customise it; and the list of sequences.

import { formatDuration, stepLabel } from '../../../app/manager/customise.js';
import { sequenceForReader } from '../../../app/texts.js';
import type { SequenceCursor } from '../../../app/ports.js';
import type { CrmRecord, RecordType, Sequence, SequenceStatus } from '../../../domain/model.js';
import { type ValidationIssue, describeIssue } from '../../../domain/validation.js';
import type { Turn } from '../../turn.js';
import type { CardView } from './answer.js';
import { type FlowView, flowView, kindLabel } from './flow.js';

export interface SequenceFacts {
  ownerName: string;
  /** Records connected and still running, any version. */
  running: number;
  canEdit: boolean;
  canConnect: boolean;
  /** Why it cannot be activated yet (drafts and inactive sequences). */
  activationIssues: ValidationIssue[];
  /** Records that could be connected now (active sequences). */
  connectable: CrmRecord[];
  sequenceNames: ReadonlyMap<string, string>;
  /** How much of each step to show: all of it, no descriptions, or titles only (very long sequences). */
  detail?: 'full' | 'short' | 'titles';
  /** The sequence card (a summary), or its Customise card (the forms, with a way back). */
  view?: 'summary' | 'customise';
}

const MAX_CONNECT_CHOICES = 50;

/** Kinds a manager may add from the card, with the commands that fit the record type. */
function kindChoices(turn: Turn, recordType: RecordType): { title: string; value: string }[] {
  const choices = [
    ['email', 'manager.kind.email'],
    ['automatedEmail', 'manager.kind.automatedEmail'],
    ['phoneCall', 'manager.kind.phoneCall'],
    ['task', 'manager.kind.task'],
    ['linkedin:research', 'manager.linkedin.research'],
    ['linkedin:connect', 'manager.linkedin.connect'],
    ['linkedin:inMail', 'manager.linkedin.inMail'],
    ['linkedin:getIntroduced', 'manager.linkedin.getIntroduced'],
    ['wait', 'manager.kind.wait'],
    ['condition', 'manager.kind.condition'],
  ] as const;
  const commands: Record<
    RecordType,
    [
      string,
      (
        | 'manager.flow.command.qualify'
        | 'manager.flow.command.disqualify'
        | 'manager.flow.command.won'
        | 'manager.flow.command.lost'
        | 'manager.flow.command.futureEvents'
      ),
    ][]
  > = {
    lead: [
      ['command:qualify', 'manager.flow.command.qualify'],
      ['command:disqualify', 'manager.flow.command.disqualify'],
    ],
    opportunity: [
      ['command:won', 'manager.flow.command.won'],
      ['command:lost', 'manager.flow.command.lost'],
    ],
    contact: [['command:futureEvents', 'manager.flow.command.futureEvents']],
    account: [],
  };
  return [
    ...choices.map(([value, key]) => ({ title: turn.say(key), value })),
    ...commands[recordType].map(([value, key]) => ({ title: turn.say(key), value })),
  ];
}

export function sequenceView(turn: Turn, stored: Sequence, facts: SequenceFacts): CardView {
  const sequence = sequenceForReader(stored, turn.say);
  const { graph } = sequence;
  const steps = graph.steps.map((step) => ({
    title: `${stepLabel(sequence, step, turn.locale)} (${kindLabel(turn, step)})`,
    value: step.id,
  }));
  const positions = [
    { title: turn.say('manager.form.atEnd'), value: 'end' },
    { title: turn.say('manager.form.atStart'), value: 'start' },
    ...graph.steps.flatMap((step) =>
      step.kind === 'condition'
        ? [
            {
              title: turn.say('manager.form.afterYes', { step: stepLabel(sequence, step, turn.locale) }),
              value: `after:${step.id}:yes`,
            },
            {
              title: turn.say('manager.form.afterNo', { step: stepLabel(sequence, step, turn.locale) }),
              value: `after:${step.id}:no`,
            },
          ]
        : [
            {
              title: turn.say('manager.form.after', { step: stepLabel(sequence, step, turn.locale) }),
              value: `after:${step.id}`,
            },
          ],
    ),
  ];
  const timed = graph.steps
    .filter((step) => step.kind === 'wait' || step.kind === 'condition')
    .map((step) => ({
      title: `${stepLabel(sequence, step, turn.locale)}: ${formatDuration(step.kind === 'wait' ? step.duration : step.kind === 'condition' ? step.timeLimit : { days: 0, hours: 0 }, turn.locale)}`,
      value: step.id,
    }));
  const active = sequence.status === 'active';
  const ready = facts.activationIssues.length === 0;
  return {
    name: facts.view === 'customise' ? 'sequence-customise' : 'sequence-detail',
    data: {
      sequenceId: sequence.id,
      customiseHeading: turn.say('manager.customise.heading', { name: sequence.name }),
      backTitle: turn.say('manager.button.backToSequence'),
      title: sequence.name,
      status: turn.say(`manager.status.${sequence.status}`),
      statusColor: active ? 'Good' : sequence.status === 'draft' ? 'Warning' : 'Default',
      description: sequence.description ?? '',
      // The status stands beside the title and the step count and days in the flow's heading: the
      // facts say only what is said nowhere else on the card.
      facts: [
        {
          title: turn.say('manager.fact.recordType'),
          value: turn.say(`manager.recordType.${sequence.recordType}`),
        },
        { title: turn.say('manager.fact.version'), value: String(sequence.version) },
        { title: turn.say('manager.fact.owner'), value: facts.ownerName },
        {
          title: turn.say('manager.fact.visibleTo'),
          value:
            sequence.businessUnit === undefined
              ? turn.say('manager.visible.everyone')
              : turn.say('manager.visible.unit', { unit: sequence.businessUnit }),
        },
        {
          title: turn.say('manager.fact.tags'),
          value: sequence.tags.length ? sequence.tags.join(', ') : turn.say('manager.none'),
        },
        { title: turn.say('manager.fact.connected'), value: String(facts.running) },
      ],
      flow: trimFlow(flowView(turn, graph, facts.sequenceNames), facts.detail ?? 'full'),
      legend: turn.say('manager.flow.legend'),
      showReadiness: !active,
      readiness: ready ? turn.say('manager.sequence.ready') : turn.say('manager.sequence.notReady'),
      readinessColor: ready ? 'Good' : 'Attention',
      issues: facts.activationIssues.map((issue) => ({ text: `• ${describeIssue(issue, turn.locale)}` })),
      canActivate: facts.canEdit && !active,
      canDeactivate: facts.canEdit && active,
      canEdit: facts.canEdit,
      canConnect: facts.canConnect && active && facts.connectable.length > 0,
      activateTitle: turn.say('manager.button.activate'),
      deactivateTitle: turn.say('manager.button.deactivate'),
      customiseTitle: turn.say('manager.button.customise'),
      connectTitle: turn.say('manager.button.connect'),
      copyTitle: turn.say('manager.button.copy'),
      statsTitle: turn.say('manager.button.stats'),
      deleteTitle: turn.say('manager.button.delete'),
      moreTitle: turn.say('manager.button.more'),
      form: {
        addHeading: turn.say('manager.form.addHeading'),
        kinds: kindChoices(turn, sequence.recordType),
        kindLabel: turn.say('manager.form.kind'),
        positions,
        positionLabel: turn.say('manager.form.position'),
        descriptionLabel: turn.say('manager.form.description'),
        durationLabel: turn.say('manager.form.duration'),
        daysLabel: turn.say('manager.form.days'),
        hoursLabel: turn.say('manager.form.hours'),
        addTitle: turn.say('manager.button.addStep'),
        hasSteps: steps.length > 0,
        steps,
        removeHeading: turn.say('manager.form.removeHeading'),
        stepLabel: turn.say('manager.form.step'),
        removeTitle: turn.say('manager.button.removeStep'),
        hasTimed: timed.length > 0,
        timed,
        durationHeading: turn.say('manager.form.durationHeading'),
        durationTitle: turn.say('manager.button.changeDuration'),
        textHeading: turn.say('manager.form.textHeading'),
        fields: (['description', 'name', 'subject', 'body'] as const).map((field) => ({
          title: turn.say(`manager.field.${field}`),
          value: field,
        })),
        fieldLabel: turn.say('manager.form.field'),
        valueLabel: turn.say('manager.form.value'),
        textTitle: turn.say('manager.button.changeText'),
        nameHeading: turn.say('manager.form.nameHeading'),
        name: sequence.name,
        renameTitle: turn.say('manager.button.rename'),
        descriptionHeading: turn.say('manager.form.descriptionHeading'),
        description: sequence.description ?? '',
        describeTitle: turn.say('manager.button.describe'),
        tagsHeading: turn.say('manager.form.tagsHeading'),
        tagsPlaceholder: turn.say('manager.form.tagsPlaceholder'),
        addTagsTitle: turn.say('manager.button.addTags'),
        removeTagsTitle: turn.say('manager.button.removeTags'),
        copyLabel: turn.say('manager.form.copyName'),
        copyPlaceholder: turn.say('manager.sequence.copyName', { name: sequence.name }),
        connectLabel: turn.say('manager.form.connectRecords'),
        records: facts.connectable.slice(0, MAX_CONNECT_CHOICES).map((record) => ({
          title: record.company ? `${record.name} (${record.company})` : record.name,
          value: record.id,
        })),
      },
    },
  };
}

function trimFlow(flow: FlowView, detail: 'full' | 'short' | 'titles'): FlowView {
  if (detail === 'full') return flow;
  const trim = (steps: FlowView['steps']): FlowView['steps'] =>
    steps.map((step) => ({ ...step, description: '', ...(detail === 'titles' ? { detail: '' } : {}) }));
  return {
    ...flow,
    steps: trim(flow.steps),
    head: trim(flow.head),
    rest: trim(flow.rest),
    lines: trim(flow.lines),
  };
}

export interface SequenceRow {
  sequence: Sequence;
  connected: number;
}

/** The rows of one page of the list; its page buttons lead to the pages before and after it. */
export const SEQUENCE_LIST_ROWS = 30;

/** The verb of the list's page buttons. */
export const SEQUENCE_PAGE_VERB = 'manager.sequences.page';

/** What the list was asked for, which its page buttons carry to the next page. */
export interface SequenceListFilter {
  status?: SequenceStatus;
  recordType?: RecordType;
}

/** Where a page stands in the list: how many the filter keeps, and how many come before the page. */
export interface SequenceListPlace {
  total: number;
  preceding: number;
  filter: SequenceListFilter;
}

/** `rows`: one page of the list (at most `SEQUENCE_LIST_ROWS`), standing at `place`. */
export function sequenceListView(
  turn: Turn,
  rows: readonly SequenceRow[],
  place: SequenceListPlace,
  heading: string,
): CardView {
  const shown = rows.slice(0, SEQUENCE_LIST_ROWS);
  const first = shown[0]?.sequence;
  const last = shown.at(-1)?.sequence;
  const { total, preceding, filter } = place;
  // A page button carries the filter and the key of the row it pages from, never who may see
  // what: the handler applies the view rule again.
  const pageButton = (title: string, cursor: SequenceCursor) => ({
    title,
    data: { verb: SEQUENCE_PAGE_VERB, ...filter, cursor },
  });
  const key = ({ name, id }: Sequence) => ({ name, id });
  return {
    name: 'sequence-list',
    data: {
      title: heading,
      empty:
        rows.length > 0
          ? ''
          : filter.status || filter.recordType
            ? turn.say('manager.sequences.noneMatch')
            : turn.say('manager.sequences.empty'),
      sequences: shown.map(({ sequence, connected }) => ({
        id: sequence.id,
        name: sequence.name,
        line: turn.say('manager.sequences.line', {
          status: turn.say(`manager.status.${sequence.status}`),
          type: turn.say(`manager.recordType.${sequence.recordType}`),
          connected,
        }),
        tags: sequence.tags.length
          ? turn.say('manager.sequences.tags', { tags: sequence.tags.join(', ') })
          : '',
        color: sequence.status === 'active' ? 'Good' : sequence.status === 'draft' ? 'Warning' : 'Default',
        openTitle: turn.say('manager.button.open'),
      })),
      range:
        shown.length > 0 && shown.length < total
          ? turn.say('manager.sequences.range', {
              from: preceding + 1,
              to: preceding + shown.length,
              total,
            })
          : '',
      previous:
        first && preceding > 0
          ? pageButton(turn.say('manager.button.previousPage'), { before: key(first) })
          : null,
      next:
        last && preceding + shown.length < total
          ? pageButton(turn.say('manager.button.nextPage'), { after: key(last) })
          : null,
      hint: turn.say('manager.sequences.hint'),
    },
  };
}
