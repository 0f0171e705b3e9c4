// What a manager's command or button answers: some sentences, and maybe a card (a template name and
// its view model). Text commands send it as messages; a button press replaces its card with it.

import type { Problem } from '../../../app/manager/outcome.js';
import type { MessageKey, MessageParams } from '../../../i18n/index.js';
import type { Turn } from '../../turn.js';

export interface CardView {
  name: string;
  data: Record<string, unknown>;
}

export interface Answer {
  notices: string[];
  card?: CardView;
}

export const textAnswer = (...notices: string[]): Answer => ({ notices });

/**
 * A change made by typing: the lines naming it and a "Show the sequence" button, one message, rather
 * than the whole sequence card after every edit.
 */
export const editedAnswer = (turn: Turn, sequenceId: string, lines: readonly string[]): Answer => ({
  notices: [],
  card: {
    name: 'manager-edited',
    data: {
      lines: lines.map((text) => ({ text })),
      sequenceId,
      showTitle: turn.say('manager.edit.showSequence'),
    },
  },
});

/** The lines of an `editedAnswer`, for a button that shows them on another card. */
export function editedLines(answer: Answer): string[] | undefined {
  if (answer.card?.name !== 'manager-edited') return undefined;
  const lines = answer.card.data.lines as { text: string }[];
  return lines.map((line) => line.text);
}
export const cardAnswer = (card: CardView, ...notices: string[]): Answer => ({ notices, card });

/** A problem in the user's language; a refusal also names the roles that would allow it and the user's own. */
export function problemText(turn: Turn, problem: Problem): string {
  const params: MessageParams = { ...problem.params };
  if (problem.roles) {
    params.roles = rolesWithArticles(turn, problem.roles);
    params.yours = turn.roles.map((role) => turn.say(`role.${role}`)).join(', ');
  }
  if (problem.action) params.action = turn.say(actionKey(problem.action));
  if (typeof params.type === 'string' && isRecordType(params.type))
    params.type = turn.say(`manager.recordType.${params.type}`);
  if (typeof params.role === 'string' && isRole(params.role))
    params.role = turn.say(`manager.role.a.${params.role}`);
  return turn.say(problem.key, params);
}

/** "an administrator, a sequence manager or a sales manager". */
export function rolesWithArticles(turn: Turn, roles: readonly string[]): string {
  const named = roles.filter(isRole).map((role) => turn.say(`manager.role.a.${role}`));
  if (named.length <= 1) return named.join('');
  return `${named.slice(0, -1).join(turn.say('manager.listSeparator'))}${turn.say('manager.or')}${named[named.length - 1]}`;
}

/** Several problems, one per line (a change that breaks two rules says both). */
export function problemsText(turn: Turn, problems: readonly Problem[]): string {
  return problems.map((problem) => problemText(turn, problem)).join('\n\n');
}

export const problemsAnswer = (
  turn: Turn,
  problems: readonly Problem[],
  lead?: MessageKey,
  leadParams?: MessageParams,
): Answer => textAnswer(...(lead ? [turn.say(lead, leadParams)] : []), problemsText(turn, problems));

const ACTION_KEYS: Record<string, MessageKey> = {
  view: 'manager.action.view',
  copy: 'manager.action.copy',
  connect: 'manager.action.connect',
  stats: 'manager.action.stats',
  edit: 'manager.action.edit',
  activate: 'manager.action.activate',
  deactivate: 'manager.action.deactivate',
  delete: 'manager.action.delete',
  'sequence.create': 'manager.action.create',
  'record.add': 'manager.action.addRecord',
  'record.addForOthers': 'manager.action.addForOthers',
  'record.viewAll': 'manager.action.viewAll',
  'record.manageOthers': 'manager.action.manageOthers',
  'roles.view': 'manager.action.rolesView',
  'role.grant': 'manager.action.grant',
  'businessUnit.set': 'manager.action.unit',
};

const actionKey = (action: string): MessageKey => ACTION_KEYS[action] ?? 'manager.action.edit';
const isRecordType = (value: string): value is 'lead' | 'contact' | 'account' | 'opportunity' =>
  ['lead', 'contact', 'account', 'opportunity'].includes(value);
const isRole = (value: string): value is 'administrator' | 'sequenceManager' | 'salesManager' | 'seller' =>
  ['administrator', 'sequenceManager', 'salesManager', 'seller'].includes(value);
