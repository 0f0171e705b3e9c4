// Importing records from a CSV file: reads its bytes as UTF-8 (or a named encoding), maps the
// header's columns to record fields, checks every row completely (type, names, e-mail, phone, owner,
// status or stage, duplicates) and says, per line, why a row was rejected. Text that a spreadsheet
// would run as a formula is neutralised. A row is taken whole or not at all; scripts/import.ts saves
// what passes.

import { TextDecoder } from 'node:util';
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

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const LF = 0x0a;

/**
 * The file's text. Without `encoding` it must be UTF-8: a file saved in another encoding would
 * import with garbled names, so the first line that is not UTF-8 is named instead.
 */
export function decodeCsv(bytes: Uint8Array, encoding?: string): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding ?? 'utf-8', { fatal: encoding === undefined });
  } catch {
    return {
      ok: false,
      reason: `"${encoding}" is not an encoding I know (try utf-8, latin1 or windows-1252)`,
    };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    // Find the line, one line at a time: the whole file is read once more at most.
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === LF) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        line++;
        start = i + 1;
      }
    }
    return {
      ok: false,
      reason: `line ${line} is not UTF-8 text; if the file was saved in another encoding, give it with --encoding (e.g. --encoding latin1)`,
    };
  }
}

/**
 * Text a spreadsheet would evaluate as a formula (it starts with =, +, - or @), kept as text by a
 * leading apostrophe, so a record that is later exported and opened runs nothing.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** Fields that hold free text; phone, status, stage and URLs are checked against fixed shapes instead. */
const FREE_TEXT: ReadonlySet<ImportField> = new Set(['firstName', 'lastName', 'name', 'company', 'email']);

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
      if (value !== undefined) input[field] = FREE_TEXT.has(field) ? neutralizeFormula(value) : value;
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
