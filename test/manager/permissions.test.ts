// Who may do what: the rules of src/app/manager/permissions.ts as tables, business units included.

import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/manager/outcome.js';
import {
  type OrgAction,
  type SequenceAction,
  decide,
  decideConnectFor,
  decideForPerson,
  decideOnRecord,
  decideOnSequence,
  decideReassign,
  mayViewRecord,
  visibilityFor,
} from '../../src/app/manager/permissions.js';
import type { Intent as AnyIntent } from '../../src/bot/grammar/rules.js';
import { isKnownIntent } from '../../src/bot/messages/manager/run.js';
import type { Role } from '../../src/domain/model.js';

const actor = (roles: Role[], id = 'me', businessUnit = 'default'): Actor => ({
  id,
  name: id,
  roles,
  businessUnit,
});

// A seller's sequence in business unit "default", owned by "owner"; an organisation-wide one.
const SELLERS = { ownerId: 'owner', businessUnit: 'default', name: "Owner's webinar" };
const ORG_WIDE = { ownerId: 'manager', name: 'Demo for everyone' };
const OTHER_UNIT = { ownerId: 'owner', businessUnit: 'West', name: 'West webinar' };

type Who = 'administrator' | 'sequenceManager' | 'salesManager' | 'seller' | 'owner';
const WHO: Record<Who, Actor> = {
  administrator: actor(['administrator']),
  sequenceManager: actor(['sequenceManager']),
  salesManager: actor(['salesManager']),
  seller: actor(['seller']),
  owner: actor(['seller'], 'owner'),
};

// [who, action, on the seller's sequence (same unit), on another unit's sequence]
const SEQUENCE_TABLE: [Who, SequenceAction, boolean, boolean][] = [
  ['administrator', 'view', true, true],
  ['administrator', 'edit', true, true],
  ['administrator', 'activate', true, true],
  ['administrator', 'deactivate', true, true],
  ['administrator', 'copy', true, true],
  ['administrator', 'delete', true, true],
  ['administrator', 'connect', true, true],
  ['administrator', 'stats', true, true],
  ['sequenceManager', 'edit', true, false],
  ['sequenceManager', 'activate', true, false],
  ['sequenceManager', 'deactivate', true, false],
  ['sequenceManager', 'delete', true, false],
  ['sequenceManager', 'copy', true, false],
  ['salesManager', 'view', true, false],
  ['salesManager', 'connect', true, false],
  ['salesManager', 'stats', true, false],
  ['salesManager', 'copy', true, false],
  ['salesManager', 'edit', false, false],
  ['salesManager', 'activate', false, false],
  ['salesManager', 'delete', false, false],
  ['owner', 'view', true, true],
  ['owner', 'edit', true, true],
  ['owner', 'activate', true, true],
  ['owner', 'deactivate', true, true],
  ['owner', 'delete', true, true],
  ['owner', 'stats', true, true],
  ['seller', 'view', true, false],
  ['seller', 'connect', true, false],
  ['seller', 'copy', true, false],
  ['seller', 'edit', false, false],
  ['seller', 'activate', false, false],
  ['seller', 'deactivate', false, false],
  ['seller', 'delete', false, false],
  ['seller', 'stats', false, false],
];

describe('permissions on sequences', () => {
  it.each(SEQUENCE_TABLE)('%s may %s: %s in the same unit, %s in another', (who, action, same, other) => {
    expect(decideOnSequence(WHO[who], action, SELLERS).allowed).toBe(same);
    expect(decideOnSequence(WHO[who], action, OTHER_UNIT).allowed).toBe(other);
  });

  it('lets everybody view, connect and copy an organisation-wide sequence, and only managers change it', () => {
    for (const action of ['view', 'connect', 'copy'] as const) {
      expect(decideOnSequence(WHO.seller, action, ORG_WIDE).allowed).toBe(true);
    }
    for (const action of ['edit', 'activate', 'deactivate', 'delete'] as const) {
      expect(decideOnSequence(WHO.seller, action, ORG_WIDE).allowed).toBe(false);
      expect(decideOnSequence(WHO.sequenceManager, action, ORG_WIDE).allowed).toBe(true);
    }
  });

  it('says why: the owner and the roles that could, or that the sequence is in another unit', () => {
    const owner = decideOnSequence(WHO.seller, 'edit', SELLERS, 'Sam Lee');
    expect(owner).toEqual({
      allowed: false,
      problem: {
        key: 'manager.refused.owner',
        params: { sequence: "Owner's webinar", owner: 'Sam Lee' },
        roles: ['administrator', 'sequenceManager'],
        action: 'edit',
      },
    });
    const hidden = decideOnSequence(WHO.seller, 'view', OTHER_UNIT);
    expect(hidden.allowed || hidden.problem.key).toBe('manager.refused.hidden');
  });

  it("makes a manager's sequence organisation-wide and a seller's visible to their unit", () => {
    expect(visibilityFor(WHO.administrator)).toBeUndefined();
    expect(visibilityFor(WHO.sequenceManager)).toBeUndefined();
    expect(visibilityFor(actor(['salesManager'], 'x', 'East'))).toBe('East');
    expect(visibilityFor(actor(['seller'], 'x', 'West'))).toBe('West');
  });
});

