// Who may do what: the rules of src/app/manager/permissions.ts as a table.

import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/manager/outcome.js';
import {
  type OrgAction,
  type SequenceAction,
  decide,
  decideOnRecord,
  decideOnSequence,
  visibilityFor,
} from '../../src/app/manager/permissions.js';
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
  ['sequenceManager', 'edit', true, true],
  ['sequenceManager', 'activate', true, true],
  ['sequenceManager', 'deactivate', true, true],
  ['sequenceManager', 'delete', true, true],
  ['sequenceManager', 'copy', true, true],
  ['salesManager', 'view', true, true],
  ['salesManager', 'connect', true, true],
  ['salesManager', 'stats', true, true],
  ['salesManager', 'copy', true, true],
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
    const refused = decideOnRecord(WHO.seller, record, 'Sam Lee');
    expect(refused.allowed || refused.problem).toMatchObject({
      key: 'manager.refused.recordOwner',
      params: { owner: 'Sam Lee' },
    });
  });
});
