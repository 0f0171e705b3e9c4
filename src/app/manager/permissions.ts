// Who may do what with sequences, records, roles and business units: one pure table, so that the
// rules can be read (and tested) in one place. Every refusal says which role or ownership is missing.

import type { Role, Sequence } from '../../domain/model.js';
import type { Actor, Problem } from './outcome.js';

export type SequenceAction =
  'view' | 'copy' | 'connect' | 'stats' | 'edit' | 'activate' | 'deactivate' | 'delete';

export type OrgAction =
  | 'sequence.create'
  | 'record.add'
  | 'record.addForOthers'
  | 'record.viewAll'
  | 'record.manageOthers'
  | 'roles.view'
  | 'role.grant'
  | 'businessUnit.set';

const EVERYONE: Role[] = ['administrator', 'sequenceManager', 'salesManager', 'seller'];
const MANAGERS: Role[] = ['administrator', 'sequenceManager', 'salesManager'];
const DESIGNERS: Role[] = ['administrator', 'sequenceManager'];

/**
 * For each action on a sequence: the roles that may do it to any sequence, and whether its owner and
 * the people it is visible to (its business unit, or everyone for an organisation-wide sequence) may.
 */
export const SEQUENCE_RULES: Record<SequenceAction, { roles: Role[]; owner: boolean; visible: boolean }> = {
  view: { roles: MANAGERS, owner: true, visible: true },
  copy: { roles: MANAGERS, owner: true, visible: true },
  connect: { roles: MANAGERS, owner: true, visible: true },
  stats: { roles: MANAGERS, owner: true, visible: false },
  edit: { roles: DESIGNERS, owner: true, visible: false },
  activate: { roles: DESIGNERS, owner: true, visible: false },
  deactivate: { roles: DESIGNERS, owner: true, visible: false },
  delete: { roles: DESIGNERS, owner: true, visible: false },
};

/** Actions that depend on roles alone. */
export const ORG_RULES: Record<OrgAction, Role[]> = {
  'sequence.create': EVERYONE,
  'record.add': EVERYONE,
  'record.addForOthers': MANAGERS,
  'record.viewAll': MANAGERS,
  'record.manageOthers': MANAGERS,
  'roles.view': EVERYONE,
  'role.grant': ['administrator'],
  'businessUnit.set': ['administrator'],
};

const CHANGES: ReadonlySet<SequenceAction> = new Set(['edit', 'activate', 'deactivate', 'delete']);

export type Decision = { allowed: true } | { allowed: false; problem: Problem };

const ALLOWED: Decision = { allowed: true };

const hasAny = (actor: Actor, roles: Role[]): boolean => actor.roles.some((role) => roles.includes(role));

/**
 * Whom a new sequence is visible to: administrators and sequence managers build for the whole
 * organisation (no unit); anybody else's sequence stays in their business unit.
 */
export function visibilityFor(actor: Actor): string | undefined {
  return hasAny(actor, DESIGNERS) ? undefined : actor.businessUnit;
}

export function isVisibleTo(actor: Actor, sequence: Pick<Sequence, 'ownerId' | 'businessUnit'>): boolean {
  return (
    sequence.ownerId === actor.id ||
    sequence.businessUnit === undefined ||
    sequence.businessUnit === actor.businessUnit
  );
}

export function decideOnSequence(
  actor: Actor,
  action: SequenceAction,
  sequence: Pick<Sequence, 'ownerId' | 'businessUnit' | 'name'>,
  ownerName = '',
): Decision {
  const rule = SEQUENCE_RULES[action];
  if (hasAny(actor, rule.roles)) return ALLOWED;
  if (rule.owner && sequence.ownerId === actor.id) return ALLOWED;
  const visible = isVisibleTo(actor, sequence);
  if (rule.visible && visible) return ALLOWED;
  // Someone who may not even see it is not told whose it is.
  if (!visible && !hasAny(actor, SEQUENCE_RULES.view.roles)) {
    return {
      allowed: false,
      problem: {
        key: 'manager.refused.hidden',
        params: { sequence: sequence.name },
        roles: rule.roles,
        action,
      },
    };
  }
  return {
    allowed: false,
    problem: {
      // Changing it is refused with a way out (a copy of one's own); seeing its stats is not.
      key: CHANGES.has(action) ? 'manager.refused.owner' : 'manager.refused.ownerOnly',
      params: { sequence: sequence.name, owner: ownerName || sequence.ownerId },
      roles: rule.roles,
      action,
    },
  };
}

export function decide(actor: Actor, action: OrgAction): Decision {
  const roles = ORG_RULES[action];
  if (hasAny(actor, roles)) return ALLOWED;
  return { allowed: false, problem: { key: 'manager.refused.role', roles, action } };
}

/** A record's enrollments (connect, pause, disconnect) are managed by its owner and by managers. */
export function decideOnRecord(
  actor: Actor,
  record: { ownerId: string; name: string },
  ownerName = '',
): Decision {
  if (record.ownerId === actor.id || hasAny(actor, ORG_RULES['record.manageOthers'])) return ALLOWED;
  return {
    allowed: false,
    problem: {
      key: 'manager.refused.recordOwner',
      params: { record: record.name, owner: ownerName || record.ownerId },
      roles: ORG_RULES['record.manageOthers'],
      action: 'record.manageOthers',
    },
  };
}
