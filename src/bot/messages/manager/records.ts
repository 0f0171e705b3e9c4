// "add lead Jane Doe at Contoso, jane@contoso.com, +1 555 0100 [for <user>]" (and contacts, accounts,
// opportunities) and "leads", "contacts", "accounts", "opportunities".

import { parseRecordDetails } from '../../../app/manager/records.js';
import type { User } from '../../../app/ports.js';
import type { Turn } from '../../turn.js';
import { type Answer, cardAnswer, problemsAnswer, textAnswer } from '../../views/manager/answer.js';
import { recordListView } from '../../views/manager/lists.js';
import { pickUser } from './pick.js';
import type { Request } from './request.js';
import { actorOf, servicesOf } from './services.js';

export async function addRecord(turn: Turn, request: Request): Promise<Answer> {
  const type = request.slots.recordType ?? 'lead';
  const input = parseRecordDetails(type, request.slots.details ?? '');
  let owner: User | undefined;
  if (request.picked?.user || input.owner) owner = await pickUser(turn, request, input.owner);
  const result = await servicesOf(turn).records.add(actorOf(turn), input, owner);
  if (!result.ok) {
    return problemsAnswer(turn, result.problems, 'manager.record.notAdded', {
      type: turn.say(`manager.recordType.${type}`),
    });
  }
  const record = result.value;
  const details = [record.company, record.email, record.phone].filter(Boolean).join(', ');
  return textAnswer(
    turn.say('manager.record.added', {
      type: turn.say(`manager.recordType.${record.type}`),
      name: record.name,
      details: details ? ` (${details})` : '',
      owner: owner && owner.id !== turn.user.id ? owner.name : turn.say('manager.you'),
    }),
    turn.say('manager.record.next', { name: record.name }),
  );
}

export async function listRecords(turn: Turn, request: Request): Promise<Answer> {
  const { recordType, filter } = request.slots;
  const records = await servicesOf(turn).records.listFor(actorOf(turn), recordType, filter);
  const names = new Map((await turn.app.stores.users.list()).map((user) => [user.id, user.name]));
  const heading = turn.say('manager.records.title', {
    what: recordType ? turn.say(`manager.records.heading.${recordType}`) : turn.say('manager.records.all'),
    filter: filter ? turn.say('manager.records.filter', { filter }) : '',
  });
  return cardAnswer(recordListView(turn, records, heading.trim(), names));
}
