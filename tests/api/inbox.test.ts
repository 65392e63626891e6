import request from 'supertest';
import { CONSENT } from '@invest-portal/backend/inquiries/consent.js';
import { InquiryJobs, ERASED } from '@invest-portal/backend/inquiries/inquiry-jobs.js';
import { MailWorker } from '@invest-portal/backend/mail/mail.worker.js';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';
import { until } from '../harness/wait.js';

// The department inbox against real PostgreSQL: routing, mails through the outbox, replies,
// notes, statuses, escalation, retention, export and erasure. The job timer is off; tests run it.
let stack: TestStack;
let officerA: Client; // STC
let officerB: Client; // BQLKCN
let editor: Client;
let admin: Client;
let stcProject: string;
let seq = 0;

const body = (extra: Record<string, unknown> = {}) => ({
  name: 'Park Ji-won',
  organisation: 'Hanbit Energy',
  country: 'KR',
  email: `jiwon-${++seq}@example.kr`,
  preferredLang: 'en',
  message: 'What is the grid connection capacity at this site?',
  consent: true,
  consentVersion: CONSENT.version,
  ...extra,
});

async function send(extra: Record<string, unknown> = {}): Promise<{ id: string; token: string; reference: string; email: string }> {
  const b = body(extra);
  const res = await new Client(stack.url).post('/api/v1/inquiries', b);
  if (res.status !== 201) throw new Error(`inquiry ${res.status} ${JSON.stringify(res.body)}`);
  const [{ id }] = await stack.db.query(`SELECT id FROM inquiries WHERE reference = $1`, [res.body.reference]);
  return { id, token: res.body.token, reference: res.body.reference, email: b.email };
}
const mails = (where: string, params: unknown[]) => stack.db.query(`SELECT kind, to_address, subject, body_text, status FROM mail_outbox WHERE ${where} ORDER BY id`, params);

