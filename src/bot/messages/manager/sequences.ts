// "sequences" (with status, record type, tags and records connected) and "show <sequence>".

import type { Turn } from '../../turn.js';
import { type Answer, cardAnswer } from '../../views/manager/answer.js';
import { sequenceListView } from '../../views/manager/sequence.js';
import { pickSequence } from './pick.js';
import type { Request } from './request.js';
import { sequenceCard } from './sequence-card.js';
import { actorOf, servicesOf } from './services.js';

export async function listSequences(turn: Turn, request: Request): Promise<Answer> {
  const { status, recordType } = request.slots;
  const visible = (await servicesOf(turn).sequences.visibleTo(actorOf(turn))).filter(
    (s) => (!status || s.status === status) && (!recordType || s.recordType === recordType),
  );
  const counts = await turn.app.stores.enrollments.countOpenBySequence();
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
      visible.map((sequence) => ({ sequence, connected: counts.get(sequence.id) ?? 0 })),
      heading,
    ),
  );
}

export async function showSequence(turn: Turn, request: Request): Promise<Answer> {
  const sequence = await pickSequence(turn, request, { action: 'view' });
  return cardAnswer(await sequenceCard(turn, sequence));
}
