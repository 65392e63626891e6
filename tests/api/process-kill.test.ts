import type { DataSource } from 'typeorm';
import { createSearchClient, INDEXES } from '@invest-portal/search';
import { createDataSource } from '@invest-portal/backend/database/data-source.js';
import { runMigrations } from '@invest-portal/backend/database/migrate.js';
import { seedDemoData } from '@invest-portal/backend/database/seed/demo.js';
import { CONSENT } from '@invest-portal/backend/inquiries/consent.js';
import { startTestServices, type TestServices } from '../harness/stack.js';
import { startApiProcess, stopAllApiProcesses, type ApiProcess } from '../harness/api-process.js';
import { Client } from '../harness/session.js';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../harness/smtp.js';
import { until } from '../harness/wait.js';

// The API process is SIGKILLed while both outboxes are mid-way (a mail on the wire, search batches
// queued); a new process on the same database finishes the work with no duplicate side effect.
let services: TestServices;
let db: DataSource;
let smtp: SmtpSink;

interface Received extends Omit<ReceivedMail, 'raw'> {
  /** The API process that sent it. */
  sender: string;
}
const received: Received[] = [];

/**
 * What the mail server does at two points of each transaction. Default: a slow server (60 ms before
 * accepting the recipient, like one that checks it), that accepts and stores every message.
 */
const hooks: {
  sender: string;
  onRecipient: (address: string) => Promise<'accept' | 'hang'>;
  onMessage: (message: Received) => 'accept' | 'hang';
} = { sender: '', onRecipient: async () => 'accept', onMessage: () => 'accept' };

const ENV = () => ({
  MAIL_TRANSPORT: 'smtp',
  SMTP_URL: smtp.url,
  MAIL_INTERVAL_MS: '200',
  MAIL_RETRY_MS: '100',
  // Small search batches: many Meilisearch tasks, so the kill lands between them.
  SEARCH_SYNC_BATCH: '10',
  // Jobs that would queue mails of their own while the test counts them.
  INQUIRY_JOB_INTERVAL_MS: '0',
  FRESHNESS_JOB_INTERVAL_MS: '0',
  NEWS_INTERVAL_MS: '0',
});

const start = (): Promise<ApiProcess> =>
  startApiProcess({ databaseUrl: services.databaseUrl, meiliUrl: services.meiliUrl, meiliMasterKey: services.meiliMasterKey, env: ENV() });

beforeAll(async () => {
  services = await startTestServices();
  db = createDataSource(services.databaseUrl);
  await db.initialize();
  await runMigrations(db);
  await seedDemoData(db);
  smtp = await startSmtpSink({
    // A slow server: 60 ms before it accepts a recipient, like one that checks it.
    onRecipient: (address) => new Promise((resolve, reject) => setTimeout(() => hooks.onRecipient(address).then(resolve, reject), 60)),
    onMessage: ({ raw: _raw, ...mail }) => {
      const message: Received = { ...mail, sender: hooks.sender };
      const what = hooks.onMessage(message);
      if (what === 'accept') received.push(message);
      return what;
    },
  });
}, 120_000);

afterAll(async () => {
  await stopAllApiProcesses();
  await smtp?.close();
  if (db?.isInitialized) await db.destroy();
  await services?.stop();
});

/** Inquiries from distinct investors; every other one about a project, so its department's officers get a notice too. */
async function sendInquiries(api: ApiProcess, prefix: string, count: number): Promise<void> {
  const visitor = new Client(api.url);
  const [project] = await db.query(
    `SELECT p.slug FROM projects p WHERE p.status = 'published'
        AND EXISTS (SELECT 1 FROM users u WHERE u.department_id = p.department_id AND u.role = 'officer' AND u.disabled_at IS NULL)
      ORDER BY p.code LIMIT 1`,
  );
  for (let i = 0; i < count; i += 5) {
    await Promise.all(
      Array.from({ length: Math.min(5, count - i) }, async (_, j) => {
        const res = await visitor.post('/api/v1/inquiries', {
          name: 'Lim Wei',
          country: 'SG',
          email: `${prefix}-${i + j}@example.sg`,
          preferredLang: 'en',
          message: 'Please send the site map of this project.',
          consent: true,
          consentVersion: CONSENT.version,
          ...((i + j) % 2 ? { subject: { type: 'project', slug: project.slug } } : {}),
        });
        if (res.status !== 201) throw new Error(`inquiry answered ${res.status}: ${JSON.stringify(res.body)}`);
      }),
    );
  }
}

