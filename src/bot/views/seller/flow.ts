// The view model of "Show the sequence" (cards/enrollment-flow.json): what was done (with outcome,
// time and who), where the enrollment is now, and the steps likely to come.

import type { User } from '../../../app/ports.js';
import type { Snapshot } from '../../../app/seller/work.js';
import { upcomingSteps } from '../../../domain/engine.js';
import { isManualStep, type HistoryEntry } from '../../../domain/model.js';
import { VERB, stepAction, type ActionView, type ViewContext } from './actions.js';
import { formatDue, formatWhen, type Say } from './format.js';
import { outcomeLabel, outcomeMark } from './labels.js';
import { progressOf, standingOf } from './step.js';
import { FLOW_MAX } from '../manager/flow.js';
import { flowLayout, pictureElements } from '../manager/flow-picture.js';

export interface FlowLine {
  text: string;
  color: 'Default' | 'Good' | 'Accent' | 'Attention' | 'Warning';
  subtle: boolean;
}

export interface FlowView {
  title: string;
  subtitle: string;
  sections: { title: string; lines: FlowLine[] }[];
  note: string;
  actions: ActionView[];
  /** The whole sequence drawn as on the manager's cards, where the record stands marked ▶ (behind a toggle). */
  picture: Record<string, unknown>[];
  showPicture: string;
  hidePicture: string;
}

/** `names` maps user ids in the history to display names; "system" reads as "automatically". */
export function flowView(input: {
  snapshot: Snapshot;
  seller: User;
  names: ReadonlyMap<string, string>;
  now: Date;
  say: Say;
  context: ViewContext;
}): FlowView {
  const { snapshot, seller, names, now, say, context } = input;
  const { enrollment, sequence } = snapshot;
  const zone = seller.workingHours.timeZone;
  const nameOf = (id: string): string => (id === 'system' ? say('seller.by.system') : (names.get(id) ?? id));
  const stepName = (id: string | undefined): string =>
    sequence.graph.steps.find((s) => s.id === id)?.name ?? id ?? '';
  const when = (at: string): string => formatWhen(new Date(at), now, zone, say);

  const done: FlowLine[] = [];
  const line = (text: string, color: FlowLine['color'] = 'Good'): void => {
    done.push({ text, color, subtle: false });
  };
  for (const entry of enrollment.history as HistoryEntry[]) {
    const step = stepName(entry.stepId);
    switch (entry.action) {
      case 'completed':
      case 'skipped': {
        // A skipped step or an unanswered call is not "done": it reads and looks different.
        const outcome = entry.action === 'skipped' ? 'skipped' : (entry.outcome ?? 'done');
        const { mark, color } = outcomeMark(outcome, say);
        line(
          say('seller.flow.doneBy', {
            mark,
            step,
            outcome: outcomeLabel(outcome, say),
            when: when(entry.at),
            name: nameOf(entry.by),
          }),
          color,
        );
        if (entry.note)
          done.push({ text: say('seller.flow.note', { note: entry.note }), color: 'Default', subtle: true });
        break;
      }
      case 'emailSent':
        line(say('seller.flow.email', { step, when: when(entry.at) }));
        break;
      case 'commandRun':
        line(say('seller.flow.command', { step, when: when(entry.at) }));
        break;
      case 'waitEnded':
        line(say('seller.flow.waited', { step, when: when(entry.at) }));
        break;
      case 'branched': {
        const { mark, color } = outcomeMark(entry.outcome ?? 'done', say);
        line(
          say('seller.flow.branched', {
            mark,
            step,
            outcome: outcomeLabel(entry.outcome ?? 'done', say),
            when: when(entry.at),
          }),
          color,
        );
        if (entry.note)
          done.push({ text: say('seller.flow.note', { note: entry.note }), color: 'Default', subtle: true });
        break;
      }
      default:
        break;
    }
  }

  const current: FlowLine[] = [];
  const step = snapshot.step;
  if ((enrollment.status === 'active' || enrollment.status === 'paused') && step && enrollment.current) {
    const dueAt = new Date(enrollment.current.dueAt);
    if (isManualStep(step)) {
      const due = formatDue(dueAt, now, zone, say);
      current.push({
        text: say('seller.flow.current', {
          step: step.name,
          due: say('seller.due.label', { when: due.text }),
        }),
        color: due.overdue ? 'Attention' : 'Accent',
        subtle: false,
      });
    } else {
      current.push({
        text: say('seller.flow.currentWaiting', { step: step.name, when: formatWhen(dueAt, now, zone, say) }),
        color: 'Accent',
        subtle: false,
      });
    }
  }
  const standing = standingOf(snapshot, seller, now, say);
  if (standing && enrollment.status !== 'active')
    current.push({ text: standing, color: 'Default', subtle: false });

  const upcoming: FlowLine[] = upcomingSteps(enrollment, sequence).map((s) => ({
    text: say('seller.flow.upcoming', { step: s.name }),
    color: 'Default',
    subtle: true,
  }));
  const none = (lines: FlowLine[]): FlowLine[] =>
    lines.length > 0 ? lines : [{ text: say('seller.flow.none'), color: 'Default', subtle: true }];

  const target = { enrollmentId: enrollment.id, stepId: step?.id ?? '' };
  return {
    title: say('seller.flow.title', { sequence: sequence.name }),
    subtitle: say('seller.flow.subtitle', {
      record: snapshot.record.name,
      progress: progressOf(snapshot, say).text,
    }),
    sections: [
      { title: say('seller.flow.completedTitle'), lines: none(done) },
      { title: say('seller.flow.currentTitle'), lines: none(current) },
      { title: say('seller.flow.upcomingTitle'), lines: none(upcoming) },
    ],
    note: upcoming.length > 0 ? say('seller.flow.upcomingNote') : '',
    picture: pictureFor(snapshot, say),
    showPicture: say('seller.flow.showPicture'),
    hidePicture: say('seller.flow.hidePicture'),
    actions: [stepAction(VERB.showStep, say('seller.card.backToStep'), target, context)],
  };
}

/** Bytes the picture may take on this card, beside a history that grows with every step. */
const MAX_PICTURE_BYTES = 12 * 1024;

/** The whole sequence as a picture with the record's place marked, unless too big for the card. */
function pictureFor(snapshot: Snapshot, say: Say): Record<string, unknown>[] {
  const { graph } = snapshot.sequence;
  if (graph.steps.length > FLOW_MAX) return [];
  const picture = pictureElements({ say }, graph, flowLayout(graph), snapshot.enrollment.current?.stepId);
  return Buffer.byteLength(JSON.stringify(picture), 'utf8') <= MAX_PICTURE_BYTES ? picture : [];
}
