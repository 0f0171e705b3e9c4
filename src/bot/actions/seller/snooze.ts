// "Snooze": later today, tomorrow morning, next week, or a date and time the seller picks, in their time zone.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { SNOOZE_CHOICES, snoozeEnd } from '../../../app/seller/snooze.js';
import { VERB, snoozeInputIds } from '../../views/seller/actions.js';
import { actOnStep, registerSellerVerb } from './common.js';

/** A second press of the same snooze (double click, second device) within this long is the same snooze. */
const SAME_SNOOZE_MS = 10_000;

export function registerSnooze(app: Application<TurnState>, ctx: AppContext): void {
  registerSellerVerb(app, ctx, VERB.snooze, (turn, data) =>
    actOnStep(turn, data, ({ enrollmentId, stepId }, enrollment) => {
      const choice = SNOOZE_CHOICES.find((c) => c === data.until);
      if (!choice)
        return { banner: { text: turn.say('seller.snooze.badDate'), detail: '', style: 'attention' } };
      const ids = snoozeInputIds(enrollmentId);
      const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
      const now = ctx.clock.now();
      const end = snoozeEnd(choice, now, turn.user.workingHours, {
        date: text(data[ids.dateId]),
        time: text(data[ids.timeId]),
      });
      if ('problem' in end) {
        const key = end.problem === 'missingDate' ? 'seller.snooze.missingDate' : 'seller.snooze.badDate';
        return { banner: { text: turn.say(key), detail: '', style: 'attention' } };
      }
      const last = enrollment.history.at(-1);
      if (
        last?.action === 'snoozed' &&
        last.stepId === stepId &&
        last.by === turn.user.id &&
        now.getTime() - new Date(last.at).getTime() < SAME_SNOOZE_MS
      ) {
        // Already snoozed by this very press on another device: show it rather than snooze again.
        return {
          banner: {
            text: turn.say('seller.banner.alreadySnoozed', {
              name: turn.user.name,
              when: turn.say('seller.card.now'),
            }),
            detail: '',
            style: 'warning',
          },
        };
      }
      return { type: 'stepSnoozed', stepId, until: end.until.toISOString(), by: turn.user.id };
    }),
  );
}
