import fs from 'node:fs';
import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { waitUntilGone } from '../harness/processes.js';

// Kills the backing servers on purpose: its own stack, separate from the other suites.
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true, env: { FRONTEND_DIST: '/nonexistent-ui-build' } });
});

afterAll(async () => {
  await stack?.stop();
});

it('without a UI build, app routes explain how to build it (and the API still works)', async () => {
  const res = await request(stack.url).get('/vi').expect(503);
  expect(res.body.message).toMatch(/not built.*npm run build/);
  expect(res.text).not.toContain('/nonexistent-ui-build');
  await request(stack.url).get('/api/v1/departments').expect(200);
});

it('/ready fails and names the migrations when one is not applied', async () => {
  const [row] = await stack.db.query('SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1');
  await stack.db.query('DELETE FROM migrations WHERE id = $1', [row.id]);
  try {
    const res = await request(stack.url).get('/ready').expect(503);
    expect(res.body.checks.migrations).toEqual({ ok: false, detail: '1 pending: run npm run db:migrate' });
    expect(res.body.checks.database.ok).toBe(true);
  } finally {
    await stack.db.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [row.id, row.timestamp, row.name]);
  }
  await request(stack.url).get('/ready').expect(200);
});

it('/ready fails and names Meilisearch when it dies', async () => {
  process.kill(stack.services.pids.meilisearch!, 'SIGKILL');
  await waitUntilGone([stack.services.pids.meilisearch!], []);
  const res = await request(stack.url).get('/ready').expect(503);
  expect(res.body.status).toBe('unavailable');
  expect(res.body.checks.search).toEqual({ ok: false, detail: 'unreachable' });
  expect(res.body.checks.database.ok).toBe(true);
  expect(res.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  await request(stack.url).get('/health').expect(200);
});

it('when PostgreSQL dies: /ready names the database and the API answers 503 with the error body', async () => {
  process.kill(stack.services.pids.postgres!, 'SIGKILL');
  await waitUntilGone([stack.services.pids.postgres!], []);
  const ready = await request(stack.url).get('/ready').expect(503);
  expect(ready.body.checks.database).toEqual({ ok: false, detail: 'unreachable' });
  const res = await request(stack.url).get('/api/v1/departments');
  expect(res.status).toBe(503);
  expect(res.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
  expect(fs.existsSync(stack.services.dir)).toBe(true);
});
