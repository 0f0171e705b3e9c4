// E-mail for automated steps over SMTP (nodemailer) when SMTP_URL is set; every message is also
// kept in the outbox, marked "smtp", so managers read what went out. Without SMTP_URL: the outbox only.

import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import { OutboxMailer, keepInOutbox, type MailMessage, type Mailer } from '../mail.js';
import type { Clock, OutboxMessage, OutboxRepository, Stores } from '../ports.js';

export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<OutboxMessage> {
    // Delivered first, then kept: a failed delivery throws, the effect job retries it, and the
    // outbox never lists a message that did not go out.
    await this.transport.sendMail({
      from: message.from,
      to: message.to,
      subject: message.subject,
      text: message.body,
    });
    return keepInOutbox(this.outbox, this.clock, message, 'smtp');
  }

  close(): void {
    this.transport.close();
  }
}

/** The mailer the configuration asks for. */
export function createMailer(
  config: Pick<Config, 'smtpUrl'>,
  stores: Pick<Stores, 'outbox'>,
  clock: Clock,
): Mailer {
  return config.smtpUrl
    ? new SmtpMailer(config.smtpUrl, stores.outbox, clock)
    : new OutboxMailer(stores.outbox, clock);
}
