// The activity schema knows every card action the bot registers, and nothing else.

import type { Application, TurnState } from '@microsoft/teams-ai';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { CARD_DATA, checkActivity } from '../../src/bot/activity-schema.js';
import { registerActions } from '../../src/bot/actions/index.js';
import { DANA, execute, message } from '../helpers/activities.js';

/** The verbs the bot registers for Action.Execute and Action.Submit, read from the registration itself. */
function registeredVerbs(): { execute: string[]; submit: string[] } {
  const verbs = { execute: [] as string[], submit: [] as string[] };
  const app = {
    adaptiveCards: {
      actionExecute: (verb: string) => verbs.execute.push(verb),
      actionSubmit: (verb: string) => verbs.submit.push(verb),
    },
  } as unknown as Application<TurnState>;
  // Registering a verb may register its job too; nothing runs here.
  registerActions(app, { runner: { on: () => undefined } } as unknown as AppContext);
  return verbs;
}

describe('the card data schema', () => {
  it('has an entry for every registered verb, and none for a verb nobody handles', () => {
    const { execute: executed, submit: submitted } = registeredVerbs();
    expect(executed.length).toBeGreaterThan(20);
    expect([...executed].sort()).toEqual(Object.keys(CARD_DATA).sort());
    expect([...submitted].sort()).toEqual(Object.keys(CARD_DATA).sort());
  });

  it('lets through the presses the bot renders', () => {
    const press = execute(DANA, 'seller.snooze', {
      verb: 'seller.snooze',
      enrollmentId: 'e-1',
      stepId: 's-1',
      view: 'list',
      filter: 'overdue',
      page: 2,
      fromList: true,
      'snoozeDate-e-1': '2026-03-04',
      'snoozeTime-e-1': '09:00',
    });
    expect(checkActivity({ serviceUrl: 'https://smba.example/', ...press }).ok).toBe(true);
    const choose = execute(DANA, 'manager.choose', {
      verb: 'manager.choose',
      request: {
        intent: 'sequence.show',
        slots: { sequence: { name: 'Demo' } },
        picked: { sequence: 'q-1' },
      },
    });
    expect(checkActivity({ serviceUrl: 'https://smba.example/', ...choose }).ok).toBe(true);
  });

  it('takes the nulls a channel sends for descriptive fields', () => {
    const activity = { serviceUrl: 'https://smba.example/', ...message(DANA, 'help') } as Record<
      string,
      unknown
    >;
    activity.locale = null;
    activity.from = { id: '29:dana', aadObjectId: 'aad-dana', name: null };
    activity.conversation = { id: 'a:1', conversationType: 'personal', name: null, tenantId: null };
    expect(checkActivity(activity).ok).toBe(true);
    expect(checkActivity({ ...activity, from: { id: null } }).ok).toBe(false);
  });

  it('says what is wrong, in a few words, naming the field', () => {
    const bad = { serviceUrl: 'https://smba.example/', ...message(DANA, 'help'), locale: 7 };
    expect(checkActivity(bad)).toEqual({
      ok: false,
      reason: 'locale: Invalid input: expected string, received number',
    });
  });

  it('says that a field is missing, in the activity and in a card press, and not of one sent as null', () => {
    const base = { serviceUrl: 'https://smba.example/', ...message(DANA, 'help') };
    const { channelId: _, ...noChannel } = base;
    expect(checkActivity(noChannel)).toEqual({ ok: false, reason: 'channelId: is missing' });
    expect(checkActivity({ ...base, channelId: null })).toEqual({
      ok: false,
      reason: 'channelId: Invalid input: expected string, received null',
    });
    const press = { serviceUrl: 'https://smba.example/', ...execute(DANA, 'seller.complete', {}) };
    const value = press.value as { action: Record<string, unknown> };
    const { verb: __, ...noVerb } = value.action;
    expect(checkActivity({ ...press, value: { ...value, action: noVerb } })).toEqual({
      ok: false,
      reason: 'value.action.verb: is missing',
    });
  });
});
