// "make Dana Reyes a sequence manager", "remove Dana's sequence manager role", "put Dana Reyes in
// business unit West" (administrators), "roles" (who has what) and "my role".

import { DEFAULT_BUSINESS_UNIT } from '../../../app/manager/outcome.js';
import type { Turn } from '../../turn.js';
import { type Answer, cardAnswer, problemsAnswer, textAnswer } from '../../views/manager/answer.js';
import { rolesView } from '../../views/manager/lists.js';
import { confirmFirst } from './confirm.js';
import { pickUser } from './pick.js';
import { Ask, type Request } from './request.js';
import { actorOf, servicesOf } from './services.js';

function roleOf(turn: Turn, request: Request) {
  const role = request.slots.role;
  if (!role) throw new Ask(textAnswer(turn.say('manager.edit.unclear')));
  return role;
}

export async function grantRole(turn: Turn, request: Request): Promise<Answer> {
  const role = roleOf(turn, request);
  const user = await pickUser(turn, request);
  const result = await servicesOf(turn).roles.grant(actorOf(turn), user.id, role);
  if (!result.ok) return problemsAnswer(turn, result.problems);
  return textAnswer(
    turn.say('manager.role.granted', { user: user.name, role: turn.say(`manager.role.a.${role}`) }),
  );
}

export async function revokeRole(turn: Turn, request: Request): Promise<Answer> {
  const role = roleOf(turn, request);
  const user = await pickUser(turn, request);
  const confirm = confirmFirst(
    turn,
    request,
    !!request.unsure,
    turn.say('understood.action.revoke', { user: user.name, role: turn.say(`role.${role}`) }),
    { user: user.id },
  );
  if (confirm) return confirm;
  const result = await servicesOf(turn).roles.revoke(actorOf(turn), user.id, role);
  if (!result.ok) return problemsAnswer(turn, result.problems);
  return textAnswer(
    turn.say('manager.role.revoked', { user: user.name, role: turn.say(`manager.role.a.${role}`) }),
  );
}

export async function setBusinessUnit(turn: Turn, request: Request): Promise<Answer> {
  const user = await pickUser(turn, request);
  const unit = (request.slots.unit ?? '').replace(/^(?:business\s+)?unit\s+/i, '');
  const result = await servicesOf(turn).roles.setBusinessUnit(actorOf(turn), user.id, unit);
  if (!result.ok) return problemsAnswer(turn, result.problems);
  return textAnswer(
    turn.say('manager.unit.set', { user: user.name, unit: result.value.businessUnit ?? unit }),
  );
}

export async function listRoles(turn: Turn): Promise<Answer> {
  return cardAnswer(rolesView(turn, await servicesOf(turn).roles.list()));
}

export async function myRole(turn: Turn): Promise<Answer> {
  return textAnswer(
    turn.say('manager.role.mine', {
      roles: turn.roles.map((role) => turn.say(`role.${role}`)).join(', '),
      unit: turn.user.businessUnit ?? DEFAULT_BUSINESS_UNIT,
    }),
    ...turn.roles.map((role) => turn.say(`manager.role.can.${role}`)),
  );
}
