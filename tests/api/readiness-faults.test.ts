import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { CONSENT } from '@invest-portal/backend/inquiries/consent.js';
import { startEmbeddedPostgres, type RunningPostgres } from '@invest-portal/backend/embedded/postgres.js';
import { startWatchdog, type Watchdog } from '@invest-portal/backend/embedded/watchdog.js';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { waitUntilGone } from '../harness/processes.js';
import { Client, DEMO } from '../harness/session.js';

// Kills the backing servers on purpose: its own stack, separate from the other suites.
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true, env: { FRONTEND_DIST: '/nonexistent-ui-build' } });
});

// PostgreSQL as restarted by the test (the harness only knows the one it started), and the watchdog
// that stops it should this Jest worker be killed before afterAll runs.
let restarted: RunningPostgres | undefined;
let watchdog: Watchdog | undefined;

afterAll(async () => {
  if (!restarted) return stack?.stop();
  // The restarted server must be stopped before the harness removes its data folder.
  await stack.app.close();
  await stack.db.destroy();
  await restarted.stop();
  watchdog?.dismiss();
  await stack.services.stop();
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
  // Back: ready again without a restart of the API.
  await stack.services.restartMeilisearch();
  await request(stack.url).get('/ready').expect(200);
});

/** Live child processes of `pid` (PostgreSQL's backends, checkpointer, WAL writer…). */
function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) === pid && state !== 'Z') found.push(Number(entry));
    } catch {
      // exited while we looked
    }
  }
  return found;
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('PostgreSQL killed mid-burst: 503 with the error body and /ready fails; after a restart nothing is half-written and the API recovers by itself', async () => {
  const officer = new Client(stack.url);
  const editor = new Client(stack.url);
  const visitor = new Client(stack.url);
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await visitor.get('/api/v1/settings/public');
  const tax = (await officer.get('/api/v1/taxonomies')).body;
  const unitId = tax.units.find((u: { parentId: string | null }) => u.parentId).id;

  // Submitted projects waiting for the board: each publication writes the project (status, published
  // snapshot), an audit entry, a search outbox row and the officers' mails in one transaction.
  const submitted: { id: string; code: string; version: number }[] = [];
  const prepare = async (i: number) => {
    const created = await officer.post('/api/v1/workspace/projects', {
      code: `PGKILL-${i}`,
      title: { vi: `Dự án thử mất cơ sở dữ liệu ${i}`, en: `Database loss project ${i}` },
      summary: { vi: 'Tóm tắt', en: 'Summary' },
      description: { vi: 'Mô tả', en: 'Description' },
      sectorIds: [tax.sectors[i % tax.sectors.length].id],
      unitId,
      location: { lat: 9.6, lng: 105.97 },
    });
    expect(created.status).toBe(201);
    const sub = await officer.post(`/api/v1/workspace/projects/${created.body.id}/submit`);
    expect(sub.status).toBe(200);
    submitted.push({ id: created.body.id, code: created.body.code, version: sub.body.version });
  };
  for (let i = 0; i < 30; i += 5) await Promise.all([0, 1, 2, 3, 4].map((j) => prepare(i + j)));
  const [{ officers }] = await stack.db.query(
    `SELECT count(*)::int AS officers FROM users u JOIN departments d ON d.id = u.department_id
      WHERE u.role = 'officer' AND u.disabled_at IS NULL AND d.id = (SELECT department_id FROM projects WHERE id = $1)`,
    [submitted[0]!.id],
  );
  expect(officers).toBeGreaterThan(0);

  // The burst: publications and inquiries (an inquiry writes itself, its acknowledgement and the
  // department's notices in one transaction), a few at a time, until every one has an answer.
  type Outcome = { kind: 'publish'; id: string; status: number; body: { statusCode?: number; error?: string; requestId?: string } } | { kind: 'inquiry'; email: string; status: number; reference?: string; body: { statusCode?: number; error?: string; requestId?: string } };
  const jobs: (() => Promise<Outcome>)[] = [];
  for (let i = 0; i < submitted.length; i++) {
    const p = submitted[i]!;
    jobs.push(async () => {
      const res = await editor.post(`/api/v1/workspace/projects/${p.id}/publish`, { version: p.version });
      return { kind: 'publish', id: p.id, status: res.status, body: res.body };
    });
    const email = `pg-kill-${i}@example.org`;
    jobs.push(async () => {
      const res = await visitor.post('/api/v1/inquiries', {
        name: 'Nguyễn Văn Thử',
        country: 'VN',
        email,
        preferredLang: 'vi',
        message: 'Xin gửi thông tin về quỹ đất.',
        consent: true,
        consentVersion: CONSENT.version,
      });
      return { kind: 'inquiry', email, status: res.status, reference: res.body.reference, body: res.body };
    });
  }
  const outcomes: Outcome[] = [];
  let next = 0;
  const burst = Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < jobs.length) outcomes.push(await jobs[next++]!());
    }),
  );

  // Kill when several writing transactions are open at once (between their statements), after a
  // few requests succeeded: every process of the server at once, as a power cut would.
  const postmaster = stack.services.pids.postgres!;
  const open = await until('writing transactions in flight', async () => {
    // -1: the burst ended before a kill could land inside it (fails below rather than hanging).
    if (outcomes.length === jobs.length) return -1;
    if (outcomes.length < 6) return false;
    const [{ n }] = await stack.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
    );
    return n > 0 ? n : false;
  });
  const servers = [postmaster, ...childrenOf(postmaster)];
  for (const pid of servers) process.kill(pid, 'SIGKILL');
  expect(open).toBeGreaterThan(0);
  expect(await waitUntilGone(servers, [])).toMatchObject({ pids: [] });
  await burst;
  expect(outcomes).toHaveLength(jobs.length);

  // Every answer is a success or a 503 with the error body: no 500, no hanging request.
  for (const o of outcomes) {
    if (o.status >= 200 && o.status < 300) continue;
    expect({ kind: o.kind, status: o.status, body: o.body }).toMatchObject({ status: 503, body: { statusCode: 503, error: 'Service Unavailable' } });
    expect(o.body.requestId).toEqual(expect.any(String));
  }
  const failedDuringBurst = outcomes.filter((o) => o.status === 503).length;
  expect(failedDuringBurst).toBeGreaterThan(0);
  expect(outcomes.length - failedDuringBurst).toBeGreaterThanOrEqual(6);

  // While it is down: /ready names the database, the API answers 503 with the error body.
  const ready = await request(stack.url).get('/ready').expect(503);
  expect(ready.body.checks.database).toEqual({ ok: false, detail: 'unreachable' });
  const res = await request(stack.url).get('/api/v1/departments');
  expect(res.status).toBe(503);
  expect(res.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
  expect(res.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
  expect(fs.existsSync(stack.services.dir)).toBe(true);

  // Restart on the same data folder and port: PostgreSQL recovers from its WAL as after a crash.
  const url = new URL(stack.services.databaseUrl);
  watchdog = startWatchdog(stack.services.dir, [process.pid, process.ppid], []);
  restarted = await startEmbeddedPostgres({
    dir: path.join(stack.services.dir, 'postgres'),
    port: Number(url.port),
    password: decodeURIComponent(url.password),
    database: url.pathname.slice(1),
    log: () => undefined,
    onSpawn: (pid) => watchdog!.watch({ pid, signal: 'SIGINT' }),
  });

  // No restart of the API: its pool drops the dead connections and opens new ones.
  await until('/ready to answer 200', async () => (await request(stack.url).get('/ready')).status === 200);
  await request(stack.url).get('/api/v1/departments').expect(200);

  // Nothing half-written. A publication is all there (status, snapshot, audit entry, search outbox
  // row, one mail per officer) or not at all, whatever the client was told; one told 2xx is all there.
  for (const o of outcomes.filter((x) => x.kind === 'publish')) {
    const [row] = await stack.db.query(
      `SELECT p.status, p.published_snapshot IS NOT NULL AS snapshot, p.published_at IS NOT NULL AS published_at,
              (SELECT count(*)::int FROM search_outbox s WHERE s.entity_id = p.id) AS outbox,
              (SELECT count(*)::int FROM audit_log a WHERE a.object_id = p.id AND a.action = 'publish') AS audit,
              (SELECT count(*)::int FROM mail_outbox m WHERE m.kind = 'workflow.publish' AND m.body_text LIKE '%/workspace/projects/' || p.id || '%') AS mails
         FROM projects p WHERE p.id = $1`,
      [o.id],
    );
    const whole = { status: 'published', snapshot: true, published_at: true, outbox: 1, audit: 1, mails: officers };
    const none = { status: 'submitted', snapshot: false, published_at: false, outbox: 0, audit: 0, mails: 0 };
    if (o.status === 200) expect({ id: o.id, ...row }).toEqual({ id: o.id, ...whole });
    else expect([{ id: o.id, ...whole }, { id: o.id, ...none }]).toContainEqual({ id: o.id, ...row });
  }
  // An inquiry is there with exactly one acknowledgement and its notices, or not at all.
  for (const o of outcomes.filter((x) => x.kind === 'inquiry')) {
    const rows: { reference: string; ack: number; notices: number }[] = await stack.db.query(
      `SELECT i.reference,
              (SELECT count(*)::int FROM mail_outbox m WHERE m.inquiry_id = i.id AND m.kind = 'inquiry.ack' AND m.to_address = i.email) AS ack,
              (SELECT count(*)::int FROM mail_outbox m WHERE m.inquiry_id = i.id AND m.kind = 'inquiry.new') AS notices
         FROM inquiries i WHERE i.email = $1`,
      [o.email],
    );
    if (o.status === 201) expect(rows).toEqual([{ reference: o.reference, ack: 1, notices: expect.any(Number) }]);
    else expect(rows.length).toBeLessThanOrEqual(1);
    for (const r of rows) expect({ email: o.email, ack: r.ack }).toEqual({ email: o.email, ack: 1 });
  }
  // And across the whole database: no inquiry without its acknowledgement, no mail of a missing
  // inquiry, no published project without its snapshot.
  const [orphans] = await stack.db.query(
    `SELECT (SELECT count(*)::int FROM inquiries i WHERE i.status <> 'spam' AND NOT EXISTS (SELECT 1 FROM mail_outbox m WHERE m.inquiry_id = i.id AND m.kind = 'inquiry.ack')) AS unacknowledged,
            (SELECT count(*)::int FROM mail_outbox m WHERE m.inquiry_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM inquiries i WHERE i.id = m.inquiry_id)) AS orphan_mails,
            (SELECT count(*)::int FROM projects p WHERE p.code LIKE 'PGKILL-%' AND p.status = 'published' AND p.published_snapshot IS NULL) AS without_snapshot`,
  );
  expect(orphans).toEqual({ unacknowledged: 0, orphan_mails: 0, without_snapshot: 0 });

  // Writes work again through the recovered pool: what failed can simply be retried.
  const retry = outcomes.find((o): o is Extract<Outcome, { kind: 'publish' }> => o.kind === 'publish' && o.status === 503);
  const target = retry ? submitted.find((p) => p.id === retry.id)! : undefined;
  if (target) {
    const [{ status }] = await stack.db.query('SELECT status FROM projects WHERE id = $1', [target.id]);
    const again = await editor.post(`/api/v1/workspace/projects/${target.id}/publish`, { version: target.version });
    expect(again.status).toBe(status === 'submitted' ? 200 : 409);
  }
  const inquiry = await visitor.post('/api/v1/inquiries', {
    name: 'Trần Thị Sau',
    country: 'VN',
    email: 'pg-after@example.org',
    preferredLang: 'vi',
    message: 'Sau khi khôi phục.',
    consent: true,
    consentVersion: CONSENT.version,
  });
  expect(inquiry.status).toBe(201);
  await request(stack.url).get('/ready').expect(200);
}, 180_000);
