// Demo records for the Playground and for trying the product: a sales team (the Agents Playground's
// own mock users) and their leads, contacts, accounts and opportunities. Seeded once, never over data.

import type { CrmRecord, RecordType, Role, WorkingHours } from '../domain/model.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Clock, Stores, User } from './ports.js';

export const DEMO_BUSINESS_UNIT = 'North America Sales';

/**
 * The Agents Playground's default signed-in user (its built-in config: "Alex Wilber", aadObjectId
 * ...0020). Seeding them with every role means whoever opens the Playground can try the seller and
 * the manager side, and owns records to connect.
 */
export const PLAYGROUND_USER_ID = '00000000-0000-0000-0000-0000000000020';

interface DemoUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  timeZone: string;
  hours: [string, string];
}

/** The Playground's mock users too (its group chat and team), so names match what it shows. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: PLAYGROUND_USER_ID,
    name: 'Alex Wilber',
    email: 'alexw@example.com',
    roles: ['seller', 'sequenceManager', 'salesManager'],
    timeZone: 'America/New_York',
    hours: ['08:00', '17:00'],
  },
  {
    id: '00000000-0000-0000-0000-0000000000021',
    name: 'Megan Bowen',
    email: 'meganb@example.com',
    roles: ['seller'],
    timeZone: 'America/Chicago',
    hours: ['08:30', '17:30'],
  },
  {
    id: '00000000-0000-0000-0000-0000000000022',
    name: 'Adele Vance',
    email: 'adelev@example.com',
    roles: ['seller'],
    timeZone: 'America/Los_Angeles',
    hours: ['09:00', '18:00'],
  },
  {
    id: '00000000-0000-0000-0000-0000000000023',
    name: 'Isaiah Langer',
    email: 'isaiahl@example.com',
    roles: ['seller', 'sequenceManager'],
    timeZone: 'America/Denver',
    hours: ['08:00', '16:30'],
  },
];

const [ALEX, MEGAN, ADELE, ISAIAH] = DEMO_USERS.map((user) => user.id) as [string, string, string, string];

type Person = [first: string, last: string, company: string, domain: string];

/** Leads: people not yet qualified. Phones are in 555-01xx, the range reserved for fiction. */
const LEADS: [Person, string][] = [
  [['Maria', 'Campbell', 'Northwind Traders', 'northwind.example'], ALEX],
  [['Daniel', 'Kim', 'Contoso Pharmaceuticals', 'contoso-pharma.example'], ALEX],
  [['Priya', 'Patel', 'Fabrikam', 'fabrikam.example'], ALEX],
  [['Tom', 'Becker', 'Litware', 'litware.example'], MEGAN],
  [['Sofia', 'Rossi', 'Adventure Works', 'adventure-works.example'], MEGAN],
  [['James', 'Okafor', 'Tailspin Toys', 'tailspin.example'], ADELE],
  [['Emma', 'Schultz', 'Wide World Importers', 'wideworld.example'], ADELE],
  [['Lucas', 'Moreau', 'Proseware', 'proseware.example'], ISAIAH],
];

const CONTACTS: [Person, string][] = [
  [['Hannah', 'Lee', 'Woodgrove Bank', 'woodgrove.example'], ALEX],
  [['Omar', 'Haddad', 'Coho Winery', 'cohowinery.example'], ALEX],
  [['Grace', 'Nakamura', 'Alpine Ski House', 'alpineskihouse.example'], MEGAN],
  [['Peter', 'Novak', 'Trey Research', 'treyresearch.example'], ISAIAH],
];

const ACCOUNTS: [name: string, domain: string, owner: string][] = [
  ['Woodgrove Bank', 'woodgrove.example', ALEX],
  ['Coho Winery', 'cohowinery.example', MEGAN],
  ['Alpine Ski House', 'alpineskihouse.example', ADELE],
  ['Trey Research', 'treyresearch.example', ISAIAH],
];

/** Opportunities carry their main contact's e-mail, so that the e-mail steps have a recipient. */
const OPPORTUNITIES: [
  name: string,
  company: string,
  stage: 'develop' | 'propose' | 'close',
  email: string,
  owner: string,
][] = [
  ['Woodgrove Bank: 250 seats', 'Woodgrove Bank', 'develop', 'hannah.lee@woodgrove.example', ALEX],
  ['Coho Winery: renewal 2026', 'Coho Winery', 'propose', 'omar.haddad@cohowinery.example', MEGAN],
  ['Alpine Ski House: pilot', 'Alpine Ski House', 'develop', 'grace.nakamura@alpineskihouse.example', ADELE],
  ['Trey Research: expansion', 'Trey Research', 'close', 'peter.novak@treyresearch.example', ISAIAH],
];

