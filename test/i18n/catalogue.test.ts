// The catalogue: placeholders filled, plural forms chosen for the number, never "1 records".

import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.js';

describe('the message catalogue', () => {
  it('chooses the plural form for the number', () => {
    const names = 'Fabrikam';
    expect(t('manager.connect.many', { count: 1, sequence: 'Demo', names })).toBe(
      'Connected 1 record to "Demo": Fabrikam.',
    );
    expect(t('manager.connect.many', { count: 3, sequence: 'Demo', names })).toBe(
      'Connected 3 records to "Demo": Fabrikam.',
    );
    expect(t('manager.pause.done', { count: 1, record: 'Contoso' })).toMatch(
      /^Paused 1 sequence of Contoso\./,
    );
    expect(t('manager.flow.totals', { steps: 1, days: 1 })).toBe('1 step · 1 day to complete');
    expect(t('manager.flow.totals', { steps: 9, days: 5 })).toBe('9 steps · 5 days to complete');
  });

  it('writes the number in a plural the way the language groups digits', () => {
    expect(t('manager.connect.many', { count: 1234, sequence: 'Demo', names: 'A' })).toBe(
      'Connected 1,234 records to "Demo": A.',
    );
  });

  it('keeps our "<placeholders>" and apostrophes as text, not markup or quoting', () => {
    expect(t('manager.sequences.hint')).toBe('Type "show <sequence>" or press Open to see one.');
    expect(t('template.account-renewal.step.review-usage.description')).toContain(
      "(and the ones it doesn't)",
    );
  });

  it('shows a value it was not given as its name, and a number written as text still counts', () => {
    expect(t('manager.flow.totals', { days: 2 })).toBe('{steps} · 2 days to complete');
    expect(t('manager.connect.many', { count: 2, names: 'Fabrikam' })).toBe(
      'Connected 2 records to "{sequence}": Fabrikam.',
    );
    expect(t('manager.flow.totals', { steps: '2', days: 0 })).toBe('2 steps · 0 days to complete');
  });

  it('never fills a placeholder from a value: a name with braces stays as typed', () => {
    expect(t('manager.connect.many', { count: 2, sequence: '{names}', names: '{count}' })).toBe(
      'Connected 2 records to "{names}": {count}.',
    );
  });
});
