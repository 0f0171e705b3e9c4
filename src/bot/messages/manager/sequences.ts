// "sequences" (with status, record type, tags and records connected) and "show <sequence>".

import type { Turn } from '../../turn.js';
import { type Answer, cardAnswer } from '../../views/manager/answer.js';
import { SEQUENCE_LIST_ROWS, sequenceListView } from '../../views/manager/sequence.js';
import { pickSequence } from './pick.js';
import type { Request } from './request.js';
import { sequenceCard } from './sequence-card.js';
import { actorOf, servicesOf } from './services.js';

export async function listSequences(turn: Turn, request: Request): Promise<Answer> {
  const { status, recordType } = request.slots;
  const { sequences, total } = await servicesOf(turn).sequences.visiblePage(
    actorOf(turn),
    { ...(status ? { status } : {}), ...(recordType ? { recordType } : {}) },
    SEQUENCE_LIST_ROWS,
  );
  const counts = await turn.app.stores.enrollments.countOpenBySequence(sequences.map((s) => s.id));
  const filter = [
    status ? turn.say(`manager.status.${status}`) : '',
    recordType ? turn.say(`manager.recordType.${recordType}`) : '',
  ]
    .filter(Boolean)
    .join(', ');
  const heading = filter
    ? turn.say('manager.sequences.titleFiltered', { filter })
    : turn.say('manager.sequences.title');
  return cardAnswer(
    sequenceListView(
      turn,
      sequences.map((sequence) => ({ sequence, connected: counts.get(sequence.id) ?? 0 })),
      total,
      heading,
    ),
  );
}

export async function showSequence(turn: Turn, request: Request): Promise<Answer> {
  const sequence = await pickSequence(turn, request, { action: 'view' });
  return cardAnswer(await sequenceCard(turn, sequence));
}
