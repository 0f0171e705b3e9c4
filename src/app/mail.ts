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

export class OutboxMailer implements Mailer {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  async send(message: MailMessage): Promise<OutboxMessage> {
    const stored: OutboxMessage = {
      id: randomUUID(),
      ...message,
      sentAt: this.clock.now().toISOString(),
      transport: 'outbox',
    };
    await this.outbox.add(stored);
    return stored;
  }
}
