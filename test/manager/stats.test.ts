// A sequence's figures from its enrollments and records (src/app/manager/stats.ts).

import { describe, expect, it } from 'vitest';
import { computeStats, rate } from '../../src/app/manager/stats.js';
import type { CrmRecord, Enrollment, HistoryEntry, Sequence } from '../../src/domain/model.js';
import { findTemplateById } from '../../src/domain/templates.js';

const T0 = '2026-03-02T09:00:00.000Z';
const webinar = findTemplateById('webinar-follow-up')!;
const sequence: Sequence = {
  id: 'seq',
  name: 'Webinar',
  recordType: 'lead',
  ownerId: 'm',
  status: 'active',
  version: 2,
  tags: [],
  graph: structuredClone(webinar.graph) as Sequence['graph'],
  createdAt: T0,
  updatedAt: T0,
};

let n = 0;
function enrollment(fields: Partial<Enrollment>, history: Omit<HistoryEntry, 'by'>[] = []): Enrollment {
  return {
    id: `e${++n}`,
    sequenceId: 'seq',
    sequenceVersion: 2,
    recordId: `r${n}`,
    recordType: 'lead',
    sellerId: 's',
    status: 'active',
    outcomes: {},
    history: history.map((entry) => ({ by: 's', ...entry })),
    revision: 1,
    createdAt: T0,
    updatedAt: T0,
    ...fields,
  };
}
const lead = (id: string, status: CrmRecord['status']): CrmRecord => ({
  id,
  type: 'lead',
  name: id,
  ownerId: 's',
  status,
  createdAt: T0,
  updatedAt: T0,
});

describe('sequence stats', () => {
  it('counts records, steps, replies, answers, success and days to complete', () => {
    const enrollments = [
      // Replied to the thank-you email, went through, qualified: completed in 2.5 days.
      enrollment(
        {
          status: 'completed',
          outcomes: { 'thank-you-email': 'replied', 'confirmation-email': 'sent', 'set-up-demo': 'done' },
          recordId: 'won',
        },
        [
          { at: T0, action: 'emailSent', stepId: 'thank-you-email' },
          { at: T0, action: 'completed', stepId: 'confirmation-email' },
          { at: T0, action: 'completed', stepId: 'set-up-demo' },
          { at: T0, action: 'commandRun', stepId: 'qualify-lead' },
          { at: '2026-03-04T21:00:00.000Z', action: 'finished' },
        ],
      ),
      // No reply, follow-up skipped, the call answered; now on a confirmation email, open for two days.
      enrollment(
        {
          outcomes: {
            'thank-you-email': 'sent',
            'follow-up-email': 'skipped',
            'next-steps-call': 'answered',
          },
          current: { stepId: 'call-confirmation-email', since: T0, dueAt: T0 },
          recordId: 'open',
        },
        [
          { at: T0, action: 'emailSent', stepId: 'thank-you-email' },
          { at: T0, action: 'skipped', stepId: 'follow-up-email', outcome: 'skipped' },
          { at: T0, action: 'completed', stepId: 'next-steps-call', outcome: 'answered' },
        ],
      ),
      // A call not answered, then disconnected by a manager.
      enrollment({
        status: 'disconnected',
        outcomes: { 'next-steps-call': 'notAnswered' },
        recordId: 'gone',
      }),
      // Disqualified by its owner: it left.
      enrollment({ status: 'exited', recordId: 'lost' }),
      // Paused, on the old version (whose graph is the same here).
      enrollment({ status: 'paused', sequenceVersion: 1, recordId: 'paused' }),
    ];
    const records = new Map(
      [
        lead('won', 'qualified'),
        lead('open', 'contacted'),
        lead('gone', 'new'),
        lead('lost', 'disqualified'),
        lead('paused', 'new'),
      ].map((r) => [r.id, r]),
    );
    const stats = computeStats({
      sequence,
      versions: new Map([[1, { ...sequence, version: 1 }]]),
      enrollments,
      records,
      now: new Date('2026-03-04T09:00:00.000Z'),
    });
    expect(stats.records).toEqual({ connected: 5, inProgress: 2, completed: 1, disconnected: 1, exited: 1 });
    expect(stats.steps).toEqual({ completed: 6, skipped: 1, overdue: 1 });
    // The confirmation email has no reply window: it is in no reply rate. The open one's window closed.
    expect(stats.replies).toEqual({ count: 1, of: 2, percent: 50 });
    expect(stats.answers).toEqual({ count: 1, of: 2, percent: 50 });
    // Qualified or disqualified: 2 decided; the 3 others are still open, not failures.
    expect(stats.success).toEqual({ measure: 'qualified', count: 1, of: 2, percent: 50, pending: 3 });
    expect(stats.averageDaysToComplete).toBe(2.5);
  });

  it('has no rates to show before anything happened, and no success measure for contacts', () => {
    const stats = computeStats({
      sequence: { ...sequence, recordType: 'contact' },
      versions: new Map(),
      enrollments: [],
      records: new Map(),
      now: new Date(T0),
    });
    expect(stats.replies).toEqual({ count: 0, of: 0 });
    expect(stats.success.measure).toBe('none');
    expect(stats.averageDaysToComplete).toBeUndefined();
    expect(rate(2, 3)).toEqual({ count: 2, of: 3, percent: 67 });
  });

  it('counts an email whose reply window is still open, and a lead still open, as pending, not as failures', () => {
    const check = sequence.graph.steps.find(
      (step) => step.kind === 'condition' && step.about === 'thank-you-email',
    )!;
    const waiting = [1, 2].map(() =>
      enrollment(
        {
          outcomes: { 'thank-you-email': 'sent' },
          current: { stepId: check.id, since: T0, dueAt: '2026-03-05T09:00:00.000Z' },
        },
        [{ at: T0, action: 'emailSent', stepId: 'thank-you-email' }],
      ),
    );
    const records = new Map(waiting.map((e) => [e.recordId, lead(e.recordId, 'new')]));
    const stats = computeStats({
      sequence,
      versions: new Map(),
      enrollments: waiting,
      records,
      now: new Date(T0),
    });
    expect(stats.replies).toEqual({ count: 0, of: 0, pending: 2 });
    expect(stats.success).toEqual({ measure: 'qualified', count: 0, of: 0, pending: 2 });
  });
});
