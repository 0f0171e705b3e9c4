// Shared by "qualify", "disqualify" and "close ... as won/lost": find the seller's own record by
// name, ask with buttons when several match, then change it (records.ts) and say what happened.

import {
  changeRecord,
  findOwnRecords,
  recordTypeFor,
  type RecordChange,
} from '../../../app/seller/records.js';
import { replyCard, replyText, type Turn } from '../../turn.js';
import { VERB } from '../../views/seller/actions.js';
import { recordTypeLabel, stateLabel } from '../../views/seller/labels.js';

/** Most buttons a choice card offers; a longer list asks the seller to type more of the name. */
const MAX_CHOICES = 6;

export async function changeRecordReply(turn: Turn, recordId: string, change: RecordChange): Promise<string> {
  const result = await changeRecord(turn.app, turn.user, recordId, change);
  if (result === 'notYours') return turn.say('seller.action.notYours');
  if (result === 'notOpen') {
    const record = await turn.app.stores.records.get(recordId);
    return turn.say('seller.record.notOpen', { name: record?.name ?? recordId });
  }
  const { record, created, left } = result;
  switch (change) {
    case 'qualify':
      return turn.say('seller.record.qualified', {
        lead: record.name,
        opportunity: created?.name ?? record.name,
        count: left,
      });
    case 'disqualify':
      return turn.say('seller.record.disqualified', { lead: record.name, count: left });
    case 'won':
    case 'lost':
      return turn.say('seller.record.closed', {
        opportunity: record.name,
        stage: stateLabel(change, turn.say).toLowerCase(),
        count: left,
      });
  }
}

export async function handleRecordChange(
  turn: Turn,
  change: RecordChange,
  name: string | undefined,
): Promise<void> {
  if (!name) {
    await replyText(turn, 'seller.record.askName');
    return;
  }
  const matches = await findOwnRecords(turn.app, turn.user, change, name);
  if (matches.length === 0) {
    await replyText(turn, 'seller.record.notFound', {
      type: recordTypeLabel(recordTypeFor(change), turn.say).toLowerCase(),
      name,
    });
    return;
  }
  const [only] = matches;
  if (matches.length === 1 && only) {
    await turn.context.sendActivity(await changeRecordReply(turn, only.id, change));
    return;
  }
  await replyCard(turn, 'seller-choose-record', {
    title: turn.say('seller.record.chooseTitle', { name }),
    question: turn.say('seller.record.choose'),
    choices: matches.slice(0, MAX_CHOICES).map((record) => ({
      title: record.company
        ? turn.say('seller.record.choice', { name: record.name, company: record.company })
        : record.name,
      verb: VERB.chooseRecord,
      data: { verb: VERB.chooseRecord, recordId: record.id, change },
    })),
  });
}
