// The built-in sequence templates: reads templates/*.json at start-up and checks each file's shape, its
// step graph and its prose, so that a bad file stops start-up with the file's name and the problem.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LINKEDIN_ACTIONS,
  RECORD_TYPES,
  type CommandAction,
  type Duration,
  type EmailTemplate,
  type RecordFieldUpdate,
  type Step,
  type StepGraph,
  type SequenceTemplate,
} from './model.js';
import { describeIssue, validateGraph } from './validation.js';
import { deepFreeze } from './frozen.js';

const DEFAULT_DIR = new URL('../../templates/', import.meta.url);

/** Placeholders the email renderer fills (src/domain/placeholders.ts). */
const PLACEHOLDERS = new Set([
  'record.firstName',
  'record.lastName',
  'record.fullName',
  'record.name',
  'record.company',
  'seller.name',
  'seller.firstName',
]);
/** Accounts and opportunities have no person's name: these would come out as the record's name. */
const PERSON_PLACEHOLDERS = new Set(['record.firstName', 'record.lastName', 'record.fullName']);

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Reads and checks every `*.json` file in `dir` (by default the repository's `templates/`), in file-name
 * order. Throws an Error naming the file and the problem when a file is not a valid template.
 */
export function loadTemplates(dir: string | URL = DEFAULT_DIR): SequenceTemplate[] {
  const folder = dir instanceof URL ? fileURLToPath(dir) : dir;
  let files: string[];
  try {
    files = readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .sort();
  } catch (error) {
    throw new Error(`Cannot read the templates folder ${folder}: ${messageOf(error)}`);
  }
  const loaded = files.map((file) => ({
    file: path.join(folder, file),
    template: loadFile(path.join(folder, file)),
  }));
  checkAliasesAreDistinct(loaded);
  return loaded.map(({ template }) => template);
}

let builtIn: readonly SequenceTemplate[] | undefined;

/** The built-in templates, loaded once and frozen: clone one (structuredClone) before editing it. */
export function builtInTemplates(): readonly SequenceTemplate[] {
  builtIn ??= deepFreeze(loadTemplates());
  return builtIn;
}

export function findTemplateById(
  id: string,
  templates: readonly SequenceTemplate[] = builtInTemplates(),
): SequenceTemplate | undefined {
  return templates.find((template) => template.id === id);
}

// ---- One file ----------------------------------------------------------------------------------

function loadFile(file: string): SequenceTemplate {
  const fail = (problem: string): Error => new Error(`Template file ${file}: ${problem}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw fail(`cannot be read as JSON (${messageOf(error)})`);
  }
  let template: SequenceTemplate;
  try {
    template = parseTemplate(json);
  } catch (error) {
    if (error instanceof ShapeError) throw fail(error.message);
    throw error;
  }
  const expectedId = path.basename(file, '.json');
  if (template.id !== expectedId) {
    throw fail(`its id "${template.id}" must be the file's name without ".json" ("${expectedId}")`);
  }
  if (template.graph.steps.length === 0) throw fail('the graph has no steps');
  const issues = validateGraph(template.graph);
  if (issues.length > 0) throw fail(issues.map((issue) => describeIssue(issue)).join(' '));
  const prose = proseProblems(template);
  if (prose.length > 0) throw fail(prose.join('; '));
  return template;
}

/** Rules for built-in templates beyond a valid graph: readable ids, emails ready to send, known placeholders. */
function proseProblems(template: SequenceTemplate): string[] {
  const problems: string[] = [];
  if (!KEBAB_CASE.test(template.id)) problems.push(`id "${template.id}" must be kebab-case`);
  const personRecord = template.recordType === 'lead' || template.recordType === 'contact';
  for (const step of template.graph.steps) {
    if (!KEBAB_CASE.test(step.id)) problems.push(`step id "${step.id}" must be kebab-case`);
    if (step.kind !== 'email' && step.kind !== 'automatedEmail') continue;
    if (!step.template) {
      problems.push(`email step "${step.id}" needs a template (subject and body)`);
      continue;
    }
    const text = `${step.template.subject}\n${step.template.body}`;
    for (const match of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
      const name = match[1] ?? '';
      if (!PLACEHOLDERS.has(name)) {
        problems.push(`step "${step.id}" uses the unknown placeholder {{${name}}}`);
      } else if (!personRecord && PERSON_PLACEHOLDERS.has(name)) {
        problems.push(
          `step "${step.id}" uses {{${name}}}, but ${template.recordType} records have no person's name`,
        );
      }
    }
  }
  return problems;
}

function checkAliasesAreDistinct(loaded: { file: string; template: SequenceTemplate }[]): void {
  const owner = new Map<string, string>();
  for (const { file, template } of loaded) {
    for (const alias of template.aliases) {
      const key = alias.trim().toLowerCase();
      const other = owner.get(key);
      if (other !== undefined && other !== file) {
        throw new Error(`Template file ${file}: the alias "${alias}" is already used by ${other}`);
      }
      owner.set(key, file);
    }
  }
}

// ---- Shape: unknown JSON to typed values, naming the place of the first problem ----------------

class ShapeError extends Error {}

type JsonObject = Record<string, unknown>;

const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object with only the given fields (a misspelt field would otherwise be dropped without a word). */
function objectAt(value: unknown, where: string, fields: readonly string[]): JsonObject {
  if (!isJsonObject(value)) throw new ShapeError(`${where} must be an object`);
  const unknown = Object.keys(value).filter((key) => !fields.includes(key));
  if (unknown.length > 0) {
    throw new ShapeError(
      `${where} has the unknown field ${unknown.map((key) => `"${key}"`).join(', ')} (allowed: ${fields.join(', ')})`,
    );
  }
  return value;
}

function textAt(object: JsonObject, key: string, where: string): string {
  const value = object[key];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ShapeError(`${where}.${key} must be a non-empty string`);
  }
  return value;
}

