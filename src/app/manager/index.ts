// The managers' services, built once per application context.

import type { AppContext } from '../context.js';
import { ConnectionService } from './connections.js';
import { RecordService } from './records.js';
import { type RoleSource, RoleService } from './roles.js';
import { SequenceService } from './sequences.js';

export interface ManagerServices {
  sequences: SequenceService;
  records: RecordService;
  connections: ConnectionService;
  roles: RoleService;
}

const built = new WeakMap<AppContext, ManagerServices>();

export function managerServices(ctx: AppContext, roleSource: RoleSource): ManagerServices {
  let services = built.get(ctx);
  if (!services) {
    services = {
      sequences: new SequenceService(ctx),
      records: new RecordService(ctx),
      connections: new ConnectionService(ctx),
      roles: new RoleService(ctx, roleSource),
    };
    built.set(ctx, services);
  }
  return services;
}
