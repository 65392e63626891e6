import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSearchClient, INDEXES, type DocType } from '@invest-portal/search';
import { startEmbeddedServices, type EmbeddedServices } from '@invest-portal/backend/embedded/index.js';
import { CONSENT } from '@invest-portal/backend/inquiries/consent.js';
import { DOC_TYPES, INDEXED_ITEMS } from '@invest-portal/backend/search-sync/sources.js';
import type { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { startApiProcess, stopAllApiProcesses, type ApiProcess } from '../harness/api-process.js';
import { waitUntilGone } from '../harness/processes.js';
import { Client, DEMO } from '../harness/session.js';
import { startSmtpSink, type SmtpSink } from '../harness/smtp.js';
import { startTestServices, type TestServices } from '../harness/stack.js';
import { until } from '../harness/wait.js';

// Scale-out on the engines we already have (docs/operations/scale-out.md, ADR 017): two API
// processes and two Meilisearch nodes on loopback sharing one PostgreSQL. Each node is fed from the
// outbox with its own cursor; outboxes and scheduled jobs are claimed so nothing runs twice. One API
// process and one Meilisearch node are SIGKILLed mid-run: no acknowledged write may be lost and
// both indexes must equal the database at the end.
let main: TestServices;
let nodeB: EmbeddedServices;
let nodeBDir: string;
let db: pg.Client;
let smtp: SmtpSink;
let api1: ApiProcess;
let api2: ApiProcess;

beforeAll(async () => {
  main = await startTestServices();
  // The second node shares the master key of the first (MEILI_REPLICA_URLS uses MEILI_MASTER_KEY).
  nodeBDir = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-node-b-'));
  fs.writeFileSync(path.join(nodeBDir, 'credentials.json'), JSON.stringify({ postgresPassword: 'unused', meiliMasterKey: main.meiliMasterKey }));
  nodeB = await startEmbeddedServices({ dataDir: nodeBDir, postgres: false, meilisearch: true, alsoWatch: [process.ppid] });

  smtp = await startSmtpSink();

  const env = {
    MEILI_REPLICA_URLS: nodeB.meiliUrl!,
    MAIL_TRANSPORT: 'smtp',
    SMTP_URL: smtp.url,
    MAIL_INTERVAL_MS: '100',
    INQUIRY_JOB_INTERVAL_MS: '100',
    SEARCH_SYNC_RETRY_MS: '200',
    SEARCH_SYNC_MAX_ATTEMPTS: '100',
  };
  const servers = { databaseUrl: main.databaseUrl, meiliUrl: main.meiliUrl, meiliMasterKey: main.meiliMasterKey };
  // The first process migrates and loads the demo data; the second finds them there.
  api1 = await startApiProcess({ ...servers, env: { ...env, DEMO_DATA: 'true' } });
  api2 = await startApiProcess({ ...servers, env });
  db = new pg.Client(main.databaseUrl);
  await db.connect();
}, 180_000);

afterAll(async () => {
  await stopAllApiProcesses();
  await db?.end();
  await smtp?.close();
  await nodeB?.stop();
  if (nodeBDir) fs.rmSync(nodeBDir, { recursive: true, force: true });
  await main?.stop();
});

async function indexed(client: Meilisearch, type: DocType): Promise<Map<string, number>> {
  const docs = new Map<string, number>();
  for (let offset = 0; ; offset += 1000) {
    const page = await client.index(INDEXES[type].uid).getDocuments({ fields: ['id', 'version'], offset, limit: 1000 });
    for (const d of page.results) docs.set(String(d.id), Number(d.version));
    if (page.results.length < 1000) return docs;
  }
}

async function expected(type: DocType): Promise<Map<string, number>> {
  const { rows } = await db.query<{ id: string; version: number }>(INDEXED_ITEMS[type]);
  return new Map(rows.map((r) => [`${type}-${r.id}`, Number(r.version)]));
}

it('sessions work across processes, and mails and scheduled jobs run once with two processes', async () => {
  const officer = new Client(api1.url);
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  // Signed in on one process, used on the other: sessions and CSRF tokens live in PostgreSQL.
  const me = await officer.withBaseUrl(api2.url).get('/api/v1/auth/me');
  expect(me.status).toBe(200);
  expect(me.body.email).toBe(DEMO.officerA.email);

  const received = smtp.received;
  const before = received.length;
  const references: string[] = [];
  for (let i = 0; i < 12; i++) {
    const api = i % 2 ? api2 : api1;
    const res = await new Client(api.url).post('/api/v1/inquiries', {
      name: `Investor ${i}`,
      country: 'JP',
      email: `investor${i}@example.jp`,
      preferredLang: 'en',
      message: 'Please send the land-use plan of the industrial zone.',
      consent: true,
      consentVersion: CONSENT.version,
    });
    expect(res.status).toBe(201);
    references.push(res.body.reference);
  }
  // Overdue at once: both processes run the escalation job every 100 ms; each inquiry escalates once.
  await db.query(`UPDATE inquiries SET due_at = now() - interval '1 hour' WHERE reference = ANY($1)`, [references]);
  await until('every inquiry escalated and every mail sent', async () => {
    const { rows } = await db.query(
      `SELECT (SELECT count(*)::int FROM inquiries WHERE reference = ANY($1) AND escalated_at IS NULL) AS waiting,
              (SELECT count(*)::int FROM mail_outbox WHERE sent_at IS NULL) AS unsent`,
      [references],
    );
    return rows[0].waiting === 0 && rows[0].unsent === 0;
  });
  // Let both workers run a few more passes: a double claim would show as a second delivery.
  await new Promise((r) => setTimeout(r, 1000));
  const { rows: sent } = await db.query<{ id: string }>(`SELECT id FROM mail_outbox WHERE status = 'sent'`);
  const sentIds = sent.map((r) => String(r.id)).sort();
  const receivedIds = received.map((m) => /^<outbox-(\d+)@/.exec(m.messageId)?.[1] ?? m.messageId).sort();
  expect(received.length - before).toBeGreaterThanOrEqual(12 * 2); // acknowledgements, notices, escalations
  expect(new Set(receivedIds).size).toBe(receivedIds.length); // nothing delivered twice
  expect(receivedIds).toEqual(sentIds); // and nothing marked sent without being delivered
  const { rows: escalations } = await db.query(`SELECT count(*)::int AS n FROM inquiries WHERE reference = ANY($1) AND escalated_at IS NOT NULL`, [references]);
  expect(escalations[0].n).toBe(12);
}, 120_000);

it('one API process and one Meilisearch node die mid-run: no write is lost, both indexes equal the database', async () => {
  const officer = new Client(api1.url);
  const editor = new Client(api1.url);
  const admin = new Client(api1.url);
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  const tax = (await officer.get('/api/v1/taxonomies')).body;
  const unitId = tax.units.find((u: { parentId: string | null }) => u.parentId).id;
  /** The last version each acknowledged write reported, per project. */
  const acknowledged = new Map<string, number>();
  let alive1 = true;

  const publishOne = async (i: number) => {
    // A load balancer sends requests round-robin while both processes live.
    const base = alive1 && i % 2 === 0 ? api1.url : api2.url;
    const o = officer.withBaseUrl(base);
    const e = editor.withBaseUrl(base);
    const a = admin.withBaseUrl(base);
    const created = await o.post('/api/v1/workspace/projects', {
      code: `SCALE-${i}`,
      title: { vi: `Dự án mở rộng ${i}`, en: `Scale-out project ${i}` },
      summary: { vi: 'Tóm tắt', en: 'Summary' },
      description: { vi: 'Mô tả', en: 'Description' },
      sectorIds: [tax.sectors[i % tax.sectors.length].id],
      unitId,
      location: { lat: 9.6, lng: 105.97 },
    });
    expect(created.status).toBe(201);
    const submitted = await o.post(`/api/v1/workspace/projects/${created.body.id}/submit`);
    expect(submitted.status).toBe(200);
    const published = await e.post(`/api/v1/workspace/projects/${created.body.id}/publish`, { version: submitted.body.version });
    expect(published.status).toBe(200);
    // An edit after publication, so a stale document would show.
    const edited = await a.patch(`/api/v1/workspace/projects/${created.body.id}`, { version: published.body.version, summary: { vi: `Bản sửa ${i}`, en: `Edit ${i}` } });
    expect(edited.status).toBe(200);
    acknowledged.set(created.body.id, edited.body.version);
  };

  for (let i = 0; i < 48; i += 4) {
    await Promise.all([i, i + 1, i + 2, i + 3].map(publishOne));
    if (i === 20) {
      // Mid-run, while both processes' workers are busy with the outboxes.
      process.kill(api1.pid, 'SIGKILL');
      process.kill(nodeB.pids.meilisearch!, 'SIGKILL');
      await waitUntilGone([api1.pid, nodeB.pids.meilisearch!], []);
      alive1 = false;
    }
  }
  expect(acknowledged.size).toBe(48);

  // Every acknowledged write is in the database, at the version the API reported.
  const { rows } = await db.query<{ id: string; version: number }>(`SELECT id, version FROM projects WHERE id = ANY($1)`, [[...acknowledged.keys()]]);
  expect(new Map(rows.map((r) => [r.id, Number(r.version)]))).toEqual(acknowledged);

  // While node B is down, searches are answered (by node A) and not degraded.
  const during = await new Client(api2.url).get('/api/v1/search/projects?q=scale-out');
  expect(during.status).toBe(200);
  expect(during.body.degraded).toBe(false);

  await nodeB.restartMeilisearch();
  await until('both nodes caught up', async () => {
    const stats = (await admin.withBaseUrl(api2.url).get('/api/v1/search/sync')).body;
    return stats.backlog === 0 && stats.nodes.length === 1 && stats.nodes[0].filled && stats.nodes[0].pending === 0 && stats;
  });

  const nodeA = createSearchClient({ url: main.meiliUrl, apiKey: main.meiliMasterKey, taskTimeoutMs: 60_000 });
  const nodeBClient = createSearchClient({ url: nodeB.meiliUrl!, apiKey: main.meiliMasterKey, taskTimeoutMs: 60_000 });
  for (const type of DOC_TYPES) {
    const want = await expected(type);
    expect(await indexed(nodeA, type)).toEqual(want);
    expect(await indexed(nodeBClient, type)).toEqual(want);
  }
  for (const [id, version] of acknowledged) expect((await expected('project')).get(`project-${id}`)).toBe(version);
  // No outbox row was left claimed or parked by the killed process.
  const { rows: stuck } = await db.query(`SELECT count(*)::int AS n FROM search_outbox WHERE done_at IS NULL`);
  expect(stuck[0].n).toBe(0);
}, 240_000);

it('a Meilisearch node that comes back empty gets a full copy, and searches fail over to the other node', async () => {
  // Node B loses its data (a new disk): stopped, its folder emptied, started again.
  await nodeB.stop();
  fs.rmSync(path.join(nodeBDir, 'meilisearch'), { recursive: true, force: true });
  fs.writeFileSync(path.join(nodeBDir, 'credentials.json'), JSON.stringify({ postgresPassword: 'unused', meiliMasterKey: main.meiliMasterKey }));
  const port = Number(new URL(nodeB.meiliUrl!).port);
  nodeB = await startEmbeddedServices({ dataDir: nodeBDir, postgres: false, meilisearch: true, meilisearchPort: port, alsoWatch: [process.ppid] });
  const nodeBClient = createSearchClient({ url: nodeB.meiliUrl!, apiKey: main.meiliMasterKey, taskTimeoutMs: 60_000 });
  const want = await expected('project');
  await until('node B refilled', async () => (await indexed(nodeBClient, 'project').catch(() => new Map())).size === want.size);
  expect(await indexed(nodeBClient, 'project')).toEqual(want);
  // Its settings came before its documents: filters and sorting work on the refilled node.
  const settings = await nodeBClient.index(INDEXES.project.uid).getSettings();
  expect(settings.filterableAttributes?.length).toBeGreaterThan(0);

  // Node A dies: the API searches node B, still from Meilisearch (facets and all), not degraded.
  process.kill(main.pids.meilisearch!, 'SIGKILL');
  await waitUntilGone([main.pids.meilisearch!], []);
  const res = await new Client(api2.url).get('/api/v1/search/projects?q=scale-out&lang=en');
  expect(res.status).toBe(200);
  expect(res.body.degraded).toBe(false);
  expect(res.body.total).toBeGreaterThanOrEqual(48);
  await main.restartMeilisearch();
}, 180_000);
