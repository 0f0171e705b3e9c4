// Loads what a sequence's card shows besides the sequence itself: owner, records running, what the
// viewer may do, what stops activation, and the records that could be connected now.

import { decideOnSequence } from '../../../app/manager/permissions.js';
import type { Sequence } from '../../../domain/model.js';
import { validateForActivation } from '../../../domain/validation.js';
import { renderCard } from '../../cards.js';
import type { Turn } from '../../turn.js';
import type { CardView } from '../../views/manager/answer.js';
import { sequenceView } from '../../views/manager/sequence.js';
import { actorOf, servicesOf } from './services.js';

export async function sequenceCard(
  turn: Turn,
  sequence: Sequence,
  view: 'summary' | 'customise' = 'summary',
): Promise<CardView> {
  const { sequences, records } = servicesOf(turn);
  const actor = actorOf(turn);
  const ownerName = await sequences.ownerName(sequence);
  const all = await sequences.list();
  const open = await sequences.openEnrollments(sequence.id);
  const canEdit = decideOnSequence(actor, 'edit', sequence, ownerName).allowed;
  const canConnect = decideOnSequence(actor, 'connect', sequence, ownerName).allowed;
  const activationIssues =
    sequence.status === 'active'
      ? []
      : validateForActivation(
          sequence,
          all.filter((s) => s.status === 'active' && s.id !== sequence.id).length,
        );
  const connectedIds = new Set(open.map((e) => e.recordId));
  const connectable =
    sequence.status === 'active' && canConnect
      ? (await records.listFor(actor, sequence.recordType, 'open')).filter((r) => !connectedIds.has(r.id))
      : [];
  const facts = {
    ownerName,
    running: open.length,
    canEdit,
    canConnect,
    activationIssues,
    connectable,
    sequenceNames: new Map(all.map((s) => [s.id, s.name])),
    view,
  };
  // A Teams message must stay under about 28 KB: a long sequence shows its steps without their descriptions, then
  // without their details, rather than not at all.
  for (const detail of ['full', 'short', 'titles'] as const) {
    const view = sequenceView(turn, sequence, { ...facts, detail });
    if (detail === 'titles' || cardBytes(view) <= MAX_BYTES) return view;
  }
  throw new Error('unreachable');
}

/** Under 28 KB with room for the notice a button answer adds on top. */
const MAX_BYTES = 26 * 1024;

function cardBytes(view: CardView): number {
  return Buffer.byteLength(JSON.stringify(renderCard(view.name, { ...view.data, notice: '' })), 'utf8');
}
