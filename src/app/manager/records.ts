// Records managers and sellers add by typing or import from a file: reading the details of
// "add lead Jane Doe at Contoso, jane@contoso.com, +1 555 0100", checking every field, and keeping
// them (a record is saved whole, or not at all when a field is wrong).

import { randomUUID } from 'node:crypto';
import {
  isRecordActive,
  type CrmRecord,
  type LeadStatus,
  type OpportunityStage,
  type RecordType,
} from '../../domain/model.js';
import type { AppContext } from '../context.js';
import type { User } from '../ports.js';
import { type Actor, type Outcome, type Problem, fail, failWith, ok } from './outcome.js';
import { decide, decideForPerson, mayViewRecord } from './permissions.js';

export interface RecordInput {
  type: RecordType;
  firstName?: string;
  lastName?: string;
  /** Accounts and opportunities: their name. People: the full name when first and last are not apart. */
  name?: string;
  company?: string;
  email?: string;
  phone?: string;
  linkedInUrl?: string;
  /** How the owner was named: a user's name, e-mail or id. */
  owner?: string;
  status?: string;
  stage?: string;
}

export const LEAD_STATUSES: LeadStatus[] = ['new', 'contacted', 'qualified', 'disqualified'];
export const OPPORTUNITY_STAGES: OpportunityStage[] = ['develop', 'propose', 'close', 'won', 'lost'];
export const MAX_FIELD_LENGTH = 160;

