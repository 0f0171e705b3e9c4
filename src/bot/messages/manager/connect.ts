// "connect Jane Doe to <sequence>", "connect all new leads to <sequence>", "disconnect ... from ...",
// "pause Jane Doe" / "resume Jane Doe": only active sequences of the record's type; steps go to the
// record's owner.

import { IN_TURN_LIMIT } from '../../../app/manager/bulk.js';
import { matchesFilter } from '../../../app/manager/records.js';
import { currentStep } from '../../../domain/engine.js';
import { recordTypeFromWord } from '../../../domain/records.js';
import type { CrmRecord, RecordType, Sequence } from '../../../domain/model.js';
import { recordKindWords } from '../../grammar/index.js';
import { nameWords } from '../../grammar/resolve.js';
import type { Turn } from '../../turn.js';
import { type Answer, problemsAnswer, problemsText, textAnswer } from '../../views/manager/answer.js';
import { confirmFirst } from './confirm.js';
import { pickRecord, pickSequence } from './pick.js';
import type { Request } from './request.js';
import { actorOf, servicesOf } from './services.js';

/** "all new leads", "every open contact", "all my leads": the records meant, or undefined for one record. */
export function bulkOf(
  phrase: string | undefined,
): { filter?: string; mine: boolean; type?: RecordType } | undefined {
  const words = nameWords(phrase ?? '');
  if (!['all', 'every', 'each'].includes(words[0] ?? '')) return undefined;
  let rest = words.slice(1).filter((word) => word !== 'the' && word !== 'of');
  const mine = rest[0] === 'my';
  if (mine) rest = rest.slice(1);
  const last = rest[rest.length - 1] ?? '';
  const type = last === 'records' ? undefined : recordTypeFromWord(last);
  const filter = rest.length > 1 ? rest[0] : undefined;
  return { ...(filter ? { filter } : {}), mine, ...(type ? { type } : {}) };
}

const isAll = (phrase: string | undefined): boolean =>
  /^(all|every|any)( of)?( the| my)?( sequences?)?$/i.test((phrase ?? '').trim());

async function connectMany(
  turn: Turn,
  request: Request,
  bulk: NonNullable<ReturnType<typeof bulkOf>>,
): Promise<Answer> {
  const { records, connections } = servicesOf(turn);
  const actor = actorOf(turn);
  const sequence = await pickSequence(turn, request, {
    action: 'connect',
    offer: (s) => s.status === 'active',
  });
  const type = bulk.type ?? sequence.recordType;
  if (type !== sequence.recordType) {
    return textAnswer(
      turn.say('manager.connect.typeMismatch', {
        sequence: sequence.name,
        sequenceType: turn.say(`manager.recordType.plural.${sequence.recordType}`),
        type: turn.say(`manager.recordType.plural.${type}`),
      }),
    );
  }
  const candidates = (await records.listFor(actor, type, bulk.filter ?? 'open')).filter(
    (record) => (!bulk.mine || record.ownerId === actor.id) && matchesFilter(record, bulk.filter),
  );
  if (candidates.length > IN_TURN_LIMIT) {
    // Too many for one turn: they are connected by jobs, and the manager is told when it is done.
    await turn.app.bulk.start(
      'connect',
      actor,
      sequence,
      candidates.map((record) => record.id),
    );
    return textAnswer(
      turn.say('manager.connect.started', { count: candidates.length, sequence: sequence.name }),
    );
  }
  const already = new Set(
    (await servicesOf(turn).sequences.openEnrollments(sequence.id)).map((e) => e.recordId),
  );
  const fresh = candidates.filter((record) => !already.has(record.id));
  if (fresh.length === 0) {
    return textAnswer(
      turn.say('manager.connect.noneMatching', {
        sequence: sequence.name,
        type: turn.say(`manager.recordType.plural.${type}`),
        skipped: candidates.length - fresh.length,
      }),
    );
  }
  const result = await connections.connectMany(actor, sequence, fresh);
  const lines = [
    turn.say('manager.connect.many', {
      count: result.connected.length,
      sequence: sequence.name,
      names: result.connected.map(({ record }) => record.name).join(', ') || '-',
    }),
  ];
  if (candidates.length > fresh.length)
    lines.push(turn.say('manager.connect.skippedAlready', { count: candidates.length - fresh.length }));
  for (const { record, problems } of result.refused) {
    lines.push(
      turn.say('manager.connect.refusedOne', { record: record.name, why: problemsText(turn, problems) }),
    );
  }
  return textAnswer(...lines);
}

