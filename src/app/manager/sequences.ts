// The life of a sequence as managers run it: create (from a template or blank), customise, activate,
// deactivate, copy and delete. Every change runs under the sequence's lock, is checked against the
// permissions and the sequence rules, and is saved whole or not at all. Editing a sequence that
// records run on saves a new version: they stay on theirs, new connections get the latest.

import { templateForReader } from '../texts.js';
import { randomUUID } from 'node:crypto';
import type { RecordType, Sequence, SequenceStatus, SequenceTemplate } from '../../domain/model.js';
import { validateForActivation, validateGraph, type ValidationIssue } from '../../domain/validation.js';
import { sayIn, t } from '../../i18n/index.js';
import type { AppContext } from '../context.js';
import type { EnrollmentRef, SequenceCursor, SequencePage } from '../ports.js';
import { IN_TURN_LIMIT } from './bulk.js';
import { type Edit, MAX_NAME_LENGTH, applyEdit } from './customise.js';
import { type Actor, type Outcome, type Problem, fail, failWith, fromIssue, ok } from './outcome.js';
import { type SequenceAction, decide, decideOnSequence, viewScope, visibilityFor } from './permissions.js';

export interface EditResult {
  sequence: Sequence;
  notice: Problem;
  /** True when the change was saved as a new version (records on the old one stay there). */
  versioned: boolean;
  stepId?: string;
}

export interface DeleteResult {
  sequence: Sequence;
  disconnected: number;
  /**
   * Records still to disconnect in the background before the sequence goes (too many for one
   * turn); 0 when the sequence is already deleted.
   */
  pending: number;
}

export class SequenceService {
  constructor(private readonly ctx: AppContext) {}

  get(id: string): Promise<Sequence | undefined> {
    return this.ctx.stores.sequences.get(id);
  }

  list(): Promise<Sequence[]> {
    return this.ctx.stores.sequences.list();
  }

  async visibleTo(actor: Actor): Promise<Sequence[]> {
    return (await this.list()).filter((sequence) => decideOnSequence(actor, 'view', sequence).allowed);
  }

  /**
   * A page of the sequences `actor` may see and `filter` keeps, by name: the first, or the one a
   * cursor (from a page button) points to. The view rule is applied to every page, so a cursor, even
   * a forged one, only says where to start in what the actor sees.
   */
  visiblePage(
    actor: Actor,
    filter: { status?: SequenceStatus; recordType?: RecordType },
    limit: number,
    cursor?: SequenceCursor,
  ): Promise<SequencePage> {
    const { status, recordType } = filter;
    return this.ctx.stores.sequences.listPage({
      ...(status ? { status } : {}),
      ...(recordType ? { recordType } : {}),
      ...(cursor ? { cursor } : {}),
      limit,
      ...viewScope(actor),
    });
  }

  async ownerName(sequence: Sequence): Promise<string> {
    return (await this.ctx.stores.users.get(sequence.ownerId))?.name ?? sequence.ownerId;
  }

  /** Whether `actor` may do `action` to `sequence`; the refusal names the role or ownership missing. */
  async check(actor: Actor, action: SequenceAction, sequence: Sequence): Promise<Problem | undefined> {
    const decision = decideOnSequence(actor, action, sequence, await this.ownerName(sequence));
    return decision.allowed ? undefined : decision.problem;
  }

  /** Records connected to the sequence and still running (active or paused), any version. */
  /** The records running on a sequence (active or paused), as references. */
  async openEnrollments(sequenceId: string): Promise<EnrollmentRef[]> {
    return this.ctx.stores.enrollments.listOpenRefsBySequence(sequenceId);
  }

  // ---- Creating -------------------------------------------------------------------------------

  async createFromTemplate(
    actor: Actor,
    template: SequenceTemplate,
    name?: string,
    locale?: string,
  ): Promise<Outcome<Sequence>> {
    const refused = decide(actor, 'sequence.create');
    if (!refused.allowed) return failWith([refused.problem]);
    // With no name given, the template's name in the creator's language: a name is what people type
    // to reach a sequence, so it is stored once, like one they typed, and the same for every reader.
    const chosen = await this.chooseName(
      name,
      `${templateForReader(template, sayIn(locale)).name} (${actor.name})`,
    );
    if (!chosen.ok) return chosen;
    const sequence = this.newSequence(actor, {
      name: chosen.value,
      description: template.description,
      recordType: template.recordType,
      // The built-in templates are frozen; the sequence gets its own graph.
      graph: structuredClone(template.graph) as Sequence['graph'],
      templateId: template.id,
      tags: [],
    });
    await this.ctx.stores.sequences.save(sequence);
    this.ctx.log.info(
      { sequenceId: sequence.id, templateId: template.id, by: actor.id },
      'sequence created from template',
    );
    return ok(sequence);
  }