const EMAIL = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/;
/** Anything with an @ is meant as an e-mail address; buildRecord says when it is not one. */
const EMAIL_IN_TEXT = /[^\s@,;<>()]+@[^\s,;<>()]*[^\s,;<>().]/;
const PHONE_IN_TEXT = /(?:^|[\s,;])(\+?\(?\d[\d\s().-]{5,}\d)(?=$|[\s,;])/;
const URL_IN_TEXT = /https?:\/\/\S+/;
const isPerson = (type: RecordType): boolean => type === 'lead' || type === 'contact';

/**
 * Reads the details typed after "add lead": a name, "at <company>", an e-mail address, a phone
 * number, "for <owner>", "status <status>" / "stage <stage>", in any order, separated by commas.
 */
export function parseRecordDetails(type: RecordType, text: string): RecordInput {
  const input: RecordInput = { type };
  // Labelled parts first, so that "owner: sam@example.com" is not read as the record's e-mail.
  const unlabelled: string[] = [];
  for (const raw of text.split(/[,;]/)) {
    const segment = raw.replace(/\s+/g, ' ').trim();
    if (!segment) continue;
    let match: RegExpExecArray | null;
    if ((match = /^(?:owner(?: is)?|owned by|assigned to|for)\s*[:=]?\s+(.+)$/i.exec(segment))) {
      input.owner = match[1]!.trim();
    } else if ((match = /^(?:lead )?status\s*[:=]?\s*(.+)$/i.exec(segment))) {
      input.status = match[1]!.trim();
    } else if ((match = /^stage\s*[:=]?\s*(.+)$/i.exec(segment))) {
      input.stage = match[1]!.trim();
    } else if ((match = /^(?:company|at|from|works at)\s*[:=]?\s+(.+)$/i.exec(segment))) {
      input.company = match[1]!.trim();
    } else {
      unlabelled.push(segment);
    }
  }
  let rest = unlabelled.join(', ');
  const email = EMAIL_IN_TEXT.exec(rest);
  if (email) {
    input.email = email[0];
    rest = rest.replace(email[0], ' ');
  }
  const url = URL_IN_TEXT.exec(rest);
  if (url) {
    input.linkedInUrl = url[0].replace(/[.,;]+$/, '');
    rest = rest.replace(url[0], ' ');
  }
  const phone = PHONE_IN_TEXT.exec(rest);
  if (phone?.[1] && phone[1].replace(/\D/g, '').length >= 7) {
    input.phone = phone[1].trim();
    rest = rest.replace(phone[1], ' ');
  }
  const free = rest
    .split(/[,;]/)
    .map((segment) =>
      segment
        .replace(/\b(e-?mail|phone|tel|mobile|linkedin)\s*[:=]?\s*$/i, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .filter((segment) => {
      // A number too short to be taken above is still meant as a phone number: checked, not a company.
      if (!input.phone && /^\+?[\d\s().-]*\d[\d\s().-]*$/.test(segment)) {
        input.phone = segment;
        return false;
      }
      // "..., +1 555 0100 for Sam Lee": once the number is out, the owner stands alone.
      const owner = /^(?:for|owner(?: is)?|owned by|assigned to)\s*[:=]?\s+(.+)$/i.exec(segment);
      if (owner && !input.owner) input.owner = owner[1]!.trim();
      return !owner;
    });
  let namePart = free[0];
  const others = free.slice(1);
  if (namePart) {
    const owner = /^(.*\S)\s+for\s+(\S.*)$/i.exec(namePart);
    if (owner && !input.owner && free.length === 1) {
      namePart = owner[1]!;
      input.owner = owner[2]!.trim();
    }
    const company = /^(.*\S)\s+(?:at|from|@)\s+(\S.*)$/i.exec(namePart);
    if (company && !input.company) {
      namePart = company[1]!;
      input.company = company[2]!.trim();
    }
    if (isPerson(type)) {
      const words = namePart.split(' ');
      if (words.length === 1) input.lastName = words[0];
      else {
        input.firstName = words[0];
        input.lastName = words.slice(1).join(' ');
      }
    } else {
      input.name = namePart;
    }
  }
  if (!input.company && others.length > 0) input.company = others.shift();
  return input;
}

/** The record `input` describes, owned by `ownerId`, or every problem with its fields. */
export function buildRecord(
  input: RecordInput,
  ownerId: string,
  now: Date,
  id: string = randomUUID(),
): Outcome<CrmRecord> {
  const problems: Problem[] = [];
  const clean = (value: string | undefined): string | undefined => {
    const trimmed = value?.replace(/\s+/g, ' ').trim();
    return trimmed ? trimmed : undefined;
  };
  const firstName = clean(input.firstName);
  let lastName = clean(input.lastName);
  let firstFromName: string | undefined;
  const name = clean(input.name);
  if (isPerson(input.type) && !lastName && name) {
    const words = name.split(' ');
    lastName = words.length > 1 ? words.slice(1).join(' ') : words[0];
    if (words.length > 1) firstFromName = words[0];
  }
  const first = firstName ?? firstFromName;
  const fullName = isPerson(input.type) ? [first, lastName].filter(Boolean).join(' ') : name;
  if (!fullName)
    problems.push({
      key: isPerson(input.type) ? 'manager.record.needsPersonName' : 'manager.record.needsName',
      params: { type: input.type },
    });

  const email = clean(input.email);
  if (email && !EMAIL.test(email)) problems.push({ key: 'manager.record.badEmail', params: { email } });
  const phone = clean(input.phone);
  if (phone) {
    const digits = phone.replace(/\D/g, '').length;
    if (!/^\+?[\d\s().-]+$/.test(phone) || digits < 7 || digits > 15)
      problems.push({ key: 'manager.record.badPhone', params: { phone } });
  }
  const linkedInUrl = clean(input.linkedInUrl);
  if (linkedInUrl && !/^https?:\/\/\S+$/.test(linkedInUrl))
    problems.push({ key: 'manager.record.badUrl', params: { url: linkedInUrl } });

  const status = clean(input.status)?.toLowerCase();
  if (status !== undefined) {
    if (input.type !== 'lead')
      problems.push({ key: 'manager.record.statusOnlyLeads', params: { type: input.type } });
    else if (!LEAD_STATUSES.includes(status as LeadStatus)) {
      problems.push({
        key: 'manager.record.badStatus',
        params: { status, allowed: LEAD_STATUSES.join(', ') },
      });
    }
  }
  const stage = clean(input.stage)?.toLowerCase();
  if (stage !== undefined) {
    if (input.type !== 'opportunity')
      problems.push({ key: 'manager.record.stageOnlyOpportunities', params: { type: input.type } });
    else if (!OPPORTUNITY_STAGES.includes(stage as OpportunityStage)) {
      problems.push({
        key: 'manager.record.badStage',
        params: { stage, allowed: OPPORTUNITY_STAGES.join(', ') },
      });
    }
  }
  const company = clean(input.company);
  for (const [field, value] of [
    ['name', fullName],
    ['company', company],
  ] as const) {
    if (value && value.length > MAX_FIELD_LENGTH)
      problems.push({ key: 'manager.record.tooLong', params: { field, max: MAX_FIELD_LENGTH } });
  }
  if (problems.length > 0 || !fullName) return failWith(problems);

  const at = now.toISOString();
  const record: CrmRecord = {
    id,
    type: input.type,
    ...(isPerson(input.type) && first ? { firstName: first } : {}),
    ...(isPerson(input.type) && lastName ? { lastName } : {}),
    name: fullName,
    ...(company ? { company } : {}),
    ...(email ? { email } : {}),
    ...(phone ? { phone } : {}),
    ...(linkedInUrl ? { linkedInUrl } : {}),
    ownerId,
    ...(input.type === 'lead' ? { status: (status ?? 'new') as LeadStatus } : {}),
    ...(input.type === 'opportunity' ? { stage: (stage ?? 'develop') as OpportunityStage } : {}),
    createdAt: at,
    updatedAt: at,
  };
  return ok(record);
}

/** The existing record `record` would duplicate: same type and e-mail, or same type, name and company. */
export function duplicateOf(record: CrmRecord, existing: readonly CrmRecord[]): CrmRecord | undefined {
  const lower = (value: string | undefined): string => (value ?? '').trim().toLowerCase();
  return existing.find(
    (other) =>
      other.type === record.type &&
      other.id !== record.id &&
      ((record.email && lower(other.email) === lower(record.email)) ||
        (!record.email &&
          lower(other.name) === lower(record.name) &&
          lower(other.company) === lower(record.company))),
  );
}

/** Which records a filter word keeps: a lead status, an opportunity stage, "new" or "open". */
export function matchesFilter(record: CrmRecord, filter: string | undefined): boolean {
  switch (filter) {
    case undefined:
    case '':
      return true;
    case 'open':
      return isRecordActive(record);
    case 'new':
      return record.type === 'lead' ? (record.status ?? 'new') === 'new' : isRecordActive(record);
    case 'won':
    case 'lost':
      return record.stage === filter;
    default:
      return record.status === filter;
  }
}

/** Finds the user a record's owner names: by id, e-mail or name (case-insensitive). */
export function findOwner(users: readonly User[], named: string): Outcome<User> {
  const wanted = named.trim().toLowerCase();
  const byKey = users.filter(
    (user) => user.id.toLowerCase() === wanted || (user.email ?? '').toLowerCase() === wanted,
  );
  if (byKey.length === 1) return ok(byKey[0]!);
  const byName = users.filter((user) => user.name.trim().toLowerCase() === wanted);
  if (byName.length === 1) return ok(byName[0]!);
  if (byName.length > 1) return fail('manager.record.ownerAmbiguous', { owner: named, count: byName.length });
  return fail('manager.record.ownerUnknown', { owner: named });
}

export class RecordService {
  constructor(private readonly ctx: AppContext) {}

  /** Adds a record owned by `owner` (the actor unless a manager names someone else). */
  async add(actor: Actor, input: RecordInput, owner?: User): Promise<Outcome<CrmRecord>> {
    const allowed = decide(actor, 'record.add');
    if (!allowed.allowed) return failWith([allowed.problem]);
    if (owner && owner.id !== actor.id) {
      const forOthers = decideForPerson(actor, owner);
      if (!forOthers.allowed) return failWith([forOthers.problem]);
    }
    const built = buildRecord(input, owner?.id ?? actor.id, this.ctx.clock.now());
    if (!built.ok) return built;
    const record = built.value;
    const duplicate = duplicateOf(record, await this.ctx.stores.records.listLookalikes(record));
    if (duplicate) return fail('manager.record.duplicate', { type: record.type, name: duplicate.name });
    await this.ctx.stores.records.save(record);
    this.ctx.log.info({ recordId: record.id, type: record.type, by: actor.id }, 'record added');
    return ok(record);
  }

  /** The records `actor` may see (administrators: all; managers: their unit's; others: their own), of a type and filter. */
  async listFor(actor: Actor, type?: RecordType, filter?: string): Promise<CrmRecord[]> {
    const { records, users } = this.ctx.stores;
    if (!decide(actor, 'record.viewAll').allowed) {
      return (await records.listByOwner(actor.id, type)).filter((record) => matchesFilter(record, filter));
    }
    const all = await records.list(type);
    const people = new Map((await users.list()).map((user) => [user.id, user]));
    return all.filter(
      (record) => mayViewRecord(actor, record, people.get(record.ownerId)) && matchesFilter(record, filter),
    );
  }
}