beforeAll(async () => {
  stack = await startTestStack({ demoData: true, env: { INQUIRY_JOB_INTERVAL_MS: '0', MAIL_INTERVAL_MS: '50' } });
  [officerA, officerB, editor, admin] = [new Client(stack.url), new Client(stack.url), new Client(stack.url), new Client(stack.url)];
  await officerA.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await officerB.signIn(DEMO.officerB.email, DEMO.officerB.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  [{ slug: stcProject }] = await stack.db.query(
    `SELECT p.slug FROM projects p JOIN departments d ON d.id = p.department_id WHERE d.code = 'STC' AND p.status = 'published' ORDER BY p.code LIMIT 1`,
  );
});

afterAll(async () => {
  await stack?.stop();
});

describe('a new inquiry', () => {
  it('queues the acknowledgement to the investor (with the tracking link) and a notice to the officers, and they go out', async () => {
    const sent = await send({ subject: { type: 'project', slug: stcProject } });
    const queued = await mails('inquiry_id = $1', [sent.id]);
    const ack = queued.find((m: { kind: string }) => m.kind === 'inquiry.ack');
    expect(ack.to_address).toBe(sent.email);
    expect(ack.subject).toBe(`[${sent.reference}] We have received your inquiry`);
    expect(ack.body_text).toContain(`/en/inquiries/track/${sent.token}`);
    const notices = queued.filter((m: { kind: string }) => m.kind === 'inquiry.new').map((m: { to_address: string }) => m.to_address);
    expect(notices).toContain(DEMO.officerA.email);
    expect(notices).not.toContain(DEMO.officerB.email);
    // Notices to staff carry no personal data of the investor.
    for (const m of queued.filter((x: { kind: string }) => x.kind === 'inquiry.new')) expect(m.body_text).not.toContain(sent.email);
    await stack.app.get(MailWorker).drain();
    // The scheduled worker may hold a row (SKIP LOCKED) that drain() passed over: wait for it too.
    await until('every mail of the inquiry sent', async () => (await mails('inquiry_id = $1', [sent.id])).every((m: { status: string }) => m.status === 'sent'), 30_000);
    const dev = (await admin.get('/api/v1/workspace/mail/dev')).body.items;
    expect(dev.some((m: { to: string; kind: string }) => m.to === sent.email && m.kind === 'inquiry.ack')).toBe(true);
  });

  it('a honeypot catch sends no mail at all', async () => {
    const spam = await send({ website: 'http://x.example' });
    expect(await mails('inquiry_id = $1', [spam.id])).toEqual([]);
  });

  it('the due time skips the holidays administrators set', async () => {
    const now = new Date();
    // Every weekday of the next two weeks is a holiday: the due time moves past all of them.
    const days = Array.from({ length: 14 }, (_, i) => new Date(now.getTime() + (i + 1) * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10));
    const put = await admin.send('put', '/api/v1/workspace/settings/inquiries', { responseDays: 1, holidays: days, intakeDepartment: 'TTXTDT' });
    expect(put.status).toBe(200);
    expect(put.body.holidays).toEqual([...days].sort());
    const sent = await send();
    const [{ due_at }] = await stack.db.query(`SELECT due_at FROM inquiries WHERE id = $1`, [sent.id]);
    expect(due_at.getTime() - now.getTime()).toBeGreaterThan(14 * 86_400_000);
    await stack.db.query(`DELETE FROM portal_settings`);
  });

  it('settings refuse bad holidays, an unknown intake department and an officer', async () => {
    const bad = await admin.send('put', '/api/v1/workspace/settings/inquiries', { responseDays: 2, holidays: ['2027-13-01'], intakeDepartment: 'TTXTDT' });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('holidays');
    const unknown = await admin.send('put', '/api/v1/workspace/settings/inquiries', { responseDays: 2, holidays: [], intakeDepartment: 'NOPE' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0].field).toBe('intakeDepartment');
    expect((await officerA.send('put', '/api/v1/workspace/settings/inquiries', { responseDays: 2, holidays: [], intakeDepartment: 'TTXTDT' })).status).toBe(403);
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM portal_settings`))[0].n).toBe(0);
  });
});

describe('the inbox', () => {
  let inquiry: Awaited<ReturnType<typeof send>>;

  beforeAll(async () => {
    inquiry = await send({ subject: { type: 'project', slug: stcProject } });
  });

  it('each department sees its own; the board sees all; spam is kept apart', async () => {
    const a = (await officerA.get('/api/v1/workspace/inquiries?pageSize=100')).body;
    expect(a.items.map((i: { id: string }) => i.id)).toContain(inquiry.id);
    expect(a.items.every((i: { department: { code: string } }) => i.department.code === 'STC')).toBe(true);
    const b = (await officerB.get('/api/v1/workspace/inquiries?pageSize=100')).body;
    expect(b.items.map((i: { id: string }) => i.id)).not.toContain(inquiry.id);
    // Another department's inquiry: 404, as if it did not exist; and its officer cannot act on it.
    expect((await officerB.get(`/api/v1/workspace/inquiries/${inquiry.id}`)).status).toBe(404);
    expect((await officerB.post(`/api/v1/workspace/inquiries/${inquiry.id}/reply`, { body: 'Xin chào' })).status).toBe(404);
    // An officer cannot widen the view by asking for another department.
    const [{ id: kcn }] = await stack.db.query(`SELECT id FROM departments WHERE code = 'BQLKCN'`);
    const widened = (await officerA.get(`/api/v1/workspace/inquiries?departmentId=${kcn}&pageSize=100`)).body;
    expect(widened.items.every((i: { department: { code: string } }) => i.department.code === 'STC')).toBe(true);
    const all = (await editor.get('/api/v1/workspace/inquiries?pageSize=100')).body;
    expect(all.items.map((i: { id: string }) => i.id)).toContain(inquiry.id);
    expect(all.items.some((i: { status: string }) => i.status === 'spam')).toBe(false);
    expect((await editor.get('/api/v1/workspace/inquiries?status=spam')).body.items.length).toBeGreaterThan(0);
  });

  it('the detail has the sender for staff, and who it can be assigned to', async () => {
    const d = (await officerA.get(`/api/v1/workspace/inquiries/${inquiry.id}`)).body;
    expect(d).toMatchObject({ reference: inquiry.reference, email: inquiry.email, name: 'Park Ji-won', status: 'new', overdue: false, replyLog: [], notes: [] });
    expect(d.assignable.map((u: { displayName: string }) => u.displayName).length).toBeGreaterThan(0);
  });

  it('assigns only to an active officer of the department', async () => {
    const d = (await officerA.get(`/api/v1/workspace/inquiries/${inquiry.id}`)).body;
    const ok = await officerA.post(`/api/v1/workspace/inquiries/${inquiry.id}/assign`, { assigneeId: d.assignable[0].id });
    expect(ok.status).toBe(200);
    expect(ok.body.assignee.id).toBe(d.assignable[0].id);
    const [{ id: kcnOfficer }] = await stack.db.query(`SELECT id FROM users WHERE email = $1`, [DEMO.officerB.email]);
    const wrong = await officerA.post(`/api/v1/workspace/inquiries/${inquiry.id}/assign`, { assigneeId: kcnOfficer });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0].field).toBe('assigneeId');
    expect((await officerA.post(`/api/v1/workspace/inquiries/${inquiry.id}/assign`, { assigneeId: 'me' })).status).toBe(400);
  });

  it('notes stay internal; a reply is stored, shown on the tracking page and mailed', async () => {
    expect((await officerA.post(`/api/v1/workspace/inquiries/${inquiry.id}/notes`, { body: 'Hỏi Điện lực Sóc Trăng về công suất.' })).status).toBe(200);
    expect((await officerA.post(`/api/v1/workspace/inquiries/${inquiry.id}/reply`, { body: ' ' })).status).toBe(400);
    const replied = await officerA.post(`/api/v1/workspace/inquiries/${inquiry.id}/reply`, { body: 'The 110 kV substation 2 km away has 40 MW available.' });
    expect(replied.status).toBe(200);
    expect(replied.body).toMatchObject({ status: 'answered', replies: 1 });
    expect(replied.body.answeredAt).not.toBeNull();
    const tracked = (await request(stack.url).get(`/api/v1/inquiries/track/${inquiry.token}`)).body;
    expect(tracked.status).toBe('answered');
    expect(tracked.replies.map((r: { body: string }) => r.body)).toEqual(['The 110 kV substation 2 km away has 40 MW available.']);
    expect(JSON.stringify(tracked)).not.toContain('Điện lực Sóc Trăng');
    const reply = (await mails(`inquiry_id = $1 AND kind = 'inquiry.reply'`, [inquiry.id]))[0];
    expect(reply.to_address).toBe(inquiry.email);
    expect(reply.body_text).toContain('40 MW available');
  });

  it('statuses move only along the allowed paths', async () => {
    expect((await officerA.post(`/api/v1/workspace/inquiries/${inquiry.id}/status`, { status: 'spam' })).status).toBe(409);
    expect((await officerA.post(`/api/v1/workspace/inquiries/${inquiry.id}/status`, { status: 'answered' })).status).toBe(400);
    const closed = await officerA.post(`/api/v1/workspace/inquiries/${inquiry.id}/status`, { status: 'closed' });
    expect(closed.body.status).toBe('closed');
    expect((await officerA.post(`/api/v1/workspace/inquiries/${inquiry.id}/reply`, { body: 'One more thing' })).status).toBe(409);
    const other = await send({ subject: { type: 'project', slug: stcProject } });
    expect((await officerA.post(`/api/v1/workspace/inquiries/${other.id}/status`, { status: 'acknowledged' })).body.acknowledgedAt).not.toBeNull();
    expect((await officerA.post(`/api/v1/workspace/inquiries/${other.id}/status`, { status: 'spam' })).body.status).toBe('spam');
    expect((await officerA.post(`/api/v1/workspace/inquiries/${other.id}/status`, { status: 'new' })).body.status).toBe('new');
  });
});

describe('scheduled jobs', () => {
  it('an overdue inquiry is escalated once, to the department head and every editor', async () => {
    const late = await send({ subject: { type: 'project', slug: stcProject } });
    await stack.db.query(`UPDATE inquiries SET due_at = now() - interval '1 hour' WHERE id = $1`, [late.id]);
    const listed = (await officerA.get('/api/v1/workspace/inquiries?overdue=true&pageSize=100')).body.items;
    expect(listed.find((i: { id: string }) => i.id === late.id)?.overdue).toBe(true);
    const jobs = stack.app.get(InquiryJobs);
    expect(await jobs.escalate()).toBeGreaterThanOrEqual(1);
    const escalations = await mails(`inquiry_id = $1 AND kind = 'inquiry.escalation'`, [late.id]);
    const [{ head }] = await stack.db.query(`SELECT contacts->0->>'email' AS head FROM departments WHERE code = 'STC'`);
    expect(escalations.map((m: { to_address: string }) => m.to_address).sort()).toEqual([head, DEMO.editor.email].sort());
    expect(escalations[0].subject).toContain(late.reference);
    await jobs.escalate();
    expect(await mails(`inquiry_id = $1 AND kind = 'inquiry.escalation'`, [late.id])).toHaveLength(2);
    // Answered ones are never escalated.
    const answered = await send({ subject: { type: 'project', slug: stcProject } });
    await officerA.post(`/api/v1/workspace/inquiries/${answered.id}/reply`, { body: 'Answered in time.' });
    await stack.db.query(`UPDATE inquiries SET due_at = now() - interval '1 hour' WHERE id = $1`, [answered.id]);
    await jobs.escalate();
    expect(await mails(`inquiry_id = $1 AND kind = 'inquiry.escalation'`, [answered.id])).toEqual([]);
  });

  it('inquiries past the retention period are anonymised and their mails purged; statistics stay', async () => {
    const old = await send({ subject: { type: 'project', slug: stcProject } });
    await officerA.post(`/api/v1/workspace/inquiries/${old.id}/reply`, { body: 'Dear Ms Park, yes.' });
    await stack.db.query(`UPDATE inquiries SET created_at = now() - interval '800 days' WHERE id = $1`, [old.id]);
    expect(await stack.app.get(InquiryJobs).anonymiseExpired()).toBeGreaterThanOrEqual(1);
    const [row] = await stack.db.query(`SELECT name, email, phone, organisation, message, status, anonymised_at, answered_at FROM inquiries WHERE id = $1`, [old.id]);
    expect(row).toMatchObject({ name: ERASED, email: 'erased@invalid', phone: null, organisation: null, message: ERASED, status: 'answered' });
    expect(row.anonymised_at).not.toBeNull();
    expect(row.answered_at).not.toBeNull();
    expect(await mails('inquiry_id = $1', [old.id])).toEqual([]);
    const [{ body: replyBody }] = await stack.db.query(`SELECT body FROM inquiry_replies WHERE inquiry_id = $1`, [old.id]);
    expect(replyBody).toBe(ERASED);
    expect((await officerA.post(`/api/v1/workspace/inquiries/${old.id}/reply`, { body: 'Again' })).status).toBe(409);
  });
});

describe('personal data requests', () => {
  it('export gives everything held about an address; erase removes it and the export is then empty', async () => {
    const first = await send({ subject: { type: 'project', slug: stcProject } });
    const email = first.email;
    await new Client(stack.url).post('/api/v1/inquiries', { ...body(), email: email.toUpperCase() });
    await officerA.post(`/api/v1/workspace/inquiries/${first.id}/notes`, { body: 'Internal note.' });
    const exported = await admin.post('/api/v1/workspace/privacy/export', { email });
    expect(exported.status).toBe(200);
    expect(exported.headers['cache-control']).toBe('no-store');
    expect(exported.body.inquiries).toHaveLength(2);
    expect(exported.body.inquiries[0]).toMatchObject({ email, name: 'Park Ji-won', message: 'What is the grid connection capacity at this site?' });
    expect(exported.body.mails.length).toBeGreaterThanOrEqual(2);
    expect(exported.body.mails.every((m: { to: string }) => m.to.toLowerCase() === email)).toBe(true);

    const erased = await admin.post('/api/v1/workspace/privacy/erase', { email });
    expect(erased.status).toBe(200);
    expect(erased.body.inquiries).toBe(2);
    expect(erased.body.mails).toBeGreaterThanOrEqual(2);
    const after = (await admin.post('/api/v1/workspace/privacy/export', { email })).body;
    expect(after).toMatchObject({ inquiries: [], mails: [] });
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE lower(to_address) = $1`, [email]);
    expect(n).toBe(0);
    // The tracking link still works, without the personal data.
    const tracked = (await request(stack.url).get(`/api/v1/inquiries/track/${first.token}`)).body;
    expect(tracked.message).toBe(ERASED);
    const audit = (await admin.get(`/api/v1/audit?objectType=inquiry&objectId=${first.id}`)).body;
    expect(audit.map((a: { action: string }) => a.action)).toContain('erase');
    expect(JSON.stringify(audit)).not.toContain(email);
  });

  it.each([['not-an-email'], [''], ['a@b.c\nBcc: x@y.z']])('refuses %p with 400', async (email) => {
    expect((await admin.post('/api/v1/workspace/privacy/export', { email })).status).toBe(400);
    expect((await admin.post('/api/v1/workspace/privacy/erase', { email })).status).toBe(400);
  });
});
