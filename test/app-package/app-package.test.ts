// The Teams app package: the manifest against the schema shipped in appPackage/schema/, the bot's
// scopes and command hints, the icons, and the zip that `npm run package` writes.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  APP_PACKAGE_DIR,
  PLACEHOLDER_GUID,
  PackageError,
  buildPackage,
  languageFiles,
  localizationProblems,
  iconProblems,
  parseEnvFile,
  resolveManifest,
  resolvePlaceholders,
  schemaErrors,
  unzip,
  validatePackage,
  zip,
  type Manifest,
} from '../../scripts/package.js';

const APP_ID = '2b3c4d5e-0000-4000-8000-0123456789ab';
const BOT_ID = '7f6e5d4c-0000-4000-8000-ba9876543210';
const ENV = { TEAMS_APP_ID: APP_ID, BOT_ID };

interface Bot {
  botId: string;
  scopes: string[];
  commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
}

function manifest(): Manifest {
  return resolveManifest({ envName: 'local', env: ENV }).manifest;
}

describe('appPackage/manifest.json', () => {
  it('is valid against the Teams manifest schema once its placeholders are filled in', () => {
    const resolved = manifest();
    expect(resolved.manifestVersion).toBe('1.22');
    expect(resolved.$schema).toContain(`/v${resolved.manifestVersion}/`);
    expect(schemaErrors(resolved)).toEqual([]);
    expect(validatePackage(resolved)).toEqual([]);
  });

  it('the schema check is real: it rejects a bad id, an unknown scope and a missing name', () => {
    const bad = structuredClone(manifest()) as Manifest & { bots: Bot[]; name?: unknown };
    bad.id = 'not-a-guid';
    bad.bots[0]!.scopes = ['personal', 'everywhere'];
    delete bad.name;
    const errors = schemaErrors(bad).join('\n');
    expect(errors).toMatch(/\/id: must match pattern/);
    expect(errors).toMatch(/\/bots\/0\/scopes\/1: must be equal to one of the allowed values/);
    expect(errors).toMatch(/must have required property 'name'/);
  });

  it('has one bot, with the provisioned id, for personal and team scopes', () => {
    const bots = manifest().bots as Bot[];
    expect(bots).toHaveLength(1);
    expect(bots[0]!.botId).toBe(BOT_ID);
    expect(manifest().id).toBe(APP_ID);
    expect(bots[0]!.scopes).toEqual(expect.arrayContaining(['personal', 'team']));
  });

  it('hints the main commands in personal chat, and the manager ones in teams', () => {
    const lists = (manifest().bots as Bot[])[0]!.commandLists;
    const titles = (scope: string): string[] =>
      lists
        .filter((list) => list.scopes.includes(scope))
        .flatMap((list) => list.commands.map((c) => c.title));
    expect(titles('personal')).toEqual(['up next', 'templates', 'create sequence from ... template', 'help']);
    expect(titles('team')).toEqual(expect.arrayContaining(['help', 'templates']));
    for (const list of lists) {
      for (const command of list.commands) expect(command.description.length).toBeGreaterThan(10);
    }
  });

  it('keeps placeholders for what provision writes, and has a value for every other one', () => {
    const raw = readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8');
    expect(raw).toContain('${{TEAMS_APP_ID}}');
    expect(raw).toContain('${{BOT_ID}}');
    for (const envName of ['local', 'dev']) {
      expect(() => resolveManifest({ envName, env: ENV })).not.toThrow();
    }
  });
});

describe('placeholders and env files', () => {
  it('fills ${{NAME}}, escapes for JSON, and names what is missing', () => {
    expect(resolvePlaceholders('{"a":"${{A}}","b":"${{ B }}"}', { A: 'x"y', B: '' })).toEqual({
      text: '{"a":"x\\"y","b":""}',
      missing: [],
    });
    expect(resolvePlaceholders('${{NOPE}}', {}).missing).toEqual(['NOPE']);
  });

  it('reads env files the way Teams Toolkit writes them', () => {
    const vars = parseEnvFile('# comment\nA=1\nB="two words"\n  C = three # note\nEMPTY=\nbad line\n');
    expect(vars).toEqual({ A: '1', B: 'two words', C: 'three', EMPTY: '' });
  });

  it('stands a placeholder GUID in for ids not provisioned yet, and refuses to in strict mode', () => {
    const loose = resolveManifest({ envName: 'dev', env: { TEAMS_APP_ID: '', BOT_ID: '' } });
    expect(loose.manifest.id).toBe(PLACEHOLDER_GUID);
    expect(loose.warnings.join('\n')).toMatch(/TEAMS_APP_ID is not set/);
    expect(() =>
      resolveManifest({ envName: 'dev', env: { TEAMS_APP_ID: '', BOT_ID: '' }, strict: true }),
    ).toThrow(PackageError);
  });
});

