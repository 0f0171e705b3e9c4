// The view model of cards/record.json: one record as its viewer may see it: status, owner, every
// sequence it is in with the current step and when it is due, the last answers recorded, and for
// the record's own seller the buttons of each current step (the same verbs as the Up next card).

import type { Snapshot } from '../../app/seller/work.js';
import { isManualStep, type CrmRecord, type Outcome, type Step } from '../../domain/model.js';
import type { Say } from './seller/format.js';
import type { CardView } from './manager/answer.js';
import { VERB } from './seller/actions.js';
import { formatWhen } from './seller/format.js';
import { kindLabel, outcomeLabel, stateLabel } from './seller/labels.js';

interface Action {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

/** The buttons a step's own seller gets, each saying what it does to which step. */
function stepActions(snapshot: Snapshot, step: Step, say: Say): Action[] {
  const target = { enrollmentId: snapshot.enrollment.id, stepId: step.id, view: 'upNext' };
  const answer = (verb: string, outcome: Outcome): Action => ({
    title: say('understood.record.answer', { outcome: outcomeLabel(outcome, say) }),
    verb,
    data: { verb, ...target, outcome },
  });
  const skip: Action = {
    title: say('understood.record.skip'),
    verb: VERB.skip,
    data: { verb: VERB.skip, ...target },
  };
  if (step.kind === 'condition') {
    const outcomes: Outcome[] =
      step.test === 'emailReplied' ? ['replied', 'noReply'] : ['answered', 'notAnswered', 'leftVoicemail'];
    return outcomes.map((outcome) => answer(VERB.outcome, outcome));
  }
  if (!isManualStep(step)) return [];
  if (step.kind === 'phoneCall') {
    return [
      ...(['answered', 'notAnswered', 'leftVoicemail'] as const).map((o) => answer(VERB.complete, o)),
      skip,
    ];
  }
  // The same words as the Up next card's buttons.
  const complete = answer(VERB.complete, step.kind === 'email' ? 'sent' : 'done');
  return [
    { ...complete, title: say(step.kind === 'email' ? 'seller.card.markSent' : 'seller.card.markComplete') },
    skip,
  ];
}

export function recordView(input: {
  record: CrmRecord;
  owner: string;
  snapshots: Snapshot[];
  viewerId: string;
  now: Date;
  zone: string;
  say: Say;
  /** The sellers a manager may give the record to; absent or empty, no Reassign button. */
  reassignTo?: { id: string; name: string }[];
}): CardView {
  const { record, snapshots, now, zone, say } = input;
  const state = record.type === 'opportunity' ? record.stage : record.status;
  const facts = [
    { title: say('understood.record.status'), value: state ? stateLabel(state, say) : '-' },
    { title: say('understood.record.owner'), value: input.owner },
    ...(record.email ? [{ title: say('understood.record.email'), value: record.email }] : []),
    ...(record.phone ? [{ title: say('understood.record.phone'), value: record.phone }] : []),
  ];
  const sequences = snapshots.map((snapshot) => {
    const { enrollment, sequence, step } = snapshot;
    const running = enrollment.status === 'active' && step !== undefined;
    return {
      name: say('understood.record.sequence', {
        sequence: sequence.name,
        status: say(`understood.record.enrollment.${enrollment.status}`),
      }),
      step: step
        ? say('understood.record.step', { kind: kindLabel(step, say), step: step.name })
        : say('understood.record.noStep'),
      due:
        running && enrollment.current
          ? say('understood.record.due', {
              when: formatWhen(new Date(enrollment.current.dueAt), now, zone, say),
            })
          : '',
      actions:
        running && enrollment.sellerId === input.viewerId && step ? stepActions(snapshot, step, say) : [],
    };
  });
  const names = new Map<string, string>();
  for (const snapshot of snapshots) {
    for (const entry of snapshot.enrollment.history) {
      if (entry.stepId) {
        const step = snapshot.sequence.graph.steps.find((s) => s.id === entry.stepId);
        if (step) names.set(`${snapshot.enrollment.id}/${entry.stepId}`, step.name);
      }
    }
  }
  const outcomes = snapshots
    .flatMap((snapshot) =>
      snapshot.enrollment.history
        .filter((entry) => entry.outcome !== undefined || entry.action === 'skipped')
        .map((entry) => ({ entry, enrollmentId: snapshot.enrollment.id })),
    )
    .sort((a, b) => b.entry.at.localeCompare(a.entry.at))
    .slice(0, 5)
    .map(({ entry, enrollmentId }) => ({
      text: say('understood.record.outcome', {
        when: formatWhen(new Date(entry.at), now, zone, say),
        step: names.get(`${enrollmentId}/${entry.stepId ?? ''}`) ?? '',
        outcome: entry.outcome ? outcomeLabel(entry.outcome, say) : say('seller.outcome.skipped'),
      }),
      // The seller's note on it, as written.
      note: entry.note ? say('seller.flow.note', { note: entry.note }) : '',
    }));
  return {
    name: 'record',
    data: {
      title: record.name,
      subtitle: [say(`manager.recordType.${record.type}`), record.company].filter(Boolean).join(' · '),
      facts,
      sequencesTitle: say('understood.record.sequences'),
      noSequences: sequences.length === 0 ? say('understood.record.noSequences') : '',
      sequences,
      outcomesTitle: say('understood.record.outcomes'),
      noOutcomes: outcomes.length === 0 ? say('understood.record.noOutcomes') : '',
      outcomes,
      canReassign: (input.reassignTo ?? []).length > 0,
      reassignTitle: say('manager.reassign.button'),
      reassignLabel: say('manager.reassign.label'),
      reassignGive: say('manager.reassign.give'),
      reassignPick: say('manager.reassign.pick'),
      reassignChoices: (input.reassignTo ?? []).map((user) => ({ title: user.name, value: user.id })),
      recordId: record.id,
    },
  };
}