const ORG_TABLE: [Who, OrgAction, boolean][] = [
  ['seller', 'sequence.create', true],
  ['seller', 'record.add', true],
  ['seller', 'record.addForOthers', false],
  ['seller', 'record.viewAll', false],
  ['seller', 'record.manageOthers', false],
  ['seller', 'roles.view', true],
  ['seller', 'role.grant', false],
  ['seller', 'businessUnit.set', false],
  ['salesManager', 'record.addForOthers', true],
  ['salesManager', 'record.viewAll', true],
  ['salesManager', 'role.grant', false],
  ['sequenceManager', 'role.grant', false],
  ['sequenceManager', 'businessUnit.set', false],
  ['administrator', 'role.grant', true],
  ['administrator', 'businessUnit.set', true],
];

describe('permissions by role', () => {
  it.each(ORG_TABLE)('%s may %s: %s', (who, action, allowed) => {
    const decision = decide(WHO[who], action);
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.problem).toMatchObject({ key: 'manager.refused.role', action });
  });

  it("lets a record's owner and managers manage its enrollments, nobody else", () => {
    const record = { ownerId: 'owner', name: 'Jane Doe' };
    expect(decideOnRecord(WHO.owner, record).allowed).toBe(true);
    expect(decideOnRecord(WHO.salesManager, record).allowed).toBe(true);
    const refused = decideOnRecord(WHO.seller, record, { name: 'Sam Lee' });
    expect(refused.allowed || refused.problem).toMatchObject({
      key: 'manager.refused.recordOwner',
      params: { owner: 'Sam Lee' },
    });
  });
});

// ---- Business units: every intent, for every role, in the actor's unit and in another ----------

/** Who acts: a person of business unit East with one role. */
const IN_EAST: Record<Role, Actor> = {
  administrator: actor(['administrator'], 'me', 'East'),
  sequenceManager: actor(['sequenceManager'], 'me', 'East'),
  salesManager: actor(['salesManager'], 'me', 'East'),
  seller: actor(['seller'], 'me', 'East'),
};

/** What an intent acts on: a seller of `unit`, their record, and a sequence of `unit` owned by them. */
const targetIn = (unit: string) => ({
  person: { id: 'owner', name: 'Sam Lee', businessUnit: unit },
  record: { ownerId: 'owner', name: 'Jane Doe' },
  sequence: { ownerId: 'owner', businessUnit: unit, name: `${unit} webinar` },
});
type Target = ReturnType<typeof targetIn>;

/** The managers' intents, each with its own checks; a seller's own work is checked by ownership instead. */
type Intent = Exclude<
  AnyIntent,
  | 'help'
  | `work.${string}`
  | `me.${string}`
  | 'record.qualify'
  | 'record.disqualify'
  | 'record.won'
  | 'record.lost'
  | 'record.close'
  | 'record.show'
  // The team view lists sellers, not records or sequences: scoped by inActorsUnit in teamWork.
  | 'team.show'
  // Small talk changes and shows nothing.
  | `chat.${string}`
  // Anyone chooses their own language.
  | 'language.set'
>;

/** The checks each intent's handler makes, in the order it makes them. */
const onSequence =
  (action: SequenceAction) =>
  (who: Actor, t: Target): boolean =>
    decideOnSequence(who, action, t.sequence).allowed;
const byRole =
  (action: OrgAction) =>
  (who: Actor): boolean =>
    decide(who, action).allowed;
const onRecord = (who: Actor, t: Target): boolean => decideOnRecord(who, t.record, t.person).allowed;

const INTENT_CHECKS: Record<Intent, (who: Actor, t: Target) => boolean> = {
  'templates.list': () => true,
  'template.show': () => true,
  'sequence.create': byRole('sequence.create'),
  'sequence.createBlank': byRole('sequence.create'),
  'sequences.list': onSequence('view'),
  'sequence.show': onSequence('view'),
  'sequence.activate': onSequence('activate'),
  'sequence.deactivate': onSequence('deactivate'),
  'sequence.copy': onSequence('copy'),
  'sequence.delete': onSequence('delete'),
  'sequence.rename': onSequence('edit'),
  'sequence.describe': onSequence('edit'),
  'sequence.tag': onSequence('edit'),
  'sequence.untag': onSequence('edit'),
  'step.add': onSequence('edit'),
  'step.remove': onSequence('edit'),
  'step.duration': onSequence('edit'),
  'step.edit': onSequence('edit'),
  'sequence.stats': onSequence('stats'),
  'record.add': (who, t) => decideForPerson(who, t.person).allowed,
  'records.list': (who, t) => mayViewRecord(who, t.record, t.person),
  'record.connect': (who, t) =>
    decideOnSequence(who, 'connect', t.sequence).allowed &&
    onRecord(who, t) &&
    decideConnectFor(t.person, t.sequence).allowed,
  'record.disconnect': onRecord,
  'record.pause': onRecord,
  'record.resume': onRecord,
  'record.reassign': (who, t) => decideReassign(who, t.record, t.person, t.person).allowed,
  'role.grant': byRole('role.grant'),
  'role.revoke': byRole('role.grant'),
  'roles.list': byRole('roles.view'),
  'role.mine': () => true,
  'businessUnit.set': byRole('businessUnit.set'),
};

