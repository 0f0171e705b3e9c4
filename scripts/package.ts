// `npm run package [-- --env local|dev] [--out FILE] [--strict]`: fills the manifest's ${{VAR}}
// placeholders from env/.env.<env> and the environment, validates it against the Teams manifest
// schema shipped in appPackage/schema/ (offline), checks its language files, and zips manifest + icons +
// language files into build/appPackage.zip.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { Ajv } from 'ajv';
import { PNG } from 'pngjs';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const APP_PACKAGE_DIR = path.join(ROOT, 'appPackage');
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png'] as const;

/** Ids that only Teams Toolkit's provision step (or the deployer) can know; see docs/DEPLOY.md. */
const PROVISIONED = ['TEAMS_APP_ID', 'BOT_ID'] as const;
/** Stands in for an id not provisioned yet: the package validates, but Teams would not reach a bot. */
export const PLACEHOLDER_GUID = '00000000-0000-0000-0000-000000000000';

// ajv-formats is CommonJS with a default export; this is the form that loads the same under tsx and tsc.
const addFormats = createRequire(import.meta.url)('ajv-formats') as (ajv: Ajv) => Ajv;

// ---- Environment files -----------------------------------------------------------------------

/** KEY=VALUE lines as Teams Toolkit writes them (comments, blank lines and optional quotes). */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    let value = match[2] ?? '';
    const quoted = /^(['"])(.*)\1$/.exec(value);
    value = quoted ? (quoted[2] ?? '') : value.replace(/\s+#.*$/, '');
    vars[match[1] ?? ''] = value;
  }
  return vars;
}

/** env/.env.<name>, then env/.env.<name>.user (secrets, never committed), then the process environment. */
export function loadEnv(name: string, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const file of [`.env.${name}`, `.env.${name}.user`]) {
    const full = path.join(ROOT, 'env', file);
    if (existsSync(full)) Object.assign(vars, parseEnvFile(readFileSync(full, 'utf8')));
  }
  for (const [key, value] of Object.entries(env)) if (value !== undefined) vars[key] = value;
  return vars;
}

/** The text with every ${{NAME}} replaced; `missing` names those with no value at all. */
export function resolvePlaceholders(
  text: string,
  vars: Record<string, string | undefined>,
): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const resolved = text.replace(/\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) {
      missing.add(name);
      return whole;
    }
    // The manifest is JSON: a value must not break out of its string.
    return JSON.stringify(value).slice(1, -1);
  });
  return { text: resolved, missing: [...missing] };
}

// ---- Validation ------------------------------------------------------------------------------

export type Manifest = Record<string, unknown> & { manifestVersion?: string };

export function schemaFileFor(manifestVersion: string): string {
  return path.join(APP_PACKAGE_DIR, 'schema', `MicrosoftTeams.v${manifestVersion}.schema.json`);
}

/** Schema errors, as "path: message" lines; empty when the manifest is valid. */
export function schemaErrors(manifest: Manifest): string[] {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string') return ['manifestVersion is missing'];
  const file = schemaFileFor(version);
  if (!existsSync(file)) return [`no schema for manifestVersion ${version} in appPackage/schema/`];
  return jsonSchemaErrors(file, manifest);
}

