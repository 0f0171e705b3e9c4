// Sending e-mail for automated steps. By default messages go to the outbox only (managers can
// read them); SMTP delivery plugs in behind the same interface.

import { randomUUID } from 'node:crypto';
import type { Clock, OutboxMessage, OutboxRepository } from './ports.js';

export interface MailMessage {
  to: string;
  from: string;
  subject: string;
  body: string;
  enrollmentId?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<OutboxMessage>;
}

/** Keeps a sent message in the outbox, where managers can read what the product sent. */
export async function keepInOutbox(
  outbox: OutboxRepository,
  clock: Clock,
  message: MailMessage,
  transport: OutboxMessage['transport'],
): Promise<OutboxMessage> {
  const stored: OutboxMessage = {
    id: randomUUID(),
    ...message,
    sentAt: clock.now().toISOString(),
    transport,
  };
  await outbox.add(stored);
  return stored;
}

export class OutboxMailer implements Mailer {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  send(message: MailMessage): Promise<OutboxMessage> {
    return keepInOutbox(this.outbox, this.clock, message, 'outbox');
  }
}
