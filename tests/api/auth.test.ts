import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true, env: { LOGIN_MAX_FAILURES: '3' } });
});

afterAll(async () => {
  await stack?.stop();
});

async function newUser(admin: Client, email: string, role = 'editor'): Promise<string> {
  const res = await admin.post('/api/v1/users', { email, displayName: 'Người thử', password: 'a-long-password-123', role });
  expect(res.status).toBe(201);
  return res.body.id;
}

describe('sign-in', () => {
  it('sets an httpOnly SameSite session cookie and a readable CSRF cookie, and /me answers', async () => {
    const client = new Client(stack.url);
    const res = await client.signIn(DEMO.officerA.email, DEMO.officerA.password);
    expect(res.body).toMatchObject({ email: DEMO.officerA.email, role: 'officer' });
    expect(res.body.departmentId).toMatch(/^[0-9a-f-]{36}$/);
    const cookies = (res.headers['set-cookie'] as unknown as string[]).join('\n');
    expect(cookies).toMatch(/invest_session=[^;]+;.*HttpOnly/i);
    expect(cookies).toMatch(/invest_session=[^;]+;.*SameSite=Lax/i);
    expect(cookies).toMatch(/XSRF-TOKEN=[^;]+;/);
    expect(cookies).not.toMatch(/XSRF-TOKEN=[^;]+;[^\n]*HttpOnly/i);
    expect((await client.get('/api/v1/auth/me')).body.email).toBe(DEMO.officerA.email);
  });

  it('e-mail is case-insensitive; the password hash never leaves the server', async () => {
    const client = new Client(stack.url);
    const res = await client.signIn(DEMO.editor.email.toUpperCase(), DEMO.editor.password);
    expect(JSON.stringify(res.body)).not.toMatch(/scrypt|passwordHash/);
  });

  it('wrong password and unknown e-mail get the same 401', async () => {
    const client = new Client(stack.url);
    const wrong = await client.post('/api/v1/auth/login', { email: DEMO.editor.email, password: 'nope' });
    const unknown = await client.post('/api/v1/auth/login', { email: 'nobody@example.org', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('anonymous callers get 401 from /me', async () => {
    expect((await new Client(stack.url).get('/api/v1/auth/me')).status).toBe(401);
  });

  it('a malformed login body is a 400 naming the fields', async () => {
    const res = await new Client(stack.url).post('/api/v1/auth/login', { email: 'not-an-email', password: 7 });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'password']);
  });
});

describe('CSRF', () => {
  it('a state-changing request without the token is refused, even sign-in', async () => {
    const client = new Client(stack.url);
    await client.get('/api/v1/settings/public');
    const login = await client.send('post', '/api/v1/auth/login', DEMO.admin, { csrf: false });
    expect(login.status).toBe(403);
    expect(login.body.message).toMatch(/CSRF/);
    await client.signIn(DEMO.admin.email, DEMO.admin.password);
    const res = await client.send('post', '/api/v1/taxonomies/sectors', { code: 'csrf-test', nameVi: 'Thử' }, { csrf: false });
    expect(res.status).toBe(403);
    const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM sectors WHERE code = 'csrf-test'`);
    expect(count).toBe(0);
  });

  it("a token that is not the session's is refused (cookie and header forged alike)", async () => {
    const client = new Client(stack.url);
    const res = await client.signIn(DEMO.admin.email, DEMO.admin.password);
    const session = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('invest_session='))!.split(';')[0];
    const forged = await request(stack.url)
      .post('/api/v1/taxonomies/sectors')
      .set('Cookie', `${session}; XSRF-TOKEN=attacker`)
      .set('X-XSRF-TOKEN', 'attacker')
      .send({ code: 'csrf-forged', nameVi: 'Thử' });
    expect(forged.status).toBe(403);
  });

  it('GET requests need no token', async () => {
    const res = await request(stack.url).get('/api/v1/projects');
    expect(res.status).toBe(200);
  });
});

describe('ending sessions', () => {
  it('logout ends the session at once, also for a copy of the cookie', async () => {
    const client = new Client(stack.url);
    const res = await client.signIn(DEMO.editor.email, DEMO.editor.password);
    const session = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('invest_session='))!.split(';')[0];
    expect((await client.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
    expect((await request(stack.url).get('/api/v1/auth/me').set('Cookie', session!)).status).toBe(401);
  });

  it('disabling an account ends its sessions at once and blocks sign-in', async () => {
    const admin = new Client(stack.url);
    await admin.signIn(DEMO.admin.email, DEMO.admin.password);
    const id = await newUser(admin, 'to-disable@example.org');
    const user = new Client(stack.url);
    await user.signIn('to-disable@example.org', 'a-long-password-123');
    expect((await user.get('/api/v1/auth/me')).status).toBe(200);
    expect((await admin.patch(`/api/v1/users/${id}`, { disabled: true })).status).toBe(200);
    expect((await user.get('/api/v1/auth/me')).status).toBe(401);
    const again = await new Client(stack.url).post('/api/v1/auth/login', { email: 'to-disable@example.org', password: 'a-long-password-123' });
    expect(again.status).toBe(401);
    const [{ count }] = await stack.db.query('SELECT count(*)::int AS count FROM sessions WHERE user_id = $1', [id]);
    expect(count).toBe(0);
  });

  it('an expired session counts as signed out', async () => {
    const client = new Client(stack.url);
    const res = await client.signIn(DEMO.officerB.email, DEMO.officerB.password);
    await stack.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [
      DEMO.officerB.email,
    ]);
    expect(res.status).toBe(200);
    expect((await client.get('/api/v1/auth/me')).status).toBe(401);
  });
});

describe('throttling', () => {
  it('after repeated failures the account is locked, even for the right password, and unlocks later', async () => {
    const admin = new Client(stack.url);
    await admin.signIn(DEMO.admin.email, DEMO.admin.password);
    await newUser(admin, 'throttled@example.org');
    const client = new Client(stack.url);
    for (let i = 0; i < 3; i++) {
      expect((await client.post('/api/v1/auth/login', { email: 'throttled@example.org', password: `wrong-${i}` })).status).toBe(401);
    }
    const locked = await client.post('/api/v1/auth/login', { email: 'throttled@example.org', password: 'a-long-password-123' });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.body.message).toMatch(/Too many failed sign-ins/);
    // Time passes (the lock is stored, not kept in memory): sign-in works and resets the count.
    await stack.db.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE email = 'throttled@example.org'`);
    expect((await client.post('/api/v1/auth/login', { email: 'throttled@example.org', password: 'a-long-password-123' })).status).toBe(200);
    const [row] = await stack.db.query(`SELECT failed_logins FROM users WHERE email = 'throttled@example.org'`);
    expect(row.failed_logins).toBe(0);
  });

  it('a burst of parallel guesses cannot get past the limit', async () => {
    const admin = new Client(stack.url);
    await admin.signIn(DEMO.admin.email, DEMO.admin.password);
    await newUser(admin, 'burst@example.org');
    const client = new Client(stack.url);
    await client.get('/api/v1/settings/public');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => client.post('/api/v1/auth/login', { email: 'burst@example.org', password: `guess-${i}` })),
    );
    const checked = answers.filter((r) => r.status === 401).length;
    expect(checked).toBeLessThanOrEqual(3);
    expect(answers.filter((r) => r.status === 429).length).toBe(12 - checked);
    expect((await client.post('/api/v1/auth/login', { email: 'burst@example.org', password: 'a-long-password-123' })).status).toBe(429);
  });

  it('each further failure doubles the lock', async () => {
    const admin = new Client(stack.url);
    await admin.signIn(DEMO.admin.email, DEMO.admin.password);
    await newUser(admin, 'doubling@example.org');
    const client = new Client(stack.url);
    const lockMinutes = async () => {
      const [row] = await stack.db.query(
        `SELECT round(extract(epoch FROM locked_until - now()) / 60) AS m FROM users WHERE email = 'doubling@example.org'`,
      );
      return Number(row.m);
    };
    for (let i = 0; i < 3; i++) await client.post('/api/v1/auth/login', { email: 'doubling@example.org', password: 'x' });
    expect(await lockMinutes()).toBe(1);
    await stack.db.query(`UPDATE users SET locked_until = NULL WHERE email = 'doubling@example.org'`);
    await client.post('/api/v1/auth/login', { email: 'doubling@example.org', password: 'x' });
    expect(await lockMinutes()).toBe(2);
  });
});

describe('audit', () => {
  it('records who changed which account field, newest first; account history is for admins only', async () => {
    const admin = new Client(stack.url);
    await admin.signIn(DEMO.admin.email, DEMO.admin.password);
    const id = await newUser(admin, 'audited@example.org');
    await admin.patch(`/api/v1/users/${id}`, { displayName: 'Tên mới', password: 'another-long-password' });
    const res = await admin.get(`/api/v1/audit?objectType=user&objectId=${id}`);
    expect(res.status).toBe(200);
    expect(res.body.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(res.body[0].actorEmail).toBe(DEMO.admin.email);
    expect(res.body[0].changes.displayName).toEqual({ from: 'Người thử', to: 'Tên mới' });
    expect(res.body[0].changes.password).toEqual({ from: '***', to: '***' });
    const editor = new Client(stack.url);
    await editor.signIn(DEMO.editor.email, DEMO.editor.password);
    expect((await editor.get(`/api/v1/audit?objectType=user&objectId=${id}`)).status).toBe(403);
    const officer = new Client(stack.url);
    await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
    expect((await officer.get(`/api/v1/audit?objectType=user&objectId=${id}`)).status).toBe(403);
  });
});
