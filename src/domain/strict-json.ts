// JSON as the product accepts it from outside: no duplicate keys (two readers could disagree on
// which one counts), no keys that reach an object's prototype, and a bounded nesting depth. One
// pass over the text, so the cost stays linear in its length whatever it holds.

export type StrictJson = { ok: true; value: unknown } | { ok: false; reason: string };

/** Keys that no message of ours uses and that could reach a prototype if merged into an object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function parseStrictJson(text: string, maxDepth: number): StrictJson {
  // Per open container: the keys seen so far (objects) or undefined (arrays).
  const open: (Set<string> | undefined)[] = [];
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== QUOTE) {
        end += text.charCodeAt(end) === BACKSLASH ? 2 : 1;
      }
      if (end >= text.length) return { ok: false, reason: 'The body is not valid JSON.' };
      const keys = open[open.length - 1];
      if (keyNext && keys) {
        let key = text.slice(i + 1, end);
        // Only a key with escapes needs JSON's reading; the final parse checks the rest.
        if (key.includes('\\')) {
          try {
            key = JSON.parse(text.slice(i, end + 1)) as string;
          } catch {
            return { ok: false, reason: 'The body is not valid JSON.' };
          }
        }
        if (FORBIDDEN_KEYS.has(key)) return { ok: false, reason: `The key "${key}" is not accepted.` };
        if (keys.has(key))
          return { ok: false, reason: `The key "${shorten(key)}" appears twice in one object.` };
        keys.add(key);
        keyNext = false;
      }
      i = end;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      open.push(c === 0x7b ? new Set() : undefined);
      if (open.length > maxDepth)
        return { ok: false, reason: `The body is nested deeper than ${maxDepth} levels.` };
      keyNext = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      open.pop();
      keyNext = false;
    } else if (c === 0x2c /* , */) {
      keyNext = open[open.length - 1] !== undefined;
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'The body is not valid JSON.' };
  }
}

function shorten(key: string): string {
  return key.length > 40 ? `${key.slice(0, 40)}…` : key;
}
