// The Customise form of the sequence card: add, remove and change steps, rename, describe, tag.
// Each button becomes the same request the typed phrase would make, so both run one code path.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import type { Position, StepField } from '../../../app/manager/customise.js';
import type { Duration, LinkedInAction, RecordFieldUpdate } from '../../../domain/model.js';
import type { KindSpec, Slots } from '../../grammar/index.js';
import { cardAnswer, editedLines, textAnswer } from '../../views/manager/answer.js';
import { pickSequence } from '../../messages/manager/pick.js';
import { Ask } from '../../messages/manager/request.js';
import { sequenceCard } from '../../messages/manager/sequence-card.js';
import { type CardData, type Press, count, registerVerb, sequenceRequest, text } from './common.js';
import { runRequest } from '../../messages/manager/run.js';

const COMMANDS: Record<string, RecordFieldUpdate> = {
  qualify: { field: 'status', value: 'qualified' },
  disqualify: { field: 'status', value: 'disqualified' },
  won: { field: 'stage', value: 'won' },
  lost: { field: 'stage', value: 'lost' },
  futureEvents: { field: 'futureEvents', value: true },
};
const LINKEDIN: readonly LinkedInAction[] = ['research', 'connect', 'inMail', 'getIntroduced'];
const FIELDS: readonly StepField[] = ['description', 'name', 'subject', 'body'];

function durationOf(data: CardData, days: string, hours: string): Duration | undefined {
  const d = count(data, days);
  const h = count(data, hours);
  return d === undefined && h === undefined ? undefined : { days: d ?? 0, hours: h ?? 0 };
}

/** "after:<step id>[:yes|no]", "end" or "start". */
function positionOf(value: string | undefined): Position {
  if (!value || value === 'end') return { at: 'end' };
  if (value === 'start') return { at: 'start' };
  const [, id, branch] = value.split(':');
  return { at: 'after', step: { id: id ?? '' }, ...(branch === 'yes' || branch === 'no' ? { branch } : {}) };
}

/** The kind chosen in the form, as the grammar would have read it. */
function kindSlots(value: string | undefined, duration: Duration | undefined): Slots | undefined {
  const [kind, detail] = (value ?? '').split(':');
  switch (kind) {
    case 'email':
    case 'automatedEmail':
    case 'phoneCall':
    case 'task':
      return { kind: { kind } as KindSpec };
    case 'linkedin':
      return LINKEDIN.includes(detail as LinkedInAction)
        ? { kind: { kind: 'linkedin', action: detail as LinkedInAction } }
        : undefined;
    case 'command': {
      const update = detail ? COMMANDS[detail] : undefined;
      return update ? { kind: { kind: 'command', update } } : undefined;
    }
    case 'wait':
      return { duration: duration ?? { days: 1, hours: 0 } };
    case 'condition':
      return { condition: true, ...(duration ? { duration } : {}) };
    default:
      return undefined;
  }
}

/**
 * A button of the Customise card: the change is made as the typed phrase would make it, and the
 * answer is the Customise card again with one line naming the change on top, so the manager can
 * go on editing (the sequence card is one press away, "Back to the sequence").
 */
function registerFormVerb(app: Application<TurnState>, ctx: AppContext, verb: string, press: Press): void {
  registerVerb(app, ctx, verb, async (turn, data) => {
    const asked = await press(turn, data);
    if ('notices' in asked) return asked;
    const answer = await runRequest(turn, asked);
    const sequenceId = asked.picked?.sequence;
    const lines = editedLines(answer);
    if (!lines || !sequenceId) return answer;
    const sequence = await ctx.stores.sequences.get(sequenceId);
    return sequence ? cardAnswer(await sequenceCard(turn, sequence, 'customise'), ...lines) : answer;
  });
}

export function registerCustomiseActions(app: Application<TurnState>, ctx: AppContext): void {
  // The forms live on a card of their own, so the sequence card stays a short summary.
  registerVerb(app, ctx, 'manager.customise.open', async (turn, data) => {
    const sequenceId = text(data, 'sequenceId');
    if (!sequenceId) return textAnswer(turn.say('error.badAction'));
    try {
      const request = { intent: 'sequence.show' as const, slots: {}, picked: { sequence: sequenceId } };
      const sequence = await pickSequence(turn, request, { action: 'edit' });
      return cardAnswer(await sequenceCard(turn, sequence, 'customise'));
    } catch (error) {
      if (error instanceof Ask) return error.answer;
      throw error;
    }
  });
  registerFormVerb(app, ctx, 'manager.step.add', (turn, data) => {
    const kind = kindSlots(text(data, 'addKind'), durationOf(data, 'addDays', 'addHours'));
    if (!kind) return textAnswer(turn.say('manager.form.pickKind'));
    const description = text(data, 'addDescription');
    return sequenceRequest(turn, data, {
      intent: 'step.add',
      slots: {
        ...kind,
        position: positionOf(text(data, 'addPosition')),
        ...(description ? { description } : {}),
      },
    });
  });
  registerFormVerb(app, ctx, 'manager.step.remove', (turn, data) => {
    const id = text(data, 'removeStep');
    if (!id) return textAnswer(turn.say('manager.form.pickStep'));
    return sequenceRequest(turn, data, { intent: 'step.remove', slots: { step: { id } } });
  });
  registerFormVerb(app, ctx, 'manager.step.duration', (turn, data) => {
    const id = text(data, 'durationStep');
    const duration = durationOf(data, 'durationDays', 'durationHours');
    if (!id) return textAnswer(turn.say('manager.form.pickStep'));
    if (!duration) return textAnswer(turn.say('manager.form.giveDuration'));
    return sequenceRequest(turn, data, { intent: 'step.duration', slots: { step: { id }, duration } });
  });
  registerFormVerb(app, ctx, 'manager.step.edit', (turn, data) => {
    const id = text(data, 'editStep');
    const field = text(data, 'editField') ?? 'description';
    const value = text(data, 'editValue');
    if (!id) return textAnswer(turn.say('manager.form.pickStep'));
    if (!FIELDS.includes(field as StepField) || value === undefined)
      return textAnswer(turn.say('manager.form.giveText'));
    return sequenceRequest(turn, data, {
      intent: 'step.edit',
      slots: { step: { id }, field: field as StepField, value },
    });
  });
  registerFormVerb(app, ctx, 'manager.rename', (turn, data) => {
    const name = text(data, 'newName');
    if (!name) return textAnswer(turn.say('manager.sequence.nameEmpty'));
    return sequenceRequest(turn, data, { intent: 'sequence.rename', slots: { name } });
  });
  registerFormVerb(app, ctx, 'manager.describe', (turn, data) =>
    sequenceRequest(turn, data, {
      intent: 'sequence.describe',
      slots: { description: text(data, 'newDescription') ?? '' },
    }),
  );
  for (const [verb, intent] of [
    ['manager.tags.add', 'sequence.tag'],
    ['manager.tags.remove', 'sequence.untag'],
  ] as const) {
    registerFormVerb(app, ctx, verb, (turn, data) => {
      const tags = text(data, 'newTags');
      if (!tags) return textAnswer(turn.say('manager.form.giveTags'));
      return sequenceRequest(turn, data, { intent, slots: { tags } });
    });
  }
}