function optionalIdAt(object: JsonObject, key: string, where: string): string | undefined {
  return object[key] === undefined ? undefined : textAt(object, key, where);
}

function oneOfAt<T extends string>(object: JsonObject, key: string, where: string, allowed: readonly T[]): T {
  const value = object[key];
  const match = allowed.find((candidate) => candidate === value);
  if (match === undefined) {
    throw new ShapeError(`${where}.${key} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}`);
  }
  return match;
}

function numberAt(object: JsonObject, key: string, where: string): number {
  const value = object[key];
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ShapeError(`${where}.${key} must be a number`);
  return value;
}

function durationAt(object: JsonObject, key: string, where: string): Duration {
  const duration = objectAt(object[key], `${where}.${key}`, ['days', 'hours']);
  return {
    days: numberAt(duration, 'days', `${where}.${key}`),
    hours: numberAt(duration, 'hours', `${where}.${key}`),
  };
}

function emailTemplateAt(object: JsonObject, key: string, where: string): EmailTemplate {
  const template = objectAt(object[key], `${where}.${key}`, ['subject', 'body']);
  return {
    subject: textAt(template, 'subject', `${where}.${key}`),
    body: textAt(template, 'body', `${where}.${key}`),
  };
}

function parseTemplate(json: unknown): SequenceTemplate {
  const root = objectAt(json, 'the template', [
    'id',
    'name',
    'description',
    'recordType',
    'aliases',
    'graph',
  ]);
  const aliases = root.aliases;
  if (!Array.isArray(aliases) || aliases.length === 0) {
    throw new ShapeError('aliases must be a non-empty list of words');
  }
  return {
    id: textAt(root, 'id', 'the template'),
    name: textAt(root, 'name', 'the template'),
    description: textAt(root, 'description', 'the template'),
    recordType: oneOfAt(root, 'recordType', 'the template', RECORD_TYPES),
    aliases: aliases.map((alias: unknown, index) => {
      if (typeof alias !== 'string' || alias.trim() === '') {
        throw new ShapeError(`aliases[${index}] must be a non-empty string`);
      }
      return alias;
    }),
    graph: parseGraph(root.graph),
  };
}

