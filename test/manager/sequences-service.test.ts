// The sequence service's guarantees: edits to one sequence are serialised (none is lost), and a
// change becomes a new version exactly when records may run on the current one.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { managerServices, type ManagerServices } from '../../src/app/manager/index.js';
import type { Actor } from '../../src/app/manager/outcome.js';
import type { CrmRecord } from '../../src/domain/model.js';
import { findTemplateById } from '../../src/domain/templates.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const MANAGER: Actor = {
  id: 'aad-dana',
  name: 'Dana Reyes',
  roles: ['sequenceManager'],
  businessUnit: 'default',
};

let h: Harness;
let services: ManagerServices;
beforeEach(async () => {
  h = await startHarness();
  services = managerServices(h.ctx, {
    rolesOf: (user) => user.roles,
    isConfiguredAdministrator: () => false,
  });
});
afterEach(async () => {
  await h.close();
});

async function demo() {
  const created = await services.sequences.createFromTemplate(
    MANAGER,
    findTemplateById('product-demo')!,
    'Demo',
  );
  if (!created.ok) throw new Error('not created');
  return created.value;
}

describe('the sequence service', () => {
  it('serialises concurrent edits of one sequence: none is lost', async () => {
    const sequence = await demo();
    const results = await Promise.all([
      services.sequences.edit(MANAGER, sequence.id, { type: 'addTags', tags: ['a'] }),
      services.sequences.edit(MANAGER, sequence.id, { type: 'addTags', tags: ['b'] }),
      services.sequences.edit(MANAGER, sequence.id, {
        type: 'addStep',
        step: { kind: 'task' },
        position: { at: 'after', step: { id: 'run-demo' } },
      }),
      services.sequences.edit(MANAGER, sequence.id, { type: 'describe', description: 'Why' }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const saved = await h.stores.sequences.get(sequence.id);
    expect(saved).toMatchObject({ tags: ['a', 'b'], description: 'Why', version: 1 });
    expect(saved?.graph.steps).toHaveLength(15);
  });

  it('saves a new version when the sequence is active, or when records still run on the current version', async () => {
    const sequence = await demo();
    expect(
      (await services.sequences.edit(MANAGER, sequence.id, { type: 'rename', name: 'Demo 1' })).ok &&
        (await h.stores.sequences.get(sequence.id))?.version,
    ).toBe(1);
    await services.sequences.activate(MANAGER, sequence.id);
    const active = await services.sequences.edit(MANAGER, sequence.id, { type: 'rename', name: 'Demo 2' });
    expect(active.ok && active.value).toMatchObject({
      versioned: true,
      sequence: { version: 2, status: 'active', ownerId: MANAGER.id, recordType: 'opportunity' },
    });

    // A record on version 2, then deactivated: editing it still must not change version 2 under the record.
    const at = h.clock.now().toISOString();
    const record: CrmRecord = {
      id: 'r',
      type: 'opportunity',
      name: 'Deal',
      ownerId: MANAGER.id,
      stage: 'develop',
      createdAt: at,
      updatedAt: at,
    };
    await h.stores.records.save(record);
    await services.connections.connect(MANAGER, (await h.stores.sequences.get(sequence.id))!, record);
    await services.sequences.deactivate(MANAGER, sequence.id);
    const inactive = await services.sequences.edit(MANAGER, sequence.id, { type: 'rename', name: 'Demo 3' });
    expect(inactive.ok && inactive.value.sequence.version).toBe(3);
    expect((await h.stores.sequences.getVersion(sequence.id, 2))?.name).toBe('Demo 2');
    // Once nobody runs on it, a further edit of the inactive sequence stays on version 3.
    const [enrollment] = await h.stores.enrollments.list();
    await h.ctx.enrollments.apply(enrollment!.id, { type: 'disconnected', by: MANAGER.id });
    const quiet = await services.sequences.edit(MANAGER, sequence.id, { type: 'rename', name: 'Demo 4' });
    expect(quiet.ok && quiet.value.sequence.version).toBe(3);
  });
});
