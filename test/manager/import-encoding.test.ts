// The CSV import's reading of bytes and of text a spreadsheet would run: a file that is not UTF-8 is
// refused naming its line unless its encoding is given, and formulas are stored as plain text.

import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodeCsv, neutralizeFormula, planImport } from '../../src/app/manager/import.js';
import type { User } from '../../src/app/ports.js';
import { SAM } from '../helpers/activities.js';
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

const LATIN1_CSV = Buffer.from(
  'Type,First Name,Last Name,Company,Owner\nlead,Jane,Doe,Contoso,Sam Lee\nlead,José,Müller,Café Zoë,Sam Lee\n',
  'latin1',
);

describe('reading the file', () => {
  it('takes UTF-8, with or without a byte order mark', () => {
    expect(decodeCsv(Buffer.from('a,b\nJosé,Zoë\n', 'utf8'))).toEqual({ ok: true, text: 'a,b\nJosé,Zoë\n' });
    expect(decodeCsv(Buffer.from('\uFEFFa,b\n', 'utf8'))).toEqual({ ok: true, text: 'a,b\n' });
  });

  it('refuses other bytes, naming the first line that is not UTF-8', () => {
    const decoded = decodeCsv(LATIN1_CSV);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) expect(decoded.reason).toMatch(/^line 3 is not UTF-8 text;.*--encoding/);
  });

  it('reads the encoding it is told, and says when it knows no such encoding', () => {
    expect(decodeCsv(LATIN1_CSV, 'latin1')).toMatchObject({
      ok: true,
      text: expect.stringContaining('José,Müller,Café Zoë'),
    });
    expect(decodeCsv(LATIN1_CSV, 'klingon')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('"klingon"'),
    });
  });
});

describe('formulas', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['Jane', 'Jane'],
    ['Anne-Marie', 'Anne-Marie'],
  ])('stores %s as %s', (text, stored) => {
    expect(neutralizeFormula(text)).toBe(stored);
  });

  it('neutralises every free-text column of an imported row, and leaves phone numbers alone', () => {
    const sam = { id: SAM.id, name: SAM.name } as User;
    const plan = planImport(
      ['type', 'first name', 'last name', 'company', 'email', 'phone', 'owner'],
      [{ line: 2, cells: ['lead', '=1+1', '@Doe', '+Contoso', '-x@example.com', '+1 555 0100', 'Sam Lee'] }],
      { users: [sam], existing: [], now: new Date('2026-03-02T09:00:00Z'), newId: () => 'r-1' },
    );
    expect(plan.rejected).toEqual([]);
    expect(plan.accepted[0]?.record).toMatchObject({
      firstName: "'=1+1",
      lastName: "'@Doe",
      company: "'+Contoso",
      email: "'-x@example.com",
      phone: '+1 555 0100',
    });
  });
});

describe('npm run import with a file that is not UTF-8', () => {
  it('refuses it with exit code 2 and the line, then imports it right with --encoding', async () => {
    const dataDir = tempDataDir();
    const first = await startHarness({ dataDir });
    await say(first, SAM, 'hello');
    await first.close();
    const file = path.join(dataDir, 'latin1.csv');
    await writeFile(file, LATIN1_CSV);

    const refused = await importFile([file, '--data-dir', dataDir]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('line 3 is not UTF-8 text');

    const imported = await importFile([file, '--data-dir', dataDir, '--encoding', 'latin1']);
    expect(imported.code).toBe(0);
    const check = await startHarness({ dataDir });
    const names = (await check.stores.records.list()).map((record) => `${record.name} / ${record.company}`);
    await check.close();
    expect(names.sort()).toEqual(['Jane Doe / Contoso', 'José Müller / Café Zoë']);
  });
});
