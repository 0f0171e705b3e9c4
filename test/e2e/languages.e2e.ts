// Cards in Vietnamese and Hindi, as Teams' own renderer (the Agents Playground) shows them: the
// template list and one template's flow, for a user whose Teams speaks that language. The
// Playground always sends "en-US", so the recording proxy stands in for such a client and sends
// the user's locale instead. Screenshots: test-results/e2e/languages-*.png.

import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { t } from '../../src/i18n/index.js';
import { startStack, type Stack } from './support/stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ name: 'languages' });
});

afterAll(async () => {
  await stack?.close();
});

for (const locale of ['vi-VN', 'hi-IN']) {
  describe(`a user whose Teams speaks ${locale}`, () => {
    it('gets the template list and a template flow in that language', async () => {
      onTestFailed(async () => void (await stack.page.screenshotPage(`${locale}-failed`)));
      const { page } = stack;
      stack.recorder.locale = locale;

      const before = await page.cardCount();
      await page.sendMessage('templates');
      const list = await page.waitForCard({ after: before, text: t('manager.templates.title', {}, locale) });
      const listText = await list.innerText();
      expect(listText).toContain(t('template.product-demo.name', {}, locale));
      expect(listText).toContain(t('manager.button.showTemplate', {}, locale));
      await page.screenshotCard(list, `${locale}-templates`);

      const next = await page.cardCount();
      await page.sendMessage('show the product demo template');
      const flow = await page.waitForCard({
        after: next,
        text: t('template.product-demo.step.thank-you-email.name', {}, locale),
      });
      expect(await flow.innerText()).toContain(t('template.product-demo.description', {}, locale));
      await page.screenshotCard(flow, `${locale}-product-demo`);
      expect(await stack.problems()).toEqual([]);
    });
  });
}
