// Lists as cards: records (leads, contacts, accounts, opportunities) and who has which role.

import type { UserRoles } from '../../../app/manager/roles.js';
import type { CrmRecord } from '../../../domain/model.js';
import type { Turn } from '../../turn.js';
import type { CardView } from './answer.js';

const MAX_RECORDS = 50;

export function recordListView(
  turn: Turn,
  records: readonly CrmRecord[],
  heading: string,
  ownerNames: ReadonlyMap<string, string>,
): CardView {
  return {
    name: 'manager-records',
    data: {
      title: heading,
      empty: records.length === 0 ? turn.say('manager.records.empty') : '',
      records: records.slice(0, MAX_RECORDS).map((record) => ({
        name:
          record.company && record.type !== 'account' ? `${record.name} · ${record.company}` : record.name,
        line: [
          turn.say(`manager.recordType.${record.type}`),
          record.status ? turn.say('manager.records.status', { status: record.status }) : '',
          record.stage ? turn.say('manager.records.stage', { stage: record.stage }) : '',
          turn.say('manager.records.owner', { owner: ownerNames.get(record.ownerId) ?? record.ownerId }),
        ]
          .filter(Boolean)
          .join(' · '),
        contact: [record.email, record.phone].filter(Boolean).join(' · '),
      })),
      more:
        records.length > MAX_RECORDS
          ? turn.say('manager.list.more', { count: records.length - MAX_RECORDS })
          : '',
      hint: turn.say('manager.records.hint'),
    },
  };
}

export function rolesView(turn: Turn, people: readonly UserRoles[]): CardView {
  return {
    name: 'manager-roles',
    data: {
      title: turn.say('manager.roles.title'),
      people: people.map(({ user, roles, businessUnit }) => ({
        name: user.id === turn.user.id ? turn.say('manager.roles.you', { name: user.name }) : user.name,
        roles: roles.map((role) => turn.say(`role.${role}`)).join(', '),
        unit: turn.say('manager.roles.unit', { unit: businessUnit }),
      })),
      hint: turn.say('manager.roles.hint'),
    },
  };
}
