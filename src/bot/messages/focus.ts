// The record a person last acted on by name, so that "mark it won" or "disqualify her" right after
// refers to it. Conversational scratch like the manager's sequence focus: turn-state storage, which
// may forget it without harm.

import type { Stores } from '../../app/ports.js';

const key = (userId: string): string => `record-focus/${userId}`;

export async function getRecordFocus(stores: Stores, userId: string): Promise<string | undefined> {
  const items = await stores.turnState.read([key(userId)]);
  const item = items[key(userId)] as { recordId?: unknown } | undefined;
  return typeof item?.recordId === 'string' ? item.recordId : undefined;
}

export async function setRecordFocus(stores: Stores, userId: string, recordId: string): Promise<void> {
  await stores.turnState.write({ [key(userId)]: { recordId } });
}