export async function connect(turn: Turn, request: Request): Promise<Answer> {
  const bulk = bulkOf(request.slots.record);
  if (bulk && !request.picked?.record) return connectMany(turn, request, bulk);
  const sequence = await pickSequence(turn, request, {
    action: 'connect',
    offer: (s) => s.status === 'active',
  });
  const record = await pickRecord(turn, request);
  const result = await servicesOf(turn).connections.connect(actorOf(turn), sequence, record);
  if (!result.ok) {
    return problemsAnswer(turn, result.problems, 'manager.connect.failed', {
      record: record.name,
      sequence: sequence.name,
    });
  }
  return textAnswer(await connectedText(turn, sequence, record, result.value));
}

async function connectedText(
  turn: Turn,
  sequence: Sequence,
  record: CrmRecord,
  enrollment: Parameters<typeof currentStep>[0],
): Promise<string> {
  const owner = (await turn.app.stores.users.get(enrollment.sellerId))?.name ?? enrollment.sellerId;
  const step = currentStep(enrollment, sequence);
  return turn.say(step ? 'manager.connect.done' : 'manager.connect.doneNoStep', {
    record: record.name,
    sequence: sequence.name,
    version: enrollment.sequenceVersion,
    step: step?.name ?? '',
    owner: enrollment.sellerId === turn.user.id ? turn.say('manager.you') : owner,
  });
}

type RecordChange = 'disconnect' | 'pause' | 'resume';

async function changeRecord(turn: Turn, request: Request, change: RecordChange): Promise<Answer> {
  const record = await pickRecord(turn, request);
  const named = request.slots.sequence;
  const sequence =
    (named !== undefined && !isAll(named)) || request.picked?.sequence
      ? await pickSequence(turn, request, { action: 'view' })
      : undefined;
  if (change !== 'resume') {
    const unsure =
      !!request.unsure || (!request.picked?.record && !namesExactly(request.slots.record, record));
    const action = turn.say(
      sequence
        ? change === 'pause'
          ? 'understood.action.pauseIn'
          : 'understood.action.disconnectFrom'
        : `understood.action.${change}`,
      { record: record.name, sequence: sequence?.name ?? '' },
    );
    const confirm = confirmFirst(turn, request, unsure, action, {
      record: record.id,
      ...(sequence ? { sequence: sequence.id } : {}),
    });
    if (confirm) return confirm;
  }
  const { connections } = servicesOf(turn);
  const result = await connections[change](actorOf(turn), record, sequence);
  if (!result.ok) return problemsAnswer(turn, result.problems);
  return textAnswer(
    turn.say(`manager.${change}.done`, {
      record: record.name,
      count: result.value,
      sequence: sequence?.name ?? '',
    }),
  );
}

/** The phrase is the record's whole name (or e-mail address), not a part of it or a near miss. */
export function namesExactly(phrase: string | undefined, record: CrmRecord): boolean {
  const words = nameWords(phrase ?? '');
  // "lead Jane Doe" names Jane Doe; "Contoso deal" may be the whole name.
  const said = [
    words.join(' '),
    words.filter((word) => word !== 'the' && !recordKindWords().includes(word)).join(' '),
  ];
  const names = [record.name, [record.firstName, record.lastName].filter(Boolean).join(' ')];
  return (
    words.length > 0 &&
    (names.some((name) => said.includes(nameWords(name).join(' '))) ||
      (!!record.email && record.email.toLowerCase() === (phrase ?? '').trim().toLowerCase()))
  );
}

export const disconnect = (turn: Turn, request: Request): Promise<Answer> =>
  changeRecord(turn, request, 'disconnect');
export const pause = (turn: Turn, request: Request): Promise<Answer> => changeRecord(turn, request, 'pause');
export const resume = (turn: Turn, request: Request): Promise<Answer> =>
  changeRecord(turn, request, 'resume');
