// Strict JSON: what the door reads, and in how long.

import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../src/domain/strict-json.js';

describe('strict JSON', () => {
  it('reads ordinary JSON as JSON.parse does, strings holding braces and quotes included', () => {
    const text = '{"a":[1,{"b":"}{,\\"x\\":"},null],"c":{"a":true},"d":"\\\\"}';
    expect(parseStrictJson(text, 8)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it.each([
    ['{"a":1,"a":2}', /"a" appears twice/],
    ['{"a":1,"\\u0061":2}', /appears twice/],
    ['{"x":{"k":1,"k":1}}', /"k" appears twice/],
    ['{"__proto__":{}}', /__proto__/],
    ['{"__pr\\u006fto__":{}}', /__proto__/],
    ['[{"constructor":1}]', /constructor/],
    ['{"a":"unterminated}', /not valid JSON/],
    ['{"a":1,}', /not valid JSON/],
    ['', /not valid JSON/],
  ])('refuses %s', (text, reason) => {
    const result = parseStrictJson(text, 8);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('allows the same key in different objects and values equal to keys', () => {
    expect(parseStrictJson('[{"a":"a"},{"a":"a"}]', 8).ok).toBe(true);
  });

  it('counts nesting of objects and arrays alike', () => {
    expect(parseStrictJson('[[[[1]]]]', 4).ok).toBe(true);
    expect(parseStrictJson('[[[{"a":1}]]]', 4).ok).toBe(true);
    expect(parseStrictJson('[[[[[1]]]]]', 4)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/deeper/),
    });
  });

  it('takes time linear in the input, even for a megabyte of brackets or escapes', () => {
    for (const text of [
      '['.repeat(1_000_000),
      `"${'\\"'.repeat(500_000)}"`,
      `{${'"k":1,'.repeat(100_000)}"z":1}`,
    ]) {
      const started = performance.now();
      parseStrictJson(text, 32);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
