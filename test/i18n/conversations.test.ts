// The manager's and the seller's main paths in each of the five languages, chosen by the locale
// Teams sends: every answer and card comes in that language (a text of its catalogue is there, no
// English catalogue text is), every card stays valid and within Teams' size. Typed commands are in
// one table per language, so each can say them in its own words.

import { afterEach, describe, expect, it } from 'vitest';
import { catalogue, resolveLocale, t, type MessageKey } from '../../src/i18n/index.js';
import { cardText, type TestUser } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { actionsOf, press as pressManager, say } from '../helpers/manager-chat.js';
import { execute } from '../helpers/activities.js';
import { cardProblems } from '../helpers/card-schema.js';
import {
  checkedText,
  connect,
  createRecord,
  greet,
  lastPushed,
  press,
  sequenceFromTemplate,
} from '../helpers/seller-world.js';

/** What a user types, per language. */
const TYPED: Record<string, { templates: string; upNext: string }> = {
  'en-US': { templates: 'templates', upNext: 'up next' },
  'vi-VN': { templates: 'xem các mẫu', upNext: 'việc tiếp theo' },
  'gl-ES': { templates: 'amosa os modelos', upNext: 'que teño que facer hoxe?' },
  'hi-IN': { templates: 'टेम्पलेट दिखाओ', upNext: 'आगे क्या है?' },
  'pl-PL': { templates: 'pokaż szablony', upNext: 'co mam dziś do zrobienia?' },
};

const english = catalogue('en')!;

/** English catalogue texts (without placeholders) that the language says differently, found in `text`. */
function englishIn(text: string, locale: string): string[] {
  const language = resolveLocale(locale);
  if (language === 'en') return [];
  const own = catalogue(language)!;
  return (Object.keys(english) as MessageKey[]).flatMap((key) => {
    const source = english[key]!;
    if (source.length < 12 || /[{}]/.test(source) || own[key] === source) return [];
    return text.includes(source) ? [`${key}: ${source}`] : [];
  });
}

let h: Harness;
afterEach(async () => {
  await h?.close();
});

for (const locale of Object.keys(TYPED)) {
  const typed = TYPED[locale]!;
  const say_ = (key: MessageKey, params = {}) => t(key, params, locale);

  describe(`in ${locale}`, () => {
    it("the manager's path: templates, a sequence from one, activated, in the manager's language", async () => {
      const alex: TestUser = { id: 'aad-alex', name: 'Alex Admin', timeZone: 'Europe/London', locale };
      h = await startHarness({ env: { ADMIN_IDS: alex.id } });

      const templates = await say(h, alex, typed.templates);
      const list = cardText(templates.cards[0]);
      expect(list).toContain(say_('manager.templates.title'));
      expect(list).toContain(say_('template.product-demo.name'));
      expect(englishIn(list, locale), list).toEqual([]);

      // Every template's flow, the longest cards there are (13 steps), valid and within 28 KB.
      const shows = actionsOf(templates.cards[0]).filter(
        (action) => action.title === say_('manager.button.showTemplate'),
      );
      expect(shows).toHaveLength(6);
      for (const show of shows) {
        const { body } = await h.post(execute(alex, show.verb, show.data));
        const flow = (body as { value?: Record<string, unknown> }).value!;
        expect(cardProblems(flow)).toEqual([]);
        expect(englishIn(cardText(flow), locale), cardText(flow)).toEqual([]);
      }

      const created = await pressManager(h, alex, templates.cards[0], say_('manager.button.useTemplate'));
      const card = created.cards[0] ?? created.texts.join('\n');
      const shown = typeof card === 'string' ? card : cardText(card);
      expect(created.all).toContain(say_('manager.button.activate'));
      expect(englishIn(created.all, locale), created.all).toEqual([]);

      const activated = await pressManager(h, alex, created.cards[0], say_('manager.button.activate'));
      expect(activated.all.length).toBeGreaterThan(0);
      expect(englishIn(activated.all, locale), activated.all).toEqual([]);
      expect(shown.length).toBeGreaterThan(0);
    });

    it("the seller's path: the pushed card, an outcome, the sequence, in the seller's language", async () => {
      const dana: TestUser = { id: 'aad-dana', name: 'Dana Reyes', timeZone: 'Europe/Warsaw', locale };
      h = await startHarness({ now: new Date('2026-03-02T09:00:00Z') });
      await greet(h, dana);
      // A name the manager typed: shown as typed in every language.
      const sequence = await sequenceFromTemplate(h, 'product-demo');
      await h.stores.sequences.save({ ...sequence, name: 'Demo Q2' });
      const record = await createRecord(h, dana, {
        type: 'opportunity',
        name: 'Contoso demo',
        company: 'Contoso',
        firstName: 'Ann',
        email: 'ann@example.com',
      });
      await connect(h, sequence.id, record.id);

      const first = sequence.graph.steps.find((step) => step.id === sequence.graph.start)!;
      const pushed = checkedText(lastPushed(h, dana));
      expect(pushed).toContain(say_(`template.product-demo.step.${first.id}.name` as MessageKey));
      expect(pushed).toContain(say_('seller.card.markSent'));
      expect(englishIn(pushed, locale), pushed).toEqual([]);

      const sent = await press(h, dana, lastPushed(h, dana), say_('seller.card.markSent'));
      const after = checkedText(sent.card);
      expect(after).toContain(say_('template.product-demo.step.research-customer.name'));
      expect(englishIn(after, locale), after).toEqual([]);

      const flow = await press(h, dana, sent.card, say_('seller.card.showSequence'));
      const flowText = checkedText(flow.card);
      expect(flowText).toContain(say_('template.product-demo.step.run-demo.name'));
      expect(englishIn(flowText, locale), flowText).toEqual([]);

      const list = await say(h, dana, typed.upNext);
      expect(englishIn(list.all, locale), list.all).toEqual([]);
      expect(list.all).toContain('Contoso demo');
    });
  });
}
