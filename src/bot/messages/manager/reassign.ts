// "reassign Contoso pilot to Megan Bowen", "give Jane Doe to Sam", "hand Contoso pilot over to
// Megan": a manager gives a record, with the open steps of its sequences, to another seller. Read
// from uncertain words (a typo, a name found in part, a language model's reading), it is confirmed
// first with a card naming the record and the new owner.

import type { Turn } from '../../turn.js';
import { type Answer, problemsAnswer, textAnswer } from '../../views/manager/answer.js';
import { confirmFirst } from './confirm.js';
import { namesExactly } from './connect.js';
import { pickRecord, pickUser } from './pick.js';
import type { Request } from './request.js';
import { actorOf, servicesOf } from './services.js';

export async function reassign(turn: Turn, request: Request): Promise<Answer> {
  const record = await pickRecord(turn, request);
  const to = await pickUser(turn, request);
  const unsure =
    !!request.unsure ||
    (!request.picked?.record && !namesExactly(request.slots.record, record)) ||
    (!request.picked?.user && (request.slots.user ?? '').trim().toLowerCase() !== to.name.toLowerCase());
  const action = turn.say('understood.action.reassign', { record: record.name, owner: to.name });
  const confirm = confirmFirst(turn, request, unsure, action, { record: record.id, user: to.id });
  if (confirm) return confirm;
  const result = await servicesOf(turn).connections.reassign(actorOf(turn), record, to);
  if (!result.ok) return problemsAnswer(turn, result.problems);
  return textAnswer(
    turn.say('manager.reassign.done', {
      record: record.name,
      owner: to.id === turn.user.id ? turn.say('manager.you') : to.name,
      count: result.value,
    }),
  );
}
