// Who may do what with sequences, records, roles and business units: one pure table, so that the
// rules can be read (and tested) in one place. Every refusal says which role or ownership is missing.
// A role below administrator acts only within its business unit: on the unit's sequences (and the
// organisation-wide ones) and on the records of the unit's people.

import type { Role, Sequence } from '../../domain/model.js';
import { type Actor, type Problem, DEFAULT_BUSINESS_UNIT } from './outcome.js';

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
const isAdministrator = (actor: Actor): boolean => actor.roles.includes('administrator');
const ADMINISTRATORS: Role[] = ['administrator'];

/** Someone the rules can place: their id and business unit (the default unit when none is set). */
export interface Person {
  id: string;
  name?: string;
  businessUnit?: string;
}

const unitOf = (person: Pick<Person, 'businessUnit'> | undefined): string =>
  person?.businessUnit ?? DEFAULT_BUSINESS_UNIT;

/** Whether `person` is in the actor's business unit, where a manager below administrator may act. */
export function inActorsUnit(actor: Actor, person: Pick<Person, 'businessUnit'> | undefined): boolean {
  return isAdministrator(actor) || unitOf(person) === actor.businessUnit;
}

/**
 * Whom a new sequence is visible to: administrators and sequence managers build for the whole
 * organisation (no unit); anybody else's sequence stays in their business unit.
 */
export function visibilityFor(actor: Actor): string | undefined {
  return hasAny(actor, DESIGNERS) ? undefined : actor.businessUnit;
}

export function isVisibleTo(
  actor: Pick<Actor, 'id' | 'businessUnit'>,
  sequence: Pick<Sequence, 'ownerId' | 'businessUnit'>,
): boolean {
  return (
    sequence.ownerId === actor.id ||
    sequence.businessUnit === undefined ||
    sequence.businessUnit === actor.businessUnit
  );
}

/**
 * Which sequences `actor` may view, as a question a database can answer: an administrator every
 * one; anybody else those visible to them (`view` is allowed to whoever sees a sequence, and a role
 * counts only where its holder sees). `decideOnSequence(actor, 'view', …)` decides the same.
 */
export function viewScope(actor: Actor): { visibleTo?: Pick<Actor, 'id' | 'businessUnit'> } {
  return isAdministrator(actor) ? {} : { visibleTo: { id: actor.id, businessUnit: actor.businessUnit } };
}

export function decideOnSequence(
  actor: Actor,
  action: SequenceAction,
  sequence: Pick<Sequence, 'ownerId' | 'businessUnit' | 'name'>,
  ownerName = '',
): Decision {
  const rule = SEQUENCE_RULES[action];
  const visible = isVisibleTo(actor, sequence);
  // A role counts within the actor's business unit; an administrator's everywhere.
  if (hasAny(actor, rule.roles) && (visible || isAdministrator(actor))) return ALLOWED;
  if (rule.owner && sequence.ownerId === actor.id) return ALLOWED;
  if (rule.visible && visible) return ALLOWED;
  // Someone who may not even see it is not told whose it is.
  if (!visible) {
    return {
      allowed: false,
      problem: {
        key: 'manager.refused.hidden',
        params: { sequence: sequence.name },
        // Those who could: of its own unit, or administrators.
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

/**
 * A record's enrollments (connect, pause, disconnect) are managed by its owner, by managers of the
 * owner's business unit and by administrators. `owner` is the record's owner as stored (absent when
 * unknown: then the default unit).
 */
export function decideOnRecord(
  actor: Actor,
  record: { ownerId: string; name: string },
  owner?: Omit<Person, 'id'>,
): Decision {
  if (record.ownerId === actor.id) return ALLOWED;
  const manager = hasAny(actor, ORG_RULES['record.manageOthers']);
  if (manager && inActorsUnit(actor, owner)) return ALLOWED;
  return {
    allowed: false,
    problem: {
      key: 'manager.refused.recordOwner',
      params: { record: record.name, owner: owner?.name || record.ownerId },
      roles: ORG_RULES['record.manageOthers'],
      action: 'record.manageOthers',
    },
  };
}

/** Whether the actor may see a record: their own, or as a manager one of their unit's people. */
export function mayViewRecord(
  actor: Actor,
  record: { ownerId: string },
  owner: Pick<Person, 'businessUnit'> | undefined,
): boolean {
  return (
    record.ownerId === actor.id || (decide(actor, 'record.viewAll').allowed && inActorsUnit(actor, owner))
  );
}

/** Adding a record for someone else: a manager may, for a person of their unit; an administrator for anyone. */
export function decideForPerson(actor: Actor, person: Person): Decision {
  if (person.id === actor.id) return ALLOWED;
  const byRole = decide(actor, 'record.addForOthers');
  if (!byRole.allowed) return byRole;
  if (inActorsUnit(actor, person)) return ALLOWED;
  return {
    allowed: false,
    problem: { key: 'manager.refused.role', roles: ADMINISTRATORS, action: 'record.addForOthers' },
  };
}

/**
 * Connecting a record hands its steps to the record's owner: the sequence must be one they can see,
 * whoever connects it.
 */
export function decideConnectFor(
  owner: Person,
  sequence: Pick<Sequence, 'ownerId' | 'businessUnit' | 'name'>,
): Decision {
  if (isVisibleTo({ id: owner.id, businessUnit: unitOf(owner) }, sequence)) return ALLOWED;
  return {
    allowed: false,
    problem: {
      key: 'manager.refused.hidden',
      params: { sequence: sequence.name },
      roles: ADMINISTRATORS,
      action: 'connect',
    },
  };
}

/**
 * Giving a record (and its open steps) to another seller: a manager may, when both the record's
 * owner and the new owner are people of their business unit; an administrator for anyone. A seller
 * may not hand their own records away: that is their manager's call.
 */
export function decideReassign(
  actor: Actor,
  record: { ownerId: string; name: string },
  owner: Omit<Person, 'id'> | undefined,
  to: Person,
): Decision {
  const byRole = decide(actor, 'record.manageOthers');
  if (!byRole.allowed) return byRole;
  const onRecord = decideOnRecord(actor, record, owner);
  if (!onRecord.allowed) return onRecord;
  if (inActorsUnit(actor, to)) return ALLOWED;
  return {
    allowed: false,
    problem: { key: 'manager.refused.role', roles: ADMINISTRATORS, action: 'record.manageOthers' },
  };
}
