import { createSearchClient, INDEXES } from '@invest-portal/search';
import { SearchMaintenanceService } from '@invest-portal/backend/search-sync/maintenance.service.js';
import { SearchSyncWorker } from '@invest-portal/backend/search-sync/sync.worker.js';
import type request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { waitUntilGone } from '../harness/processes.js';
import { Client, DEMO } from '../harness/session.js';

// Meilisearch is SIGKILLed in the middle of 1,000 HTTP writes (projects and policies: creates, edits,
// publications, unpublications, archives, awards, deletions of drafts), then restarted: the index
// must converge to the database, with nothing lost, stale or parked.
let stack: TestStack;

const TOTAL_WRITES = 1000;
const KILL_AFTER = 500;
// Modest: 2 cores run PostgreSQL, Meilisearch, the API and Jest at once.
const CONCURRENCY = 6;

beforeAll(async () => {
  // A long backoff (2 minutes after the first failure): the index must still catch up right after
  // Meilisearch is back, not when the backoff expires. Checked on the data, not with a stopwatch.
  // The task timeout is shorter than the default 60 s because meilisearch-js (0.62) does not clear
  // its wait timer when a poll fails: each wait cut short by the kill holds Jest open that long.
  // A wait that times out is retried through the outbox, so it cannot change the outcome here.
  stack = await startTestStack({
    demoData: true,
    env: { SEARCH_SYNC_RETRY_MS: '120000', SEARCH_SYNC_MAX_ATTEMPTS: '100', MEILI_TASK_TIMEOUT_MS: '20000' },
  });
  await stack.app.get(SearchSyncWorker).drain();
});

afterAll(async () => {
  await stack?.stop();
});

type Op = 'create' | 'edit' | 'submit' | 'publish' | 'unpublish' | 'archive' | 'award' | 'delete';
type Kind = 'projects' | 'policies';

interface Compared {
  id: string;
  version: number;
  status: string;
  title_vi: string;
  summary_vi: string;
  summary_en: string | null;
}

/** Every document of an index, with the fields that show a stale or foreign copy. */
async function indexed(uid: string): Promise<Map<string, Compared>> {
  const client = createSearchClient({ url: stack.services.meiliUrl, apiKey: stack.services.meiliMasterKey, taskTimeoutMs: 60_000 });
  const found = new Map<string, Compared>();
  for (let offset = 0; ; offset += 1000) {
    const page = await client.index(uid).getDocuments({ fields: ['id', 'version', 'status', 'title_vi', 'summary_vi', 'summary_en'], offset, limit: 1000 });
    for (const d of page.results) found.set(String(d.id), d as unknown as Compared);
    if (page.results.length < 1000) return found;
  }
}

/** The same fields, as the database has them for every public item: what the index must hold. */
async function expected(type: 'project' | 'policy'): Promise<Map<string, Compared>> {
  const table = type === 'project' ? 'projects' : 'policies';
  const statuses = type === 'project' ? `('published', 'awarded')` : `('published')`;
  const rows: { id: string; version: number; status: string; title: { vi: string }; summary: { vi: string; en: string | null } }[] = await stack.db.query(
    `SELECT id, version, status, title, summary FROM ${table} WHERE status IN ${statuses}`,
  );
  return new Map(
    rows.map((r) => [
      `${type}-${r.id}`,
      { id: `${type}-${r.id}`, version: r.version, status: r.status, title_vi: r.title.vi, summary_vi: r.summary.vi, summary_en: r.summary.en ?? null },
    ]),
  );
}

