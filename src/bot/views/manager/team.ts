// The team view as a card (cards/team.json): one line per seller with their counts and oldest step.

import type { TeamRow } from '../../../app/manager/team.js';
import { stepForReader } from '../../../app/texts.js';
import type { Turn } from '../../turn.js';
import { formatDue } from '../seller/format.js';
import type { CardView } from './answer.js';

function oldestLine(turn: Turn, row: TeamRow, now: Date): string {
  const item = row.oldest!;
  const due = formatDue(item.dueAt, now, row.seller.workingHours.timeZone, turn.say);
  return turn.say(due.overdue ? 'manager.team.oldest' : 'manager.team.oldestDue', {
    step: stepForReader(item.step, item.sequence, turn.say).name,
    record: item.record.name,
    due: due.text,
  });
}

export function teamView(turn: Turn, rows: readonly TeamRow[], now: Date): CardView {
  return {
    name: 'team',
    data: {
      title: turn.say('manager.team.title'),
      empty: rows.length === 0 ? turn.say('manager.team.empty') : '',
      sellers: rows.map((row) => ({
        name: row.seller.name,
        counts: turn.say('manager.team.counts', { due: row.due, overdue: row.overdue, waiting: row.waiting }),
        color: row.overdue > 0 ? 'Attention' : 'Default',
        oldest: row.oldest ? oldestLine(turn, row, now) : '',
      })),
      hint: turn.say('manager.team.hint'),
    },
  };
}
