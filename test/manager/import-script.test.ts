// The CSV import script, run as a child process on a real file and a temporary DATA_DIR: it writes
// through the product's storage, takes good rows whole, and reports each rejected row by line.

import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createStores } from '../../src/storage/stores.js';
import { DANA, SAM } from '../helpers/activities.js';
import { startHarness, tempDataDir } from '../helpers/harness.js';
import { say } from '../helpers/manager-chat.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

async function importFile(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/import.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const CSV = [
  'Type,First Name,Last Name,Name,Company,Email,Phone,Owner,Status,Stage,Notes',
  'lead,Jane,Doe,,Contoso,jane@contoso.com,+1 555 0100,Sam Lee,new,,met at the fair',
  'contact,John,Smith,,Fabrikam,john@fabrikam.com,,sam lee,,,',
  'account,,,,Northwind Traders,,+44 20 7946 0000,Dana Reyes,,,',
  'opportunity,,,Contoso expansion,Contoso,,,Sam Lee,,propose,',
  'lead,Ann,Lee,,,ann-at-example,,Sam Lee,,,',
  'lead,Bo,Ek,,,bo@example.com,,Nobody Known,,,',
  'wizard,,,Merlin,,,,Sam Lee,,,',
  'lead,Jane,Again,,,JANE@contoso.com,,Sam Lee,,,',
  'contact,Cy,Ng,,,,,Sam Lee,qualified,,',
  '"lead","Di","Ho","","Multi',
  'line Ltd","di@example.com","","Sam Lee","","",""',
  'opportunity,,,Lost cause,,,,Sam Lee,,maybe,',
].join('\n');

describe('npm run import', () => {
  it('imports the good rows through the same storage and reports every rejected row with its line and reason', async () => {
    const dataDir = tempDataDir();
    // The owners are people who have talked to the bot.
    const first = await startHarness({ dataDir });
    await say(first, SAM, 'hello');
    await say(first, DANA, 'hello');
    await first.close();

    const file = path.join(dataDir, 'records.csv');
    await writeFile(file, CSV, 'utf8');
    const result = await importFile([file, '--data-dir', dataDir]);

    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([
      'Ignored columns: Notes.',
      'Line 6: "ann-at-example" is not an e-mail address.',
      'Line 7: I do not know anyone called "Nobody Known" to own it. People appear once they have talked to me.',
      'Line 8: "wizard" is not a record type (lead, contact, account or opportunity)',
      'Line 9: There is already a lead Jane Doe with these details.',
      'Line 10: Only leads have a status; for contact records leave it out.',
      'Line 13: "maybe" is not an opportunity stage. Use one of: develop, propose, close, won, lost.',
      `Imported 5 records into ${dataDir}; rejected 6.`,
    ]);

    const stores = await createStores({ kind: 'sqlite', dataDir });
    const records = await stores.records.list();
    await stores.close();
    expect(records.map((r) => [r.type, r.name, r.ownerId, r.company ?? '']).sort()).toEqual(
      [
        ['account', 'Northwind Traders', DANA.id, 'Northwind Traders'],
        ['contact', 'John Smith', SAM.id, 'Fabrikam'],
        ['lead', 'Di Ho', SAM.id, 'Multi line Ltd'],
        ['lead', 'Jane Doe', SAM.id, 'Contoso'],
        ['opportunity', 'Contoso expansion', SAM.id, 'Contoso'],
      ].sort(),
    );

    // The product sees them: Sam lists his leads.
    const again = await startHarness({ dataDir });
    const leads = await say(again, SAM, 'leads');
    await again.close();
    expect(leads.all).toContain('Jane Doe · Contoso');
    expect(leads.all).toContain('jane@contoso.com · +1 555 0100');
  }, 60_000);

  it('explains its usage and an unreadable file without touching storage', async () => {
    const usage = await importFile([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain(
      'Usage: npm run import -- <file.csv> [--data-dir DIR] [--owner <name or e-mail>]',
    );
    const missing = await importFile(['/nonexistent/records.csv', '--data-dir', tempDataDir()]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read /nonexistent/records.csv');
  }, 60_000);
});
