// Turns the words of a request into the template, sequence, record or person they name. One match:
// that one. Several: a card asks which, with a button each. None: says so and offers the closest.
// "it", "this sequence" or nothing at all mean the sequence the manager is working on.

import { templateForReader } from '../../../app/texts.js';
import { getFocus, setFocus } from '../../../app/manager/focus.js';
import { type SequenceAction, decideOnSequence } from '../../../app/manager/permissions.js';
import type { User } from '../../../app/ports.js';
import type { CrmRecord, Sequence, SequenceTemplate } from '../../../domain/model.js';
import { countSteps, daysToComplete } from '../../../domain/metrics.js';
import { isMessageKey, type MessageKey } from '../../../i18n/index.js';
import { isPronoun, personWords, recordKindWords, recordTypeOfWord } from '../../grammar/index.js';
import { templateNamesOf } from '../../grammar/lang/index.js';
import { type Candidate, nameWords, resolve } from '../../grammar/resolve.js';
import type { Turn } from '../../turn.js';
import { cardAnswer, problemText, textAnswer } from '../../views/manager/answer.js';
import { type Choice, chooseView } from '../../views/manager/common.js';
import { templateListView } from '../../views/manager/templates.js';
import { Ask, type Picked, type Request, withPick } from './request.js';
import { actorOf, servicesOf } from './services.js';

const choiceFor = (
  request: Request,
  slot: keyof Picked,
  id: string,
  title: string,
  subtitle?: string,
): Choice => ({
  title,
  ...(subtitle ? { subtitle } : {}),
  data: { verb: 'manager.choose', request: withPick(request, slot, id) },
});

/** What pressing a choice's button does, said on the button ("Pause", "Open"), never a bare "Choose". */
function buttonTitle(turn: Turn, choices: Choice[]): string {
  const request = choices[0]?.data.request as Request | undefined;
  const intent = request?.intent;
  if (!intent) return turn.say('manager.button.choose');
  if (intent.startsWith('step.') || /^sequence\.(rename|describe|tag|untag)$/.test(intent)) {
    return turn.say('understood.button.edit');
  }
  const key = `understood.button.${intent}`;
  return isMessageKey(key) ? turn.say(key) : turn.say('manager.button.choose');
}

/** The question "which one?", with a button per choice; thrown by the picker. */
function ask(
  turn: Turn,
  prompt: MessageKey,
  params: Record<string, string | number>,
  choices: Choice[],
): Ask {
  const view = chooseView(turn, turn.say(prompt, params), choices);
  return new Ask(cardAnswer({ ...view, data: { ...view.data, chooseTitle: buttonTitle(turn, choices) } }));
}

// ---- Templates ----------------------------------------------------------------------------------

export function templateCandidates(templates: readonly SequenceTemplate[]): Candidate<SequenceTemplate>[] {
  return templates.map((template) => ({
    item: template,
    names: [template.name, template.id, ...template.aliases, ...templateNamesOf(template.id)],
    keys: [template.id],
  }));
}

export function pickTemplate(turn: Turn, request: Request): SequenceTemplate {
  const templates = turn.app.templates;
  const pickedId = request.picked?.template;
  if (pickedId) {
    const template = templates.find((t) => t.id === pickedId);
    if (template) return template;
  }
  const phrase = request.slots.template;
  if (!phrase) {
    throw new Ask(cardAnswer(templateListView(turn, templates), turn.say('manager.create.whichTemplate')));
  }
  const subtitle = (template: SequenceTemplate): string =>
    turn.say('manager.templates.facts', {
      type: turn.say(`manager.recordType.${template.recordType}`),
      steps: countSteps(template.graph),
      days: daysToComplete(template.graph),
    });
  const found = resolve(phrase, templateCandidates(templates));
  if (found.kind === 'one') return found.item;
  const options = found.kind === 'many' ? found.items : found.closest;
  throw ask(
    turn,
    found.kind === 'many' ? 'manager.choose.template' : 'manager.notFound.template',
    { phrase },
    options.map((template) =>
      choiceFor(
        request,
        'template',
        template.id,
        templateForReader(template, turn.say).name,
        subtitle(template),
      ),
    ),
  );
}

// ---- Sequences ----------------------------------------------------------------------------------

export interface SequencePick {
  /** Which slot names the sequence: the one worked on, or an "advance to" target. */
  slot?: 'sequence' | 'target';
  action: SequenceAction;
  /** The sequences offered when the request names none (e.g. only drafts to activate). */
  offer?: (sequence: Sequence) => boolean;
  /** Ask which one when none is named, rather than take the one in focus; "it" still means that one. */
  askWhenUnnamed?: boolean;
}

