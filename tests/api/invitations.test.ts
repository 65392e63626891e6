import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// Administrators invite people; the mailed link sets the first password, once, within 7 days.
let stack: TestStack;
let admin: Client;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  admin = new Client(stack.url);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
});

afterAll(async () => {
  await stack?.stop();
});

async function tokenMailedTo(email: string): Promise<string> {
  const [{ body_text }] = await stack.db.query(`SELECT body_text FROM mail_outbox WHERE to_address = $1 AND kind = 'user.invite' ORDER BY id DESC LIMIT 1`, [email]);
  return /\/workspace\/invite\/([A-Za-z0-9_-]{43})/.exec(body_text)![1]!;
}

it('an invited officer cannot sign in until the link sets a password; then the link is spent', async () => {
  const [{ id: stc }] = await stack.db.query(`SELECT id FROM departments WHERE code = 'STC'`);
  const invited = await admin.post('/api/v1/users/invite', { email: 'New.Officer@Example.org', displayName: 'Trần Thị Mai', role: 'officer', departmentId: stc });
  expect(invited.status).toBe(201);
  expect(invited.body).toMatchObject({ email: 'new.officer@example.org', role: 'officer', departmentId: stc, invitePending: true });
  const token = await tokenMailedTo('new.officer@example.org');
  const [{ invite_hash }] = await stack.db.query(`SELECT invite_hash FROM users WHERE email = 'new.officer@example.org'`);
  expect(invite_hash).not.toBe(token);

  const early = await new Client(stack.url).post('/api/v1/auth/login', { email: 'new.officer@example.org', password: 'invited' });
  expect(early.status).toBe(401);
  expect((await new Client(stack.url).post(`/api/v1/auth/invitations/${token}`, { password: 'short' })).status).toBe(400);
  expect((await new Client(stack.url).post(`/api/v1/auth/invitations/${token}`, { password: 'Mật-khẩu-đủ-dài-2026' })).status).toBe(204);
  const me = new Client(stack.url);
  expect((await me.signIn('new.officer@example.org', 'Mật-khẩu-đủ-dài-2026')).status).toBe(200);
  expect((await me.get('/api/v1/auth/me')).body.role).toBe('officer');
  expect((await new Client(stack.url).post(`/api/v1/auth/invitations/${token}`, { password: 'another-long-password' })).status).toBe(404);
  expect((await admin.get('/api/v1/users')).body.find((u: { email: string }) => u.email === 'new.officer@example.org').invitePending).toBe(false);
});

it('an expired link answers 410; inviting again sends a fresh one; an existing account cannot be invited', async () => {
  await admin.post('/api/v1/users/invite', { email: 'late@example.org', displayName: 'Late', role: 'editor' });
  const old = await tokenMailedTo('late@example.org');
  await stack.db.query(`UPDATE users SET invite_expires_at = now() - interval '1 minute' WHERE email = 'late@example.org'`);
  expect((await new Client(stack.url).post(`/api/v1/auth/invitations/${old}`, { password: 'a-long-password-3' })).status).toBe(410);
  const again = await admin.post('/api/v1/users/invite', { email: 'late@example.org', displayName: 'Late', role: 'editor' });
  expect(again.status).toBe(201);
  const fresh = await tokenMailedTo('late@example.org');
  expect(fresh).not.toBe(old);
  expect((await new Client(stack.url).post(`/api/v1/auth/invitations/${old}`, { password: 'a-long-password-3' })).status).toBe(404);
  expect((await new Client(stack.url).post(`/api/v1/auth/invitations/${fresh}`, { password: 'a-long-password-3' })).status).toBe(204);
  expect((await admin.post('/api/v1/users/invite', { email: DEMO.editor.email, displayName: 'X', role: 'editor' })).status).toBe(409);
  expect((await admin.post('/api/v1/users/invite', { email: 'no-dept@example.org', displayName: 'X', role: 'officer' })).status).toBe(400);
  expect((await new Client(stack.url).post('/api/v1/auth/invitations/not-a-token', { password: 'a-long-password-4' })).status).toBe(404);
});
