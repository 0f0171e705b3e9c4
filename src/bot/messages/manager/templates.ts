// "templates" / "what templates do you have" and "show the webinar template".

import type { Turn } from '../../turn.js';
import { type Answer, cardAnswer } from '../../views/manager/answer.js';
import { templateFlowView, templateListView } from '../../views/manager/templates.js';
import { pickTemplate } from './pick.js';
import type { Request } from './request.js';

export async function listTemplates(turn: Turn): Promise<Answer> {
  return cardAnswer(templateListView(turn, turn.app.templates));
}

export async function showTemplate(turn: Turn, request: Request): Promise<Answer> {
  return cardAnswer(templateFlowView(turn, pickTemplate(turn, request)));
}
