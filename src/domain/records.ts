// What happens to a record when a command step or a seller changes it, following the sales
// process: a qualified lead becomes an opportunity; disqualified leads and won/lost opportunities
// are closed.

import type { CrmRecord, RecordFieldUpdate, RecordType } from './model.js';

/** Words people use for a record type, singular and plural ("leads", "opps", "deals"). */
const RECORD_TYPE_WORDS: Record<string, RecordType> = {
  lead: 'lead',
  leads: 'lead',
  contact: 'contact',
  contacts: 'contact',
  account: 'account',
  accounts: 'account',
  opportunity: 'opportunity',
  opportunities: 'opportunity',
  opp: 'opportunity',
  opps: 'opportunity',
  deal: 'opportunity',
  deals: 'opportunity',
};

export function recordTypeFromWord(word: string): RecordType | undefined {
  return RECORD_TYPE_WORDS[word.toLowerCase()];
}

export interface RecordUpdateResult {
  record: CrmRecord;
  /** The opportunity created when a lead is qualified. */
  created?: CrmRecord;
}

export function applyFieldUpdate(
  record: CrmRecord,
  update: RecordFieldUpdate,
  now: Date,
  newId: () => string,
): RecordUpdateResult {
  const at = now.toISOString();
  switch (update.field) {
    case 'status': {
      if (record.type !== 'lead') return { record };
      if (update.value === 'qualified') return qualifyLead(record, now, newId);
      return { record: { ...record, status: update.value, updatedAt: at } };
    }
    case 'futureEvents':
      return { record: { ...record, futureEvents: update.value, updatedAt: at } };
    case 'stage':
      if (record.type !== 'opportunity') return { record };
      return { record: { ...record, stage: update.value, updatedAt: at } };
  }
}

/** Qualifying a lead turns it into an opportunity in the "develop" stage, owned by the same seller. */
export function qualifyLead(lead: CrmRecord, now: Date, newId: () => string): RecordUpdateResult {
  if (lead.type !== 'lead' || lead.status === 'qualified') return { record: lead };
  const at = now.toISOString();
  const opportunityId = newId();
  const opportunity: CrmRecord = {
    id: opportunityId,
    type: 'opportunity',
    name: lead.company ? `${lead.company}: ${lead.name}` : lead.name,
    firstName: lead.firstName,
    lastName: lead.lastName,
    company: lead.company,
    email: lead.email,
    phone: lead.phone,
    linkedInUrl: lead.linkedInUrl,
    ownerId: lead.ownerId,
    stage: 'develop',
    originatingLeadId: lead.id,
    createdAt: at,
    updatedAt: at,
  };
  return {
    record: { ...lead, status: 'qualified', qualifiedToId: opportunityId, updatedAt: at },
    created: opportunity,
  };
}
