// "show Jane Doe", "what's up with Contoso pilot", or just "Jane Doe": one record's card. The name
// is resolved against the records the person may see; when it names a sequence instead, that
// sequence is shown, since "show X" says nothing about which kind of thing X is.

import { SnapshotLoader, type Snapshot } from '../../app/seller/work.js';
import type { CrmRecord } from '../../domain/model.js';
import type { User } from '../../app/ports.js';
import { decide, decideReassign } from '../../app/manager/permissions.js';
import { resolve } from '../grammar/resolve.js';
import { trimEnds } from '../grammar/tokens.js';
import type { Turn } from '../turn.js';
import { type Answer, cardAnswer, textAnswer } from '../views/manager/answer.js';
import { recordView } from '../views/record.js';
import { textCommand } from './command.js';
import { getRecordFocus, setRecordFocus } from './focus.js';
import { isRecordPronoun, recordKindWords } from '../grammar/index.js';
import { pickRecord } from './manager/pick.js';
import type { Request } from './manager/request.js';
import { runRequest, sendAnswer } from './manager/run.js';
import { actorOf, servicesOf } from './manager/services.js';

async function visibleRecords(turn: Turn): Promise<CrmRecord[]> {
  return servicesOf(turn).records.listFor(actorOf(turn));
}

const candidates = (records: CrmRecord[]) =>
  records.map((r) => ({
    item: r,
    names: [r.name, [r.firstName, r.lastName].filter(Boolean).join(' ')].filter(Boolean),
    keys: [r.id, ...(r.email ? [r.email] : [])],
  }));

export async function recordCard(turn: Turn, record: CrmRecord): Promise<Answer> {
  const { stores } = turn.app;
  await setRecordFocus(stores, turn.user.id, record.id);
  const loader = new SnapshotLoader(turn.app, turn.say);
  const snapshots: Snapshot[] = [];
  for (const enrollment of await stores.enrollments.listByRecord(record.id)) {
    const snapshot = await loader.load(enrollment);
    if (snapshot) snapshots.push(snapshot);
  }
  const ownerUser = await stores.users.get(record.ownerId);
  const owner = ownerUser?.name ?? record.ownerId;
  return cardAnswer(
    recordView({
      record,
      owner,
      snapshots,
      viewerId: turn.user.id,
      now: turn.app.clock.now(),
      zone: turn.user.workingHours.timeZone,
      say: turn.say,
      reassignTo: await reassignChoices(turn, record, ownerUser),
    }),
  );
}

/** Whom a manager may give the record to from its card: the sellers the reassign rules allow. */
async function reassignChoices(
  turn: Turn,
  record: CrmRecord,
  owner: User | undefined,
): Promise<{ id: string; name: string }[]> {
  const actor = actorOf(turn);
  if (!decide(actor, 'record.manageOthers').allowed) return [];
  const people = await turn.app.stores.users.list();
  return people
    .filter((user) => user.id !== record.ownerId && decideReassign(actor, record, owner, user).allowed)
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, 25)
    .map((user) => ({ id: user.id, name: user.name }));
}

/** The handler of "record.show", also behind a "which one?" button. */
export async function showRecord(turn: Turn, request: Request): Promise<Answer> {
  const phrase = request.slots.record ?? '';
  if (!request.picked?.record) {
    if (isRecordPronoun(phrase)) {
      const id = await getRecordFocus(turn.app.stores, turn.user.id);
      const record = id ? (await visibleRecords(turn)).find((r) => r.id === id) : undefined;
      if (record) return recordCard(turn, record);
    }
    const found = resolve(phrase, candidates(await visibleRecords(turn)), { ignore: recordKindWords() });
    if (found.kind === 'none') {
      // "show Q3 demos": not a record; perhaps a sequence.
      const sequences = await servicesOf(turn).sequences.visibleTo(actorOf(turn));
      const named = resolve(
        phrase,
        sequences.map((s) => ({ item: s, names: [s.name], keys: [s.id] })),
      );
      if (named.kind !== 'none')
        return runRequest(turn, { intent: 'sequence.show', slots: { sequence: phrase } });
      if (found.closest.length === 0) return textAnswer(turn.say('understood.record.notFound', { phrase }));
    }
  }
  return recordCard(turn, await pickRecord(turn, request));
}

/** "Jane Doe" alone, when nothing else was understood: the record of exactly that name, if there is one. */
export async function showRecordNamed(turn: Turn, text: string): Promise<boolean> {
  const words = text.trim();
  if (!words || words.split(/\s+/).length > 6) return false;
  const asked = trimEnds(words, '', '?!.').toLowerCase();
  const exact = (await visibleRecords(turn)).filter((r) =>
    candidates([r])[0]!.names.some((name) => name.toLowerCase() === asked),
  );
  const [only] = exact;
  if (exact.length !== 1 || !only) return false;
  await sendAnswer(turn, await recordCard(turn, only));
  return true;
}

export const recordViewCommand = textCommand({
  name: 'record.view',
  usage: 'understood.command.record.usage',
  description: 'understood.command.record.description',
  intents: ['record.show'],
  async handle(turn, parsed) {
    await sendAnswer(turn, await runRequest(turn, { intent: 'record.show', slots: parsed.slots }));
  },
});
