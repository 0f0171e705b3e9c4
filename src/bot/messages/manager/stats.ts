// "stats for <sequence>": the figures of a sequence, computed from its enrollments and records.

import { computeStats } from '../../../app/manager/stats.js';
import type { CrmRecord, Sequence } from '../../../domain/model.js';
import type { Turn } from '../../turn.js';
import { type Answer, cardAnswer, problemText, textAnswer } from '../../views/manager/answer.js';
import { statsView } from '../../views/manager/stats.js';
import { pickSequence } from './pick.js';
import type { Request } from './request.js';
import { actorOf, servicesOf } from './services.js';

export async function sequenceStats(turn: Turn, request: Request): Promise<Answer> {
  const { sequences } = servicesOf(turn);
  // "stats" alone asks which sequence; "its stats" means the one in focus.
  const sequence = await pickSequence(turn, request, { action: 'stats', askWhenUnnamed: true });
  const refused = await sequences.check(actorOf(turn), 'stats', sequence);
  if (refused) return textAnswer(problemText(turn, refused));
  const { stores } = turn.app;
  const enrollments = await stores.enrollments.listBySequence(sequence.id);
  const versions = new Map<number, Sequence>([[sequence.version, sequence]]);
  for (const version of new Set(enrollments.map((e) => e.sequenceVersion))) {
    const snapshot = versions.get(version) ?? (await stores.sequences.getVersion(sequence.id, version));
    if (snapshot) versions.set(version, snapshot);
  }
  const records = new Map<string, CrmRecord>();
  for (const id of new Set(enrollments.map((e) => e.recordId))) {
    const record = await stores.records.get(id);
    if (record) records.set(id, record);
  }
  const stats = computeStats({ sequence, versions, enrollments, records, now: turn.app.clock.now() });
  return cardAnswer(statsView(turn, sequence, stats));
}
