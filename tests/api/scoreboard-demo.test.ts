import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// The scoreboard on the demo data: it answers for last quarter and lists every department.
let stack: TestStack;
let editor: Client;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  editor = new Client(stack.url);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
});

afterAll(async () => {
  await stack?.stop();
});

/** The last complete calendar quarter before today in Vietnam, as YYYY-MM-DD dates. */
function lastQuarter(now = new Date()): { from: string; to: string } {
  const vn = new Date(now.getTime() + 7 * 3600_000);
  const quarter = Math.floor(vn.getUTCMonth() / 3);
  const start = new Date(Date.UTC(vn.getUTCFullYear(), (quarter - 1) * 3, 1));
  const end = new Date(Date.UTC(vn.getUTCFullYear(), quarter * 3, 0));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { from: day(start), to: day(end) };
}

it('last quarter: every department appears, ranked where it has a total', async () => {
  const { from, to } = lastQuarter();
  const res = await editor.get(`/api/v1/scoring/departments?from=${from}&to=${to}`);
  expect(res.status).toBe(200);
  const codes = (await stack.db.query(`SELECT code FROM departments ORDER BY code`)).map((r: { code: string }) => r.code);
  expect(codes.length).toBeGreaterThan(0);
  const rows = res.body.departments as { code: string; rank: number | null; total: number | null; publicProjects: number }[];
  expect(rows.map((r) => r.code).sort()).toEqual(codes);
  for (const r of rows) {
    expect(r.rank === null).toBe(r.total === null);
    if (r.total !== null) expect(r.total).toBeGreaterThanOrEqual(0);
    if (r.total !== null) expect(r.total).toBeLessThanOrEqual(100);
  }
  // The demo has public projects: they are counted for their departments.
  const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE status IN ('published', 'awarded')`);
  expect(rows.reduce((s, r) => s + r.publicProjects, 0)).toBe(n);
  // Ranks follow the totals.
  const ranked = rows.filter((r) => r.rank !== null);
  for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.total!).toBeLessThanOrEqual(ranked[i - 1]!.total!);

  const pub = await request(stack.url).get(`/api/v1/scoring/reply-times?from=${from}&to=${to}`);
  expect(pub.status).toBe(200);
  expect(pub.body.departments.map((d: { code: string }) => d.code)).toEqual(codes);
});