/** Where each role may do it: in both units, in its own unit only, or nowhere. */
type Reach = 'both' | 'own' | 'none';
// intent: [administrator, sequenceManager, salesManager, seller]
const UNIT_TABLE: Record<Intent, [Reach, Reach, Reach, Reach]> = {
  'templates.list': ['both', 'both', 'both', 'both'],
  'template.show': ['both', 'both', 'both', 'both'],
  'sequence.create': ['both', 'both', 'both', 'both'],
  'sequence.createBlank': ['both', 'both', 'both', 'both'],
  'sequences.list': ['both', 'own', 'own', 'own'],
  'sequence.show': ['both', 'own', 'own', 'own'],
  'sequence.activate': ['both', 'own', 'none', 'none'],
  'sequence.deactivate': ['both', 'own', 'none', 'none'],
  'sequence.copy': ['both', 'own', 'own', 'own'],
  'sequence.delete': ['both', 'own', 'none', 'none'],
  'sequence.rename': ['both', 'own', 'none', 'none'],
  'sequence.describe': ['both', 'own', 'none', 'none'],
  'sequence.tag': ['both', 'own', 'none', 'none'],
  'sequence.untag': ['both', 'own', 'none', 'none'],
  'step.add': ['both', 'own', 'none', 'none'],
  'step.remove': ['both', 'own', 'none', 'none'],
  'step.duration': ['both', 'own', 'none', 'none'],
  'step.edit': ['both', 'own', 'none', 'none'],
  'sequence.stats': ['both', 'own', 'own', 'none'],
  'record.add': ['both', 'own', 'own', 'none'],
  'records.list': ['both', 'own', 'own', 'none'],
  'record.connect': ['both', 'own', 'own', 'none'],
  'record.disconnect': ['both', 'own', 'own', 'none'],
  'record.pause': ['both', 'own', 'own', 'none'],
  'record.resume': ['both', 'own', 'own', 'none'],
  'record.reassign': ['both', 'own', 'own', 'none'],
  'role.grant': ['both', 'none', 'none', 'none'],
  'role.revoke': ['both', 'none', 'none', 'none'],
  'roles.list': ['both', 'both', 'both', 'both'],
  'role.mine': ['both', 'both', 'both', 'both'],
  'businessUnit.set': ['both', 'none', 'none', 'none'],
};

const ROLE_ORDER: Role[] = ['administrator', 'sequenceManager', 'salesManager', 'seller'];
const UNIT_CASES = (Object.keys(UNIT_TABLE) as Intent[]).flatMap((intent) =>
  ROLE_ORDER.map((role, index) => [intent, role, UNIT_TABLE[intent][index]!] as const),
);

describe('business units, for every intent and role', () => {
  it('covers intents the bot runs (the Record type makes it every one of them)', () => {
    expect(Object.keys(UNIT_TABLE).filter((intent) => !isKnownIntent(intent))).toEqual([]);
    expect(UNIT_CASES).toHaveLength(Object.keys(UNIT_TABLE).length * 4);
  });

  it.each(UNIT_CASES)('%s by a %s reaches %s unit(s)', (intent, role, reach) => {
    const check = INTENT_CHECKS[intent];
    expect(check(IN_EAST[role], targetIn('East'))).toBe(reach !== 'none');
    expect(check(IN_EAST[role], targetIn('West'))).toBe(reach === 'both');
  });

  it('never connects a record to a sequence its owner cannot see, even for an administrator', () => {
    const westSeller = { id: 'owner', name: 'Sam Lee', businessUnit: 'West' };
    const eastSequence = { ownerId: 'someone', businessUnit: 'East', name: 'East webinar' };
    expect(decideOnSequence(IN_EAST.administrator, 'connect', eastSequence).allowed).toBe(true);
    expect(decideConnectFor(westSeller, eastSequence)).toMatchObject({
      allowed: false,
      problem: { key: 'manager.refused.hidden', params: { sequence: 'East webinar' } },
    });
    expect(decideConnectFor(westSeller, { ...eastSequence, businessUnit: undefined }).allowed).toBe(true);
  });

  it('tells a manager who adds a record for another unit that only an administrator may', () => {
    expect(decideForPerson(IN_EAST.salesManager, { id: 'x', businessUnit: 'West' })).toEqual({
      allowed: false,
      problem: { key: 'manager.refused.role', roles: ['administrator'], action: 'record.addForOthers' },
    });
  });
});
