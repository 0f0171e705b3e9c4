// The managers' services and the acting user, as a turn sees them.

import { type ManagerServices, managerServices } from '../../../app/manager/index.js';
import { type Actor, DEFAULT_BUSINESS_UNIT } from '../../../app/manager/outcome.js';
import type { Turn } from '../../turn.js';
import { isAdministrator, rolesOf } from '../../users.js';

export function servicesOf(turn: Turn): ManagerServices {
  const { config } = turn.app;
  return managerServices(turn.app, {
    rolesOf: (user) => rolesOf(config, user),
    isConfiguredAdministrator: (id) => isAdministrator(config, id),
  });
}

export function actorOf(turn: Turn): Actor {
  return {
    id: turn.user.id,
    name: turn.user.name,
    roles: turn.roles,
    businessUnit: turn.user.businessUnit ?? DEFAULT_BUSINESS_UNIT,
    locale: turn.locale,
  };
}
