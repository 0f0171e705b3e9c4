// The sequence a manager is working on ("activate it", "add a call at the end"): the last one they
// created, opened or changed. Conversational scratch, so it lives in the turn-state storage, which
// is last-writer-wins and may forget it without harm.

import type { Stores } from '../ports.js';

const key = (userId: string): string => `manager-focus/${userId}`;

export async function getFocus(stores: Stores, userId: string): Promise<string | undefined> {
  const items = await stores.turnState.read([key(userId)]);
  const item = items[key(userId)] as { sequenceId?: unknown } | undefined;
  return typeof item?.sequenceId === 'string' ? item.sequenceId : undefined;
}

export async function setFocus(stores: Stores, userId: string, sequenceId: string): Promise<void> {
  await stores.turnState.write({ [key(userId)]: { sequenceId } });
}
