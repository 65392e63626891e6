import { SearchMaintenanceService } from '@invest-portal/backend/search-sync/maintenance.service.js';
import { SearchSyncWorker } from '@invest-portal/backend/search-sync/sync.worker.js';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { waitUntilGone } from '../harness/processes.js';
import { Client, DEMO } from '../harness/session.js';

// Meilisearch is SIGKILLed in the middle of a burst of publications and edits, then restarted:
// the index must converge to the database, with nothing lost, stale or parked.
let stack: TestStack;

beforeAll(async () => {
  // A long backoff (2 minutes after the first failure): the index must still catch up right after
  // Meilisearch is back, not when the backoff expires. Checked on the data, not with a stopwatch.
  stack = await startTestStack({ demoData: true, env: { SEARCH_SYNC_RETRY_MS: '120000', SEARCH_SYNC_MAX_ATTEMPTS: '100' } });
  await stack.app.get(SearchSyncWorker).drain();
});

afterAll(async () => {
  await stack?.stop();
});

it('SIGKILL of Meilisearch during a burst of writes, then a restart, converges', async () => {
  const officer = new Client(stack.url);
  const editor = new Client(stack.url);
  const admin = new Client(stack.url);
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  const tax = (await officer.get('/api/v1/taxonomies')).body;
  const unitId = tax.units.find((u: { parentId: string | null }) => u.parentId).id;

  const publishOne = async (i: number) => {
    const created = (
      await officer.post('/api/v1/workspace/projects', {
        code: `CRASH-${i}`,
        title: { vi: `Dự án thử sự cố ${i}`, en: `Crash test project ${i}` },
        summary: { vi: 'Tóm tắt', en: 'Summary' },
        description: { vi: 'Mô tả', en: 'Description' },
        sectorIds: [tax.sectors[i % tax.sectors.length].id],
        unitId,
        location: { lat: 9.6, lng: 105.97 },
      })
    ).body;
    const submitted = (await officer.post(`/api/v1/workspace/projects/${created.id}/submit`)).body;
    const published = await editor.post(`/api/v1/workspace/projects/${created.id}/publish`, { version: submitted.version });
    expect(published.status).toBe(200);
    // An edit after publication, so a stale version would show.
    const edited = await admin.patch(`/api/v1/workspace/projects/${created.id}`, { version: published.body.version, summary: { vi: `Bản sửa ${i}`, en: `Edit ${i}` } });
    expect(edited.status).toBe(200);
  };

  const burst = [];
  for (let i = 0; i < 40; i++) {
    burst.push(publishOne(i));
    if (i === 15) {
      // Mid-burst: the search engine dies. Writes must keep succeeding.
      process.kill(stack.services.pids.meilisearch!, 'SIGKILL');
      await waitUntilGone([stack.services.pids.meilisearch!], []);
    }
    if (i % 5 === 4) await Promise.all(burst.splice(0));
  }
  await Promise.all(burst);
  const [{ pending }] = await stack.db.query(`SELECT count(*)::int AS pending FROM search_outbox WHERE done_at IS NULL`);
  expect(pending).toBeGreaterThan(0);

  // Wait until every pending row has failed at least once, so each one waits out a backoff.
  for (let i = 0; ; i++) {
    const [{ untried }] = await stack.db.query(`SELECT count(*)::int AS untried FROM search_outbox WHERE done_at IS NULL AND attempts = 0`);
    if (untried === 0) break;
    if (i > 600) throw new Error(`${untried} outbox rows were never attempted`);
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
  for (const row of delivered) {
    expect(row.done_at).not.toBeNull();
    expect(row.done_at!.getTime()).toBeLessThan(backoff.find((b) => b.id === row.id)!.next_attempt_at.getTime());
  }
  const reports = await stack.app.get(SearchMaintenanceService).check(false);
  for (const r of reports) expect({ index: r.index, missing: r.missing, extra: r.extra, stale: r.stale }).toEqual({ index: r.index, missing: [], extra: [], stale: [] });
  expect((await worker.stats()).parked).toBe(0);
}, 240_000);