function parseGraph(json: unknown): StepGraph {
  const graph = objectAt(json, 'graph', ['start', 'steps']);
  if (!Array.isArray(graph.steps)) throw new ShapeError('graph.steps must be a list');
  const start = optionalIdAt(graph, 'start', 'graph');
  const steps = graph.steps.map((step, index) => parseStep(step, `graph.steps[${index}]`));
  return start === undefined ? { steps } : { start, steps };
}

const BASE_FIELDS = ['id', 'kind', 'name', 'description'] as const;
const FIELDS_BY_KIND: Record<Step['kind'], readonly string[]> = {
  email: ['next', 'template'],
  automatedEmail: ['next', 'template'],
  phoneCall: ['next'],
  task: ['next'],
  linkedin: ['next', 'action'],
  wait: ['next', 'duration'],
  condition: ['about', 'test', 'timeLimit', 'yes', 'no'],
  command: ['next', 'command'],
};
const STEP_KINDS = Object.keys(FIELDS_BY_KIND) as Step['kind'][];

function parseStep(json: unknown, at: string): Step {
  if (!isJsonObject(json)) throw new ShapeError(`${at} must be an object`);
  const where = typeof json.id === 'string' ? `${at} ("${json.id}")` : at;
  const kind = oneOfAt(json, 'kind', where, STEP_KINDS);
  const object = objectAt(json, where, [...BASE_FIELDS, ...FIELDS_BY_KIND[kind]]);
  const base = {
    id: textAt(object, 'id', where),
    name: textAt(object, 'name', where),
    description: textAt(object, 'description', where),
  };
  const next = optionalIdAt(object, 'next', where);
  const linear = next === undefined ? base : { ...base, next };
  switch (kind) {
    case 'email':
      return object.template === undefined
        ? { ...linear, kind }
        : { ...linear, kind, template: emailTemplateAt(object, 'template', where) };
    case 'automatedEmail':
      return { ...linear, kind, template: emailTemplateAt(object, 'template', where) };
    case 'phoneCall':
    case 'task':
      return { ...linear, kind };
    case 'linkedin':
      return { ...linear, kind, action: oneOfAt(object, 'action', where, LINKEDIN_ACTIONS) };
    case 'wait':
      return { ...linear, kind, duration: durationAt(object, 'duration', where) };
    case 'condition': {
      const yes = optionalIdAt(object, 'yes', where);
      const no = optionalIdAt(object, 'no', where);
      return {
        ...base,
        kind,
        about: textAt(object, 'about', where),
        test: oneOfAt(object, 'test', where, ['emailReplied', 'callAnswered'] as const),
        timeLimit: durationAt(object, 'timeLimit', where),
        ...(yes === undefined ? {} : { yes }),
        ...(no === undefined ? {} : { no }),
      };
    }
    case 'command':
      return { ...linear, kind, command: parseCommand(object.command, `${where}.command`) };
  }
}

function parseCommand(json: unknown, where: string): CommandAction {
  if (!isJsonObject(json)) throw new ShapeError(`${where} must be an object`);
  const type = oneOfAt(json, 'type', where, ['updateField', 'advanceToSequence'] as const);
  if (type === 'advanceToSequence') {
    const command = objectAt(json, where, ['type', 'sequenceId']);
    const { sequenceId } = command;
    if (typeof sequenceId !== 'string') throw new ShapeError(`${where}.sequenceId must be a string`);
    return { type, sequenceId };
  }
  const command = objectAt(json, where, ['type', 'update']);
  return { type, update: parseUpdate(command.update, `${where}.update`) };
}

function parseUpdate(json: unknown, where: string): RecordFieldUpdate {
  const update = objectAt(json, where, ['field', 'value']);
  const field = oneOfAt(update, 'field', where, ['status', 'futureEvents', 'stage'] as const);
  switch (field) {
    case 'status':
      return { field, value: oneOfAt(update, 'value', where, ['qualified', 'disqualified'] as const) };
    case 'stage':
      return { field, value: oneOfAt(update, 'value', where, ['won', 'lost'] as const) };
    case 'futureEvents': {
      const { value } = update;
      if (typeof value !== 'boolean') throw new ShapeError(`${where}.value must be true or false`);
      return { field, value };
    }
  }
}

// ---- Helpers -----------------------------------------------------------------------------------

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
