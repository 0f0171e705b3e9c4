// Customising a sequence by typing (or with the card's forms): add, remove and change steps, rename,
// describe, tag. Every change is checked at once; when it breaks a rule nothing is saved and the
// answer says which rule, in the words of the validation catalogue.

import { type Edit, type NewStep, refText, splitTags } from '../../../app/manager/customise.js';
import type { EmailTemplate } from '../../../domain/model.js';
import type { Turn } from '../../turn.js';
import { type Answer, editedAnswer, problemsAnswer, textAnswer } from '../../views/manager/answer.js';
import { confirmFirst } from './confirm.js';
import { pickSequence } from './pick.js';
import { Ask, type Request } from './request.js';
import { actorOf, servicesOf } from './services.js';

/** `subject "..."` and `body "..."` inside a new email's description become its template. */
export function emailParts(text: string | undefined): { description?: string; template?: EmailTemplate } {
  if (!text) return {};
  const subject = /\bsubject\s*[:=]?\s*"([^"]*)"/i.exec(text)?.[1];
  const body = /\b(?:body|text)\s*[:=]?\s*"([^"]*)"/i.exec(text)?.[1];
  const description = text
    .replace(/\b(?:with\s+)?(?:the\s+)?subject\s*[:=]?\s*"[^"]*"/i, '')
    .replace(/\b(?:and\s+)?(?:with\s+)?(?:the\s+)?(?:body|text)\s*[:=]?\s*"[^"]*"/i, '')
    .replace(/^\s*(?:with|and)\b/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    ...(description ? { description } : {}),
    ...(subject !== undefined || body !== undefined
      ? { template: { subject: subject ?? '', body: (body ?? '').replace(/\\n/g, '\n') } }
      : {}),
  };
}

/** The change a request asks for, or the question to ask first. */
async function editOf(turn: Turn, request: Request): Promise<Edit> {
  const { slots } = request;
  const missing = (): never => {
    throw new Ask(textAnswer(turn.say('manager.edit.unclear')));
  };
  switch (request.intent) {
    case 'sequence.rename':
      return { type: 'rename', name: slots.name ?? missing() };
    case 'sequence.describe':
      return { type: 'describe', description: slots.description ?? missing() };
    case 'sequence.tag':
      return { type: 'addTags', tags: splitTags(slots.tags ?? missing()) };
    case 'sequence.untag':
      return { type: 'removeTags', tags: splitTags(slots.tags ?? missing()) };
    case 'step.remove':
      return {
        type: 'removeStep',
        step: slots.step ?? missing(),
        ...(slots.keep ? { keep: slots.keep } : {}),
      };
    case 'step.duration':
      return { type: 'setDuration', step: slots.step ?? missing(), duration: slots.duration ?? missing() };
    case 'step.edit':
      return {
        type: 'setStepText',
        step: slots.step ?? missing(),
        field: slots.field ?? 'description',
        value: slots.value ?? missing(),
      };
    case 'step.add':
      return {
        type: 'addStep',
        step: await newStepOf(turn, request),
        position: slots.position ?? { at: 'end' },
      };
    default:
      return missing();
  }
}

async function newStepOf(turn: Turn, request: Request): Promise<NewStep> {
  const { slots } = request;
  if (slots.condition) {
    return { kind: 'condition', ...(slots.duration ? { duration: slots.duration } : {}) };
  }
  if (slots.advance) {
    const target = await pickSequence(turn, request, {
      slot: 'target',
      action: 'view',
      offer: (s) => s.status === 'active',
    });
    return { kind: 'advance', sequenceId: target.id, sequenceName: target.name };
  }
  const kind = slots.kind;
  if (!kind) {
    if (slots.duration) return { kind: 'wait', duration: slots.duration };
    throw new Ask(textAnswer(turn.say('manager.edit.unclear')));
  }
  const parts =
    kind.kind === 'email' || kind.kind === 'automatedEmail'
      ? emailParts(slots.description)
      : { description: slots.description };
  return {
    kind: kind.kind,
    ...(parts.description ? { description: parts.description } : {}),
    ...('template' in parts && parts.template ? { template: parts.template } : {}),
    ...(kind.kind === 'linkedin' ? { action: kind.action } : {}),
    ...(kind.kind === 'command' ? { update: kind.update } : {}),
  };
}

export async function customise(turn: Turn, request: Request): Promise<Answer> {
  const sequence = await pickSequence(turn, request, { action: 'edit' });
  const edit = await editOf(turn, request);
  if (edit.type === 'removeStep') {
    const step = refText(edit.step, turn.locale);
    const confirm = confirmFirst(
      turn,
      request,
      !!request.unsure,
      turn.say('understood.action.removeStep', { step, sequence: sequence.name }),
      { sequence: sequence.id },
    );
    if (confirm) return confirm;
  }
  if (edit.type === 'addStep' && edit.step.kind === 'advance' && edit.step.sequenceId) {
    const target = await servicesOf(turn).sequences.get(edit.step.sequenceId);
    if (target && target.recordType !== sequence.recordType) {
      return textAnswer(
        turn.say('manager.step.advanceType', {
          target: target.name,
          targetType: turn.say(`manager.recordType.${target.recordType}`),
          type: turn.say(`manager.recordType.${sequence.recordType}`),
        }),
      );
    }
  }
  const result = await servicesOf(turn).sequences.edit(actorOf(turn), sequence.id, edit);
  if (!result.ok)
    return problemsAnswer(turn, result.problems, 'manager.edit.nothingChanged', { sequence: sequence.name });
  const { sequence: saved, notice, versioned } = result.value;
  const notices = [turn.say(notice.key, notice.params)];
  if (versioned) notices.push(turn.say('manager.edit.newVersion', { version: saved.version }));
  return editedAnswer(turn, saved.id, notices);
}