async function outboxes(mark: string): Promise<{ mailSent: number; mailPending: number; mailFailed: number; searchDone: number; searchPending: number }> {
  const [row] = await db.query(
    `SELECT (SELECT count(*)::int FROM mail_outbox WHERE status = 'sent') AS "mailSent",
            (SELECT count(*)::int FROM mail_outbox WHERE status = 'pending') AS "mailPending",
            (SELECT count(*)::int FROM mail_outbox WHERE status = 'failed') AS "mailFailed",
            (SELECT count(*)::int FROM search_outbox WHERE id > $1 AND done_at IS NOT NULL) AS "searchDone",
            (SELECT count(*)::int FROM search_outbox WHERE done_at IS NULL) AS "searchPending"`,
    [mark],
  );
  return row;
}

/** Both outboxes empty: every mail sent (none failed), every search row done (none parked). */
const drained = async () => {
  const o = await outboxes('0');
  if (o.mailFailed) throw new Error(`${o.mailFailed} mails failed`);
  const [{ parked }] = await db.query(`SELECT count(*)::int AS parked FROM search_outbox WHERE parked_at IS NOT NULL`);
  if (parked) throw new Error(`${parked} search outbox rows parked`);
  return o.mailPending === 0 && o.searchPending === 0;
};

/** No row of either outbox is held by anyone: a claim of the killed process would block these. */
async function nothingClaimed(): Promise<boolean> {
  return db.transaction(async (em) => {
    try {
      await em.query(`SELECT id FROM mail_outbox FOR UPDATE NOWAIT`);
      await em.query(`SELECT id FROM search_outbox FOR UPDATE NOWAIT`);
      return true;
    } catch (err) {
      if ((err as { driverError?: { code?: string } }).driverError?.code === '55P03') return false; // lock_not_available
      throw err;
    }
  });
}

/** Every public project and policy, field by field, against its index; and what is in it besides. */
async function drift(): Promise<{ compared: number; missing: string[]; extra: string[]; stale: string[] }> {
  const client = createSearchClient({ url: services.meiliUrl, apiKey: services.meiliMasterKey, taskTimeoutMs: 60_000 });
  const result = { compared: 0, missing: [] as string[], extra: [] as string[], stale: [] as string[] };
  for (const [type, sql] of [
    ['project', `SELECT id, version, status, title->>'vi' AS title_vi, summary->>'vi' AS summary_vi FROM projects WHERE status IN ('published', 'awarded')`],
    ['policy', `SELECT id, version, status, title->>'vi' AS title_vi, summary->>'vi' AS summary_vi FROM policies WHERE status = 'published'`],
  ] as const) {
    const rows: { id: string; version: number; status: string; title_vi: string; summary_vi: string }[] = await db.query(sql);
    const want = new Map(rows.map((r) => [`${type}-${r.id}`, { id: `${type}-${r.id}`, version: r.version, status: r.status, title_vi: r.title_vi, summary_vi: r.summary_vi }]));
    const got = new Map<string, { id: string; version: number; status: string; title_vi: string; summary_vi: string }>();
    for (let offset = 0; ; offset += 1000) {
      const page = await client.index(INDEXES[type].uid).getDocuments({ fields: ['id', 'version', 'status', 'title_vi', 'summary_vi'], offset, limit: 1000 });
      for (const d of page.results) got.set(String(d.id), d);
      if (page.results.length < 1000) break;
    }
    result.missing.push(...[...want.keys()].filter((id) => !got.has(id)));
    result.extra.push(...[...got.keys()].filter((id) => !want.has(id)));
    for (const w of want.values()) {
      const d = got.get(w.id);
      if (d && (d.version !== w.version || d.status !== w.status || d.title_vi !== w.title_vi || d.summary_vi !== w.summary_vi)) result.stale.push(w.id);
    }
    result.compared += want.size;
  }
  return result;
}

