// "create sequence from product demo template [named ...]" and "create a blank sequence for contacts
// named ...": a draft owned by the manager, answered with its card.

import { templateForReader } from '../../../app/texts.js';
import { setFocus } from '../../../app/manager/focus.js';
import type { Sequence } from '../../../domain/model.js';
import type { Turn } from '../../turn.js';
import { type Answer, cardAnswer, problemsAnswer } from '../../views/manager/answer.js';
import { templateListView } from '../../views/manager/templates.js';
import { pickTemplate } from './pick.js';
import type { Request } from './request.js';
import { sequenceCard } from './sequence-card.js';
import { actorOf, servicesOf } from './services.js';

async function created(turn: Turn, sequence: Sequence, notice: string): Promise<Answer> {
  await setFocus(turn.app.stores, turn.user.id, sequence.id);
  return cardAnswer(await sequenceCard(turn, sequence), notice, turn.say('manager.create.next'));
}

export async function createFromTemplate(turn: Turn, request: Request): Promise<Answer> {
  if (!request.slots.template && !request.picked?.template) {
    return cardAnswer(templateListView(turn, turn.app.templates), turn.say('manager.create.whichTemplate'));
  }
  const template = pickTemplate(turn, request);
  const result = await servicesOf(turn).sequences.createFromTemplate(
    actorOf(turn),
    template,
    request.slots.name,
    turn.locale,
  );
  if (!result.ok) return problemsAnswer(turn, result.problems, 'manager.create.failed');
  return created(
    turn,
    result.value,
    turn.say('manager.create.done', {
      name: result.value.name,
      template: templateForReader(template, turn.say).name,
    }),
  );
}

export async function createBlank(turn: Turn, request: Request): Promise<Answer> {
  const recordType = request.slots.recordType ?? 'lead';
  const result = await servicesOf(turn).sequences.createBlank(
    actorOf(turn),
    recordType,
    request.slots.name,
    turn.locale,
  );
  if (!result.ok) return problemsAnswer(turn, result.problems, 'manager.create.failed');
  return created(
    turn,
    result.value,
    turn.say('manager.create.blank', {
      name: result.value.name,
      type: turn.say(`manager.recordType.${recordType}`),
    }),
  );
}
