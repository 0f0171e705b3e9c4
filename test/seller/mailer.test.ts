// Automated emails over SMTP (nodemailer) against a real SMTP server on loopback: delivered, kept in
// the outbox as "smtp", and retried when the server is down. Without SMTP_URL: the outbox only.

import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/app/clock.js';
import { OutboxMailer } from '../../src/app/mail.js';
import { SmtpMailer, createMailer } from '../../src/app/seller/mailer.js';
import { createStores } from '../../src/storage/stores.js';
import { DANA } from '../helpers/activities.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { connect, createRecord, greet, sequenceFromTemplate } from '../helpers/seller-world.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

async function startSmtp(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  await smtp?.close();
  h = undefined;
  smtp = undefined;
});

describe('the SMTP mailer', () => {
  it('delivers through SMTP and keeps the message in the outbox marked "smtp"', async () => {
    smtp = await startSmtp();
    const stores = await createStores({ kind: 'memory' });
    const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
    const mailer = createMailer({ smtpUrl: smtp.url }, stores, clock);
    expect(mailer).toBeInstanceOf(SmtpMailer);
    const sent = await mailer.send({
      to: 'jane@fabrikam.example',
      from: 'dana@contoso.example',
      subject: 'Thanks for joining our webinar',
      body: 'Hello Jane,\n\nThank you for joining.',
      enrollmentId: 'e-1',
    });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({ from: 'dana@contoso.example', to: ['jane@fabrikam.example'] });
    expect(smtp.received[0]!.raw).toContain('Subject: Thanks for joining our webinar');
    expect(smtp.received[0]!.raw).toContain('Thank you for joining.');
    expect(await stores.outbox.list()).toEqual([sent]);
    expect(sent).toMatchObject({
      transport: 'smtp',
      sentAt: '2026-03-02T09:00:00.000Z',
      enrollmentId: 'e-1',
    });
    (mailer as SmtpMailer).close();
    await stores.close();
  });

  it('sends a message with a stable id once, however often its job runs, under one Message-ID', async () => {
    smtp = await startSmtp();
    const stores = await createStores({ kind: 'memory' });
    const mailer = createMailer(
      { smtpUrl: smtp.url },
      stores,
      new ManualClock(new Date('2026-03-02T09:00:00Z')),
    );
    const message = {
      id: 'effect:e-1:3:0',
      to: 'jane@fabrikam.example',
      from: 'dana@contoso.example',
      subject: 'Your demo',
      body: 'Hello Jane',
      enrollmentId: 'e-1',
    };
    const first = await mailer.send(message);
    const again = await mailer.send(message);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.raw).toContain('Message-ID: <effect.e-1.3.0@sequence-assistant>');
    expect(again).toEqual(first);
    expect(await stores.outbox.list()).toEqual([first]);
    (mailer as SmtpMailer).close();
    await stores.close();
  });

  it('without SMTP_URL keeps messages in the outbox only', async () => {
    const stores = await createStores({ kind: 'memory' });
    const mailer = createMailer({}, stores, new ManualClock(new Date('2026-03-02T09:00:00Z')));
    expect(mailer).toBeInstanceOf(OutboxMailer);
    await stores.close();
  });

  it("sends a sequence's automated email through SMTP_URL, retrying while the server is down", async () => {
    smtp = await startSmtp();
    const url = smtp.url;
    // The server is down when the sequence starts.
    await smtp.close();
    h = await startHarness({
      now: new Date('2026-03-02T09:00:00Z'),
      env: { SMTP_URL: url, MAIL_FROM: 'sequences@contoso.example' },
    });
    await greet(h, DANA);
    await sequenceFromTemplate(h, 'webinar-follow-up');
    const lead = await createRecord(h, DANA, {
      type: 'lead',
      name: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      company: 'Fabrikam',
      email: 'jane@fabrikam.example',
    });
    const enrollmentId = await connect(h, 'seq-webinar-follow-up', lead.id);
    expect(await h.stores.outbox.list()).toHaveLength(0);
    const enrollment = await h.stores.enrollments.get(enrollmentId);
    expect(enrollment?.history.some((e) => e.action === 'emailSent')).toBe(true);

    // Back up on the same port: the effect job's retry delivers it once.
    const port = Number(new URL(url).port);
    const received: Received[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push({ from: '', to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    smtp = { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
    await h.ctx.runner.advanceTo(h.clock, new Date('2026-03-02T10:00:00Z'));
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['jane@fabrikam.example']);
    expect(received[0]!.raw).toContain('Hi Jane,');
    expect(received[0]!.raw).toContain('your team at Fabrikam');
    const outbox = await h.stores.outbox.list();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ transport: 'smtp', to: 'jane@fabrikam.example', enrollmentId });
  });
});