  async createBlank(
    actor: Actor,
    recordType: RecordType,
    name?: string,
    locale?: string,
  ): Promise<Outcome<Sequence>> {
    const refused = decide(actor, 'sequence.create');
    if (!refused.allowed) return failWith([refused.problem]);
    const chosen = await this.chooseName(
      name,
      t(
        'manager.sequence.blankName',
        { type: t(`manager.recordType.${recordType}`, {}, locale), owner: actor.name },
        locale,
      ),
    );
    if (!chosen.ok) return chosen;
    const sequence = this.newSequence(actor, {
      name: chosen.value,
      recordType,
      graph: { steps: [] },
      tags: [],
    });
    await this.ctx.stores.sequences.save(sequence);
    this.ctx.log.info({ sequenceId: sequence.id, recordType, by: actor.id }, 'blank sequence created');
    return ok(sequence);
  }

  async copy(actor: Actor, sourceId: string, name?: string, locale?: string): Promise<Outcome<Sequence>> {
    const source = await this.get(sourceId);
    if (!source) return fail('manager.sequence.gone');
    const refused = await this.check(actor, 'copy', source);
    if (refused) return failWith([refused]);
    const chosen = await this.chooseName(name, t('manager.sequence.copyName', { name: source.name }, locale));
    if (!chosen.ok) return chosen;
    const sequence = this.newSequence(actor, {
      name: chosen.value,
      description: source.description,
      recordType: source.recordType,
      graph: structuredClone(source.graph),
      templateId: source.templateId,
      tags: [...source.tags],
    });
    await this.ctx.stores.sequences.save(sequence);
    this.ctx.log.info({ sequenceId: sequence.id, from: source.id, by: actor.id }, 'sequence copied');
    return ok(sequence);
  }

  private newSequence(
    actor: Actor,
    fields: Pick<Sequence, 'name' | 'recordType' | 'graph' | 'tags'> &
      Partial<Pick<Sequence, 'description' | 'templateId'>>,
  ): Sequence {
    const now = this.ctx.clock.now().toISOString();
    const businessUnit = visibilityFor(actor);
    return {
      id: randomUUID(),
      name: fields.name,
      ...(fields.description ? { description: fields.description } : {}),
      recordType: fields.recordType,
      ownerId: actor.id,
      ...(businessUnit === undefined ? {} : { businessUnit }),
      status: 'draft',
      version: 1,
      tags: fields.tags,
      graph: fields.graph,
      ...(fields.templateId ? { templateId: fields.templateId } : {}),
      createdAt: now,
      updatedAt: now,
    };
  }

  /** The name asked for (when free), or the default, numbered " 2", " 3"... when taken. */
  private async chooseName(asked: string | undefined, fallback: string): Promise<Outcome<string>> {
    const taken = new Set((await this.list()).map((sequence) => sequence.name.trim().toLowerCase()));
    const wanted = asked?.trim();
    if (wanted) {
      if (wanted.length > MAX_NAME_LENGTH)
        return fail('manager.sequence.nameTooLong', { max: MAX_NAME_LENGTH });
      if (taken.has(wanted.toLowerCase())) return fail('manager.sequence.nameTaken', { name: wanted });
      return ok(wanted);
    }
    if (!taken.has(fallback.toLowerCase())) return ok(fallback);
    for (let n = 2; ; n++) {
      const candidate = `${fallback} ${n}`;
      if (!taken.has(candidate.toLowerCase())) return ok(candidate);
    }
  }

  // ---- Changing -------------------------------------------------------------------------------

  /** Applies one change; nothing is saved when it breaks a rule (the problems say which). */
  async edit(actor: Actor, id: string, edit: Edit): Promise<Outcome<EditResult>> {
    return this.ctx.stores.locks.withLock(`sequence:${id}`, async () => {
      const current = await this.get(id);
      if (!current) return fail('manager.sequence.gone');
      const refused = await this.check(actor, 'edit', current);
      if (refused) return failWith([refused]);
      if (edit.type === 'rename') {
        const others = (await this.list()).filter((s) => s.id !== id);
        if (others.some((s) => s.name.trim().toLowerCase() === edit.name.trim().toLowerCase())) {
          return fail('manager.sequence.nameTaken', { name: edit.name.trim() });
        }
      }
      const edited = applyEdit(current, edit, actor.locale);
      if (!edited.ok) return edited;
      const issues: ValidationIssue[] = validateGraph(edited.value.sequence.graph);
      if (current.status === 'active' && edited.value.sequence.graph.steps.length === 0) {
        issues.push({ code: 'validation.emptySequence', params: { sequenceName: current.name } });
      }
      if (issues.length > 0) return failWith(issues.map(fromIssue));

      const versioned = current.status === 'active' || (await this.runsOnVersion(current));
      const next: Sequence = {
        ...edited.value.sequence,
        // What a change can never touch: who owns it, what it is for, where it stands.
        id: current.id,
        recordType: current.recordType,
        ownerId: current.ownerId,
        status: current.status,
        createdAt: current.createdAt,
        version: versioned ? current.version + 1 : current.version,
        updatedAt: this.ctx.clock.now().toISOString(),
      };
      if (current.businessUnit === undefined) delete next.businessUnit;
      else next.businessUnit = current.businessUnit;
      await this.ctx.stores.sequences.save(next);
      this.ctx.log.info(
        { sequenceId: id, edit: edit.type, version: next.version, by: actor.id },
        'sequence edited',
      );
      return ok({ sequence: next, notice: edited.value.notice, versioned, stepId: edited.value.stepId });
    });
  }

