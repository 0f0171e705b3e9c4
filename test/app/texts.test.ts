// Sequence texts are rendered for each reader: the template's and the kinds' default texts in the
// reader's language, what a user typed as they typed it.

import { describe, expect, it } from 'vitest';
import { sequenceForReader, templateForReader } from '../../src/app/texts.js';
import { deepFreeze } from '../../src/domain/frozen.js';
import { findTemplateById } from '../../src/domain/templates.js';
import type { Sequence, Step } from '../../src/domain/model.js';
import { catalogue, sayIn, t } from '../../src/i18n/index.js';

const template = findTemplateById('product-demo')!;
const vi = catalogue('vi')!;

function fromTemplate(): Sequence {
  return {
    id: 's1',
    name: 'Demo (Lan)',
    description: template.description,
    recordType: template.recordType,
    ownerId: 'u1',
    status: 'draft',
    version: 1,
    tags: [],
    graph: structuredClone(template.graph) as Sequence['graph'],
    templateId: template.id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

describe('sequence texts for the reader', () => {
  it('reads a stored (frozen) version once per language, and anything else anew', () => {
    const stored = deepFreeze(fromTemplate());
    const vietnamese = sequenceForReader(stored, sayIn('vi'));
    expect(sequenceForReader(stored, sayIn('vi'))).toBe(vietnamese);
    expect(Object.isFrozen(vietnamese.graph.steps[0])).toBe(true);
    const english = sequenceForReader(stored, sayIn('en-US'));
    expect(english).not.toBe(vietnamese);
    expect(english.graph.steps[0]?.name).not.toBe(vietnamese.graph.steps[0]?.name);
    const editable = fromTemplate();
    const once = sequenceForReader(editable, sayIn('vi'));
    expect(sequenceForReader(editable, sayIn('vi'))).not.toBe(once);
    expect(sequenceForReader(editable, sayIn('vi'))).toEqual(once);
  });

  it("a sequence made from a template reads in each reader's language; its name stays as stored", () => {
    const sequence = fromTemplate();
    const first = sequence.graph.steps[0]!;
    const inVietnamese = sequenceForReader(sequence, sayIn('vi-VN'));
    const inEnglish = sequenceForReader(sequence, sayIn('en-US'));
    const key = `template.${template.id}.step.${first.id}.name` as const;
    expect(inVietnamese.graph.steps[0]!.name).toBe(vi[key as keyof typeof vi]);
    expect(inVietnamese.graph.steps[0]!.name).not.toBe(first.name);
    expect(inEnglish.graph.steps[0]!.name).toBe(first.name);
    expect(inVietnamese.description).toBe(vi[`template.${template.id}.description` as keyof typeof vi]);
    expect(inVietnamese.name).toBe('Demo (Lan)');
    // The stored sequence is untouched.
    expect(sequence.graph.steps[0]!.name).toBe(first.name);
  });

  it('a step a user renamed or described shows their words in every language', () => {
    const sequence = fromTemplate();
    sequence.graph.steps[0]!.name = 'Gọi cho Jane';
    sequence.graph.steps[0]!.description = 'Ask about the budget';
    const [step] = sequenceForReader(sequence, sayIn('vi-VN')).graph.steps;
    expect(step!.name).toBe('Gọi cho Jane');
    expect(step!.description).toBe('Ask about the budget');
  });

  it("a step added without a name reads as its kind's default name in the reader's language", () => {
    const call: Step = {
      id: 'call-1',
      kind: 'phoneCall',
      name: t('manager.stepName.phoneCall', {}, 'en'),
      description: t('manager.stepDescription.phoneCall', {}, 'en'),
    };
    const wait: Step = {
      id: 'wait-1',
      kind: 'wait',
      name: 'Wait 2 days',
      description: 'Time before the next step.',
      duration: { days: 2, hours: 0 },
    };
    const sequence = { graph: { start: 'call-1', steps: [call, wait] } };
    const [readCall, readWait] = sequenceForReader(sequence, sayIn('vi-VN')).graph.steps;
    expect(readCall!.name).toBe(vi['manager.stepName.phoneCall']);
    expect(readCall!.description).toBe(vi['manager.stepDescription.phoneCall']);
    expect(readWait!.name).toBe(
      t('manager.stepName.wait', { duration: t('manager.duration.days', { n: 2 }, 'vi') }, 'vi'),
    );
    expect(readWait!.name).not.toBe('Wait 2 days');
  });

  it("template cards read in the reader's language", () => {
    const read = templateForReader(template, sayIn('vi-VN'));
    expect(read.name).toBe(vi['template.product-demo.name']);
    expect(read.graph.steps.map((step) => step.name)).not.toContain(template.graph.steps[0]!.name);
    expect(templateForReader(template, sayIn('en')).name).toBe(template.name);
  });
});