describe('icons', () => {
  it('color.png is 192x192 and opaque in the middle', () => {
    const png = PNG.sync.read(readFileSync(path.join(APP_PACKAGE_DIR, 'color.png')));
    expect([png.width, png.height]).toEqual([192, 192]);
    expect(png.data[(96 * 192 + 96) * 4 + 3]).toBe(255);
    expect(iconProblems(path.join(APP_PACKAGE_DIR, 'color.png'), 'color')).toEqual([]);
  });

  it('outline.png is 32x32, white on transparent, with a visible mark', () => {
    const file = path.join(APP_PACKAGE_DIR, 'outline.png');
    const png = PNG.sync.read(readFileSync(file));
    expect([png.width, png.height]).toEqual([32, 32]);
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if (png.data[i + 3] === 0) transparent++;
      if (png.data[i + 3] === 255) opaque++;
    }
    expect(transparent).toBeGreaterThan(300);
    expect(opaque).toBeGreaterThan(150);
    expect(iconProblems(file, 'outline')).toEqual([]);
  });

  it('the outline check catches a coloured pixel', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'icon-'));
    const png = PNG.sync.read(readFileSync(path.join(APP_PACKAGE_DIR, 'outline.png')));
    png.data.set([255, 0, 0, 255], 0);
    const file = path.join(dir, 'outline.png');
    writeFileSync(file, PNG.sync.write(png));
    expect(iconProblems(file, 'outline').join('\n')).toMatch(/not white/);
  });
});

describe('the manifest in five languages', () => {
  const manifest = JSON.parse(readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8')) as Manifest;

  it('is in English by default, with Vietnamese, Galician, Hindi and Polish files', () => {
    expect(manifest.localizationInfo).toMatchObject({ defaultLanguageTag: 'en' });
    expect(languageFiles(manifest)).toEqual(['vi.json', 'gl.json', 'hi.json', 'pl.json']);
  });

  it("each language file is valid against Teams' localisation schema and translates the manifest's texts", () => {
    expect(localizationProblems(manifest)).toEqual([]);
    for (const file of languageFiles(manifest)) {
      const strings = JSON.parse(readFileSync(path.join(APP_PACKAGE_DIR, file), 'utf8')) as Record<
        string,
        string
      >;
      // Every command hint of the manifest is translated, and none is left as the English one.
      expect(Object.keys(strings).filter((key) => key.startsWith('bots[0]'))).toHaveLength(14);
      expect(strings['name.short']).not.toBe('Sequence assistant');
    }
  });

  it('the check is real: a text the manifest lacks, an over-long name and a missing file are caught', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'app-package-'));
    writeFileSync(
      path.join(dir, 'vi.json'),
      JSON.stringify({
        'name.short': 'x'.repeat(31),
        'description.short': 'a',
        'description.full': 'b',
        'bots[0].commandLists[0].commands[9].title': 'c',
      }),
    );
    const problems = localizationProblems(manifest, dir).join('\n');
    expect(problems).toMatch(/vi\.json .*name\.short/);
    expect(problems).toMatch(
      /"bots\[0\]\.commandLists\[0\]\.commands\[9\]\.title" is not a text of the manifest/,
    );
    expect(problems).toMatch(/gl\.json: missing/);
  });
});

describe('npm run package', () => {
  it('writes a zip with exactly the manifest, the two icons and the language files, the manifest filled in', () => {
    const outFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'app-package-')), 'appPackage.zip');
    const result = buildPackage({ envName: 'local', env: ENV, outFile });
    expect(result.warnings).toEqual([]);
    const entries = unzip(readFileSync(outFile));
    expect(entries.map((entry) => entry.name).sort()).toEqual(
      ['color.png', 'gl.json', 'hi.json', 'manifest.json', 'outline.png', 'pl.json', 'vi.json'].sort(),
    );
    expect(entries.find((e) => e.name === 'vi.json')!.data).toEqual(
      readFileSync(path.join(APP_PACKAGE_DIR, 'vi.json')),
    );
    const packed = JSON.parse(
      entries.find((e) => e.name === 'manifest.json')!.data.toString('utf8'),
    ) as Manifest;
    expect(packed.id).toBe(APP_ID);
    expect(JSON.stringify(packed)).not.toContain('${{');
    expect(entries.find((e) => e.name === 'color.png')!.data).toEqual(
      readFileSync(path.join(APP_PACKAGE_DIR, 'color.png')),
    );
  });

  it('the zip writer round-trips and gives the same bytes for the same files', () => {
    const files = [
      { name: 'a.txt', data: Buffer.from('hello '.repeat(100)) },
      { name: 'b.bin', data: Buffer.from([0, 1, 2, 255]) },
    ];
    expect(zip(files).equals(zip(files))).toBe(true);
    expect(unzip(zip(files))).toEqual(files);
  });
});
