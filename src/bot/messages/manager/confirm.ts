// A change that cannot simply be taken back, read from uncertain words (a corrected typo, chatter
// set aside, a name found only in part, nothing named at all), is confirmed first: the card says
// exactly what will happen, and its button does it. Ambiguity asks; it never guesses.

import type { Turn } from '../../turn.js';
import { type Answer, cardAnswer } from '../../views/manager/answer.js';
import { confirmView } from '../../views/manager/common.js';
import type { Picked, Request } from './request.js';

/** The confirmation to show instead of doing `action`, or undefined when the words were certain. */
export function confirmFirst(
  turn: Turn,
  request: Request,
  unsure: boolean,
  action: string,
  picked: Picked,
): Answer | undefined {
  if (!unsure || request.confirmed) return undefined;
  const typed = String(turn.context.activity.text ?? '')
    .trim()
    .slice(0, 120);
  // The button runs the request again with everything already picked and without the doubt.
  const again: Request = {
    intent: request.intent,
    slots: request.slots,
    picked: { ...request.picked, ...picked },
  };
  return cardAnswer(
    confirmView(turn, {
      title: turn.say('understood.confirmTitle', { action }),
      text: turn.say('understood.confirmText', { text: typed, action }),
      confirmTitle: action,
      data: { verb: 'manager.choose', request: again },
      destructive: true,
    }),
  );
}