async function expectIndexEqualsDatabase(): Promise<number> {
  const { compared, ...rest } = await drift();
  expect(rest).toEqual({ missing: [], extra: [], stale: [] });
  return compared;
}

/** Every mail outbox row sent, and received by the mail server once per Message-ID (with `twice` the exceptions). */
async function expectEachMailOnce(twice: string[] = []): Promise<number> {
  const rows: { id: string; status: string }[] = await db.query(`SELECT id, status FROM mail_outbox ORDER BY id`);
  expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
  const counts = new Map<string, number>();
  for (const m of received) {
    const id = /^<outbox-(\d+)@/.exec(m.messageId)?.[1];
    expect(id).toBeDefined();
    counts.set(id!, (counts.get(id!) ?? 0) + 1);
  }
  const wrong = rows.map((r) => ({ id: r.id, times: counts.get(r.id) ?? 0 })).filter((r) => r.times !== (twice.includes(r.id) ? 2 : 1));
  expect(wrong).toEqual([]);
  expect([...counts.keys()].filter((id) => !rows.some((r) => r.id === id))).toEqual([]);
  return rows.length;
}

let second: ApiProcess;

it('SIGKILL while a mail is on the wire and search batches are queued: a new process delivers every mail once and the index equals the database', async () => {
  const first = await start();
  hooks.sender = 'first';
  // The first process indexes the demo data (the index is empty) and sends the demo mails.
  await until('the first process to index the demo data and send the demo mails', drained);
  const [{ mark }] = await db.query(`SELECT coalesce(max(id), 0)::text AS mark FROM search_outbox`);

  // Inquiries first (each an acknowledgement, plus its department's notices when it is about a
  // project): their mails start to flow at once. Then edits the index does not have yet (a new version and summary of every
  // public item), each queued three times as successive edits would be.
  const before = received.length;
  await sendInquiries(first, 'kill', 40);
  await db.transaction(async (em) => {
    await em.query(`UPDATE projects SET version = version + 1, summary = jsonb_set(summary, '{vi}', to_jsonb('Sửa trước sự cố ' || code)) WHERE status IN ('published', 'awarded')`);
    await em.query(`UPDATE policies SET version = version + 1, summary = jsonb_set(summary, '{vi}', to_jsonb('Sửa trước sự cố ' || code)) WHERE status = 'published'`);
    await em.query(
      `INSERT INTO search_outbox (entity_type, entity_id)
       SELECT t, id FROM (SELECT 'project' AS t, id FROM projects WHERE status IN ('published', 'awarded')
                          UNION ALL SELECT 'policy', id FROM policies WHERE status = 'published') items, generate_series(1, 3)`,
    );
    await em.query(`SELECT pg_notify('search_outbox', '')`);
  });

  // The kill: from inside the mail server, while the API waits for it to accept a recipient, once
  // some mails are through and the search outbox is partly done. At that moment the worker holds
  // the row locked (FOR UPDATE, in an open transaction) and the message has no DATA yet: no mail
  // server can have stored it. PostgreSQL rolls the claim back when the connection dies, so the
  // row is simply pending again: at-least-once delivery cannot send it twice from here.
  const search = createSearchClient({ url: services.meiliUrl, apiKey: services.meiliMasterKey, taskTimeoutMs: 60_000 });
  let killedOn: { address: string; state: Awaited<ReturnType<typeof outboxes>> & { searchTasksInFlight: number } } | undefined;
  hooks.onRecipient = async (address) => {
    if (killedOn || received.length - before < 8 || !address.startsWith('kill-')) return 'accept';
    const state = await outboxes(mark);
    // A search batch sent and not yet confirmed: its rows are claimed, its task is at Meilisearch.
    const inFlight = (await search.tasks.getTasks({ statuses: ['enqueued', 'processing'] })).results.length;
    if (state.searchDone === 0 || inFlight === 0) return 'accept';
    first.child.kill('SIGKILL');
    killedOn = { address, state: { ...state, searchTasksInFlight: inFlight } };
    return 'hang';
  };
  await until('the kill', async () => killedOn);
  await first.exited;
  expect(first.child.signalCode).toBe('SIGKILL');
  hooks.onRecipient = async () => 'accept';

  // Both outboxes were mid-way.
  const { state } = killedOn!;
  expect(received.length).toBeGreaterThan(before);
  expect(state.mailPending).toBeGreaterThan(0);
  expect(state.searchDone).toBeGreaterThan(0);
  expect(state.searchPending).toBeGreaterThan(0);
  expect(state.searchTasksInFlight).toBeGreaterThan(0);
  // The mail on the wire was not marked sent, and nothing stays claimed by the dead process.
  const [inFlight] = await db.query(`SELECT id, status FROM mail_outbox WHERE kind = 'inquiry.ack' AND to_address = $1`, [killedOn!.address]);
  expect(inFlight.status).toBe('pending');
  expect(received.some((m) => m.messageId.startsWith(`<outbox-${inFlight.id}@`))).toBe(false);
  await until('the killed process to hold no claim', nothingClaimed, 10_000);
  // The index is behind (so the comparison at the end can tell a lost row from a delivered one). How
  // far behind depends on how fast the worker was before the kill; any stale document will do.
  expect((await drift()).stale.length).toBeGreaterThan(0);

  second = await start();
  hooks.sender = 'second';
  await until('both outboxes to be empty', drained);
  expect(received.filter((m) => m.messageId.startsWith(`<outbox-${inFlight.id}@`)).map((m) => m.sender)).toEqual(['second']);
  expect(await expectEachMailOnce()).toBeGreaterThanOrEqual(60);
  expect(await expectIndexEqualsDatabase()).toBeGreaterThan(40);
  expect(await nothingClaimed()).toBe(true);
  expect(second.output()).not.toMatch(/unhandled|uncaught/i);
}, 240_000);

