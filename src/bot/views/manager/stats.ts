// A sequence's figures as a card.

import type { SequenceStats, Rate } from '../../../app/manager/stats.js';
import type { Sequence } from '../../../domain/model.js';
import type { Turn } from '../../turn.js';
import type { CardView } from './answer.js';

/** "50% (1 of 2)", with what is still undecided after it: "· 3 waiting for a reply". */
function rateText(
  turn: Turn,
  value: Rate,
  pendingKey?: 'manager.stats.awaitingReply' | 'manager.stats.open',
): string {
  const decided =
    value.percent === undefined
      ? turn.say('manager.stats.noneDecided')
      : turn.say('manager.stats.rate', { percent: value.percent, count: value.count, of: value.of });
  if (!value.pending || !pendingKey)
    return value.percent === undefined ? turn.say('manager.stats.noData') : decided;
  return turn.say('manager.stats.withPending', {
    decided,
    pending: turn.say(pendingKey, { count: value.pending }),
  });
}

export function statsView(turn: Turn, sequence: Sequence, stats: SequenceStats): CardView {
  const fact = (title: string, value: string | number) => ({ title, value: String(value) });
  return {
    name: 'sequence-stats',
    data: {
      sequenceId: sequence.id,
      title: turn.say('manager.stats.title', { sequence: sequence.name }),
      subtitle: turn.say('manager.stats.subtitle', {
        status: turn.say(`manager.status.${sequence.status}`),
        type: turn.say(`manager.recordType.${sequence.recordType}`),
        version: sequence.version,
      }),
      recordsHeading: turn.say('manager.stats.records'),
      records: [
        fact(turn.say('manager.stats.connected'), stats.records.connected),
        fact(turn.say('manager.stats.inProgress'), stats.records.inProgress),
        fact(turn.say('manager.stats.completed'), stats.records.completed),
        fact(turn.say('manager.stats.disconnected'), stats.records.disconnected),
        fact(turn.say('manager.stats.exited'), stats.records.exited),
      ],
      stepsHeading: turn.say('manager.stats.steps'),
      steps: [
        fact(turn.say('manager.stats.stepsCompleted'), stats.steps.completed),
        fact(turn.say('manager.stats.stepsSkipped'), stats.steps.skipped),
        fact(turn.say('manager.stats.stepsOverdue'), stats.steps.overdue),
      ],
      outcomesHeading: turn.say('manager.stats.outcomes'),
      outcomes: [
        fact(
          turn.say('manager.stats.replyRate'),
          rateText(turn, stats.replies, 'manager.stats.awaitingReply'),
        ),
        fact(turn.say('manager.stats.answerRate'), rateText(turn, stats.answers)),
        fact(
          turn.say(`manager.stats.success.${stats.success.measure}`),
          stats.success.measure === 'none'
            ? turn.say('manager.stats.successNone')
            : rateText(turn, stats.success, 'manager.stats.open'),
        ),
        fact(
          turn.say('manager.stats.averageDays'),
          stats.averageDaysToComplete === undefined
            ? turn.say('manager.stats.noData')
            : turn.say('manager.stats.days', { days: stats.averageDaysToComplete }),
        ),
      ],
      openTitle: turn.say('manager.button.open'),
    },
  };
}
