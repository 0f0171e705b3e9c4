// Every built-in template walked branch by branch through the real engine with a fixed clock:
// a script of answers (replied, no reply, answered, not answered, voicemail, time limit passed,
// skipped) drives each condition, and the test reads which steps were done, in order.

import { describe, expect, it } from 'vitest';
import { advance, isRejection, startEnrollment, type EngineContext } from '../../src/domain/engine.js';
import type {
  CrmRecord,
  Enrollment,
  EnrollmentEvent,
  Sequence,
  SequenceTemplate,
  WorkingHours,
} from '../../src/domain/model.js';
import { builtInTemplates } from '../../src/domain/templates.js';

type Answer = 'replied' | 'noReply' | 'timeout' | 'skip' | 'answered' | 'notAnswered' | 'leftVoicemail';

const HOURS: WorkingHours = {
  timeZone: 'Europe/Warsaw',
  days: [1, 2, 3, 4, 5],
  start: '08:00',
  end: '17:00',
};
const START = new Date('2026-03-02T08:00:00Z'); // Monday 09:00 in Warsaw

function template(id: string): SequenceTemplate {
  const found = builtInTemplates().find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

function sequenceFrom(t: SequenceTemplate): Sequence {
  return {
    id: `seq-${t.id}`,
    name: t.name,
    recordType: t.recordType,
    ownerId: 'manager',
    status: 'active',
    version: 1,
    tags: [],
    graph: structuredClone(t.graph) as Sequence['graph'],
    createdAt: START.toISOString(),
    updatedAt: START.toISOString(),
  };
}

function recordFor(t: SequenceTemplate): CrmRecord {
  return {
    id: 'rec-1',
    type: t.recordType,
    firstName: 'Jane',
    lastName: 'Doe',
    name: 'Jane Doe',
    company: 'Contoso',
    email: 'jane@contoso.com',
    ownerId: 'seller',
    ...(t.recordType === 'lead' ? { status: 'new' as const } : {}),
    ...(t.recordType === 'opportunity' ? { stage: 'develop' as const } : {}),
    createdAt: START.toISOString(),
    updatedAt: START.toISOString(),
  };
}

interface Walk {
  /** Steps done, in order: "id" for a completion or send, "id:outcome" where an outcome was given. */
  done: string[];
  enrollment: Enrollment;
  effects: string[];
  finishedAt: Date;
}

/** Plays `answers` (one per condition met, in order) through the engine until the enrollment ends. */
function walk(templateId: string, answers: Answer[]): Walk {
  const t = template(templateId);
  const sequence = sequenceFrom(t);
  const ctx: EngineContext = { sequence, workingHours: HOURS };
  const script = [...answers];
  const effects: string[] = [];
  let now = START;
  const started = startEnrollment(
    { id: 'enr-1', sequence, record: recordFor(t), sellerId: 'seller', by: 'seller' },
    now,
    ctx,
  );
  let enrollment = started.enrollment;
  effects.push(...started.effects.map((e) => e.type));

  const apply = (event: EnrollmentEvent): void => {
    const result = advance(enrollment, event, now, ctx);
    if (isRejection(result)) throw new Error(`rejected ${event.type}: ${result.reason}`);
    enrollment = result.enrollment;
    effects.push(...result.effects.map((e) => e.type));
  };

  for (let turns = 0; enrollment.status === 'active' && turns < 100; turns++) {
    const current = enrollment.current!;
    const step = sequence.graph.steps.find((s) => s.id === current.stepId)!;
    const dueAt = new Date(current.dueAt);
    if (dueAt > now) now = dueAt;
    const judged = sequence.graph.steps.find((s) => s.kind === 'condition' && s.about === step.id);
    switch (step.kind) {
      case 'wait':
      case 'automatedEmail':
        apply({ type: 'timerFired', stepId: step.id, revision: enrollment.revision });
        break;
      case 'condition': {
        const answer = script.shift();
        if (answer === 'timeout')
          apply({ type: 'conditionTimedOut', stepId: step.id, revision: enrollment.revision });
        else if (answer === 'replied' || answer === 'noReply') {
          apply({ type: 'outcomeRecorded', stepId: step.about, outcome: answer, by: 'seller' });
        } else throw new Error(`condition ${step.id} waits, but the script says ${String(answer)}`);
        break;
      }
      default: {
        if (!judged) {
          apply({ type: 'stepCompleted', stepId: step.id, by: 'seller' });
          break;
        }
        const answer = script[0];
        if (answer === 'skip') {
          script.shift();
          apply({ type: 'stepSkipped', stepId: step.id, by: 'seller' });
        } else if (
          step.kind === 'phoneCall' &&
          (answer === 'answered' || answer === 'notAnswered' || answer === 'leftVoicemail')
        ) {
          script.shift();
          apply({ type: 'stepCompleted', stepId: step.id, outcome: answer, by: 'seller' });
        } else {
          // An email is sent, or a call is logged without an outcome: the condition then waits.
          apply({ type: 'stepCompleted', stepId: step.id, by: 'seller' });
        }
      }
    }
  }
  expect(script, 'every scripted answer was used').toEqual([]);
  const done = enrollment.history
    .filter((h) => h.stepId && ['completed', 'skipped', 'emailSent', 'commandRun'].includes(h.action))
    .map((h) =>
      h.action === 'skipped'
        ? `${h.stepId}:skipped`
        : h.outcome && !['done', 'sent'].includes(h.outcome)
          ? `${h.stepId}:${h.outcome}`
          : h.stepId!,
    );
  return { done, enrollment, effects, finishedAt: now };
}

describe("Follow up when contacts don't show up", () => {
  const id = 'no-show';
  it('replied to the missed-meeting email: call to share the details', () => {
    expect(walk(id, ['replied']).done).toEqual(['missed-meeting-email', 'share-details-call']);
  });
  it('no reply, call answered: send the new invite', () => {
    expect(walk(id, ['noReply', 'answered']).done).toEqual([
      'missed-meeting-email',
      'follow-up-call:answered',
      'send-new-invite',
    ]);
  });
  it('no reply, voicemail, wait 2 days, placeholder email replied: confirm by call', () => {
    const result = walk(id, ['noReply', 'leftVoicemail', 'replied']);
    expect(result.done).toEqual([
      'missed-meeting-email',
      'follow-up-call:leftVoicemail',
      'placeholder-meeting-email',
      'confirm-meeting-call',
    ]);
  });
  it('time limits pass everywhere: reach out to other contacts', () => {
    const result = walk(id, ['timeout', 'notAnswered', 'timeout']);
    expect(result.done).toEqual([
      'missed-meeting-email',
      'follow-up-call:notAnswered',
      'placeholder-meeting-email',
      'reach-other-contacts',
    ]);
    expect(result.enrollment.status).toBe('completed');
  });
  it('a skipped email takes the "no" path', () => {
    expect(walk(id, ['skip', 'answered']).done).toEqual([
      'missed-meeting-email:skipped',
      'follow-up-call:answered',
      'send-new-invite',
    ]);
  });
});

describe('High-volume outbound prospecting', () => {
  const id = 'outbound-prospecting';
  it('sends the intro automatically, then research and call; answered ends the sequence', () => {
    const result = walk(id, ['answered']);
    expect(result.done).toEqual(['intro-email', 'research-lead', 'first-call:answered']);
    expect(result.effects).toContain('sendEmail');
    expect(result.enrollment.status).toBe('completed');
  });
  it('not answered: automated follow-up, wait 3 days, second call answered', () => {
    const result = walk(id, ['notAnswered', 'answered']);
    expect(result.done).toEqual([
      'intro-email',
      'research-lead',
      'first-call:notAnswered',
      'follow-up-email',
      'second-call:answered',
    ]);
    expect(result.effects.filter((e) => e === 'sendEmail')).toHaveLength(2);
  });
  it('no answer three times: the lead is disqualified', () => {
    const result = walk(id, ['notAnswered', 'leftVoicemail', 'skip']);
    expect(result.done).toEqual([
      'intro-email',
      'research-lead',
      'first-call:notAnswered',
      'follow-up-email',
      'second-call:leftVoicemail',
      'final-call:skipped',
      'disqualify-lead',
    ]);
    expect(result.effects).toContain('updateRecord');
  });
  it('final call answered after the 2-day wait', () => {
    expect(walk(id, ['notAnswered', 'notAnswered', 'answered']).done.at(-1)).toBe('final-call:answered');
  });
});

describe('Invite to an upcoming event', () => {
  const id = 'event-invite';
  it('replied to the invitation: confirmation email', () => {
    expect(walk(id, ['replied']).done).toEqual(['invitation-email', 'confirmation-email']);
  });
  it('replied to the follow-up: the same confirmation email', () => {
    expect(walk(id, ['noReply', 'replied']).done).toEqual([
      'invitation-email',
      'follow-up-email',
      'confirmation-email',
    ]);
  });
  it('call answered: confirmation of what was agreed on the call', () => {
    expect(walk(id, ['timeout', 'noReply', 'answered']).done).toEqual([
      'invitation-email',
      'follow-up-email',
      'invitation-call:answered',
      'call-confirmation-email',
    ]);
  });
  it('call not answered: the contact is marked for future events', () => {
    const result = walk(id, ['noReply', 'skip', 'notAnswered']);
    expect(result.done).toEqual([
      'invitation-email',
      'follow-up-email:skipped',
      'invitation-call:notAnswered',
      'mark-future-events',
    ]);
    expect(result.effects).toContain('updateRecord');
  });
});

describe('Meeting for product demo requests', () => {
  const id = 'product-demo';
  const opening = ['thank-you-email', 'research-customer', 'connect-customer', 'demo-time-email'];
  it('replied: set up the demo and run it', () => {
    expect(walk(id, ['replied']).done).toEqual([...opening, 'set-up-demo', 'run-demo']);
  });
  it('no reply, call answered: the same demo steps', () => {
    expect(walk(id, ['noReply', 'answered']).done).toEqual([
      ...opening,
      'demo-call:answered',
      'set-up-demo',
      'run-demo',
    ]);
  });
  it('no answer, wait 2 days, follow-up call answered: demo', () => {
    expect(walk(id, ['timeout', 'leftVoicemail', 'answered']).done).toEqual([
      ...opening,
      'demo-call:leftVoicemail',
      'follow-up-call:answered',
      'set-up-demo',
      'run-demo',
    ]);
  });
  it('follow-up call not answered: the opportunity is closed as lost', () => {
    const result = walk(id, ['noReply', 'notAnswered', 'notAnswered']);
    expect(result.done).toEqual([
      ...opening,
      'demo-call:notAnswered',
      'follow-up-call:notAnswered',
      'close-as-lost',
    ]);
    expect(result.enrollment.status).toBe('completed');
  });
  it('a call logged without an outcome waits, and its time limit takes the "no" path', () => {
    // "timeout" on the demo call's condition: the call is logged as done, nobody records an answer.
    const result = walk(id, ['noReply', 'timeout', 'answered']);
    expect(result.done).toEqual([
      ...opening,
      'demo-call',
      'follow-up-call:answered',
      'set-up-demo',
      'run-demo',
    ]);
  });
});

describe('Upcoming account renewal', () => {
  it('walks all 13 steps in order over the waits', () => {
    const result = walk('account-renewal', []);
    expect(result.done).toEqual([
      'verify-renewal',
      'renewal-meeting-email',
      'review-usage',
      'add-ons-call',
      'work-action-items',
      'follow-up-meeting-email',
      'prepare-quote',
      'approve-quote',
      'quote-call',
      'quote-email',
      'finalise-quote-call',
      'sign-contract',
      'thank-you-email',
    ]);
    // 50 days of waits counted in working days: the last step comes 10 weeks after the first.
    expect(result.finishedAt.toISOString()).toBe('2026-05-11T07:00:00.000Z');
  });
});

describe('Webinar follow-up', () => {
  const id = 'webinar-follow-up';
  it('replied to the automated thank-you: confirm, set up the demo, qualify', () => {
    const result = walk(id, ['replied']);
    expect(result.done).toEqual(['thank-you-email', 'confirmation-email', 'set-up-demo', 'qualify-lead']);
    expect(result.effects).toContain('updateRecord');
  });
  it('replied to the follow-up: the same tail', () => {
    expect(walk(id, ['noReply', 'replied']).done).toEqual([
      'thank-you-email',
      'follow-up-email',
      'confirmation-email',
      'set-up-demo',
      'qualify-lead',
    ]);
  });
  it('call answered: confirm what was agreed and qualify', () => {
    expect(walk(id, ['noReply', 'timeout', 'answered']).done).toEqual([
      'thank-you-email',
      'follow-up-email',
      'next-steps-call:answered',
      'call-confirmation-email',
      'qualify-after-call',
    ]);
  });
  it('final email replied after the 2-day wait: the shared tail', () => {
    expect(walk(id, ['noReply', 'noReply', 'notAnswered', 'replied']).done.slice(-4)).toEqual([
      'final-email',
      'confirmation-email',
      'set-up-demo',
      'qualify-lead',
    ]);
  });
  it('never replies: the lead is disqualified', () => {
    expect(walk(id, ['timeout', 'skip', 'leftVoicemail', 'timeout']).done).toEqual([
      'thank-you-email',
      'follow-up-email:skipped',
      'next-steps-call:leftVoicemail',
      'final-email',
      'disqualify-lead',
    ]);
  });
});