export async function pickSequence(turn: Turn, request: Request, options: SequencePick): Promise<Sequence> {
  const slot = options.slot ?? 'sequence';
  const { sequences } = servicesOf(turn);
  const actor = actorOf(turn);
  const visible = await sequences.visibleTo(actor);
  const remember = async (sequence: Sequence): Promise<Sequence> => {
    if (slot === 'sequence') await setFocus(turn.app.stores, turn.user.id, sequence.id);
    return sequence;
  };

  const pickedId = request.picked?.[slot];
  if (pickedId) {
    const sequence = await sequences.get(pickedId);
    if (!sequence) throw new Ask(textAnswer(turn.say('manager.sequence.gone')));
    // A button's data is never trusted for who may see what.
    const decision = decideOnSequence(actor, 'view', sequence, await sequences.ownerName(sequence));
    if (!decision.allowed) throw new Ask(textAnswer(problemText(turn, decision.problem)));
    return remember(sequence);
  }

  const phrase = request.slots[slot];
  if (slot === 'sequence' && isPronoun(phrase) && !(phrase === undefined && options.askWhenUnnamed)) {
    const focus = await getFocus(turn.app.stores, turn.user.id);
    const current = focus ? visible.find((s) => s.id === focus) : undefined;
    if (current) return remember(current);
  }
  const owners = new Map((await turn.app.stores.users.list()).map((user) => [user.id, user.name]));
  const subtitle = (sequence: Sequence): string =>
    turn.say('manager.sequences.short', {
      status: turn.say(`manager.status.${sequence.status}`),
      type: turn.say(`manager.recordType.${sequence.recordType}`),
      owner: owners.get(sequence.ownerId) ?? sequence.ownerId,
    });
  const choose = (prompt: MessageKey, params: Record<string, string>, list: Sequence[]): Ask =>
    ask(
      turn,
      prompt,
      params,
      list.slice(0, 8).map((s) => choiceFor(request, slot, s.id, s.name, subtitle(s))),
    );

  if (phrase === undefined || isPronoun(phrase)) {
    const offered = visible.filter(options.offer ?? (() => true));
    if (offered.length === 0)
      throw new Ask(
        textAnswer(
          turn.say('manager.sequences.noneToPick', { action: turn.say(`manager.action.${options.action}`) }),
        ),
      );
    throw choose(
      'manager.choose.sequence',
      { action: turn.say(`manager.action.${options.action}`) },
      offered,
    );
  }
  const found = resolve(
    phrase,
    visible.map((s) => ({ item: s, names: [s.name], keys: [s.id] })),
  );
  if (found.kind === 'one') return remember(found.item);
  if (found.kind === 'many') throw choose('manager.choose.sequenceNamed', { phrase }, found.items);
  if (found.closest.length === 0)
    throw new Ask(textAnswer(turn.say('manager.notFound.sequenceNoneAtAll', { phrase })));
  throw choose('manager.notFound.sequence', { phrase }, found.closest);
}

// ---- Records ------------------------------------------------------------------------------------

export function recordSubtitle(turn: Turn, record: CrmRecord): string {
  return [turn.say(`manager.recordType.${record.type}`), record.company, record.email]
    .filter(Boolean)
    .join(' · ');
}

export async function pickRecord(turn: Turn, request: Request): Promise<CrmRecord> {
  const { records } = servicesOf(turn);
  const visible = await records.listFor(actorOf(turn));
  const pickedId = request.picked?.record;
  if (pickedId) {
    const record = visible.find((r) => r.id === pickedId);
    if (record) return record;
    throw new Ask(textAnswer(turn.say('manager.record.gone')));
  }
  const phrase = request.slots.record ?? '';
  // "lead Jane Doe": the type narrows the search.
  const [first] = nameWords(phrase);
  const type = first ? recordTypeOfWord(first) : undefined;
  const pool = type ? visible.filter((r) => r.type === type) : visible;
  const found = resolve(
    phrase,
    pool.map((r) => ({
      item: r,
      names: [r.name, [r.firstName, r.lastName].filter(Boolean).join(' ')].filter(Boolean),
      keys: [r.id, ...(r.email ? [r.email] : [])],
    })),
    {
      ignore: recordKindWords(),
    },
  );
  if (found.kind === 'one') return found.item;
  const list = found.kind === 'many' ? found.items : found.closest;
  if (list.length === 0) throw new Ask(textAnswer(turn.say('manager.notFound.recordNoneAtAll', { phrase })));
  throw ask(
    turn,
    found.kind === 'many' ? 'manager.choose.record' : 'manager.notFound.record',
    { phrase },
    list.slice(0, 8).map((r) => choiceFor(request, 'record', r.id, r.name, recordSubtitle(turn, r))),
  );
}

// ---- People -------------------------------------------------------------------------------------

export async function pickUser(turn: Turn, request: Request, phraseOverride?: string): Promise<User> {
  const users = await turn.app.stores.users.list();
  const pickedId = request.picked?.user;
  if (pickedId) {
    const user = users.find((u) => u.id === pickedId);
    if (user) return user;
    throw new Ask(textAnswer(turn.say('manager.user.gone')));
  }
  const phrase = phraseOverride ?? request.slots.user ?? '';
  if (['me', 'myself', 'i'].includes(phrase.trim().toLowerCase())) {
    const me = users.find((u) => u.id === turn.user.id);
    if (me) return me;
  }
  const found = resolve(
    phrase,
    users.map((u) => ({ item: u, names: [u.name], keys: [u.id, ...(u.email ? [u.email] : [])] })),
    { ignore: personWords() },
  );
  if (found.kind === 'one') return found.item;
  const list = found.kind === 'many' ? found.items : found.closest;
  if (found.kind === 'none') {
    throw new Ask(
      textAnswer(
        turn.say('manager.notFound.user', { phrase, known: list.map((u) => u.name).join(', ') || '-' }),
      ),
    );
  }
  throw ask(
    turn,
    'manager.choose.user',
    { phrase },
    list.slice(0, 8).map((u) => choiceFor(request, 'user', u.id, u.name, u.email)),
  );
}
