import { CONSENT } from '@invest-portal/backend/inquiries/consent.js';
import { MailWorker } from '@invest-portal/backend/mail/mail.worker.js';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client } from '../harness/session.js';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../harness/smtp.js';
import { freePort } from '@invest-portal/backend/embedded/index.js';

// Mail through a real SMTP server (smtp-server on loopback): down → mails wait in the outbox;
// back → each goes exactly once.
let stack: TestStack;
let port: number;
let server: SmtpSink | undefined;
let received: ReceivedMail[] = [];
const startSmtp = async () => {
  server = await startSmtpSink({ port });
  received = server.received;
};
const stopSmtp = async () => {
  await server?.close();
  server = undefined;
};

beforeAll(async () => {
  port = await freePort();
  stack = await startTestStack({
    demoData: true,
    // The worker's timer is slow here; the test drives it. Retries come quickly.
    env: { MAIL_TRANSPORT: 'smtp', SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_INTERVAL_MS: '600000', MAIL_RETRY_MS: '20', INQUIRY_JOB_INTERVAL_MS: '0' },
  });
});

afterAll(async () => {
  await stopSmtp();
  await stack?.stop();
});

async function inquiry(email: string): Promise<string> {
  const res = await new Client(stack.url).post('/api/v1/inquiries', {
    name: 'Lim Wei',
    country: 'SG',
    email,
    preferredLang: 'en',
    message: 'Please send the site map of this project.',
    consent: true,
    consentVersion: CONSENT.version,
  });
  expect(res.status).toBe(201);
  return res.body.reference;
}

it('the dev mailbox does not exist with the SMTP transport', async () => {
  const admin = new Client(stack.url);
  await admin.signIn('admin@demo.invest-portal.vn', 'Demo-Admin-2026!');
  expect((await admin.get('/api/v1/workspace/mail/dev')).status).toBe(404);
});

it('mail server down: the inquiry succeeds, mails wait with the error; back up: each mail goes exactly once', async () => {
  const worker = stack.app.get(MailWorker);
  const reference = await inquiry('lim.wei@example.sg');
  // Nothing listens on the port: every attempt fails, the row stays pending with a backoff.
  await worker.tick();
  const [pending] = await stack.db.query(`SELECT status, attempts, last_error FROM mail_outbox WHERE kind = 'inquiry.ack' AND to_address = 'lim.wei@example.sg'`);
  expect(pending.status).toBe('pending');
  expect(pending.attempts).toBe(1);
  expect(pending.last_error).toMatch(/ECONNREFUSED|connect/i);
  expect((await worker.stats()).pending).toBeGreaterThan(0);

  await startSmtp();
  // Past the backoff, without depending on timing: the rows are due now.
  await stack.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'pending'`);
  // Two senders at once (as two API processes would): SKIP LOCKED keeps them off each other's rows.
  await Promise.all([worker.drain(), worker.drain()]);
  const rows: { id: string; status: string; to_address: string }[] = await stack.db.query(`SELECT id, status, to_address FROM mail_outbox ORDER BY id`);
  expect(rows.every((r) => r.status === 'sent')).toBe(true);
  expect(received).toHaveLength(rows.length);
  expect(new Set(received.map((m) => m.messageId)).size).toBe(rows.length);
  const ack = received.find((m) => m.to.includes('lim.wei@example.sg'))!;
  expect(ack.raw).toContain(`[${reference}] We have received your inquiry`);
  expect(ack.messageId).toMatch(/^<outbox-\d+@/);
  expect((await worker.stats()).pending).toBe(0);
});

it('a mail that keeps failing is marked failed after MAIL_MAX_ATTEMPTS and reported, not retried forever', async () => {
  await stopSmtp();
  const worker = stack.app.get(MailWorker);
  await inquiry('second@example.sg');
  for (let i = 0; i < 12; i++) {
    await stack.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'pending'`);
    await worker.tick();
  }
  const [row] = await stack.db.query(`SELECT status, attempts FROM mail_outbox WHERE to_address = 'second@example.sg'`);
  expect(row).toEqual({ status: 'failed', attempts: 12 });
  expect((await worker.stats()).failed).toBeGreaterThan(0);
});
