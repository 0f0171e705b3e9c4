// A language is a table: the matcher reads any table of phrasings and never names an intent or a
// word. A small made-up table (pig-latin-like words) is understood by the same code, with the
// same typo tolerance, courtesy, chatter and typed parts as English.

import { describe, expect, it } from 'vitest';
import { parseIn } from '../../src/bot/grammar/index.js';
import { EN } from '../../src/bot/grammar/lang/en.js';
import type { Language } from '../../src/bot/grammar/rules.js';

const TOY: Language = {
  ...EN,
  rules: [
    { intent: 'work.upNext', patterns: ['owshay [ymay] epsstay'] },
    { intent: 'record.qualify', patterns: ['ualifyqay {record}'] },
    { intent: 'step.duration', patterns: ['aitway <step> <duration>'] },
  ],
  macros: {},
  synonyms: { epsstay: ['asksstay'] },
  openings: ['easeplay'],
  closings: ['anksthay'],
  fillers: ['ethay'],
  clauseWords: ['ecausebay'],
};

describe('a phrase table of another language', () => {
  it('is read by the same matcher, with typos, synonyms, courtesy and chatter', () => {
    expect(parseIn(TOY, 'owshay ymay epsstay')?.intent).toBe('work.upNext');
    expect(parseIn(TOY, 'easeplay owshay ethay asksstay anksthay')?.intent).toBe('work.upNext');
    expect(parseIn(TOY, 'owshya epsstay')).toMatchObject({ intent: 'work.upNext', cost: 1 });
    expect(parseIn(TOY, 'ualifyqay Jane Doe ecausebay ehay igned')).toMatchObject({
      intent: 'record.qualify',
      slots: { record: 'Jane Doe' },
      cut: true,
    });
    expect(parseIn(TOY, 'up next')).toBeUndefined();
  });

  it('takes its typed parts from its own vocabulary', () => {
    const vocabulary = {
      ...EN.vocabulary,
      numbers: { eethray: 3 },
      units: { day: ['aysday'], hour: ['ourshay'], week: ['eeksway'] },
      step: ['epstay'],
    };
    const parsed = parseIn({ ...TOY, vocabulary }, 'aitway epstay eethray 2 aysday');
    expect(parsed?.slots).toMatchObject({ step: { number: 3 }, duration: { days: 2, hours: 0 } });
    expect(parseIn({ ...TOY, vocabulary }, 'aitway step 3 2 days')).toBeUndefined();
  });
});
