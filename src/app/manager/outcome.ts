// What the managers' services answer: a value, or the problems that stopped the change (as message
// keys with parameters, so that the bot says them in the user's language). Nothing is saved on a problem.

import type { ValidationIssue } from '../../domain/validation.js';
import type { MessageKey, MessageParams } from '../../i18n/index.js';
import type { Role } from '../../domain/model.js';

export interface Problem {
  key: MessageKey;
  params?: MessageParams;
  /** A refusal: the roles that would allow it (the bot names them in the user's language as {roles}). */
  roles?: Role[];
  /** A refusal: what was refused, a permission action (named as {action}). */
  action?: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T = never>(key: MessageKey, params?: MessageParams): Outcome<T> => ({
  ok: false,
  problems: [{ key, params }],
});
export const failWith = <T = never>(problems: Problem[]): Outcome<T> => ({ ok: false, problems });

/** A broken sequence rule as a problem: the validation catalogue already words it. */
export const fromIssue = (issue: ValidationIssue): Problem => ({ key: issue.code, params: issue.params });

/** Who is acting: their id and name, their roles (granted and from configuration), their business unit. */
export interface Actor {
  id: string;
  name: string;
  roles: Role[];
  businessUnit: string;
  /** The language the actor reads answers in (their locale); English when absent. */
  locale?: string;
}

export const DEFAULT_BUSINESS_UNIT = 'default';
