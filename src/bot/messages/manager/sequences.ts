// "sequences" (with status, record type, tags and records connected), a page at a time, and
// "show <sequence>".

import type { Turn } from '../../turn.js';
import { type Answer, cardAnswer } from '../../views/manager/answer.js';
import type { SequenceCursor } from '../../../app/ports.js';
import {
  SEQUENCE_LIST_ROWS,
  type SequenceListFilter,
  sequenceListView,
} from '../../views/manager/sequence.js';
import { pickSequence } from './pick.js';
import type { Request } from './request.js';
import { sequenceCard } from './sequence-card.js';
import { actorOf, servicesOf } from './services.js';

export function listSequences(turn: Turn, request: Request): Promise<Answer> {
  const { status, recordType } = request.slots;
  return sequencePage(turn, { ...(status ? { status } : {}), ...(recordType ? { recordType } : {}) });
}

/** A page of the list: the first, or the one a page button's cursor points to. */
export async function sequencePage(
  turn: Turn,
  filter: SequenceListFilter,
  cursor?: SequenceCursor,
): Promise<Answer> {
  const { status, recordType } = filter;
  const { sequences, total, preceding } = await servicesOf(turn).sequences.visiblePage(
    actorOf(turn),
    filter,
    SEQUENCE_LIST_ROWS,
    cursor,
  );
  const counts = await turn.app.stores.enrollments.countOpenBySequence(sequences.map((s) => s.id));
  const words = [
    status ? turn.say(`manager.status.${status}`) : '',
    recordType ? turn.say(`manager.recordType.${recordType}`) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const heading = words
    ? turn.say('manager.sequences.titleFiltered', { filter: words })
    : turn.say('manager.sequences.title');
  return cardAnswer(
    sequenceListView(
      turn,
      sequences.map((sequence) => ({ sequence, connected: counts.get(sequence.id) ?? 0 })),
      { total, preceding, filter },
      heading,
    ),
  );
}

export async function showSequence(turn: Turn, request: Request): Promise<Answer> {
  const sequence = await pickSequence(turn, request, { action: 'view' });
  return cardAnswer(await sequenceCard(turn, sequence));
}