  /** Whether an open enrollment runs on the sequence's current version (so it must not change under it). */
  private async runsOnVersion(sequence: Sequence): Promise<boolean> {
    return (await this.openEnrollments(sequence.id)).some((e) => e.sequenceVersion === sequence.version);
  }

  async activate(actor: Actor, id: string): Promise<Outcome<Sequence>> {
    return this.ctx.stores.locks.withLock(`sequence:${id}`, async () => {
      const current = await this.get(id);
      if (!current) return fail('manager.sequence.gone');
      const refused = await this.check(actor, 'activate', current);
      if (refused) return failWith([refused]);
      if (current.status === 'active')
        return fail('manager.sequence.alreadyActive', { sequence: current.name });
      const activeCount = (await this.list()).filter((s) => s.status === 'active' && s.id !== id).length;
      const issues = validateForActivation(current, activeCount);
      if (issues.length > 0) return failWith(issues.map(fromIssue));
      const next: Sequence = { ...current, status: 'active', updatedAt: this.ctx.clock.now().toISOString() };
      await this.ctx.stores.sequences.save(next);
      this.ctx.log.info({ sequenceId: id, version: next.version, by: actor.id }, 'sequence activated');
      return ok(next);
    });
  }

  /** Stops new connections; records already connected go on to the end of their version. */
  async deactivate(actor: Actor, id: string): Promise<Outcome<{ sequence: Sequence; running: number }>> {
    return this.ctx.stores.locks.withLock(`sequence:${id}`, async () => {
      const current = await this.get(id);
      if (!current) return fail('manager.sequence.gone');
      const refused = await this.check(actor, 'deactivate', current);
      if (refused) return failWith([refused]);
      if (current.status !== 'active')
        return fail('manager.sequence.notActiveYet', { sequence: current.name });
      const next: Sequence = {
        ...current,
        status: 'inactive',
        updatedAt: this.ctx.clock.now().toISOString(),
      };
      await this.ctx.stores.sequences.save(next);
      this.ctx.log.info({ sequenceId: id, by: actor.id }, 'sequence deactivated');
      return ok({ sequence: next, running: (await this.openEnrollments(id)).length });
    });
  }

  /**
   * Deletes a sequence. An active one is first deactivated (no new connections), then every record
   * still on it is disconnected, then it goes.
   */
  async remove(actor: Actor, id: string): Promise<Outcome<DeleteResult>> {
    return this.ctx.stores.locks.withLock(`sequence:${id}`, async () => {
      const current = await this.get(id);
      if (!current) return fail('manager.sequence.gone');
      const refused = await this.check(actor, 'delete', current);
      if (refused) return failWith([refused]);
      if (current.status === 'active') {
        await this.ctx.stores.sequences.save({
          ...current,
          status: 'inactive',
          updatedAt: this.ctx.clock.now().toISOString(),
        });
      }
      const open = await this.openEnrollments(id);
      if (open.length > IN_TURN_LIMIT) {
        await this.ctx.bulk.start(
          'disconnect',
          actor,
          current,
          open.map((e) => e.id),
          'deleteSequence',
        );
        return ok({ sequence: current, disconnected: 0, pending: open.length });
      }
      let disconnected = 0;
      for (const enrollment of open) {
        const result = await this.ctx.enrollments.apply(enrollment.id, {
          type: 'disconnected',
          by: actor.id,
          reason: 'sequenceDeleted',
        });
        if (result.ok) disconnected++;
      }
      await this.ctx.stores.sequences.delete(id);
      this.ctx.log.info({ sequenceId: id, disconnected, by: actor.id }, 'sequence deleted');
      return ok({ sequence: current, disconnected, pending: 0 });
    });
  }
}
