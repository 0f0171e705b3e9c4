// Customising a sequence, edit by edit (src/app/manager/customise.ts): where steps go, what a
// removal keeps, and the refusals that stop a change before it is validated.

import { describe, expect, it } from 'vitest';
import { type Edit, applyEdit, splitTags } from '../../src/app/manager/customise.js';
import type { Problem } from '../../src/app/manager/outcome.js';
import type { Sequence } from '../../src/domain/model.js';
import { findTemplateById } from '../../src/domain/templates.js';
import { validateGraph } from '../../src/domain/validation.js';
import { t } from '../../src/i18n/index.js';

const T0 = '2026-03-02T09:00:00.000Z';
function fromTemplate(id: string): Sequence {
  const template = findTemplateById(id)!;
  return {
    id: 's',
    name: template.name,
    recordType: template.recordType,
    ownerId: 'm',
    status: 'draft',
    version: 1,
    tags: [],
    graph: structuredClone(template.graph) as Sequence['graph'],
    createdAt: T0,
    updatedAt: T0,
  };
}
const blank = (): Sequence => ({ ...fromTemplate('product-demo'), graph: { steps: [] } });

function edited(sequence: Sequence, edit: Edit): Sequence {
  const result = applyEdit(sequence, edit);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value.sequence;
}
function refused(sequence: Sequence, edit: Edit): string {
  const result = applyEdit(sequence, edit);
  if (result.ok) throw new Error('the edit was accepted');
  return result.problems.map((p: Problem) => t(p.key, p.params)).join(' ');
}
const ids = (sequence: Sequence): string[] => sequence.graph.steps.map((s) => s.id);