it('the duplicate window that remains: a kill after the mail server stored a message, before its 250 reply, sends that message again with the same Message-ID', async () => {
  // SMTP cannot close this window (RFC 1047): the server stores the message, then replies; a sender
  // that dies in between cannot know (the same holds from the 250 until the worker's COMMIT). It is
  // the at-least-once half of the contract: the copy must carry the same Message-ID, subject and
  // body, so mail clients fold it, and no other mail may be doubled.
  // The process left running by the first test (or a new one when that test failed early).
  const api = second && second.child.exitCode === null && second.child.signalCode === null ? second : await start();
  hooks.sender = 'second';
  let stored: Received | undefined;
  hooks.onMessage = (message) => {
    if (stored || !message.to.includes('window-0@example.sg')) return 'accept';
    received.push(message);
    stored = message;
    api.child.kill('SIGKILL');
    return 'hang';
  };
  await sendInquiries(api, 'window', 1);
  await until('the kill', async () => stored);
  await api.exited;
  hooks.onMessage = () => 'accept';
  const [row] = await db.query(`SELECT id, status FROM mail_outbox WHERE kind = 'inquiry.ack' AND to_address = 'window-0@example.sg'`);
  expect(row.status).toBe('pending');

  const third = await start();
  hooks.sender = 'third';
  await until('both outboxes to be empty', drained);
  const copies = received.filter((m) => m.messageId === stored!.messageId);
  expect(copies.map((m) => m.sender)).toEqual(['second', 'third']);
  expect(copies[1]).toEqual({ ...copies[0], sender: 'third' });
  // That one twice, every other mail once.
  await expectEachMailOnce([row.id]);
  await expectIndexEqualsDatabase();
  await third.stop();
}, 180_000);
