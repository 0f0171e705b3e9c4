// Imports records (leads, contacts, accounts, opportunities) from a CSV file into the product's
// storage: `npm run import -- file.csv [--data-dir DIR] [--owner <name or e-mail>] [--encoding latin1]`.
// The file must be UTF-8 unless --encoding names its encoding.
// Every row is checked first (src/app/manager/import.ts); a good row is saved whole, a bad one not
// at all, and each rejected row is reported with its line number and the reason.
// Exit code: 0 all imported, 1 some rows rejected, 2 the file or the arguments could not be used.

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { type ImportRow, decodeCsv, planImport } from '../src/app/manager/import.js';
import type { Problem } from '../src/app/manager/outcome.js';
import { createStores, storageOptions } from '../src/storage/stores.js';
import { t } from '../src/i18n/index.js';

interface Args {
  file?: string;
  dataDir: string;
  owner?: string;
  encoding?: string;
}

function readArgs(argv: string[]): Args | undefined {
  const args: Args = { dataDir: process.env.DATA_DIR || './data' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir' || arg === '--owner' || arg === '--encoding') {
      const value = argv[++i];
      if (!value) return undefined;
      if (arg === '--data-dir') args.dataDir = value;
      else if (arg === '--owner') args.owner = value;
      else args.encoding = value;
    } else if (arg.startsWith('--data-dir=')) args.dataDir = arg.slice('--data-dir='.length);
    else if (arg.startsWith('--owner=')) args.owner = arg.slice('--owner='.length);
    else if (arg.startsWith('--encoding=')) args.encoding = arg.slice('--encoding='.length);
    else if (arg.startsWith('--') || args.file) return undefined;
    else args.file = arg;
  }
  return args.file ? args : undefined;
}

const describe = (problems: Problem[]): string =>
  problems.map((problem) => t(problem.key, problem.params)).join('; ');

/** Rows with the line each starts on (a quoted field may span lines). */
function readRows(text: string): { header: string[]; rows: ImportRow[] } {
  const parsed = parse(text, {
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: false,
    trim: true,
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  const rows = parsed.map(({ record, info, raw }) => ({
    line: info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0),
    cells: record,
  }));
  const [header, ...body] = rows;
  return { header: header?.cells ?? [], rows: body };
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  if (!args?.file) {
    console.error(t('manager.import.usage'));
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(args.file);
  } catch (error) {
    console.error(t('manager.import.noFile', { file: args.file, reason: (error as Error).message }));
    return 2;
  }
  const decoded = decodeCsv(bytes, args.encoding);
  if (!decoded.ok) {
    console.error(t('manager.import.badCsv', { file: args.file, reason: decoded.reason }));
    return 2;
  }
  const text = decoded.text;
  let table: { header: string[]; rows: ImportRow[] };
  try {
    table = readRows(text);
  } catch (error) {
    console.error(t('manager.import.badCsv', { file: args.file, reason: (error as Error).message }));
    return 2;
  }

  const dataDir = path.resolve(args.dataDir);
  const stores = await createStores(storageOptions({ databaseUrl: process.env.DATABASE_URL, dataDir }));
  try {
    const plan = planImport(table.header, table.rows, {
      users: await stores.users.list(),
      existing: await stores.records.list(),
      ...(args.owner ? { defaultOwner: args.owner } : {}),
      now: new Date(),
      newId: randomUUID,
    });
    // One write per record: a row is in storage whole or not at all.
    for (const { record } of plan.accepted) await stores.records.save(record);
    if (plan.unknownColumns.length > 0) {
      console.log(t('manager.import.unknownColumns', { columns: plan.unknownColumns.join(', ') }));
    }
    for (const { line, problems } of plan.rejected) {
      console.log(t('manager.import.rejected', { line, reason: describe(problems) }));
    }
    console.log(
      t('manager.import.summary', {
        imported: plan.accepted.length,
        rejected: plan.rejected.length,
        dataDir,
      }),
    );
    return plan.rejected.length > 0 ? 1 : 0;
  } finally {
    await stores.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
