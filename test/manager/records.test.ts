// Reading typed record details, checking every field, and planning a CSV import row by row.

import { describe, expect, it } from 'vitest';
import { mapColumns, planImport } from '../../src/app/manager/import.js';
import type { Problem } from '../../src/app/manager/outcome.js';
import type { User } from '../../src/app/ports.js';
import { buildRecord, findOwner, matchesFilter, parseRecordDetails } from '../../src/app/manager/records.js';
import { DEFAULT_WORKING_HOURS, type CrmRecord, type RecordType } from '../../src/domain/model.js';
import { t } from '../../src/i18n/index.js';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const words = (problems: Problem[]): string[] => problems.map((p) => t(p.key, p.params));

describe('reading "add lead ..." details', () => {
  it.each<[RecordType, string, object]>([
    [
      'lead',
      'Jane Doe at Contoso, jane@contoso.com, +1 555 0100',
      {
        firstName: 'Jane',
        lastName: 'Doe',
        company: 'Contoso',
        email: 'jane@contoso.com',
        phone: '+1 555 0100',
      },
    ],
    ['lead', 'Jane Doe', { firstName: 'Jane', lastName: 'Doe' }],
    [
      'lead',
      'Jane van der Berg from Contoso',
      { firstName: 'Jane', lastName: 'van der Berg', company: 'Contoso' },
    ],
    [
      'contact',
      'John Smith, john@fabrikam.com, Fabrikam',
      { firstName: 'John', lastName: 'Smith', email: 'john@fabrikam.com', company: 'Fabrikam' },
    ],
    ['lead', 'Jane Doe at Contoso for Sam Lee', { lastName: 'Doe', company: 'Contoso', owner: 'Sam Lee' }],
    [
      'lead',
      'Jane Doe, owner: sam@example.com, status contacted',
      { owner: 'sam@example.com', status: 'contacted' },
    ],
    ['account', 'Contoso Ltd, +44 20 7946 0000', { name: 'Contoso Ltd', phone: '+44 20 7946 0000' }],
    [
      'opportunity',
      'Big deal at Contoso, stage propose',
      { name: 'Big deal', company: 'Contoso', stage: 'propose' },
    ],
    [
      'lead',
      'Jane Doe jane@contoso.com (555) 010-0100',
      { lastName: 'Doe', email: 'jane@contoso.com', phone: '(555) 010-0100' },
    ],
    [
      'contact',
      'Ann Lee, https://www.linkedin.com/in/annlee',
      { linkedInUrl: 'https://www.linkedin.com/in/annlee' },
    ],
  ])('%s %s', (type, text, expected) => {
    expect(parseRecordDetails(type, text)).toMatchObject({ type, ...expected });
  });
});

describe('checking a record', () => {
  it('builds a lead as "new" and an opportunity in "develop", owned by the owner given', () => {
    const lead = buildRecord(
      parseRecordDetails('lead', 'Jane Doe at Contoso, jane@contoso.com'),
      'sam',
      NOW,
      'r1',
    );
    expect(lead).toEqual({
      ok: true,
      value: {
        id: 'r1',
        type: 'lead',
        firstName: 'Jane',
        lastName: 'Doe',
        name: 'Jane Doe',
        company: 'Contoso',
        email: 'jane@contoso.com',
        ownerId: 'sam',
        status: 'new',
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      },
    });
    const opportunity = buildRecord({ type: 'opportunity', name: 'Big deal' }, 'sam', NOW, 'r2');
    expect(opportunity.ok && opportunity.value.stage).toBe('develop');
  });

  it('names every problem at once', () => {
    const result = buildRecord(
      {
        type: 'contact',
        email: 'jane-at-contoso',
        phone: '12',
        status: 'won',
        stage: 'won',
        linkedInUrl: 'linkedin/jane',
      },
      'sam',
      NOW,
    );
    expect(result.ok ? [] : words(result.problems)).toEqual([
      'A contact needs a name, e.g. "add contact Jane Doe at Contoso".',
      '"jane-at-contoso" is not an e-mail address.',
      '"12" is not a phone number (7 to 15 digits, e.g. +1 555 0100).',
      '"linkedin/jane" is not a web address (it starts with https://).',
      'Only leads have a status; for contact records leave it out.',
      'Only opportunities have a stage; for contact records leave it out.',
    ]);
    const lead = buildRecord({ type: 'lead', lastName: 'Doe', status: 'hot' }, 'sam', NOW);
    expect(lead.ok ? [] : words(lead.problems)).toEqual([
      '"hot" is not a lead status. Use one of: new, contacted, qualified, disqualified.',
    ]);
    const deal = buildRecord({ type: 'opportunity', name: 'x', stage: 'maybe' }, 'sam', NOW);
    expect(deal.ok ? [] : words(deal.problems)).toEqual([
      '"maybe" is not an opportunity stage. Use one of: develop, propose, close, won, lost.',
    ]);
  });

  it('filters by status, stage, "new" and "open"', () => {
    const at = NOW.toISOString();
    const base = { ownerId: 's', createdAt: at, updatedAt: at, name: 'x' };
    const records: CrmRecord[] = [
      { ...base, id: '1', type: 'lead', status: 'new' },
      { ...base, id: '2', type: 'lead', status: 'qualified' },
      { ...base, id: '3', type: 'opportunity', stage: 'lost' },
      { ...base, id: '4', type: 'opportunity', stage: 'propose' },
    ];
    const ids = (filter?: string) => records.filter((r) => matchesFilter(r, filter)).map((r) => r.id);
    expect(ids('new')).toEqual(['1', '4']);
    expect(ids('open')).toEqual(['1', '4']);
    expect(ids('qualified')).toEqual(['2']);
    expect(ids('lost')).toEqual(['3']);
    expect(ids(undefined)).toEqual(['1', '2', '3', '4']);
  });
});

