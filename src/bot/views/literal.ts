// Users' words are data: the one function that makes any text read literally in Teams, where a
// TextBlock, a fact and a chat message are all Markdown. Names, companies, step texts, tags and
// e-mail subjects (and our own "<sequence>" placeholders) pass through it on their way out.

/** Characters that start Markdown or HTML anywhere in a line (CommonMark lets any of them be escaped). */
const INLINE = /[\\`*_[\]<>&~|#]/g;

/**
 * Anything one of `literal`'s replacements would change (each alternative is as wide as or wider
 * than its pattern there); a text it does not match comes out of them as it went in.
 */
const NEEDS_ESCAPE = /[\\`*_[\]<>&~|#]|\$\{|:\/\/|www\.|^\s*(?:[-+]|\d+[.)]|=|--)/im;

/**
 * Text as it was typed, for a Markdown field: no bold, no links, no HTML, no entity, no template
 * expression, no list or heading. What the reader sees is the same characters, except that a web
 * address is no longer a link (a word joiner after "://" keeps clients from linking it).
 */
export function literal(text: string): string {
  // Most texts hold nothing to escape: one test instead of seven replacements that change nothing.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return (
    text
      .replace(INLINE, '\\$&')
      // "${x}" reaches no template engine as an expression, and "{x}" no catalogue placeholder.
      .replace(/\$\{/g, '$\\{')
      .replace(/:\/\//g, ':\u2060//')
      .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u2060.`)
      // At the start of a line, "- ", "+ ", "1. ", "1) " and "> " would make a list or a quote.
      .replace(/^(\s*)([-+])(?=\s)/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, '$1\\$2')
      .replace(/^(\s*)(=+|-{2,})\s*$/gm, '$1\\$2')
  );
}

/** Undoes `literal` (what a reader sees), for tests and for logs that quote a card. */
export function shown(markdown: string): string {
  return markdown.replace(/\\([\\`*_[\]<>&~|#{}+\-.)=])/g, '$1').replace(/\u2060/g, '');
}
