// Sending e-mail for automated steps. By default messages go to the outbox only (managers can
// read them); SMTP delivery plugs in behind the same interface.

import { randomUUID } from 'node:crypto';
import type { Clock, OutboxMessage, OutboxRepository } from './ports.js';

export interface MailMessage {
  /** A stable id (the job that sends it): a message already in the outbox is not sent again. */
  id?: string;
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
    ...message,
    id: message.id ?? randomUUID(),
    sentAt: clock.now().toISOString(),
    transport,
  };
  await outbox.add(stored);
  return stored;
}

/** The outbox's copy of a message with a stable id that was sent before, if it was. */
export async function alreadySent(
  outbox: OutboxRepository,
  message: MailMessage,
): Promise<OutboxMessage | undefined> {
  return message.id === undefined ? undefined : outbox.get(message.id);
}

export class OutboxMailer implements Mailer {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  async send(message: MailMessage): Promise<OutboxMessage> {
    return (
      (await alreadySent(this.outbox, message)) ?? keepInOutbox(this.outbox, this.clock, message, 'outbox')
    );
  }
}
