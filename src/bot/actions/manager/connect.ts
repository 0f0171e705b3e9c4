// "manager.connect": the Connect records form of an active sequence's card.

import type { Application, TurnState } from '@microsoft/teams-ai';
import type { AppContext } from '../../../app/context.js';
import { pickSequence } from '../../messages/manager/pick.js';
import { sequenceCard } from '../../messages/manager/sequence-card.js';
import { actorOf, servicesOf } from '../../messages/manager/services.js';
import { cardAnswer, problemsText, textAnswer } from '../../views/manager/answer.js';
import { registerVerb, text } from './common.js';

export function registerConnectAction(app: Application<TurnState>, ctx: AppContext): void {
  registerVerb(app, ctx, 'manager.connect', async (turn, data) => {
    const sequenceId = text(data, 'sequenceId');
    const ids = (text(data, 'connectRecords') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (!sequenceId) return textAnswer(turn.say('error.badAction'));
    if (ids.length === 0) return textAnswer(turn.say('manager.form.pickRecords'));
    const sequence = await pickSequence(
      turn,
      { intent: 'record.connect', slots: {}, picked: { sequence: sequenceId } },
      { action: 'connect' },
    );
    const actor = actorOf(turn);
    const { records, connections } = servicesOf(turn);
    // Only records this person may see; ids they may not are ignored, not trusted.
    const visible = new Map((await records.listFor(actor)).map((record) => [record.id, record]));
    const chosen = ids.map((id) => visible.get(id)).filter((record) => record !== undefined);
    const result = await connections.connectMany(actor, sequence, chosen);
    const notices = [
      turn.say('manager.connect.many', {
        count: result.connected.length,
        sequence: sequence.name,
        names: result.connected.map(({ record }) => record.name).join(', ') || '-',
      }),
      ...result.refused.map(({ record, problems }) =>
        turn.say('manager.connect.refusedOne', { record: record.name, why: problemsText(turn, problems) }),
      ),
    ];
    const fresh = (await servicesOf(turn).sequences.get(sequence.id)) ?? sequence;
    return cardAnswer(await sequenceCard(turn, fresh), ...notices);
  });
}