describe('adding a step', () => {
  it('puts it after a step, linking it in, and numbers it right after', () => {
    const demo = fromTemplate('product-demo');
    const next = edited(demo, {
      type: 'addStep',
      step: { kind: 'phoneCall', description: 'Introduce yourself.' },
      position: { at: 'after', step: { number: 3 } },
    });
    expect(ids(next).slice(0, 5)).toEqual([
      'thank-you-email',
      'research-customer',
      'connect-customer',
      'call-1',
      'wait-1-day',
    ]);
    expect(next.graph.steps[3]).toMatchObject({
      kind: 'phoneCall',
      name: 'Introduce yourself',
      next: 'wait-1-day',
    });
    expect(validateGraph(next.graph)).toEqual([]);
    expect(demo.graph.steps).toHaveLength(14); // the input is left as it was
  });

  it('goes at the start, at the single end, or before a step', () => {
    const renewal = fromTemplate('account-renewal');
    const atStart = edited(renewal, { type: 'addStep', step: { kind: 'task' }, position: { at: 'start' } });
    expect(atStart.graph.start).toBe('task-1');
    expect(atStart.graph.steps[0]).toMatchObject({ id: 'task-1', next: 'verify-renewal', name: 'Task' });
    const atEnd = edited(renewal, { type: 'addStep', step: { kind: 'email' }, position: { at: 'end' } });
    expect(atEnd.graph.steps.find((s) => s.id === 'thank-you-email')).toMatchObject({ next: 'email-1' });
    const before = edited(renewal, {
      type: 'addStep',
      step: { kind: 'task' },
      position: { at: 'before', step: { number: 2 } },
    });
    expect(before.graph.steps[0]).toMatchObject({ next: 'task-1' });
    expect(before.graph.steps[1]).toMatchObject({ id: 'task-1', next: 'renewal-meeting-email' });
  });

  it('starts an empty sequence', () => {
    const next = edited(blank(), {
      type: 'addStep',
      step: { kind: 'linkedin', action: 'connect' },
      position: { at: 'end' },
    });
    expect(next.graph).toEqual({
      start: 'linkedin-1',
      steps: [
        {
          id: 'linkedin-1',
          kind: 'linkedin',
          action: 'connect',
          name: 'LinkedIn',
          description: 'Work with the customer on LinkedIn.',
        },
      ],
    });
  });

  it('asks which path after a condition, and takes the one named', () => {
    const demo = fromTemplate('product-demo');
    expect(
      refused(demo, {
        type: 'addStep',
        step: { kind: 'task' },
        position: { at: 'after', step: { flow: 'condition', after: 4 } },
      }),
    ).toBe(
      'the condition after step 4 "Replied with a demo time?" is a condition: say which path the new step goes on, e.g. "after step 4 on the no path".',
    );
    const next = edited(demo, {
      type: 'addStep',
      step: { kind: 'task' },
      position: { at: 'after', step: { flow: 'condition', after: 4 }, branch: 'no' },
    });
    // "after step 4 on the no path" names the same place: the path of the condition that judges step 4.
    const same = edited(demo, {
      type: 'addStep',
      step: { kind: 'task' },
      position: { at: 'after', step: { number: 4 }, branch: 'no' },
    });
    expect(same.graph).toEqual(next.graph);
    expect(next.graph.steps.find((s) => s.id === 'demo-time-reply')).toMatchObject({ no: 'task-1' });
    expect(next.graph.steps.find((s) => s.id === 'task-1')).toMatchObject({ next: 'demo-call' });
  });

  it('refuses "at the end" when the sequence ends in several places', () => {
    expect(
      refused(fromTemplate('no-show'), { type: 'addStep', step: { kind: 'task' }, position: { at: 'end' } }),
    ).toBe(
      '"Follow up when contacts don\'t show up" ends in several places (step 2 "Call to rebook", step 4 "Send the new meeting invite", step 6 "Call to confirm the meeting", step 7 "Reach out to other contacts"). Say where the new step goes, e.g. "after step 2".',
    );
  });

  it('adds a condition about the step before it, a wait, a command and an advance', () => {
    const renewal = fromTemplate('account-renewal');
    const condition = edited(renewal, {
      type: 'addStep',
      step: { kind: 'condition', duration: { days: 2, hours: 0 } },
      position: { at: 'after', step: { number: 2 } },
    });
    expect(condition.graph.steps[2]).toMatchObject({
      kind: 'condition',
      about: 'renewal-meeting-email',
      test: 'emailReplied',
      timeLimit: { days: 2, hours: 0 },
      yes: 'wait-for-meeting',
      name: 'Replied to "Ask for a renewal meeting"?',
    });
    expect(condition.graph.steps[2]).not.toHaveProperty('no');
    const wait = edited(renewal, {
      type: 'addStep',
      step: { kind: 'wait', duration: { days: 3, hours: 0 } },
      position: { at: 'after', step: { number: 1 } },
    });
    expect(wait.graph.steps[1]).toMatchObject({
      kind: 'wait',
      name: 'Wait 3 days',
      duration: { days: 3, hours: 0 },
    });
    const lead = fromTemplate('outbound-prospecting');
    const qualify = edited(lead, {
      type: 'addStep',
      step: { kind: 'command', update: { field: 'status', value: 'qualified' } },
      position: { at: 'after', step: { number: 3 }, branch: 'yes' },
    });
    expect(qualify.graph.steps[4]).toMatchObject({
      kind: 'command',
      name: 'Qualify the lead',
      command: { type: 'updateField' },
    });
    const advance = edited(lead, {
      type: 'addStep',
      step: { kind: 'advance', sequenceId: 'other', sequenceName: 'Nurture' },
      position: { at: 'after', step: { number: 7 } },
    });
    expect(advance.graph.steps[12]).toMatchObject({
      name: 'Advance to "Nurture"',
      command: { type: 'advanceToSequence', sequenceId: 'other' },
    });
  });

  it('refuses a condition with no step before it, and a step that is not there', () => {
    expect(
      refused(blank(), { type: 'addStep', step: { kind: 'condition' }, position: { at: 'start' } }),
    ).toContain('A condition checks the step right before it');
    expect(
      refused(fromTemplate('product-demo'), {
        type: 'addStep',
        step: { kind: 'task' },
        position: { at: 'after', step: { number: 40 } },
      }),
    ).toBe(
      'There is no step 40 in "Meeting for product demo requests": it has 9 steps, numbered on its card.',
    );
  });
});

describe('removing a step', () => {
  it('links what led to it to what followed it', () => {
    const next = edited(fromTemplate('product-demo'), { type: 'removeStep', step: { number: 2 } });
    expect(next.graph.steps[0]).toMatchObject({ id: 'thank-you-email', next: 'connect-customer' });
    expect(validateGraph(next.graph)).toEqual([]);
  });

  it('refuses a step a condition depends on', () => {
    expect(refused(fromTemplate('product-demo'), { type: 'removeStep', step: { number: 4 } })).toBe(
      'You cannot remove step 4 "Ask for a demo time": the condition after step 4 "Replied with a demo time?" depends on it. Remove the condition first.',
    );
  });

  it('removes a condition with the path nothing else reaches, keeping the path asked for', () => {
    const demo = fromTemplate('product-demo');
    const result = applyEdit(demo, {
      type: 'removeStep',
      step: { name: 'Follow-up call answered?' },
      keep: 'no',
    });
    if (!result.ok) throw new Error('refused');
    expect(ids(result.value.sequence)).not.toContain('follow-up-call-answered');
    expect(ids(result.value.sequence)).toContain('close-as-lost');
    // Its "yes" path joins a tail other paths still reach: nothing else goes.
    expect(t(result.value.notice.key, result.value.notice.params)).toBe(
      'Removed the condition after step 8 "Follow-up call answered?" from "Meeting for product demo requests".',
    );
    // Keeping "yes": the lost command only the "no" path reached goes too.
    const yes = applyEdit(demo, { type: 'removeStep', step: { flow: 'condition', after: 8 } });
    if (!yes.ok) throw new Error('refused');
    expect(ids(yes.value.sequence)).not.toContain('close-as-lost');
    expect(t(yes.value.notice.key, yes.value.notice.params)).toContain(
      'went with it: step 9 "Close as lost"',
    );
  });
});

