import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../src/domain/templates.js';
import { isMessageKey, t } from '../../src/i18n/index.js';

// The catalogue carries every built-in template's texts under template.<id>… so that each language
// can render them; the English entries must say what templates/*.json says.
describe('template texts in the catalogue', () => {
  for (const template of builtInTemplates()) {
    it(`${template.id}: name, description and every step's texts match the template file`, () => {
      const key = (suffix: string) => `template.${template.id}.${suffix}`;
      const expected: [string, string][] = [
        [key('name'), template.name],
        [key('description'), template.description],
      ];
      for (const step of template.graph.steps) {
        expected.push([key(`step.${step.id}.name`), step.name]);
        if (step.description !== undefined)
          expected.push([key(`step.${step.id}.description`), step.description]);
      }
      for (const [name, text] of expected) {
        expect(isMessageKey(name), name).toBe(true);
        if (isMessageKey(name)) expect(t(name, {}, 'en')).toBe(text);
      }
    });
  }
});
