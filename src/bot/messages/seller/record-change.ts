// Shared by "qualify", "disqualify" and "close ... as won/lost": find the seller's own record by
// name, ask with buttons when several match, then change it (records.ts) and say what happened.

import {
  changeRecord,
  findOwnRecords,
  recordTypeFor,
  type RecordChange,
} from '../../../app/seller/records.js';
import { isRecordActive, type CrmRecord } from '../../../domain/model.js';
import { isRecordPronoun } from '../../grammar/index.js';
import { nameWords } from '../../grammar/resolve.js';
import { squash } from '../../grammar/words.js';
import { replyCard, replyText, type Turn } from '../../turn.js';
import { getRecordFocus, setRecordFocus } from '../focus.js';
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

/** Changes that cannot simply be taken back: read from uncertain words, they are confirmed first. */
const FINAL: ReadonlySet<RecordChange> = new Set(['disqualify', 'lost']);

/** The button of a choice or a confirmation: it says the action it takes ("Disqualify Jane Doe"). */
function choiceButton(turn: Turn, record: CrmRecord, change: RecordChange) {
  const name = record.company
    ? turn.say('seller.record.choice', { name: record.name, company: record.company })
    : record.name;
  return {
    title: turn.say(`understood.action.${change}`, { name }),
    verb: VERB.chooseRecord,
    data: { verb: VERB.chooseRecord, recordId: record.id, change },
  };
}

/** "her", "it", "this deal": the record the seller last acted on by name, if it is still theirs and open. */
async function recordInFocus(turn: Turn): Promise<CrmRecord | undefined> {
  const id = await getRecordFocus(turn.app.stores, turn.user.id);
  const record = id ? await turn.app.stores.records.get(id) : undefined;
  return record && record.ownerId === turn.user.id && isRecordActive(record) ? record : undefined;
}

/** The name as typed, accents optional ("Piotr Wisniewski" is Piotr Wiśniewski). */
const sameName = (record: CrmRecord, name: string): boolean => {
  const plain = (text: string): string => nameWords(text).map(squash).join(' ');
  const wanted = plain(name);
  return [record.name, [record.firstName, record.lastName].filter(Boolean).join(' ')].some(
    (candidate) => plain(candidate) === wanted,
  );
};

export async function handleRecordChange(
  turn: Turn,
  change: RecordChange,
  name: string | undefined,
  options: { unsure?: boolean } = {},
): Promise<void> {
  if (!name) {
    await replyText(turn, 'seller.record.askName');
    return;
  }
  const focused = isRecordPronoun(name) ? await recordInFocus(turn) : undefined;
  const matches = focused ? [focused] : await findOwnRecords(turn.app, turn.user, change, name);
  if (matches.length === 0) {
    await replyText(turn, 'seller.record.notFound', {
      type: recordTypeLabel(recordTypeFor(change), turn.say).toLowerCase(),
      name,
    });
    return;
  }
  const [only] = matches;
  if (matches.length === 1 && only) {
    await setRecordFocus(turn.app.stores, turn.user.id, only.id);
    // A final change read from a typo, from chatter or from part of a name is confirmed first.
    const certain = !options.unsure && (focused !== undefined || sameName(only, name));
    if (FINAL.has(change) && !certain) {
      const action = turn.say(`understood.action.${change}`, { name: only.name });
      await replyCard(turn, 'seller-choose-record', {
        title: turn.say('understood.confirmTitle', { action }),
        question: turn.say('understood.confirmText', {
          text: String(turn.context.activity.text ?? '').slice(0, 120),
          action,
        }),
        choices: [choiceButton(turn, only, change)],
      });
      return;
    }
    await turn.context.sendActivity(await changeRecordReply(turn, only.id, change));
    return;
  }
  await replyCard(turn, 'seller-choose-record', {
    title: turn.say('seller.record.chooseTitle', { name }),
    question: turn.say('seller.record.choose'),
    choices: matches.slice(0, MAX_CHOICES).map((record) => choiceButton(turn, record, change)),
  });
}