const user = (id: string, name: string, email?: string): User => ({
  id,
  name,
  ...(email ? { email } : {}),
  roles: [],
  workingHours: DEFAULT_WORKING_HOURS,
  digestTime: '08:00',
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
});
const USERS = [
  user('aad-sam', 'Sam Lee', 'sam@example.com'),
  user('aad-dana', 'Dana Reyes'),
  user('aad-dana2', 'Dana Reyes'),
];

describe('finding an owner', () => {
  it('by id, e-mail or a name only one person has', () => {
    expect(findOwner(USERS, 'aad-sam')).toMatchObject({ ok: true, value: { id: 'aad-sam' } });
    expect(findOwner(USERS, 'SAM@example.com')).toMatchObject({ ok: true, value: { id: 'aad-sam' } });
    expect(findOwner(USERS, 'sam lee')).toMatchObject({ ok: true, value: { id: 'aad-sam' } });
    const twice = findOwner(USERS, 'Dana Reyes');
    expect(twice.ok ? [] : words(twice.problems)).toEqual([
      '2 people are called "Dana Reyes"; use their e-mail address.',
    ]);
  });
});

describe('planning a CSV import', () => {
  let id = 0;
  const options = { users: USERS, existing: [] as CrmRecord[], now: NOW, newId: () => `new-${++id}` };

  it('maps the columns people use, whatever their case and spacing', () => {
    expect(
      mapColumns([
        'Type',
        'First Name',
        'last_name',
        'Company Name',
        'E-mail',
        'Phone Number',
        'Owner',
        'Lead Status',
        'Notes',
      ]),
    ).toEqual({
      fields: { type: 0, firstName: 1, lastName: 2, company: 3, email: 4, phone: 5, owner: 6, status: 7 },
      unknown: ['Notes'],
    });
  });

  it('takes the good rows whole and says per line why the others were rejected', () => {
    const header = [
      'type',
      'first name',
      'last name',
      'name',
      'company',
      'email',
      'phone',
      'owner',
      'status',
      'stage',
    ];
    const rows = [
      ['lead', 'Jane', 'Doe', '', 'Contoso', 'jane@contoso.com', '+1 555 0100', 'Sam Lee', 'new', ''],
      ['account', '', '', '', 'Fabrikam', '', '', 'sam@example.com', '', ''],
      ['opportunity', '', '', 'Big deal', 'Contoso', '', '', 'aad-sam', '', 'propose'],
      ['lead', 'Ann', 'Lee', '', '', 'not-an-email', '', 'Sam Lee', '', ''],
      ['lead', 'Bo', 'Ek', '', '', '', '', 'Nobody Known', '', ''],
      ['wizard', '', '', 'Merlin', '', '', '', 'Sam Lee', '', ''],
      ['lead', 'Jane', 'Again', '', '', 'JANE@contoso.com', '', 'Sam Lee', '', ''],
      ['contact', 'Cy', 'Ng', '', '', '', '', 'Sam Lee', 'qualified', ''],
      ['', '', '', '', '', '', '', '', '', ''],
      ['lead', 'Di', 'Ho', '', '', '', '', '', '', ''],
    ].map((cells, index) => ({ line: index + 2, cells }));
    const plan = planImport(header, rows, options);
    expect(plan.accepted.map((a) => [a.line, a.record.type, a.record.name, a.record.ownerId])).toEqual([
      [2, 'lead', 'Jane Doe', 'aad-sam'],
      [3, 'account', 'Fabrikam', 'aad-sam'],
      [4, 'opportunity', 'Big deal', 'aad-sam'],
    ]);
    expect(plan.rejected.map((r) => [r.line, words(r.problems).join('; ')])).toEqual([
      [5, '"not-an-email" is not an e-mail address.'],
      [6, 'I do not know anyone called "Nobody Known" to own it. People appear once they have talked to me.'],
      [7, '"wizard" is not a record type (lead, contact, account or opportunity)'],
      [8, 'There is already a lead Jane Doe with these details.'],
      [9, 'Only leads have a status; for contact records leave it out.'],
      [11, 'no owner: fill the owner column or pass --owner'],
    ]);
  });

  it('uses the default owner for rows without one, and rejects every row of a file without a type column', () => {
    const plan = planImport(['type', 'name'], [{ line: 2, cells: ['account', 'Contoso'] }], {
      ...options,
      defaultOwner: 'Sam Lee',
    });
    expect(plan.accepted[0]?.record.ownerId).toBe('aad-sam');
    const noType = planImport(['name'], [{ line: 2, cells: ['Contoso'] }], options);
    expect(noType.rejected.map((r) => words(r.problems))).toEqual([
      ['the file has no "type" column (lead, contact, account or opportunity)'],
    ]);
  });
});