it('SIGKILL of Meilisearch during 1,000 writes, then a restart: every public item is indexed, current, and nothing else is', async () => {
  const officers = [new Client(stack.url), new Client(stack.url)];
  const editor = new Client(stack.url);
  const admin = new Client(stack.url);
  await officers[0]!.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await officers[1]!.signIn(DEMO.officerB.email, DEMO.officerB.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  const tax = (await admin.get('/api/v1/taxonomies')).body;
  const unitId = tax.units.find((u: { parentId: string | null }) => u.parentId).id;
  const meiliPid = stack.services.pids.meilisearch!;

  const counts = new Map<string, number>();
  let writes = 0;
  let killedAt = -1;
  const write = async (kind: Kind, op: Op, call: () => Promise<request.Response>): Promise<request.Response> => {
    const res = await call();
    if (res.status < 200 || res.status >= 300) throw new Error(`${op} ${kind} answered ${res.status}: ${JSON.stringify(res.body)}`);
    counts.set(`${kind}.${op}`, (counts.get(`${kind}.${op}`) ?? 0) + 1);
    writes++;
    if (writes === KILL_AFTER) {
      // Mid-run, with requests of other lanes still in flight: the search engine dies. Writes must keep succeeding.
      process.kill(meiliPid, 'SIGKILL');
      killedAt = writes;
    }
    return res;
  };

  // What each test item must end as; compared with the database before the database is compared with the index.
  const finalPublic = new Map<string, { type: 'project' | 'policy'; summaryVi: string }>();
  const finalHidden = new Set<string>();
  let serial = 0;

  const projectBody = (n: number, department: number) => ({
    code: `CR-${n}`,
    title: { vi: `Dự án thử sự cố ${n}`, en: `Crash test project ${n}` },
    summary: { vi: `Tóm tắt ${n}`, en: `Summary ${n}` },
    description: { vi: 'Mô tả', en: 'Description' },
    sectorIds: [tax.sectors[(n + department) % tax.sectors.length].id],
    unitId,
    location: { lat: 9.6, lng: 105.97 },
  });
  const policyBody = (n: number) => ({
    code: `CRP-${n}`,
    title: { vi: `Chính sách thử sự cố ${n}`, en: `Crash test policy ${n}` },
    summary: { vi: `Tóm tắt chính sách ${n}`, en: `Policy summary ${n}` },
    body: { vi: '<p>Nội dung</p>', en: '<p>Body</p>' },
    legalBasis: { number: '31/2021/NĐ-CP', issuer: { vi: 'Chính phủ', en: 'The Government' }, date: '2021-03-26' },
    validFrom: '2021-05-15',
    validTo: null,
    incentiveTypes: ['corporate_income_tax'],
    sectorIds: [tax.sectors[n % tax.sectors.length].id],
    unitIds: [unitId],
  });

  // A lifecycle of one new item: a fixed list of steps, each one HTTP write.
  type Step = 'submit' | 'publish' | 'edit' | 'unpublish' | 'archive' | 'award' | 'delete';
  const lifecycles: { kind: Kind; steps: Step[] }[] = [
    { kind: 'projects', steps: ['submit', 'publish', 'edit'] },
    { kind: 'projects', steps: ['submit', 'publish', 'edit', 'unpublish'] },
    { kind: 'projects', steps: ['submit', 'publish', 'archive'] },
    { kind: 'projects', steps: ['delete'] },
    { kind: 'projects', steps: ['submit', 'publish', 'unpublish', 'submit', 'publish'] },
    { kind: 'projects', steps: ['submit', 'publish', 'award', 'edit'] },
    { kind: 'policies', steps: ['submit', 'publish', 'edit'] },
    { kind: 'policies', steps: ['submit', 'publish', 'unpublish'] },
    { kind: 'policies', steps: ['submit', 'publish', 'archive'] },
    { kind: 'policies', steps: ['delete'] },
  ];

  const runLifecycle = async (kind: Kind, steps: Step[]) => {
    const n = serial++;
    const department = n % 2;
    const officer = officers[department]!;
    const created = await write(kind, 'create', () => officer.post(`/api/v1/workspace/${kind}`, kind === 'projects' ? projectBody(n, department) : policyBody(n)));
    const id: string = created.body.id;
    let version: number = created.body.version;
    let summaryVi: string = created.body.summary.vi;
    let status = 'draft';
    for (const step of steps) {
      const base = `/api/v1/workspace/${kind}/${id}`;
      let res: request.Response;
      if (step === 'edit') {
        summaryVi = `Bản sửa ${n} sau ${writes} lượt ghi`;
        res = await write(kind, 'edit', () => admin.patch(base, { version, summary: { vi: summaryVi, en: `Edit ${n}` } }));
      } else if (step === 'delete') {
        res = await write(kind, 'delete', () => officer.delete(base));
      } else if (step === 'submit') {
        res = await write(kind, 'submit', () => officer.post(`${base}/submit`));
      } else {
        res = await write(kind, step, () => editor.post(`${base}/${step}`, { version }));
      }
      if (step !== 'delete') {
        version = res.body.version;
        status = res.body.status;
      } else {
        status = 'deleted';
      }
    }
    const docId = `${kind === 'projects' ? 'project' : 'policy'}-${id}`;
    if (status === 'published' || status === 'awarded') finalPublic.set(docId, { type: kind === 'projects' ? 'project' : 'policy', summaryVi });
    else finalHidden.add(docId);
  };

  // Edits of demo items that were indexed before the crash: a lost edit leaves a stale copy behind.
  const demo: { id: string; version: number; kind: Kind }[] = [
    ...(await stack.db.query(`SELECT id, version, 'projects' AS kind FROM projects WHERE status IN ('published', 'awarded') ORDER BY code`)),
    ...(await stack.db.query(`SELECT id, version, 'policies' AS kind FROM policies WHERE status = 'published' ORDER BY code`)),
  ];
  const editDemo = async (item: (typeof demo)[number], times: number) => {
    let version = item.version;
    for (let i = 0; i < times; i++) {
      const res = await write(item.kind, 'edit', () => admin.patch(`/api/v1/workspace/${item.kind}/${item.id}`, { version, summary: { vi: `Tóm tắt sửa lần ${i + 1} (${writes})`, en: `Edited ${i + 1}` } }));
      version = res.body.version;
    }
  };

  // The plan: lifecycles in turn, with each demo item's edits spread over the run, topped up with
  // plain creates (1 write each) to exactly TOTAL_WRITES.
  const tasks: { ops: string[]; run: () => Promise<void> }[] = [];
  const lifecycle = (kind: Kind, steps: Step[]) => ({ ops: ['create', ...steps].map((op) => `${kind}.${op}`), run: () => runLifecycle(kind, steps) });
  let planned = 0;
  for (let i = 0; planned + 1 + lifecycles[i % lifecycles.length]!.steps.length <= TOTAL_WRITES - 2 * demo.length; i++) {
    const { kind, steps } = lifecycles[i % lifecycles.length]!;
    tasks.push(lifecycle(kind, steps));
    planned += 1 + steps.length;
  }
  const lifecycleCount = tasks.length;
  demo.forEach((item, i) =>
    tasks.splice(Math.floor(((i + 0.5) * lifecycleCount) / demo.length) + i, 0, { ops: [`${item.kind}.edit`, `${item.kind}.edit`], run: () => editDemo(item, 2) }),
  );
  planned += 2 * demo.length;
  for (; planned < TOTAL_WRITES; planned++) tasks.push(lifecycle(planned % 2 ? 'projects' : 'policies', []));
  const plannedCounts = new Map<string, number>();
  for (const op of tasks.flatMap((t) => t.ops)) plannedCounts.set(op, (plannedCounts.get(op) ?? 0) + 1);
  expect([...plannedCounts.values()].reduce((a, b) => a + b, 0)).toBe(TOTAL_WRITES);

  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < tasks.length) await tasks[next++]!.run();
    }),
  );
  expect(killedAt).toBe(KILL_AFTER);
  expect(writes).toBe(TOTAL_WRITES);
  // Every planned write answered 2xx, and every kind of write was among them, for projects and for policies.
  expect(Object.fromEntries([...counts].sort())).toEqual(Object.fromEntries([...plannedCounts].sort()));
  expect([...counts.keys()].sort()).toEqual(
    ['create', 'edit', 'submit', 'publish', 'unpublish', 'archive', 'delete'].flatMap((op) => [`projects.${op}`, `policies.${op}`]).concat('projects.award').sort(),
  );
  await waitUntilGone([meiliPid], []);

  const [{ pending }] = await stack.db.query(`SELECT count(*)::int AS pending FROM search_outbox WHERE done_at IS NULL`);
  expect(pending).toBeGreaterThan(0);

  // Wait until every pending row has failed at least once, so each one waits out a backoff.
  for (let deadline = Date.now() + 60_000; ; ) {
    const [{ untried }] = await stack.db.query(`SELECT count(*)::int AS untried FROM search_outbox WHERE done_at IS NULL AND attempts = 0`);
    if (untried === 0) break;
    if (Date.now() > deadline) throw new Error(`${untried} outbox rows were never attempted`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const backoff: { id: string; next_attempt_at: Date }[] = await stack.db.query(
    `SELECT id, next_attempt_at FROM search_outbox WHERE done_at IS NULL AND next_attempt_at > now() + interval '60 seconds'`,
  );
  expect(backoff.length).toBeGreaterThan(0);
  await stack.services.restartMeilisearch();
  const worker = stack.app.get(SearchSyncWorker);
  await worker.drain(100_000);
  // Without the "search is back" check these rows would only have gone after their backoff.
  const delivered: { id: string; done_at: Date | null }[] = await stack.db.query(`SELECT id, done_at FROM search_outbox WHERE id = ANY($1)`, [backoff.map((r) => r.id)]);
  expect(delivered).toHaveLength(backoff.length);
  for (const row of delivered) {
    expect(row.done_at).not.toBeNull();
    expect(row.done_at!.getTime()).toBeLessThan(backoff.find((b) => b.id === row.id)!.next_attempt_at.getTime());
  }
  expect(await worker.stats()).toMatchObject({ backlog: 0, parked: 0 });

  // The database holds what the writes meant: the test items that should be public are, the others are not.
  const projects = await expected('project');
  const policies = await expected('policy');
  for (const [docId, want] of finalPublic) {
    const row = (want.type === 'project' ? projects : policies).get(docId);
    expect([docId, row?.summary_vi]).toEqual([docId, want.summaryVi]);
  }
  for (const docId of finalHidden) expect([docId, projects.has(docId) || policies.has(docId)]).toEqual([docId, false]);
  expect(finalPublic.size + finalHidden.size).toBe(tasks.filter((t) => t.ops[0]!.endsWith('.create')).length);
  expect(finalPublic.size).toBeGreaterThan(50);
  expect(finalHidden.size).toBeGreaterThan(50);

  // Every public item of the database, field by field, against the index; and nothing else in it.
  for (const [type, want] of [['project', projects], ['policy', policies]] as const) {
    const got = await indexed(INDEXES[type].uid);
    const missing = [...want.keys()].filter((id) => !got.has(id));
    const extra = [...got.keys()].filter((id) => !want.has(id));
    const stale = [...want.values()]
      .map((w) => ({ database: w, index: got.get(w.id) }))
      .filter(({ database: w, index: d }) => d && (d.version !== w.version || d.status !== w.status || d.title_vi !== w.title_vi || d.summary_vi !== w.summary_vi || d.summary_en !== w.summary_en));
    expect({ type, missing, extra, stale }).toEqual({ type, missing: [], extra: [], stale: [] });
    expect(got.size).toBe(want.size);
  }
  // News too (untouched here), through the operators' own check.
  const reports = await stack.app.get(SearchMaintenanceService).check(false);
  for (const r of reports) expect({ index: r.index, missing: r.missing, extra: r.extra, stale: r.stale }).toEqual({ index: r.index, missing: [], extra: [], stale: [] });
}, 180_000);
