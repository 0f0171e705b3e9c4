// E-mail for automated steps over SMTP (nodemailer) when SMTP_URL is set; every message is also
// kept in the outbox, marked "smtp", so managers read what went out. Without SMTP_URL: the outbox only.

import type { Transporter } from 'nodemailer';
import type { Config } from '../config.js';
import { OutboxMailer, alreadySent, keepInOutbox, type MailMessage, type Mailer } from '../mail.js';
import type { Clock, OutboxMessage, OutboxRepository, Stores } from '../ports.js';

export class SmtpMailer implements Mailer {
  /** Made at the first message: the mail library is loaded only by a process that sends mail. */
  private transport: Promise<Transporter> | undefined;

  constructor(
    private readonly smtpUrl: string,
    private readonly outbox: OutboxRepository,
    private readonly clock: Clock,
  ) {}

  private transporter(): Promise<Transporter> {
    this.transport ??= import('nodemailer').then(({ default: nodemailer }) =>
      nodemailer.createTransport(this.smtpUrl),
    );
    return this.transport;
  }

  async send(message: MailMessage): Promise<OutboxMessage> {
    // Delivered first, then kept: a failed delivery throws, the effect job retries it, and the
    // outbox never lists a message that did not go out. A message the outbox holds already went
    // out (a job run again after a crash); only a crash between the two sends one twice, and then
    // with the same Message-ID, which mail systems recognise.
    const sent = await alreadySent(this.outbox, message);
    if (sent) return sent;
    const transport = await this.transporter();
    await transport.sendMail({
      from: message.from,
      to: message.to,
      subject: message.subject,
      text: message.body,
      ...(message.id ? { messageId: `<${message.id.replace(/[^\w.-]/g, '.')}@sequence-assistant>` } : {}),
    });
    return keepInOutbox(this.outbox, this.clock, message, 'smtp');
  }

  close(): void {
    void this.transport?.then((transport) => transport.close()).catch(() => undefined);
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