function jsonSchemaErrors(file: string, value: unknown): string[] {
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  // Microsoft publishes it as draft-04; the keywords it uses mean the same in Ajv's default draft.
  delete schema.$schema;
  // unicodeRegExp off: the localisation schema's patterns hold a bare "]", fine only outside /u.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(value)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${error.instancePath || '/'}: ${error.message ?? 'invalid'}${
        error.params && Object.keys(error.params).length ? ` ${JSON.stringify(error.params)}` : ''
      }`,
  );
}

/** Problems with an icon: its size, and for the outline, anything but white on transparent. */
export function iconProblems(file: string, kind: 'color' | 'outline'): string[] {
  if (!existsSync(file)) return [`${path.basename(file)} is missing`];
  const png = PNG.sync.read(readFileSync(file));
  const size = kind === 'color' ? 192 : 32;
  const problems: string[] = [];
  if (png.width !== size || png.height !== size)
    problems.push(`${path.basename(file)} is ${png.width}x${png.height}, must be ${size}x${size}`);
  if (kind === 'outline') {
    let transparent = 0;
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3] ?? 0;
      if (alpha === 0) transparent++;
      else if (png.data[i] !== 255 || png.data[i + 1] !== 255 || png.data[i + 2] !== 255) coloured++;
    }
    if (transparent === 0) problems.push('outline.png has no transparent background');
    if (coloured > 0) problems.push(`outline.png has ${coloured} pixels that are not white`);
  }
  return problems;
}

/** The manifest's language files (localizationInfo.additionalLanguages), by file name. */
export function languageFiles(manifest: Manifest): string[] {
  const info = manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined;
  return (info?.additionalLanguages ?? []).map((language) => language.file);
}

/** The manifest's value at a localisation key such as "bots[0].commandLists[1].commands[2].title". */
function valueAt(manifest: Manifest, key: string): unknown {
  let value: unknown = manifest;
  for (const part of key.match(/[^.[\]]+/g) ?? []) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * Problems with each language file: valid against Teams' localisation schema (appPackage/schema/),
 * and every text it translates is one the manifest has, so none is left in English by a wrong index.
 */
export function localizationProblems(manifest: Manifest, dir: string = APP_PACKAGE_DIR): string[] {
  const schema = path.join(
    APP_PACKAGE_DIR,
    'schema',
    `MicrosoftTeams.Localization.v${manifest.manifestVersion}.schema.json`,
  );
  const problems: string[] = [];
  for (const file of languageFiles(manifest)) {
    const full = path.join(dir, file);
    if (!existsSync(full)) {
      problems.push(`${file}: missing`);
      continue;
    }
    const strings = JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>;
    if (!existsSync(schema))
      problems.push(`no localisation schema ${path.basename(schema)} in appPackage/schema/`);
    else problems.push(...jsonSchemaErrors(schema, strings).map((problem) => `${file} ${problem}`));
    for (const key of Object.keys(strings))
      if (key !== '$schema' && typeof valueAt(manifest, key) !== 'string')
        problems.push(`${file}: "${key}" is not a text of the manifest`);
  }
  return problems;
}

/** Everything that would stop Teams from accepting the package, including the files it names. */
export function validatePackage(manifest: Manifest, dir: string = APP_PACKAGE_DIR): string[] {
  const problems = [...schemaErrors(manifest), ...localizationProblems(manifest, dir)];
  const icons = (manifest.icons ?? {}) as { color?: string; outline?: string };
  if (icons.color) problems.push(...iconProblems(path.join(dir, icons.color), 'color'));
  if (icons.outline) problems.push(...iconProblems(path.join(dir, icons.outline), 'outline'));
  return problems;
}

// ---- Zip -------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * A plain ZIP (deflate, no extras) with a fixed timestamp (1980-01-01), so the same files give
 * the same bytes. Enough for a Teams app package: a few small files at the root.
 */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed = deflateRawSync(entry.data, { level: 9 });
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time 00:00
    local.writeUInt16LE(0x21, 12); // date 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42); // extra, comment, disk, attributes: all zero
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Reads a ZIP written by `zip` (or any plain one: stored or deflated, no ZIP64), via its central directory. */
export function unzip(buffer: Buffer): ZipEntry[] {
  const endAt = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('not a zip file: no end of central directory');
  const count = buffer.readUInt16LE(endAt + 10);
  let at = buffer.readUInt32LE(endAt + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localAt = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = localAt + 30 + buffer.readUInt16LE(localAt + 26) + buffer.readUInt16LE(localAt + 28);
    const raw = buffer.subarray(dataAt, dataAt + size);
    const data = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (crc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// ---- Build -----------------------------------------------------------------------------------

export interface BuildOptions {
  /** env/.env.<envName> supplies the placeholders; "local" unless told. */
  envName?: string;
  /** Overrides for the environment (tests). */
  env?: NodeJS.ProcessEnv;
  outFile?: string;
  /** Refuse to stand a placeholder GUID in for TEAMS_APP_ID or BOT_ID. */
  strict?: boolean;
  dir?: string;
}

export interface BuildResult {
  outFile: string;
  manifest: Manifest;
  warnings: string[];
}

export class PackageError extends Error {}

/** The manifest with its placeholders filled in, and what had to be made up for it. */
export function resolveManifest(options: BuildOptions = {}): { manifest: Manifest; warnings: string[] } {
  const envName = options.envName ?? 'local';
  const dir = options.dir ?? APP_PACKAGE_DIR;
  const vars = loadEnv(envName, options.env ?? process.env);
  const warnings: string[] = [];
  for (const name of PROVISIONED) {
    if (vars[name]) continue;
    if (options.strict) {
      throw new PackageError(
        `${name} is empty in env/.env.${envName}: provision first (docs/DEPLOY.md) or set ${name}.`,
      );
    }
    vars[name] = PLACEHOLDER_GUID;
    warnings.push(
      `${name} is not set for "${envName}": using ${PLACEHOLDER_GUID}. Fine for validation; Teams needs the real id (docs/DEPLOY.md).`,
    );
  }
  const { text, missing } = resolvePlaceholders(readFileSync(path.join(dir, 'manifest.json'), 'utf8'), vars);
  if (missing.length > 0) {
    throw new PackageError(`No value for ${missing.join(', ')}: add them to env/.env.${envName}.`);
  }
  return { manifest: JSON.parse(text) as Manifest, warnings };
}

export function buildPackage(options: BuildOptions = {}): BuildResult {
  const dir = options.dir ?? APP_PACKAGE_DIR;
  const { manifest, warnings } = resolveManifest(options);
  const problems = validatePackage(manifest, dir);
  if (problems.length > 0) {
    throw new PackageError(`appPackage/manifest.json is not valid:\n  ${problems.join('\n  ')}`);
  }
  const icons = manifest.icons as { color: string; outline: string };
  const outFile = options.outFile ?? path.join(ROOT, 'build', 'appPackage.zip');
  const archive = zip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') },
    { name: 'color.png', data: readFileSync(path.join(dir, icons.color)) },
    { name: 'outline.png', data: readFileSync(path.join(dir, icons.outline)) },
    ...languageFiles(manifest).map((file) => ({ name: file, data: readFileSync(path.join(dir, file)) })),
  ]);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, archive);
  return { outFile, manifest, warnings };
}

function main(argv: string[]): void {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  try {
    const result = buildPackage({
      envName: value('--env') ?? 'local',
      outFile: value('--out') ? path.resolve(value('--out') ?? '') : undefined,
      strict: argv.includes('--strict'),
    });
    for (const warning of result.warnings) console.warn(`warning: ${warning}`);
    console.log(
      `Manifest ${result.manifest.manifestVersion} is valid. Wrote ${path.relative(process.cwd(), result.outFile)}`,
    );
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main(process.argv.slice(2));
}
