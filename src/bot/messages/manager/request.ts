// A manager's request as the handlers see it: the intent and slots from the grammar, what has
// already been picked by a button (so that "which one?" can be answered), and whether a
// confirmation was given. Card buttons carry it back as plain JSON.

import type { Intent, Slots } from '../../grammar/index.js';
import type { Answer } from '../../views/manager/answer.js';

export interface Picked {
  template?: string;
  sequence?: string;
  target?: string;
  record?: string;
  user?: string;
}

export interface Request {
  intent: Intent;
  slots: Slots;
  picked?: Picked;
  /** Set by the confirmation card's button. */
  confirmed?: boolean;
  /**
   * The words were read with a corrected typo or after chatter was set aside: a change that cannot
   * simply be taken back is confirmed first. Never carried by a button.
   */
  unsure?: boolean;
}

/** Thrown by a handler that needs the user to choose or confirm first; its answer is the question. */
export class Ask extends Error {
  constructor(readonly answer: Answer) {
    super('asking the user');
  }
}

export const withPick = (request: Request, slot: keyof Picked, id: string): Request => ({
  ...request,
  picked: { ...request.picked, [slot]: id },
});
