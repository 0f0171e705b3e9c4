// Activate (after a confirmation), deactivate, copy ("copy X as Y") and delete (after a
// confirmation; an active sequence is deactivated and its records disconnected first).

import { countSteps, daysToComplete } from '../../../domain/metrics.js';
import { validateForActivation } from '../../../domain/validation.js';
import type { Turn } from '../../turn.js';
import {
  type Answer,
  cardAnswer,
  problemText,
  problemsAnswer,
  textAnswer,
} from '../../views/manager/answer.js';
import { confirmView } from '../../views/manager/common.js';
import { confirmFirst } from './confirm.js';
import { pickSequence } from './pick.js';
import type { Request } from './request.js';
import { sequenceCard } from './sequence-card.js';
import { actorOf, servicesOf } from './services.js';

export async function activate(turn: Turn, request: Request): Promise<Answer> {
  const { sequences } = servicesOf(turn);
  const actor = actorOf(turn);
  const sequence = await pickSequence(turn, request, {
    action: 'activate',
    offer: (s) => s.status !== 'active',
  });
  const refused = await sequences.check(actor, 'activate', sequence);
  if (refused) return textAnswer(problemText(turn, refused));
  if (sequence.status === 'active') {
    return cardAnswer(
      await sequenceCard(turn, sequence),
      turn.say('manager.sequence.alreadyActive', { sequence: sequence.name }),
    );
  }
  if (!request.confirmed) {
    // Say what stands in the way before asking to confirm: a confirmation that then fails helps nobody.
    const activeCount = (await sequences.list()).filter(
      (s) => s.status === 'active' && s.id !== sequence.id,
    ).length;
    const issues = validateForActivation(sequence, activeCount);
    if (issues.length > 0) {
      return problemsAnswer(
        turn,
        issues.map((issue) => ({ key: issue.code, params: issue.params })),
        'manager.activate.blocked',
        { sequence: sequence.name },
      );
    }
    return cardAnswer(
      confirmView(turn, {
        title: turn.say('manager.activate.confirmTitle', { sequence: sequence.name }),
        text: turn.say('manager.activate.confirmText', {
          sequence: sequence.name,
          type: turn.say(`manager.recordType.${sequence.recordType}`),
          steps: countSteps(sequence.graph),
          days: daysToComplete(sequence.graph),
        }),
        confirmTitle: turn.say('manager.button.activate'),
        data: { verb: 'manager.activate', sequenceId: sequence.id },
      }),
    );
  }
  const result = await sequences.activate(actor, sequence.id);
  if (!result.ok)
    return problemsAnswer(turn, result.problems, 'manager.activate.blocked', { sequence: sequence.name });
  return cardAnswer(
    await sequenceCard(turn, result.value),
    turn.say('manager.activate.done', {
      sequence: result.value.name,
      type: turn.say(`manager.recordType.${result.value.recordType}`),
    }),
  );
}

export async function deactivate(turn: Turn, request: Request): Promise<Answer> {
  const sequence = await pickSequence(turn, request, {
    action: 'deactivate',
    offer: (s) => s.status === 'active',
  });
  // Deactivating the sequence in focus when none was named, or from uncertain words, is confirmed.
  const unsure = !!request.unsure || (request.slots.sequence === undefined && !request.picked?.sequence);
  const confirm = confirmFirst(
    turn,
    request,
    unsure && sequence.status === 'active',
    turn.say('understood.action.deactivate', { sequence: sequence.name }),
    { sequence: sequence.id },
  );
  if (confirm) return confirm;
  const result = await servicesOf(turn).sequences.deactivate(actorOf(turn), sequence.id);
  if (!result.ok) return problemsAnswer(turn, result.problems);
  return cardAnswer(
    await sequenceCard(turn, result.value.sequence),
    turn.say('manager.deactivate.done', { sequence: sequence.name, running: result.value.running }),
  );
}

export async function copy(turn: Turn, request: Request): Promise<Answer> {
  const source = await pickSequence(turn, request, { action: 'copy' });
  const result = await servicesOf(turn).sequences.copy(
    actorOf(turn),
    source.id,
    request.slots.name,
    turn.locale,
  );
  if (!result.ok)
    return problemsAnswer(turn, result.problems, 'manager.copy.failed', { sequence: source.name });
  const copyRequest: Request = { intent: 'sequence.show', slots: {}, picked: { sequence: result.value.id } };
  // Work goes on with the copy.
  await pickSequence(turn, copyRequest, { action: 'view' });
  return cardAnswer(
    await sequenceCard(turn, result.value),
    turn.say('manager.copy.done', { sequence: source.name, name: result.value.name }),
  );
}

export async function remove(turn: Turn, request: Request): Promise<Answer> {
  const { sequences } = servicesOf(turn);
  const actor = actorOf(turn);
  const sequence = await pickSequence(turn, request, { action: 'delete' });
  const refused = await sequences.check(actor, 'delete', sequence);
  if (refused) return textAnswer(problemText(turn, refused));
  if (!request.confirmed) {
    const running = (await sequences.openEnrollments(sequence.id)).length;
    return cardAnswer(
      confirmView(turn, {
        title: turn.say('manager.delete.confirmTitle', { sequence: sequence.name }),
        text:
          sequence.status === 'active'
            ? turn.say('manager.delete.confirmActive', { sequence: sequence.name, running })
            : running > 0
              ? turn.say('manager.delete.confirmRunning', { sequence: sequence.name, running })
              : turn.say('manager.delete.confirmText', { sequence: sequence.name }),
        confirmTitle: turn.say('manager.button.delete'),
        data: { verb: 'manager.delete', sequenceId: sequence.id },
        destructive: true,
      }),
    );
  }
  const result = await sequences.remove(actor, sequence.id);
  if (!result.ok) return problemsAnswer(turn, result.problems);
  if (result.value.pending > 0) {
    return textAnswer(
      turn.say('manager.delete.started', { sequence: sequence.name, count: result.value.pending }),
    );
  }
  return textAnswer(
    result.value.disconnected > 0
      ? turn.say('manager.delete.doneDisconnected', {
          sequence: sequence.name,
          count: result.value.disconnected,
        })
      : turn.say('manager.delete.done', { sequence: sequence.name }),
  );
}
