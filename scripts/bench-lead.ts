// The lead both benchmark seeds write, one per enrollment: the same shape, so the figures of
// `npm run bench:data` and `npm run bench` are about the same rows.

import type { CrmRecord } from '../src/domain/model.js';

export function benchLead(id: string, i: number, ownerId: string, at: string): CrmRecord {
  return {
    id,
    type: 'lead',
    firstName: 'Lead',
    lastName: String(i),
    name: `Lead ${i}`,
    company: `Company ${i % 997}`,
    email: `lead${i}@example.com`,
    ownerId,
    status: 'contacted',
    createdAt: at,
    updatedAt: at,
  };
}
