// Importing records from a CSV file: maps the header's columns to record fields, checks every row
// completely (type, names, e-mail, phone, owner, status or stage, duplicates) and says, per line,
// why a row was rejected. A row is taken whole or not at all; scripts/import.ts saves what passes.

import type { CrmRecord } from '../../domain/model.js';
import { recordTypeFromWord } from '../../domain/records.js';
import type { User } from '../ports.js';
import type { Problem } from './outcome.js';
import { type RecordInput, buildRecord, duplicateOf, findOwner } from './records.js';

export type ImportField = keyof Omit<RecordInput, 'type'> | 'type';

/** Column names people use, squashed (lower case, letters and digits only), by field. */
const COLUMN_NAMES: Record<ImportField, string[]> = {
  type: ['type', 'recordtype', 'record', 'kind', 'entity'],
  firstName: ['firstname', 'first', 'givenname', 'forename'],
  lastName: ['lastname', 'last', 'surname', 'familyname'],
  name: ['name', 'fullname', 'accountname', 'opportunityname', 'topic', 'title'],
  company: ['company', 'companyname', 'organisation', 'organization', 'org', 'employer'],
  email: ['email', 'emailaddress', 'mail', 'e-mail'],
  phone: ['phone', 'phonenumber', 'telephone', 'tel', 'mobile', 'mobilephone', 'businessphone'],
  owner: ['owner', 'ownername', 'owneremail', 'seller', 'assignedto', 'salesperson'],
  status: ['status', 'leadstatus'],
  stage: ['stage', 'opportunitystage', 'salesstage'],
  linkedInUrl: ['linkedin', 'linkedinurl', 'linkedinprofile'],
};

const squashHeader = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface ColumnMap {
  /** Column index of each field found. */
  fields: Partial<Record<ImportField, number>>;
  /** Headers that name no field (reported, not fatal). */
  unknown: string[];
}

export function mapColumns(header: readonly string[]): ColumnMap {
  const fields: Partial<Record<ImportField, number>> = {};
  const unknown: string[] = [];
  header.forEach((column, index) => {
    const squashed = squashHeader(column);
    const field = (Object.keys(COLUMN_NAMES) as ImportField[]).find((f) =>
      COLUMN_NAMES[f].includes(squashed),
    );
    if (field && fields[field] === undefined) fields[field] = index;
    else if (column.trim()) unknown.push(column.trim());
  });
  return { fields, unknown };
}

export interface ImportRow {
  /** Line in the file where the row starts (the header is line 1). */
  line: number;
  cells: string[];
}

export interface ImportOptions {
  users: readonly User[];
  existing: readonly CrmRecord[];
  /** Owner for rows without one (a user's name, e-mail or id). */
  defaultOwner?: string;
  now: Date;
  newId: () => string;
}

export interface ImportPlan {
  accepted: { line: number; record: CrmRecord }[];
  rejected: { line: number; problems: Problem[] }[];
  unknownColumns: string[];
}

/** Checks every row; nothing is saved here. */
export function planImport(
  header: readonly string[],
  rows: readonly ImportRow[],
  options: ImportOptions,
): ImportPlan {
  const columns = mapColumns(header);
  const plan: ImportPlan = { accepted: [], rejected: [], unknownColumns: columns.unknown };
  if (columns.fields.type === undefined) {
    for (const row of rows)
      plan.rejected.push({ line: row.line, problems: [{ key: 'manager.import.noTypeColumn' }] });
    return plan;
  }
  const known = [...options.existing];
  for (const row of rows) {
    const cell = (field: ImportField): string | undefined => {
      const index = columns.fields[field];
      const value = index === undefined ? undefined : row.cells[index]?.trim();
      return value ? value : undefined;
    };
    if (row.cells.every((value) => !value.trim())) continue; // a blank line is not a row
    const typeWord = cell('type')?.toLowerCase() ?? '';
    const type = recordTypeFromWord(typeWord);
    if (!type) {
      plan.rejected.push({
        line: row.line,
        problems: [
          {
            key: typeWord ? 'manager.import.badType' : 'manager.import.missingType',
            params: { type: typeWord },
          },
        ],
      });
      continue;
    }
    const problems: Problem[] = [];
    const ownerName = cell('owner') ?? options.defaultOwner;
    let ownerId: string | undefined;
    if (!ownerName) problems.push({ key: 'manager.import.missingOwner' });
    else {
      const owner = findOwner(options.users, ownerName);
      if (owner.ok) ownerId = owner.value.id;
      else problems.push(...owner.problems);
    }
    const input: RecordInput = { type };
    for (const field of [
      'firstName',
      'lastName',
      'name',
      'company',
      'email',
      'phone',
      'status',
      'stage',
      'linkedInUrl',
    ] as const) {
      const value = cell(field);
      if (value !== undefined) input[field] = value;
    }
    // Accounts are often listed by company alone.
    if (type === 'account' && !input.name && input.company) input.name = input.company;
    const built = buildRecord(input, ownerId ?? 'nobody', options.now, options.newId());
    if (!built.ok) problems.push(...built.problems);
    if (problems.length > 0 || !built.ok) {
      plan.rejected.push({ line: row.line, problems });
      continue;
    }
    const duplicate = duplicateOf(built.value, known);
    if (duplicate) {
      plan.rejected.push({
        line: row.line,
        problems: [{ key: 'manager.record.duplicate', params: { type, name: duplicate.name } }],
      });
      continue;
    }
    known.push(built.value);
    plan.accepted.push({ line: row.line, record: built.value });
  }
  return plan;
}
