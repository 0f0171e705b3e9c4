// `npm run bench:parse [-- --rounds 200]`: what reading a typed message costs, per message, as the
// bot reads it on every turn (src/bot/messages/registry.ts `understand`: the user's language, then
// English, then the other languages), against a world of 100 sequences, 2,000 records and 200
// users. Cases: a command in the user's own language, an English command from a Polish user (the
// fallback), a Polish command from an English user (read after English fails), and text that is
// no command at all (every table tried). Writes bench/parse-results.json and prints a table.

import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import type { Known } from '../src/bot/grammar/index.js';
import { templateNamesOf } from '../src/bot/grammar/lang/index.js';
import { understand } from '../src/bot/messages/registry.js';
import { loadTemplates } from '../src/domain/templates.js';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const ROUNDS = at >= 0 ? Number(args[at + 1]) : 200;

const world: Known = {
  sequences: Array.from({ length: 100 }, (_, i) => `Sequence ${i} Q${(i % 4) + 1}`),
  records: Array.from({ length: 2000 }, (_, i) => `Customer ${i} Contoso`),
  users: Array.from({ length: 200 }, (_, i) => `Seller ${i}`),
  templates: loadTemplates().flatMap((t) => [t.name, ...t.aliases, ...templateNamesOf(t.id)]),
};

const CASES: { name: string; locale: string; texts: string[] }[] = [
  {
    name: 'English, English user',
    locale: 'en-US',
    texts: ['up next', 'create sequence from product demo template', 'Customer 12 Contoso replied', 'help'],
  },
  {
    name: 'Polish, Polish user',
    locale: 'pl-PL',
    texts: [
      'co mam dziś do zrobienia?',
      'utwórz sekwencję z szablonu demo produktu',
      'Customer 12 Contoso odpowiedział',
      'pomoc',
    ],
  },
  {
    name: 'Vietnamese, Vietnamese user',
    locale: 'vi-VN',
    texts: [
      'việc tiếp theo',
      'tạo trình tự từ mẫu demo sản phẩm',
      'Customer 12 Contoso đã trả lời email',
      'trợ giúp',
    ],
  },
  {
    name: 'Hindi, Hindi user',
    locale: 'hi-IN',
    texts: ['आगे क्या है?', 'उत्पाद डेमो टेम्पलेट से अनुक्रम बनाओ', 'Customer 12 Contoso ने जवाब दिया', 'मदद'],
  },
  {
    name: 'English, Polish user',
    locale: 'pl-PL',
    texts: ['up next', 'create sequence from product demo template', 'Customer 12 Contoso replied', 'help'],
  },
  {
    name: 'Polish, English user',
    locale: 'en-US',
    texts: ['co mam dziś do zrobienia?', 'utwórz sekwencję z szablonu demo produktu', 'pomoc'],
  },
  {
    name: 'no command, Polish user',
    locale: 'pl-PL',
    texts: ['the weather in Warsaw is lovely today, is it not', 'asdf qwerty zxcv', 'ok'],
  },
];

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

const rows = CASES.map(({ name, locale, texts }) => {
  // Warm up: compiling the tables and the typo cache, as a running bot has.
  for (const text of texts) understand(text, world, locale);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of texts) {
      // Each message is new text, as on a real turn (no answer remembered from an earlier one).
      const typed = `${text}${' '.repeat(round % 3)}`;
      const start = performance.now();
      understand(typed, world, locale);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  return {
    case: name,
    messages: times.length,
    medianMs: Number(percentile(times, 50).toFixed(3)),
    p95Ms: Number(percentile(times, 95).toFixed(3)),
    maxMs: Number(times[times.length - 1]!.toFixed(3)),
  };
});

await writeFile(
  new URL('../bench/parse-results.json', import.meta.url),
  `${JSON.stringify({ cores: cpus().length, rounds: ROUNDS, rows }, null, 2)}\n`,
);
console.log(
  `${'case'.padEnd(30)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(10)} ${'max ms'.padStart(10)}`,
);
for (const row of rows) {
  console.log(
    `${row.case.padEnd(30)} ${String(row.medianMs).padStart(10)} ${String(row.p95Ms).padStart(10)} ${String(row.maxMs).padStart(10)}`,
  );
}
