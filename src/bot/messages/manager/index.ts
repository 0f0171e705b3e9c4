// The managers' text commands (sequences, templates, records, roles, stats), tried in this order,
// after help and the seller's commands. Each recognises its intents through the one phrase grammar
// (src/bot/grammar) and runs them; what a phrase means is decided there, not here.

import { ORG_RULES } from '../../../app/manager/permissions.js';
import type { MessageKey } from '../../../i18n/index.js';
import type { Intent } from '../../grammar/index.js';
import type { Role } from '../../../domain/model.js';
import { type TextCommand, textCommand } from '../command.js';
import { runRequest, sendAnswer } from './run.js';

function command(
  name: string,
  intents: Intent[],
  usage: MessageKey,
  description: MessageKey,
  roles?: Role[],
): TextCommand {
  return textCommand({
    name,
    usage,
    description,
    ...(roles ? { roles } : {}),
    intents,
    async handle(turn, parsed) {
      const request = {
        intent: parsed.intent,
        slots: parsed.slots,
        ...(parsed.cost > 0 || parsed.cut ? { unsure: true } : {}),
      };
      await sendAnswer(turn, await runRequest(turn, request));
    },
  });
}

export const managerCommands: TextCommand[] = [
  command(
    'manager.templates',
    ['templates.list', 'template.show'],
    'manager.command.templates.usage',
    'manager.command.templates.description',
  ),
  command(
    'manager.create',
    ['sequence.create', 'sequence.createBlank'],
    'manager.command.create.usage',
    'manager.command.create.description',
  ),
  command(
    'manager.sequences',
    ['sequences.list', 'sequence.show'],
    'manager.command.sequences.usage',
    'manager.command.sequences.description',
  ),
  command(
    'manager.customise',
    [
      'step.add',
      'step.remove',
      'step.duration',
      'step.edit',
      'sequence.rename',
      'sequence.describe',
      'sequence.tag',
      'sequence.untag',
    ],
    'manager.command.customise.usage',
    'manager.command.customise.description',
  ),
  command(
    'manager.lifecycle',
    ['sequence.activate', 'sequence.deactivate', 'sequence.copy', 'sequence.delete'],
    'manager.command.lifecycle.usage',
    'manager.command.lifecycle.description',
  ),
  command(
    'manager.records',
    ['record.add', 'records.list'],
    'manager.command.records.usage',
    'manager.command.records.description',
  ),
  command(
    'manager.connect',
    ['record.connect', 'record.disconnect', 'record.pause', 'record.resume'],
    'manager.command.connect.usage',
    'manager.command.connect.description',
  ),
  command(
    'manager.reassign',
    ['record.reassign'],
    'manager.command.reassign.usage',
    'manager.command.reassign.description',
    ORG_RULES['record.manageOthers'],
  ),
  command(
    'manager.stats',
    ['sequence.stats'],
    'manager.command.stats.usage',
    'manager.command.stats.description',
  ),
  command(
    'manager.roles',
    ['roles.list', 'role.mine'],
    'manager.command.roles.usage',
    'manager.command.roles.description',
  ),
  command(
    'manager.grant',
    ['role.grant', 'role.revoke', 'businessUnit.set'],
    'manager.command.grant.usage',
    'manager.command.grant.description',
    ORG_RULES['role.grant'],
  ),
];
