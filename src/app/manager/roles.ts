// Roles and business units: administrators grant and remove roles and place people in business
// units. Users change under their own lock, the same one that records them on every message.

import type { Role } from '../../domain/model.js';
import type { AppContext } from '../context.js';
import type { User } from '../ports.js';
import { type Actor, type Outcome, DEFAULT_BUSINESS_UNIT, fail, failWith, ok } from './outcome.js';
import { decide } from './permissions.js';

export const MAX_UNIT_LENGTH = 40;

export interface UserRoles {
  user: User;
  roles: Role[];
  businessUnit: string;
}

/** How a user's effective roles are known (granted plus configured administrators). */
export interface RoleSource {
  rolesOf(user: User): Role[];
  /** Administrator by configuration (ADMIN_IDS, or everyone in open local mode): not removable here. */
  isConfiguredAdministrator(userId: string): boolean;
}

export class RoleService {
  constructor(
    private readonly ctx: AppContext,
    private readonly source: RoleSource,
  ) {}

  /** Everybody the product knows, with their effective roles and business unit. */
  async list(): Promise<UserRoles[]> {
    return (await this.ctx.stores.users.list()).map((user) => ({
      user,
      roles: this.source.rolesOf(user),
      businessUnit: user.businessUnit ?? DEFAULT_BUSINESS_UNIT,
    }));
  }

  async grant(actor: Actor, targetId: string, role: Role): Promise<Outcome<User>> {
    const allowed = decide(actor, 'role.grant');
    if (!allowed.allowed) return failWith([allowed.problem]);
    return this.change(
      targetId,
      (user) => {
        if (
          this.source.rolesOf(user).includes(role) &&
          (role !== 'seller' || user.roles.includes('seller'))
        ) {
          return fail('manager.role.already', { user: user.name, role });
        }
        return ok({ ...user, roles: [...user.roles, role] });
      },
      actor,
      `granted ${role}`,
    );
  }

  async revoke(actor: Actor, targetId: string, role: Role): Promise<Outcome<User>> {
    const allowed = decide(actor, 'role.grant');
    if (!allowed.allowed) return failWith([allowed.problem]);
    return this.change(
      targetId,
      (user) => {
        if (role === 'administrator' && user.id === actor.id) return fail('manager.role.selfAdmin');
        if (!user.roles.includes(role)) {
          if (role === 'administrator' && this.source.isConfiguredAdministrator(user.id)) {
            return fail('manager.role.fromConfig', { user: user.name });
          }
          return fail('manager.role.notHeld', { user: user.name, role });
        }
        return ok({ ...user, roles: user.roles.filter((r) => r !== role) });
      },
      actor,
      `revoked ${role}`,
    );
  }

  async setBusinessUnit(actor: Actor, targetId: string, unit: string): Promise<Outcome<User>> {
    const allowed = decide(actor, 'businessUnit.set');
    if (!allowed.allowed) return failWith([allowed.problem]);
    const name = unit.trim().replace(/\s+/g, ' ');
    if (!name) return fail('manager.unit.empty');
    if (name.length > MAX_UNIT_LENGTH) return fail('manager.unit.tooLong', { max: MAX_UNIT_LENGTH });
    return this.change(
      targetId,
      (user) => {
        if ((user.businessUnit ?? DEFAULT_BUSINESS_UNIT).toLowerCase() === name.toLowerCase()) {
          return fail('manager.unit.already', { user: user.name, unit: name });
        }
        return ok({ ...user, businessUnit: name });
      },
      actor,
      `business unit ${name}`,
    );
  }

  private async change(
    targetId: string,
    update: (user: User) => Outcome<User>,
    actor: Actor,
    what: string,
  ): Promise<Outcome<User>> {
    const { stores, clock, log } = this.ctx;
    return stores.locks.withLock(`user:${targetId}`, async () => {
      const user = await stores.users.get(targetId);
      if (!user) return fail('manager.user.gone');
      const result = update(user);
      if (!result.ok) return result;
      const saved = { ...result.value, updatedAt: clock.now().toISOString() };
      await stores.users.save(saved);
      log.info({ userId: targetId, by: actor.id, change: what }, 'user changed');
      return ok(saved);
    });
  }
}
