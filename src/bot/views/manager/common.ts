// Small cards every manager command may answer with: "which one did you mean?" with a button per
// candidate, a confirmation before something that cannot be undone, and a plain message (what a
// pressed button becomes when the answer is only words).

import type { Turn } from '../../turn.js';
import type { CardView } from './answer.js';

export interface Choice {
  title: string;
  subtitle?: string;
  /** What the button sends back: `verb` plus whatever the verb needs. */
  data: Record<string, unknown> & { verb: string };
}

export function chooseView(turn: Turn, prompt: string, choices: readonly Choice[]): CardView {
  return {
    name: 'manager-choose',
    data: {
      prompt,
      choices: choices.map((choice) => ({
        title: choice.title,
        subtitle: choice.subtitle ?? '',
        verb: choice.data.verb,
        data: choice.data,
      })),
      chooseTitle: turn.say('manager.button.choose'),
      hint: turn.say('manager.choose.hint'),
    },
  };
}

export function confirmView(
  turn: Turn,
  options: {
    title: string;
    text: string;
    confirmTitle: string;
    data: Record<string, unknown> & { verb: string };
    destructive?: boolean;
  },
): CardView {
  return {
    name: 'manager-confirm',
    data: {
      title: options.title,
      text: options.text,
      confirmTitle: options.confirmTitle,
      confirmVerb: options.data.verb,
      confirmData: options.data,
      confirmStyle: options.destructive ? 'destructive' : 'positive',
      cancelTitle: turn.say('manager.button.cancel'),
      // Cancel goes back to the sequence the question was about, not to a dead end.
      cancelData:
        typeof options.data.sequenceId === 'string'
          ? { verb: 'manager.cancel', sequenceId: options.data.sequenceId }
          : { verb: 'manager.cancel' },
    },
  };
}

export function messageView(texts: readonly string[]): CardView {
  return { name: 'manager-message', data: { lines: texts.map((text) => ({ text })) } };
}
