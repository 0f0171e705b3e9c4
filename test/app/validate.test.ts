// What may be stored as a user, record, sequence or enrollment: the checks the repositories and
// the door share.

import { describe, expect, it } from 'vitest';
import type { User } from '../../src/app/ports.js';
import {
  parseEnrollment,
  parseRecord,
  parseSequence,
  parseUser,
  partitionValid,
} from '../../src/app/validate.js';
import type { CrmRecord, Enrollment, Sequence, SequenceTemplate } from '../../src/domain/model.js';
import { builtInTemplates } from '../../src/domain/templates.js';

const USER: User = {
  id: 'aad-sam',
  name: 'Sam Lee',
  roles: ['seller'],
  workingHours: { timeZone: 'America/New_York', days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
  digestTime: '08:00',
  conversationReference: {
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    conversation: { id: 'a:1', conversationType: 'personal', isGroup: false, name: '' },
  },
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

const RECORD: CrmRecord = {
  id: 'r-1',
  type: 'lead',
  firstName: 'Jane',
  lastName: 'Doe',
  name: 'Jane Doe',
  ownerId: 'aad-sam',
  status: 'new',
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

describe('users as stored', () => {
  it('accepts a user the product writes, and drops fields left undefined', () => {
    expect(parseUser(USER)).toEqual({ ok: true, value: USER });
    expect(parseUser({ ...USER, blockedAt: undefined })).toEqual({ ok: true, value: USER });
  });

  it.each<[string, unknown, RegExp]>([
    ['a numeric id', { ...USER, id: 42 }, /^id:/],
    ['an array id', { ...USER, id: ['a'] }, /^id:/],
    ['an empty id', { ...USER, id: '' }, /^id:/],
    ['a prototype id', { ...USER, id: '__proto__' }, /^id: is a reserved word/],
    ['an id with a control character', { ...USER, id: 'a\u0000b' }, /^id:/],
    ['an unknown role', { ...USER, roles: ['king'] }, /^roles\.0:/],
    [
      'a bad time zone',
      { ...USER, workingHours: { ...USER.workingHours, timeZone: 'Mars/Olympus' } },
      /timeZone/,
    ],
    ['a bad digest time', { ...USER, digestTime: '25:00' }, /^digestTime:/],
    ['a field the code does not know', { ...USER, isAdmin: true }, /isAdmin/],
    ['no name', { ...USER, name: undefined }, /^name:/],
    ['not an object', 'aad-sam', /value/],
  ])('refuses %s', (_what, value, reason) => {
    const parsed = parseUser(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});

describe('records as stored', () => {
  it('accepts a record the product writes', () => {
    expect(parseRecord(RECORD)).toEqual({ ok: true, value: RECORD });
  });

  it.each<[string, unknown, RegExp]>([
    ['an owner that is not a string', { ...RECORD, ownerId: { id: 'x' } }, /^ownerId:/],
    ['an unknown type', { ...RECORD, type: 'unicorn' }, /^type:/],
    ['an unknown status', { ...RECORD, status: 'hot' }, /^status:/],
    ['no name', { ...RECORD, name: '' }, /^name:/],
    ['a time that is not one', { ...RECORD, createdAt: 'yesterday' }, /^createdAt:/],
  ])('refuses %s', (_what, value, reason) => {
    const parsed = parseRecord(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});

describe('reading stored values that may include bad ones', () => {
  it('keeps the good ones and reports each bad one with its place and reason', () => {
    const { valid, invalid } = partitionValid(
      [USER, { ...USER, id: 7 }, { ...USER, id: 'aad-dana' }],
      parseUser,
    );
    expect(valid.map((user) => user.id)).toEqual(['aad-sam', 'aad-dana']);
    expect(invalid).toEqual([{ index: 1, reason: expect.stringMatching(/^id:/) }]);
  });
});

describe('sequences and enrollments as stored', () => {
  const sequenceOf = (template: SequenceTemplate): Sequence => ({
    id: `seq-${template.id}`,
    name: template.name,
    recordType: template.recordType,
    ownerId: 'aad-alex',
    status: 'active',
    version: 1,
    tags: ['q3'],
    graph: template.graph,
    templateId: template.id,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  });

  it('accepts a sequence made from every built-in template', () => {
    expect(builtInTemplates().length).toBeGreaterThan(3);
    for (const template of builtInTemplates()) {
      const sequence = sequenceOf(template);
      expect(parseSequence(sequence), template.id).toEqual({ ok: true, value: sequence });
    }
  });

  it('refuses a sequence whose steps the engine could not read', () => {
    const sequence = sequenceOf(builtInTemplates()[0]!);
    const [first, ...rest] = sequence.graph.steps;
    const broken = (step: unknown) => ({ ...sequence, graph: { ...sequence.graph, steps: [step, ...rest] } });
    expect(parseSequence(broken({ ...first, kind: 'teleport' }))).toMatchObject({ ok: false });
    expect(parseSequence(broken({ ...first, id: 7 }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^graph\.steps\.0\.id/),
    });
    expect(
      parseSequence(
        broken({ id: 'w', name: 'Wait', description: '', kind: 'wait', duration: { days: '2' } }),
      ),
    ).toMatchObject({ ok: false });
    expect(parseSequence({ ...sequence, status: 'running' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^status/),
    });
  });

  const ENROLLMENT: Enrollment = {
    id: 'e-1',
    sequenceId: 'seq-1',
    sequenceVersion: 1,
    recordId: 'r-1',
    recordType: 'lead',
    sellerId: 'aad-sam',
    status: 'active',
    current: { stepId: 'intro-email', since: '2026-03-02T09:00:00.000Z', dueAt: '2026-03-02T09:00:00.000Z' },
    outcomes: { 'intro-email': 'sent' },
    history: [{ at: '2026-03-02T09:00:00.000Z', action: 'connected', by: 'aad-alex' }],
    revision: 1,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
  };

  it('accepts an enrollment the engine writes and refuses one it could not read', () => {
    expect(parseEnrollment(ENROLLMENT)).toEqual({ ok: true, value: ENROLLMENT });
    expect(parseEnrollment({ ...ENROLLMENT, sellerId: ['aad-sam'] })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^sellerId/),
    });
    expect(parseEnrollment({ ...ENROLLMENT, outcomes: { x: 'won' } })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^outcomes\.x/),
    });
    expect(
      parseEnrollment({ ...ENROLLMENT, history: [{ at: 'now', action: 'connected', by: 'x' }] }),
    ).toMatchObject({ ok: false });
    expect(parseEnrollment({ ...ENROLLMENT, revision: 1.5 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^revision/),
    });
  });
});
