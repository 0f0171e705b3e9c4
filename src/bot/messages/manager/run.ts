// Runs a manager's request (typed or from a button) through its handler, and delivers the answer:
// as chat messages for typed text, as the card that replaces the pressed one for a button.

import { renderCard, cardAttachment, type CardJson } from '../../cards.js';
import type { Intent } from '../../grammar/index.js';
import type { Turn } from '../../turn.js';
import type { Answer } from '../../views/manager/answer.js';
import { messageView } from '../../views/manager/common.js';
import { addRecord, listRecords } from './records.js';
import { connect, disconnect, pause, resume } from './connect.js';
import { createBlank, createFromTemplate } from './create.js';
import { customise } from './customise.js';
import { activate, copy, deactivate, remove } from './lifecycle.js';
import { showRecord } from '../record-view.js';
import { reassign } from './reassign.js';
import { Ask, type Request } from './request.js';
import { grantRole, listRoles, myRole, revokeRole, setBusinessUnit } from './roles.js';
import { listSequences, showSequence } from './sequences.js';
import { sequenceStats } from './stats.js';
import { listTemplates, showTemplate } from './templates.js';

type Handler = (turn: Turn, request: Request) => Promise<Answer>;

const HANDLERS: Partial<Record<Intent, Handler>> = {
  'templates.list': listTemplates,
  'template.show': showTemplate,
  'sequence.create': createFromTemplate,
  'sequence.createBlank': createBlank,
  'sequences.list': listSequences,
  'sequence.show': showSequence,
  'sequence.activate': activate,
  'sequence.deactivate': deactivate,
  'sequence.copy': copy,
  'sequence.delete': remove,
  'sequence.rename': customise,
  'sequence.describe': customise,
  'sequence.tag': customise,
  'sequence.untag': customise,
  'step.add': customise,
  'step.remove': customise,
  'step.duration': customise,
  'step.edit': customise,
  'record.add': addRecord,
  'records.list': listRecords,
  'record.connect': connect,
  'record.disconnect': disconnect,
  'record.pause': pause,
  'record.resume': resume,
  'role.grant': grantRole,
  'role.revoke': revokeRole,
  'roles.list': listRoles,
  'role.mine': myRole,
  'businessUnit.set': setBusinessUnit,
  'sequence.stats': sequenceStats,
  'record.show': showRecord,
  'record.reassign': reassign,
};

export const isKnownIntent = (intent: unknown): intent is Intent =>
  typeof intent === 'string' && Object.hasOwn(HANDLERS, intent);

export async function runRequest(turn: Turn, request: Request): Promise<Answer> {
  const handler = HANDLERS[request.intent];
  if (!handler) throw new Error(`No manager handler for ${request.intent}`);
  try {
    return await handler(turn, request);
  } catch (error) {
    if (error instanceof Ask) return error.answer;
    throw error;
  }
}

function render(answer: Answer): CardJson {
  const card = answer.card ?? messageView(answer.notices);
  const notice = answer.card ? answer.notices.join('\n\n') : '';
  return renderCard(card.name, { ...card.data, notice });
}

/** Typed text: the sentences, then the card. */
export async function sendAnswer(turn: Turn, answer: Answer): Promise<void> {
  if (answer.notices.length > 0) await turn.context.sendActivity(answer.notices.join('\n\n'));
  if (answer.card) {
    await turn.context.sendActivity({
      attachments: [cardAttachment(renderCard(answer.card.name, { ...answer.card.data, notice: '' }))],
    });
  }
}

/** A button: one card that replaces the pressed one, the sentences at its top. */
export function answerCard(answer: Answer): CardJson {
  return render(answer);
}
