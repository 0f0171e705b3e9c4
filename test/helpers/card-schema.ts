// Checks an Adaptive Card the way Teams will read it: parsed by the adaptivecards library as
// schema 1.5 (unknown elements and actions are errors), every Action.Execute with a verb and an
// Action.Submit fallback carrying the same verb, and under 28 KB of JSON (a Teams message, card included, must stay under about 28 KB).

import { createRequire } from 'node:module';

// The package's ESM build does not resolve under Node; its UMD bundle does.
const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents: { message: string }[] };
  };
  SerializationContext: new (version: unknown) => {
    eventCount: number;
    getEventAt(i: number): { message: string };
  };
  Versions: { v1_5: unknown };
};

export const MAX_CARD_BYTES = 28 * 1024;

function actionProblems(node: unknown, path: string, problems: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => actionProblems(child, `${path}[${i}]`, problems));
    return;
  }
  if (!node || typeof node !== 'object') return;
  const object = node as Record<string, unknown>;
  if (object.type === 'Action.Execute') {
    if (typeof object.verb !== 'string' || object.verb === '')
      problems.push(`${path}: Action.Execute without a verb`);
    const fallback = object.fallback as Record<string, unknown> | undefined;
    const fallbackVerb = (fallback?.data as Record<string, unknown> | undefined)?.verb;
    if (fallback?.type !== 'Action.Submit' || fallbackVerb !== object.verb) {
      problems.push(
        `${path}: Action.Execute "${String(object.verb)}" needs an Action.Submit fallback with the same verb`,
      );
    }
  }
  for (const [key, value] of Object.entries(object)) {
    if (key !== 'fallback') actionProblems(value, `${path}.${key}`, problems);
  }
}

/** Everything wrong with a card; empty when Teams will render it as meant. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = card as Record<string, unknown>;
  if (json?.type !== 'AdaptiveCard') problems.push('not an AdaptiveCard');
  if (json?.version !== '1.5') problems.push(`version must be "1.5", got ${String(json?.version)}`);
  const bytes = Buffer.byteLength(JSON.stringify(card), 'utf8');
  if (bytes > MAX_CARD_BYTES) problems.push(`card is ${bytes} bytes, over ${MAX_CARD_BYTES}`);
  const text = JSON.stringify(card);
  if (/\$\{[^}]*\}/.test(text)) problems.push('card still contains an unbound ${...} template expression');
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  actionProblems(json?.body, 'body', problems);
  actionProblems(json?.actions, 'actions', problems);
  return problems;
}
