import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sequence, SequenceTemplate, Step } from '../../src/domain/model.js';
import { builtInTemplates, findTemplateById, loadTemplates } from '../../src/domain/templates.js';
import { validateForActivation } from '../../src/domain/validation.js';

const templates = loadTemplates();
const template = (id: string): SequenceTemplate => {
  const found = findTemplateById(id, templates);
  if (!found) throw new Error(`no template ${id}`);
  return found;
};
const step = (templateId: string, stepId: string): Step => {
  const found = template(templateId).graph.steps.find((candidate) => candidate.id === stepId);
  if (!found) throw new Error(`no step ${stepId} in ${templateId}`);
  return found;
};
/** Ids of the steps whose next, yes or no leads to `stepId`. */
const ledToBy = (templateId: string, stepId: string): string[] =>
  template(templateId)
    .graph.steps.filter((candidate) =>
      candidate.kind === 'condition'
        ? candidate.yes === stepId || candidate.no === stepId
        : candidate.next === stepId,
    )
    .map((candidate) => candidate.id);

describe('the built-in templates', () => {
  it('are the six documented templates with their record types', () => {
    expect(templates.map(({ id, name, recordType }) => ({ id, name, recordType }))).toEqual([
      { id: 'account-renewal', name: 'Upcoming account renewal', recordType: 'account' },
      { id: 'event-invite', name: 'Invite to an upcoming event', recordType: 'contact' },
      { id: 'no-show', name: "Follow up when contacts don't show up", recordType: 'contact' },
      { id: 'outbound-prospecting', name: 'High-volume outbound prospecting', recordType: 'lead' },
      { id: 'product-demo', name: 'Meeting for product demo requests', recordType: 'opportunity' },
      { id: 'webinar-follow-up', name: 'Webinar follow-up', recordType: 'lead' },
    ]);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s can be activated as it is', (_id, t) => {
    const sequence: Sequence = {
      id: `from-${t.id}`,
      name: t.name,
      description: t.description,
      recordType: t.recordType,
      ownerId: 'manager-1',
      status: 'draft',
      version: 1,
      tags: [],
      graph: t.graph,
      templateId: t.id,
      createdAt: '2025-03-03T09:00:00.000Z',
      updatedAt: '2025-03-03T09:00:00.000Z',
    };
    expect(validateForActivation(sequence, 0)).toEqual([]);
  });

  it.each([
    ['no-show', ['no-show', 'no show']],
    ['outbound-prospecting', ['outbound', 'prospecting']],
    ['event-invite', ['event', 'event invite', 'invite']],
    ['product-demo', ['demo', 'product demo']],
    ['account-renewal', ['renewal']],
    ['webinar-follow-up', ['webinar']],
  ])('%s answers to the words managers use', (id, words) => {
    expect(template(id).aliases).toEqual(expect.arrayContaining(words));
  });

  it('share no alias, so a word names one template', () => {
    const aliases = templates.flatMap((t) => t.aliases.map((alias) => alias.toLowerCase()));
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it('give every step a short name and a description a seller can act on', () => {
    for (const t of templates) {
      for (const s of t.graph.steps) {
        expect(s.name.length, `${t.id}/${s.id}`).toBeGreaterThan(2);
        expect(s.name.length, `${t.id}/${s.id}`).toBeLessThanOrEqual(40);
        expect(s.description.length, `${t.id}/${s.id}`).toBeGreaterThan(20);
        expect(s.id, `${t.id}/${s.id}`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    }
  });

  it('give every email a subject and a body signed by the seller', () => {
    for (const t of templates) {
      for (const s of t.graph.steps) {
        if (s.kind !== 'email' && s.kind !== 'automatedEmail') continue;
        expect(s.template?.subject, `${t.id}/${s.id}`).toBeTruthy();
        expect(s.template?.body, `${t.id}/${s.id}`).toMatch(/\{\{seller\.name\}\}$/);
      }
    }
  });

  it('greet people by first name, but never accounts or opportunities, which have no person', () => {
    const emails = (t: SequenceTemplate) =>
      t.graph.steps.flatMap((s) =>
        s.kind === 'email' || s.kind === 'automatedEmail' ? [s.template?.body ?? ''] : [],
      );
    expect(emails(template('no-show')).every((body) => body.startsWith('Hi {{record.firstName}},'))).toBe(
      true,
    );
    for (const id of ['account-renewal', 'product-demo']) {
      expect(emails(template(id)).join('\n'), id).not.toMatch(/record\.(firstName|lastName|fullName)/);
    }
  });

  it('end a path with every qualify, disqualify or close command', () => {
    const closing = templates.flatMap((t) =>
      t.graph.steps.filter(
        (s) =>
          s.kind === 'command' &&
          s.command.type === 'updateField' &&
          s.command.update.field !== 'futureEvents',
      ),
    );
    expect(closing.map((s) => s.id).sort()).toEqual([
      'close-as-lost',
      'disqualify-lead',
      'disqualify-lead',
      'qualify-after-call',
      'qualify-lead',
    ]);
    for (const s of closing) expect(s.kind === 'command' && s.next).toBeUndefined();
  });

  it('outbound: an answered call ends the sequence, because the meeting is booked on the call', () => {
    for (const id of ['first-call-answered', 'second-call-answered', 'final-call-answered']) {
      const s = step('outbound-prospecting', id);
      expect(s.kind === 'condition' && s.yes, id).toBeUndefined();
    }
    const final = step('outbound-prospecting', 'final-call-answered');
    expect(final.kind === 'condition' && final.timeLimit).toEqual({ days: 2, hours: 0 });
  });

  it('event: both replies share one confirmation; the call gets its own', () => {
    expect(ledToBy('event-invite', 'confirmation-email')).toEqual(['invitation-reply', 'follow-up-reply']);
    expect(ledToBy('event-invite', 'call-confirmation-email')).toEqual(['invitation-call-answered']);
    const mark = step('event-invite', 'mark-future-events');
    expect(mark.kind === 'command' && mark.command).toEqual({
      type: 'updateField',
      update: { field: 'futureEvents', value: true },
    });
  });

  it('demo: every yes leads to the same set-up and demo, and the calls wait 12 hours', () => {
    expect(ledToBy('product-demo', 'set-up-demo')).toEqual([
      'demo-time-reply',
      'demo-call-answered',
      'follow-up-call-answered',
    ]);
    expect(step('product-demo', 'set-up-demo')).toMatchObject({ kind: 'task', next: 'run-demo' });
    for (const id of ['demo-call-answered', 'follow-up-call-answered']) {
      const s = step('product-demo', id);
      expect(s.kind === 'condition' && s.timeLimit, id).toEqual({ days: 0, hours: 12 });
    }
  });

  it('renewal: linear, with no conditions and no wait over 30 days', () => {
    const steps = template('account-renewal').graph.steps;
    expect(steps.some((s) => s.kind === 'condition')).toBe(false);
    expect(steps.map((s) => (s.kind === 'wait' ? s.duration.days : null)).filter((d) => d !== null)).toEqual([
      10, 7, 7, 7, 5, 14,
    ]);
  });

  it('webinar: email replies share one tail; the answered call has its own confirmation', () => {
    expect(ledToBy('webinar-follow-up', 'confirmation-email')).toEqual([
      'thank-you-reply',
      'follow-up-reply',
      'final-email-reply',
    ]);
    expect(ledToBy('webinar-follow-up', 'call-confirmation-email')).toEqual(['next-steps-call-answered']);
    expect(step('webinar-follow-up', 'call-confirmation-email')).toMatchObject({
      next: 'qualify-after-call',
    });
  });
});

describe('findTemplateById and builtInTemplates', () => {
  it('finds a template by id, and nothing for an unknown id', () => {
    expect(findTemplateById('product-demo')?.name).toBe('Meeting for product demo requests');
    expect(findTemplateById('Product-Demo')).toBeUndefined();
    expect(findTemplateById('nope')).toBeUndefined();
  });

  it('shares one frozen copy, so no caller can change the templates for the others', () => {
    const [first] = builtInTemplates();
    expect(builtInTemplates()).toBe(builtInTemplates());
    expect(() => first?.graph.steps.push(first.graph.steps[0] as Step)).toThrow(TypeError);
  });
});

// ---- Loader errors

describe('loadTemplates on a folder of files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'templates-test-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const valid = () => ({
    id: 'tiny',
    name: 'Tiny',
    description: 'One call.',
    recordType: 'lead',
    aliases: ['tiny'],
    graph: {
      start: 'call',
      steps: [
        { id: 'call', kind: 'phoneCall', name: 'Call', description: 'Call the lead.', next: 'mail' },
        {
          id: 'mail',
          kind: 'email',
          name: 'Mail',
          description: 'Email the lead.',
          template: { subject: 'Hi', body: 'Hi {{record.firstName}},\n\n{{seller.name}}' },
        },
      ],
    },
  });
  const write = (file: string, content: unknown) =>
    writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  const loading = () => () => loadTemplates(dir);

  it('loads the .json files of a folder in name order and ignores other files', () => {
    write('tiny.json', valid());
    write('another.json', { ...valid(), id: 'another', aliases: ['another'] });
    write('README.md', '# not a template');
    expect(loadTemplates(dir).map((t) => t.id)).toEqual(['another', 'tiny']);
  });

  it('loads a copy of a built-in template file', () => {
    const source = readFileSync(new URL('../../templates/no-show.json', import.meta.url), 'utf8');
    write('no-show.json', source);
    expect(loadTemplates(dir)).toEqual([template('no-show')]);
  });

  it('names the file when it is not JSON', () => {
    write('tiny.json', '{ "id": "tiny", ');
    expect(loading()).toThrow(
      new RegExp(`^Template file ${escape(join(dir, 'tiny.json'))}: cannot be read as JSON`),
    );
  });

  it('names a missing field', () => {
    const { name: _name, ...rest } = valid();
    write('tiny.json', rest);
    expect(loading()).toThrow('tiny.json: the template.name must be a non-empty string');
  });

  it('names a misspelt field of a step', () => {
    const json = valid();
    const [first] = json.graph.steps;
    write('tiny.json', { ...json, graph: { ...json.graph, steps: [{ ...first, nxt: 'mail' }] } });
    expect(loading()).toThrow('tiny.json: graph.steps[0] ("call") has the unknown field "nxt"');
  });

  it('names an unknown record type', () => {
    write('tiny.json', { ...valid(), recordType: 'customer' });
    expect(loading()).toThrow(
      'tiny.json: the template.recordType must be one of "lead", "contact", "account", "opportunity"',
    );
  });

  it('names an unknown step kind', () => {
    const json = valid();
    write('tiny.json', {
      ...json,
      graph: { start: 'call', steps: [{ ...json.graph.steps[0], kind: 'sms' }] },
    });
    expect(loading()).toThrow('tiny.json: graph.steps[0] ("call").kind must be one of');
  });

  it('explains a graph problem in the words of validation', () => {
    const json = valid();
    json.graph.steps.push({
      id: 'pause',
      kind: 'wait',
      name: 'Pause',
      description: 'Wait.',
      duration: { days: 2, hours: 0 },
    } as never);
    json.graph.steps[1] = { ...json.graph.steps[1], next: 'pause' } as never;
    write('tiny.json', json);
    expect(loading()).toThrow(
      'tiny.json: Wait "Pause" is the last step of its path, and a sequence cannot end with a wait. Add a step after it or remove it.',
    );
  });

  it('refuses a template without steps', () => {
    write('tiny.json', { ...valid(), graph: { steps: [] } });
    expect(loading()).toThrow('tiny.json: the graph has no steps');
  });

  it('refuses an id that is not the file name', () => {
    write('small.json', valid());
    expect(loading()).toThrow('small.json: its id "tiny" must be the file\'s name without ".json" ("small")');
  });

  it('refuses an unknown placeholder', () => {
    const json = valid();
    json.graph.steps[1] = {
      ...json.graph.steps[1],
      template: { subject: 'Hi', body: 'Hi {{record.frstName}}' },
    } as never;
    write('tiny.json', json);
    expect(loading()).toThrow('tiny.json: step "mail" uses the unknown placeholder {{record.frstName}}');
  });

  it("refuses a person's name in an account template", () => {
    write('tiny.json', { ...valid(), recordType: 'account' });
    expect(loading()).toThrow(
      'tiny.json: step "mail" uses {{record.firstName}}, but account records have no person\'s name',
    );
  });

  it('refuses an email step without a template and a step id that is not kebab-case', () => {
    const json = valid();
    json.graph.steps[1] = {
      id: 'Mail',
      kind: 'email',
      name: 'Mail',
      description: 'Email the lead.',
    } as never;
    json.graph.steps[0] = { ...json.graph.steps[0], next: 'Mail' } as never;
    write('tiny.json', json);
    expect(loading()).toThrow(
      'tiny.json: step id "Mail" must be kebab-case; email step "Mail" needs a template (subject and body)',
    );
  });

  it('refuses an alias that another template already uses', () => {
    write('tiny.json', valid());
    write('another.json', { ...valid(), id: 'another', aliases: ['another', 'Tiny'] });
    expect(loading()).toThrow(`tiny.json: the alias "tiny" is already used by ${join(dir, 'another.json')}`);
  });

  it('names a folder that cannot be read', () => {
    const missing = join(dir, 'missing');
    expect(() => loadTemplates(missing)).toThrow(`Cannot read the templates folder ${missing}`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