describe('changing steps and the sequence', () => {
  it('changes a wait and a time limit, and nothing else', () => {
    const demo = fromTemplate('product-demo');
    expect(
      edited(demo, { type: 'setDuration', step: { flow: 'wait', after: 3 }, duration: { days: 2, hours: 0 } })
        .graph.steps[3],
    ).toMatchObject({
      name: 'Wait 2 days',
      duration: { days: 2, hours: 0 },
    });
    expect(
      edited(demo, {
        type: 'setDuration',
        step: { flow: 'condition', after: 4 },
        duration: { days: 0, hours: 6 },
      }).graph.steps[5],
    ).toMatchObject({
      timeLimit: { days: 0, hours: 6 },
    });
    expect(refused(demo, { type: 'setDuration', step: { number: 1 }, duration: { days: 1, hours: 0 } })).toBe(
      'step 1 "Thank-you email" (Email) has no duration: only waits and conditions have a duration or a time limit. Name one by the step before it, e.g. "the wait after step 3".',
    );
  });

  it('changes a description, a name, an email subject and body', () => {
    const demo = fromTemplate('product-demo');
    const subject = edited(demo, {
      type: 'setStepText',
      step: { number: 1 },
      field: 'subject',
      value: 'Thanks!',
    });
    expect(subject.graph.steps[0]).toMatchObject({ template: { subject: 'Thanks!' } });
    const body = edited(demo, {
      type: 'setStepText',
      step: { number: 1 },
      field: 'body',
      value: 'Hello,\\n\\nThanks.',
    });
    expect(body.graph.steps[0]).toMatchObject({ template: { body: 'Hello,\n\nThanks.' } });
    expect(
      edited(demo, { type: 'setStepText', step: { number: 2 }, field: 'name', value: 'Look them up' }).graph
        .steps[1]?.name,
    ).toBe('Look them up');
    expect(refused(demo, { type: 'setStepText', step: { number: 2 }, field: 'subject', value: 'x' })).toBe(
      'step 2 "Research on LinkedIn" (LinkedIn) is not an email, so it has no email subject or body.',
    );
    expect(
      refused(demo, { type: 'setStepText', step: { number: 2 }, field: 'description', value: '  ' }),
    ).toBe('The new description cannot be empty.');
  });

  it('renames, describes and tags', () => {
    const demo = fromTemplate('product-demo');
    expect(edited(demo, { type: 'rename', name: '  Demo Q3 ' }).name).toBe('Demo Q3');
    expect(refused(demo, { type: 'rename', name: ' ' })).toBe('A sequence needs a name.');
    expect(edited(demo, { type: 'describe', description: 'For Q3' }).description).toBe('For Q3');
    const tagged = edited(demo, { type: 'addTags', tags: ['q3', 'Priority'] });
    expect(tagged.tags).toEqual(['q3', 'Priority']);
    expect(refused(tagged, { type: 'addTags', tags: ['priority'] })).toBe(
      '"Meeting for product demo requests" already has the tags priority.',
    );
    expect(edited(tagged, { type: 'removeTags', tags: ['Q3'] }).tags).toEqual(['Priority']);
    expect(refused(tagged, { type: 'removeTags', tags: ['spring'] })).toBe(
      '"Meeting for product demo requests" has no tag spring. Its tags: q3, Priority.',
    );
    expect(splitTags('q3, priority and #spring; "big deals"')).toEqual([
      'q3',
      'priority',
      'spring',
      'big deals',
    ]);
  });
});

describe('answers in the reader’s language', () => {
  it('names the place of an added step and a missing step in the language it is given', () => {
    const demo = fromTemplate('product-demo');
    const added = applyEdit(
      demo,
      { type: 'addStep', step: { kind: 'task' }, position: { at: 'after', step: { number: 1 } } },
      'pl',
    );
    if (!added.ok) throw new Error(JSON.stringify(added.problems));
    const { params } = added.value.notice!;
    expect(params?.where).toBe(
      t('manager.edit.whereAfter', { ref: t('manager.step.refNumber', { number: 1 }, 'pl') }, 'pl'),
    );
    expect(params?.kind).toBe(t('manager.kind.task', {}, 'pl'));
    expect(params?.where).not.toBe(
      t('manager.edit.whereAfter', { ref: t('manager.step.refNumber', { number: 1 }) }),
    );

    const missing = applyEdit(demo, { type: 'removeStep', step: { number: 99 } }, 'vi');
    if (missing.ok) throw new Error('the edit was accepted');
    expect(missing.problems[0]!.params?.ref).toBe(t('manager.step.refNumber', { number: 99 }, 'vi'));
  });
});