export interface SeedResult {
  /** False when data was already there: nothing was written. */
  seeded: boolean;
  users: number;
  records: Record<RecordType, number>;
}

function phone(n: number): string {
  return `+1 425 555 01${String(n).padStart(2, '0')}`;
}

/** Every demo record, with stable ids (`demo-lead-1`, ...) so that seeding twice cannot duplicate. */
export function demoRecords(now: string): CrmRecord[] {
  const records: CrmRecord[] = [];
  let phoneNumber = 0;
  const person = (
    type: 'lead' | 'contact',
    index: number,
    [first, last, company, domain]: Person,
    owner: string,
  ) => {
    const slug = `${first}.${last}`.toLowerCase();
    const record: CrmRecord = {
      id: `demo-${type}-${index + 1}`,
      type,
      firstName: first,
      lastName: last,
      name: `${first} ${last}`,
      company,
      email: `${slug}@${domain}`,
      phone: phone(++phoneNumber),
      linkedInUrl: `https://www.linkedin.com/in/${first}-${last}-demo`.toLowerCase(),
      ownerId: owner,
      createdAt: now,
      updatedAt: now,
    };
    if (type === 'lead') record.status = 'new';
    else record.futureEvents = false;
    return record;
  };
  LEADS.forEach(([who, owner], i) => records.push(person('lead', i, who, owner)));
  CONTACTS.forEach(([who, owner], i) => records.push(person('contact', i, who, owner)));
  ACCOUNTS.forEach(([name, domain, owner], i) =>
    records.push({
      id: `demo-account-${i + 1}`,
      type: 'account',
      name,
      company: name,
      email: `info@${domain}`,
      phone: phone(++phoneNumber),
      ownerId: owner,
      createdAt: now,
      updatedAt: now,
    }),
  );
  OPPORTUNITIES.forEach(([name, company, stage, email, owner], i) =>
    records.push({
      id: `demo-opportunity-${i + 1}`,
      type: 'opportunity',
      name,
      company,
      stage,
      email,
      phone: phone(++phoneNumber),
      ownerId: owner,
      createdAt: now,
      updatedAt: now,
    }),
  );
  return records;
}

function demoUser(user: DemoUser, now: string): User {
  const workingHours: WorkingHours = {
    timeZone: user.timeZone,
    days: [1, 2, 3, 4, 5],
    start: user.hours[0],
    end: user.hours[1],
  };
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: 'en-US',
    roles: [...user.roles],
    businessUnit: DEMO_BUSINESS_UNIT,
    workingHours,
    // The Playground reports every user's time zone as UTC; without this, the demo sellers' zones
    // would be overwritten on their first message and due times would jump by hours.
    timeZoneSetByUser: true,
    digestTime: '08:00',
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Writes the demo users and records, unless the store already has records or sequences (then it
 * does nothing, so it can run on every start). A user who already exists (they talked to the bot
 * first) is left as they are.
 */
export async function seedDemoData(stores: Stores, clock: Clock): Promise<SeedResult> {
  const empty: SeedResult = {
    seeded: false,
    users: 0,
    records: { lead: 0, contact: 0, account: 0, opportunity: 0 },
  };
  const [records, sequences] = await Promise.all([stores.records.list(), stores.sequences.list()]);
  if (records.length > 0 || sequences.length > 0) return empty;

  const now = clock.now().toISOString();
  let users = 0;
  for (const user of DEMO_USERS) {
    if (await stores.users.get(user.id)) continue;
    await stores.users.save(demoUser(user, now));
    users++;
  }
  const result: SeedResult = { ...empty, seeded: true, users, records: { ...empty.records } };
  for (const record of demoRecords(now)) {
    await stores.records.save(record);
    result.records[record.type]++;
  }
  return result;
}

/** True for SEED_DEMO=1 / true / yes. */
export function seedDemoRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.SEED_DEMO?.trim() ?? '');
}

/** The `SEED_DEMO=1` first start: seeds an empty store, and says what it did. */
export async function maybeSeedOnStart(
  config: Pick<Config, 'dataDir'>,
  stores: Stores,
  clock: Clock,
  log: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SeedResult | undefined> {
  if (!seedDemoRequested(env)) return undefined;
  const result = await seedDemoData(stores, clock);
  if (result.seeded) {
    log.info(
      { event: 'demo.seeded', dataDir: config.dataDir, users: result.users, records: result.records },
      'SEED_DEMO: demo users and records added',
    );
  } else {
    log.info(
      { event: 'demo.skipped', dataDir: config.dataDir },
      'SEED_DEMO: data already present, nothing added',
    );
  }
  return result;
}
