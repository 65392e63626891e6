import { createHash, randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { hashPassword } from '@invest-portal/backend/auth/password.js';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client } from '../harness/session.js';

/**
 * The department scoreboard against a fixture with known numbers (no demo data). Every expected
 * figure below is worked out by hand from the fixture; docs/scoring.md defines them.
 *
 * Period: 2026-01-01 … 2026-03-31 (Vietnam days) = [2025-12-31T17:00Z, 2026-03-31T17:00Z).
 * Previous period (trend): 2025-10-03 … 2025-12-31 = [2025-10-02T17:00Z, 2025-12-31T17:00Z).
 * Freshness: confirmed at most 90 whole days before the end of the period (FRESHNESS_REMIND_DAYS).
 */
let stack: TestStack;
let editor: Client;
let admin: Client;
let officer: Client;
const PASSWORD = 'Scoreboard-Test-2026!';
const Q1 = 'from=2026-01-01&to=2026-03-31';

const dept: Record<string, string> = {};
let unitId: string;

const en = (vi: string, en: string | null) => ({ vi, en });
const t = (iso: string) => new Date(iso);
const H = 3600_000;

async function department(code: string, nameVi: string, nameEn: string | null): Promise<void> {
  const [row] = await stack.db.query(`INSERT INTO departments (code, name_vi, name_en, kind) VALUES ($1, $2, $3, 'department') RETURNING id`, [code, nameVi, nameEn]);
  dept[code] = row.id;
}

async function user(email: string, role: string, departmentCode: string | null): Promise<Client> {
  await stack.db.query(`INSERT INTO users (email, display_name, password_hash, role, department_id) VALUES ($1, $2, $3, $4, $5)`, [
    email,
    email,
    await hashPassword(PASSWORD),
    role,
    departmentCode ? dept[departmentCode] : null,
  ]);
  const client = new Client(stack.url);
  await client.signIn(email, PASSWORD);
  return client;
}

interface ProjectFixture {
  code: string;
  department: string;
  status: string;
  createdAt: string;
  lastVerifiedAt: string;
  publishedAt: string | null;
  areaHa?: number | null;
  capitalVnd?: string | null;
  landStatusKind?: string | null;
  infrastructure?: { vi: string; en: string | null } | null;
  contact?: object | null;
  /** false: the description has no English. */
  english?: boolean;
  englishReviewed?: boolean;
}

async function project(p: ProjectFixture): Promise<string> {
  const [row] = await stack.db.query(
    `INSERT INTO projects (code, slug, department_id, title, summary, description, unit_id, lat, lng, area_ha, capital_vnd, land_status_kind,
                           infrastructure, contact, status, last_verified_at, published_at, created_at, updated_at, version)
     VALUES ($1, $16, $2, $3, $4, $5, $6, 9.6, 105.97, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, 3) RETURNING id`,
    [
      p.code,
      dept[p.department],
      en(`Dự án ${p.code}`, `Project ${p.code}`),
      en('Tóm tắt', 'Summary'),
      en('Mô tả', p.english === false ? null : 'Description'),
      unitId,
      p.areaHa ?? null,
      p.capitalVnd ?? null,
      p.landStatusKind ?? null,
      p.infrastructure ?? null,
      p.contact ?? null,
      p.status,
      p.lastVerifiedAt,
      p.publishedAt,
      p.createdAt,
      p.code.toLowerCase(),
    ],
  );
  if (p.englishReviewed) await stack.db.query(`UPDATE projects SET english_reviewed_version = version WHERE id = $1`, [row.id]);
  return row.id;
}

async function policy(code: string, department: string, publishedAt: string, english = true): Promise<string> {
  const [row] = await stack.db.query(
    `INSERT INTO policies (code, slug, department_id, title, summary, body, legal_number, legal_issuer, legal_date, status, published_at, created_at)
     VALUES ($1, $8, $2, $3, $4, $5, '01/2025/NQ-HĐND', $6, '2025-01-01', 'published', $7, $7) RETURNING id`,
    [code, dept[department], en(`Chính sách ${code}`, `Policy ${code}`), en('Tóm tắt', english ? 'Summary' : null), en('<p>Nội dung</p>', '<p>Body</p>'), en('HĐND tỉnh', 'Provincial Council'), publishedAt, code.toLowerCase()],
  );
  return row.id;
}

/** An audit row as the services write it; a first publication carries publishedAt in its changes. */
async function audit(type: 'project' | 'policy', id: string, action: string, at: string, first = false): Promise<void> {
  const changes = first ? { status: { from: 'submitted', to: 'published' }, publishedAt: { from: null, to: at } } : action === 'verify' ? { lastVerifiedAt: { from: null, to: at } } : { status: { from: 'submitted', to: 'published' } };
  await stack.db.query(`INSERT INTO audit_log (action, object_type, object_id, changes, created_at) VALUES ($1, $2, $3, $4, $5)`, [action, type, id, changes, at]);
}

let refSeq = 0;
/** An inquiry received at `received`, due 48 h later, first answered `replyHours` later. */
async function inquiry(department: string, received: string, replyHours: number | null, rating: number | null = null, status?: string): Promise<string> {
  const reference = `YC-TEST-${String(++refSeq).padStart(4, '0')}`;
  const receivedAt = t(received);
  const reply = replyHours === null ? null : new Date(receivedAt.getTime() + replyHours * H);
  const [row] = await stack.db.query(
    `INSERT INTO inquiries (reference, tracking_hash, department_id, name, organisation, country, email, phone, preferred_lang, message, consent_version,
                            consented_at, status, due_at, created_at, updated_at, answered_at, acknowledged_at, rating)
     VALUES ($1, $2, $3, 'Kim Min-jun', 'Hanil Energy', 'KR', $4, '+82 10 1234 5678', 'en', 'Is the site cleared?', 'test', $5, $6, $7, $5, $5, $8, $8, $9) RETURNING id`,
    [
      reference,
      createHash('sha256').update(randomUUID()).digest('hex'),
      dept[department],
      `investor${refSeq}@example.org`,
      receivedAt,
      status ?? (reply ? 'answered' : 'new'),
      new Date(receivedAt.getTime() + 48 * H),
      reply,
      rating,
    ],
  );
  if (reply) await stack.db.query(`INSERT INTO inquiry_replies (inquiry_id, body, created_at) VALUES ($1, 'Yes, it is.', $2)`, [row.id, reply]);
  return reference;
}

const refs: Record<string, string> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack({ demoData: false, env: { FRESHNESS_REMIND_DAYS: '90', FRESHNESS_JOB_INTERVAL_MS: '0', INQUIRY_JOB_INTERVAL_MS: '0' } });
  await department('ALPHA', 'Sở Alpha', 'Alpha Department');
  await department('BETA', 'Ban Beta', 'Beta Board');
  await department('GAMMA', 'Xã Gamma', null);
  await department('EMPTY', 'Đơn vị trống', 'Empty Unit');
  [{ id: unitId }] = await stack.db.query(`INSERT INTO administrative_units (code, name_vi, kind) VALUES ('tinh', 'Tỉnh', 'province') RETURNING id`);
  editor = await user('editor@scoreboard.test', 'editor', null);
  admin = await user('admin@scoreboard.test', 'admin', null);
  officer = await user('officer@scoreboard.test', 'officer', 'ALPHA');

  const contact = { name: 'Nguyễn Văn A', position: en('Trưởng phòng', 'Head of unit'), phone: '0299 3822 111', email: null };
  const everything = { areaHa: 10, capitalVnd: '1000000000000', landStatusKind: 'cleared', infrastructure: en('Điện, nước', 'Power, water'), contact };

  // ---- ALPHA ----
  // Policies: PA1 first published at the first instant of the period, PA2 one second before it
  // (previous period) and again at the first instant after the period, PA3 at its last second.
  ids.PA1 = await policy('PA1', 'ALPHA', '2025-12-31T17:00:00Z');
  await audit('policy', ids.PA1, 'publish', '2025-12-31T17:00:00Z', true);
  ids.PA2 = await policy('PA2', 'ALPHA', '2025-12-31T16:59:59Z', false);
  await audit('policy', ids.PA2, 'publish', '2025-12-31T16:59:59Z', true);
  await audit('policy', ids.PA2, 'publish', '2026-03-31T17:00:00Z');
  ids.PA3 = await policy('PA3', 'ALPHA', '2026-03-31T16:59:59Z');
  await audit('policy', ids.PA3, 'publish', '2026-03-31T16:59:59Z', true);
  // A1: complete (100), English reviewed; first published in the period, confirmed 30 days before its end.
  ids.A1 = await project({ code: 'A1', department: 'ALPHA', status: 'published', createdAt: '2026-01-05T00:00:00Z', lastVerifiedAt: '2026-03-01T00:00:00Z', publishedAt: '2026-01-10T03:00:00Z', ...everything, englishReviewed: true });
  await stack.db.query(`INSERT INTO project_policies (project_id, policy_id) VALUES ($1, $2)`, [ids.A1, ids.PA1]);
  await stack.db.query(
    `INSERT INTO documents (owner_type, owner_id, kind, title, file_name, mime_type, size_bytes, storage_key, sha256)
     VALUES ('project', $1, 'document', $2, 'a1.pdf', 'application/pdf', 100, 'a1', repeat('0', 64))`,
    [ids.A1, en('Hồ sơ', 'File')],
  );
  await audit('project', ids.A1, 'publish', '2026-01-10T03:00:00Z', true);
  await audit('project', ids.A1, 'verify', '2026-03-01T00:00:00Z');
  // A2: location, area, capital, land status only, no English (4 of 9 → 44); first published in the
  // previous period, a new version in this one; confirmed at creation (150 days before the end).
  ids.A2 = await project({ code: 'A2', department: 'ALPHA', status: 'published', createdAt: '2025-11-01T00:00:00Z', lastVerifiedAt: '2025-11-01T00:00:00Z', publishedAt: '2025-11-15T03:00:00Z', areaHa: 5, capitalVnd: '2000000000', landStatusKind: 'clearing', english: false });
  await audit('project', ids.A2, 'publish', '2025-11-15T03:00:00Z', true);
  await audit('project', ids.A2, 'publish', '2026-02-10T03:00:00Z');
  // A3: first published in the period, archived since: counted as published, not public.
  ids.A3 = await project({ code: 'A3', department: 'ALPHA', status: 'archived', createdAt: '2026-01-02T00:00:00Z', lastVerifiedAt: '2026-01-02T00:00:00Z', publishedAt: '2026-01-20T03:00:00Z' });
  await audit('project', ids.A3, 'publish', '2026-01-20T03:00:00Z', true);
  await audit('project', ids.A3, 'archive', '2026-02-01T03:00:00Z');
  // A4: everything but documents (8 of 9 → 89); published before the audit trail (published_at only);
  // confirmed at the first instant and at the last second of the period.
  ids.A4 = await project({ code: 'A4', department: 'ALPHA', status: 'published', createdAt: '2025-05-20T00:00:00Z', lastVerifiedAt: '2026-03-31T16:59:59Z', publishedAt: '2025-06-01T00:00:00Z', ...everything });
  await stack.db.query(`INSERT INTO project_policies (project_id, policy_id) VALUES ($1, $2)`, [ids.A4, ids.PA3]);
  await audit('project', ids.A4, 'verify', '2025-12-31T17:00:00Z');
  await audit('project', ids.A4, 'verify', '2026-03-31T16:59:59Z');
  // Inquiries: first replies after 2, 10, 30 and 72 hours (due after 48); one unanswered, received in
  // the last second of the period (overdue now); one just after the period; one just before; spam.
  refs.I1 = await inquiry('ALPHA', '2026-01-05T02:00:00Z', 2, 5);
  refs.I2 = await inquiry('ALPHA', '2026-01-12T03:00:00Z', 10, 4);
  refs.I3 = await inquiry('ALPHA', '2026-02-02T01:00:00Z', 30);
  refs.I4 = await inquiry('ALPHA', '2026-02-16T01:00:00Z', 72, 2);
  refs.I5 = await inquiry('ALPHA', '2026-03-31T16:59:59Z', null);
  refs.I6 = await inquiry('ALPHA', '2026-03-31T17:00:00Z', 1, 1);
  refs.I7 = await inquiry('ALPHA', '2025-12-31T16:59:59Z', 20, 3);
  refs.I8 = await inquiry('ALPHA', '2026-02-20T01:00:00Z', null, null, 'spam');

  // ---- BETA ----
  // B1: location, area, capital, contact, English (5 of 9 → 56); first published in the period.
  ids.B1 = await project({ code: 'B1', department: 'BETA', status: 'published', createdAt: '2026-01-25T00:00:00Z', lastVerifiedAt: '2026-01-25T00:00:00Z', publishedAt: '2026-02-01T03:00:00Z', areaHa: 3, capitalVnd: '5000000000', contact: { name: 'Trần Thị B', position: en('Chuyên viên', 'Officer'), phone: null, email: 'b@beta.gov.vn' } });
  await audit('project', ids.B1, 'publish', '2026-02-01T03:00:00Z', true);
  // B2: everything but documents (89); published before the audit trail; confirmed 2025-12-01.
  ids.B2 = await project({ code: 'B2', department: 'BETA', status: 'awarded', createdAt: '2025-02-01T00:00:00Z', lastVerifiedAt: '2025-12-01T00:00:00Z', publishedAt: '2025-03-01T00:00:00Z', ...everything });
  await stack.db.query(`INSERT INTO project_policies (project_id, policy_id) VALUES ($1, $2)`, [ids.B2, ids.PA1]);
  await audit('project', ids.B2, 'verify', '2025-12-01T00:00:00Z');
  refs.J1 = await inquiry('BETA', '2026-03-02T01:00:00Z', 20, 4);
  refs.J2 = await inquiry('BETA', '2026-03-03T01:00:00Z', 40);
  refs.J3 = await inquiry('BETA', '2026-03-04T01:00:00Z', 4, 5);

  // ---- GAMMA ---- (no English name) G1: location and English only (2 of 9 → 22); published in the previous period.
  ids.G1 = await project({ code: 'G1', department: 'GAMMA', status: 'published', createdAt: '2025-12-19T00:00:00Z', lastVerifiedAt: '2025-12-19T00:00:00Z', publishedAt: '2025-12-20T03:00:00Z' });
  await audit('project', ids.G1, 'publish', '2025-12-20T03:00:00Z', true);
  // ---- EMPTY ---- nothing at all.
  // Drafts count for nothing (not public, never published).
  await project({ code: 'D1', department: 'ALPHA', status: 'draft', createdAt: '2026-02-01T00:00:00Z', lastVerifiedAt: '2026-02-01T00:00:00Z', publishedAt: null });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

const board = async (query = Q1, client = editor) => {
  const res = await client.get(`/api/v1/scoring/departments?${query}`);
  expect(res.status).toBe(200);
  return res.body as { departments: Record<string, unknown>[] } & Record<string, unknown>;
};
const row = (b: { departments: Record<string, unknown>[] }, code: string) => b.departments.find((d) => d.code === code)!;
type ComponentRow = { key: string; value: number | null; included: boolean };
const component = (r: Record<string, unknown>, key: string) => (r.components as ComponentRow[]).find((c) => c.key === key);

describe('the scoreboard', () => {
  it('period, previous period, time zone and settings', async () => {
    const b = await board();
    expect(b.period).toEqual({ from: '2026-01-01', to: '2026-03-31', days: 90, start: '2025-12-31T17:00:00.000Z', end: '2026-03-31T17:00:00.000Z' });
    expect(b.previousPeriod).toEqual({ from: '2025-10-03', to: '2025-12-31', days: 90, start: '2025-10-02T17:00:00.000Z', end: '2025-12-31T17:00:00.000Z' });
    expect(b.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(b.asOf).toBe('2026-03-31T17:00:00.000Z');
    expect(b.freshnessDays).toBe(90);
    expect(b.settings).toEqual({ weights: { completeness: 25, freshness: 20, english: 15, replyWithinTarget: 25, replySpeed: 10, rating: 5 }, replySpeedZeroHours: 96 });
  });

  it('every department appears, best first; the empty one has no total and no rank', async () => {
    const b = await board();
    expect(b.departments.map((d) => [d.code, d.rank, d.total])).toEqual([
      ['BETA', 1, 80.4],
      ['ALPHA', 2, 70],
      ['GAMMA', 3, 34.2],
      ['EMPTY', null, null],
    ]);
  });

  it('ALPHA: counts, shares, median and p90, within target, rating, total and trend', async () => {
    const a = row(await board(), 'ALPHA');
    expect(a).toMatchObject({
      name: 'Sở Alpha',
      // A1 and A3 first published in the period (A2 before it; A4 before the audit trail).
      projectsPublished: 2,
      // A1 confirmed, A2 a new version, A4 confirmed (at both ends of the period).
      projectsUpdated: 3,
      // PA1 (first instant) and PA3 (last second); PA2's new version came one second after the end.
      policiesPublished: 2,
      policiesUpdated: 0,
      // A1, A2, A4 (A3 archived, D1 a draft): completeness (100 + 44 + 89) / 3 = 77.67.
      publicProjects: 3,
      averageCompleteness: 77.7,
      // A1 confirmed 30 days before the end, A4 0 days, A2 150 days: 2 of 3.
      freshPercent: 66.7,
      // English for every text: A1, A4, PA1, PA3 of A1, A2, A4, PA1, PA2, PA3.
      publicItems: 6,
      englishPercent: 66.7,
      // I1–I5 (I5 at 16:59:59Z on the last day; I6 at 17:00Z is the next day in Vietnam; I7 before; I8 spam).
      inquiriesReceived: 5,
      inquiriesAnswered: 4,
      // Hours 2, 10, 30, 72: nearest rank, median = 2nd = 10, p90 = ⌈3.6⌉ = 4th = 72.
      medianReplyHours: 10,
      p90ReplyHours: 72,
      // I1, I2, I3 within 48 h; I4 late; I5 unanswered and overdue.
      targetCounted: 5,
      withinTarget: 3,
      withinTargetPercent: 60,
      // (5 + 4 + 2) / 3
      ratingAverage: 3.67,
      ratingCount: 3,
      // 25·233/300 + 20·2/3 + 15·2/3 + 25·0.6 + 10·(1 − 10/96) + 5·(11/3 − 1)/4
      //  = 19.4167 + 13.3333 + 10 + 15 + 8.9583 + 3.3333 = 70.0417
      total: 70,
      // Previous period: A2 fresh (60 days), A4 not (created 225 days before; its confirmation at
      // 17:00Z belongs to this period), A1 did not exist: 1 of 2; I7 answered in 20 h within
      // target, rated 3: 19.4167 + 20·0.5 + 10 + 25·1 + 10·(1 − 20/96) + 5·0.5 = 74.8333
      previousTotal: 74.8,
      delta: -4.8,
      rank: 2,
    });
    expect(a.components).toEqual([
      { key: 'completeness', weight: 25, value: 0.7767, included: true, effectiveWeight: 0.25, points: 19.42 },
      { key: 'freshness', weight: 20, value: 0.6667, included: true, effectiveWeight: 0.2, points: 13.33 },
      { key: 'english', weight: 15, value: 0.6667, included: true, effectiveWeight: 0.15, points: 10 },
      { key: 'replyWithinTarget', weight: 25, value: 0.6, included: true, effectiveWeight: 0.25, points: 15 },
      { key: 'replySpeed', weight: 10, value: 0.8958, included: true, effectiveWeight: 0.1, points: 8.96 },
      { key: 'rating', weight: 5, value: 0.6667, included: true, effectiveWeight: 0.05, points: 3.33 },
    ]);
  });

  it('BETA: hand-checked total and trend', async () => {
    const b = row(await board(), 'BETA');
    expect(b).toMatchObject({
      projectsPublished: 1,
      projectsUpdated: 0,
      policiesPublished: 0,
      publicProjects: 2,
      // (56 + 89) / 2
      averageCompleteness: 72.5,
      // B1 65 days, B2 120 days
      freshPercent: 50,
      englishPercent: 100,
      inquiriesReceived: 3,
      inquiriesAnswered: 3,
      // Hours 4, 20, 40
      medianReplyHours: 20,
      p90ReplyHours: 40,
      withinTargetPercent: 100,
      ratingAverage: 4.5,
      ratingCount: 2,
      // 25·0.725 + 20·0.5 + 15·1 + 25·1 + 10·(1 − 20/96) + 5·0.875 = 18.125 + 10 + 15 + 25 + 7.9167 + 4.375 = 80.4167
      total: 80.4,
      // Previous: B1 did not exist, B2 confirmed 30 days before: 1 of 1; no inquiries, so the reply
      // components are left out: (18.125 + 20 + 15) / 60 = 88.54
      previousTotal: 88.5,
      delta: -8.1,
    });
  });

  it('components without data are left out and the other weights re-normalised', async () => {
    const b = await board();
    const g = row(b, 'GAMMA');
    // (25·0.22 + 20·0 + 15·1) / 60 = 20.5 / 60 = 34.17; before: G1 fresh: (5.5 + 20 + 15) / 60 = 67.5
    expect(g).toMatchObject({ name: 'Xã Gamma', total: 34.2, previousTotal: 67.5, delta: -33.3, inquiriesReceived: 0, medianReplyHours: null, ratingAverage: null });
    expect((g.components as { key: string; included: boolean }[]).map((c) => [c.key, c.included])).toEqual([
      ['completeness', true],
      ['freshness', true],
      ['english', true],
      ['replyWithinTarget', false],
      ['replySpeed', false],
      ['rating', false],
    ]);
    expect(component(g, 'completeness')).toEqual({ key: 'completeness', weight: 25, value: 0.22, included: true, effectiveWeight: 0.4167, points: 9.17 });
    expect(component(g, 'rating')).toEqual({ key: 'rating', weight: 5, value: null, included: false, effectiveWeight: null, points: null });
    const e = row(b, 'EMPTY');
    expect(e).toMatchObject({ rank: null, total: null, previousTotal: null, delta: null, publicProjects: 0, averageCompleteness: null, freshPercent: null, englishPercent: null, inquiriesReceived: 0 });
    expect((e.components as { included: boolean }[]).every((c) => !c.included)).toBe(true);
  });

  it('names in English, falling back to Vietnamese', async () => {
    const b = await board(`${Q1}&lang=en`);
    expect(b.departments.map((d) => d.name)).toEqual(['Beta Board', 'Alpha Department', 'Xã Gamma', 'Empty Unit']);
  });
});

describe('period boundaries in Vietnam time', () => {
  it('the last day includes 16:59:59Z and stops before 17:00Z', async () => {
    const a = row(await board('from=2026-03-31&to=2026-03-31'), 'ALPHA');
    // I5 (16:59:59Z), PA3 (16:59:59Z), A4 confirmed (16:59:59Z).
    expect(a).toMatchObject({ inquiriesReceived: 1, inquiriesAnswered: 0, policiesPublished: 1, policiesUpdated: 0, projectsUpdated: 1 });
  });

  it('the next day starts at 17:00Z the day before', async () => {
    const a = row(await board('from=2026-04-01&to=2026-04-01'), 'ALPHA');
    // I6 (17:00Z, answered in 1 h) and PA2's new version (17:00Z).
    expect(a).toMatchObject({ inquiriesReceived: 1, inquiriesAnswered: 1, medianReplyHours: 1, policiesPublished: 0, policiesUpdated: 1, projectsUpdated: 0 });
  });

  it('the first day of the period starts at 17:00Z of the day before', async () => {
    const first = row(await board('from=2026-01-01&to=2026-01-01'), 'ALPHA');
    // PA1 first published at 17:00Z; A4 confirmed at 17:00Z; I7 (16:59:59Z) belongs to 31 December.
    expect(first).toMatchObject({ policiesPublished: 1, projectsUpdated: 1, inquiriesReceived: 0 });
    const before = row(await board('from=2025-12-31&to=2025-12-31'), 'ALPHA');
    expect(before).toMatchObject({ policiesPublished: 1, projectsUpdated: 0, inquiriesReceived: 1, medianReplyHours: 20 });
  });
});

describe('drill-down', () => {
  it('lists the items behind every number of ALPHA', async () => {
    const res = await editor.get(`/api/v1/scoring/departments/ALPHA?${Q1}`);
    expect(res.status).toBe(200);
    const d = res.body;
    expect(d.department).toEqual(row(await board(), 'ALPHA'));
    const projects = d.projects as Record<string, unknown>[];
    expect(projects.map((p) => p.code)).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(projects.filter((p) => p.publishedInPeriod).map((p) => p.code)).toEqual(['A1', 'A3']);
    expect(projects.filter((p) => p.updatedInPeriod).map((p) => p.code)).toEqual(['A1', 'A2', 'A4']);
    expect(projects.filter((p) => p.isPublic).map((p) => [p.code, p.completeness, p.fresh, p.parity])).toEqual([
      ['A1', 100, true, 'reviewed'],
      ['A2', 44, false, 'missing'],
      ['A4', 89, true, 'present'],
    ]);
    const a2 = projects.find((p) => p.code === 'A2')!;
    expect(a2).toMatchObject({
      missing: ['infrastructure', 'incentives', 'documents', 'contact', 'english'],
      confirmedAt: '2025-11-01T00:00:00.000Z',
      ageDays: 150,
      firstPublishedAt: '2025-11-15T03:00:00.000Z',
      events: [{ action: 'republish', at: '2026-02-10T03:00:00.000Z' }],
    });
    expect(projects.find((p) => p.code === 'A4')!.events).toEqual([
      { action: 'verify', at: '2025-12-31T17:00:00.000Z' },
      { action: 'verify', at: '2026-03-31T16:59:59.000Z' },
    ]);
    expect((d.policies as Record<string, unknown>[]).map((p) => [p.code, p.publishedInPeriod, p.updatedInPeriod, p.parity])).toEqual([
      ['PA1', true, false, 'present'],
      ['PA2', false, false, 'missing'],
      ['PA3', true, false, 'present'],
    ]);
    const inquiries = d.inquiries as Record<string, unknown>[];
    expect(inquiries.map((i) => [i.reference, i.replyHours, i.withinTarget, i.rating])).toEqual([
      [refs.I1, 2, true, 5],
      [refs.I2, 10, true, 4],
      [refs.I3, 30, true, null],
      [refs.I4, 72, false, 2],
      [refs.I5, null, false, null],
    ]);
    expect(inquiries[0]).toEqual({
      reference: refs.I1,
      receivedAt: '2026-01-05T02:00:00.000Z',
      firstReplyAt: '2026-01-05T04:00:00.000Z',
      replyHours: 2,
      dueAt: '2026-01-07T02:00:00.000Z',
      withinTarget: true,
      rating: 5,
    });
    // The reference only: nothing of the investor.
    expect(JSON.stringify(d)).not.toMatch(/Kim Min-jun|Hanil|investor\d+@example\.org|\+82|Is the site cleared/);
  });

  it('a department with nothing: empty lists; an unknown code: 404', async () => {
    const empty = (await editor.get(`/api/v1/scoring/departments/EMPTY?${Q1}`)).body;
    expect([empty.projects, empty.policies, empty.inquiries, empty.department.total]).toEqual([[], [], [], null]);
    expect((await editor.get(`/api/v1/scoring/departments/NOPE?${Q1}`)).status).toBe(404);
    expect((await editor.get(`/api/v1/scoring/departments/${encodeURIComponent('<b>')}?${Q1}`)).status).toBe(404);
  });
});

describe('exports', () => {
  /** The JSON fields of a row in the order of the export columns; components as their 0–1 value. */
  const FIELDS = [
    'rank', 'code', 'name', 'total', 'previousTotal', 'delta', 'projectsPublished', 'projectsUpdated', 'policiesPublished', 'policiesUpdated',
    'publicProjects', 'averageCompleteness', 'freshPercent', 'publicItems', 'englishPercent', 'inquiriesReceived', 'inquiriesAnswered',
    'medianReplyHours', 'p90ReplyHours', 'targetCounted', 'withinTarget', 'withinTargetPercent', 'ratingAverage', 'ratingCount',
  ];
  const COMPONENTS = ['completeness', 'freshness', 'english', 'replyWithinTarget', 'replySpeed', 'rating'];
  const expected = (r: Record<string, unknown>) => [...FIELDS.map((f) => r[f]), ...COMPONENTS.map((k) => component(r, k)!.value)];

  it('CSV: UTF-8 with BOM, localized headers, the same values as the JSON', async () => {
    const json = await board();
    const res = await request(stack.url).get(`/api/v1/scoring/departments?${Q1}&format=csv`).set('Cookie', (await cookieOf(editor)));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="scoreboard-2026-01-01_2026-03-31.csv"');
    expect(res.text.startsWith('\ufeff')).toBe(true);
    const rows = parse(res.text, { bom: true }) as string[][];
    expect(rows[0]!.slice(0, 4)).toEqual(['Hạng', 'Mã đơn vị', 'Đơn vị', 'Tổng điểm (0–100)']);
    expect(rows[0]).toHaveLength(FIELDS.length + COMPONENTS.length);
    expect(rows.slice(1)).toEqual(json.departments.map((r) => expected(r).map((v) => (v === null ? '' : String(v)))));
    // A negative change stays a number (no formula guard on numbers).
    expect(rows.find((r) => r[1] === 'ALPHA')![5]).toBe('-4.8');
    const english = await request(stack.url).get(`/api/v1/scoring/departments?${Q1}&format=csv&lang=en`).set('Cookie', (await cookieOf(editor)));
    expect((parse(english.text, { bom: true }) as string[][])[0]!.slice(0, 4)).toEqual(['Rank', 'Department code', 'Department', 'Total score (0–100)']);
  });

  it('XLSX: the same values as the JSON, and a second sheet with the weights and the period', async () => {
    const json = await board(`${Q1}&lang=en`);
    const res = await request(stack.url)
      .get(`/api/v1/scoring/departments?${Q1}&format=xlsx&lang=en`)
      .set('Cookie', await cookieOf(editor))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="scoreboard-2026-01-01_2026-03-31.xlsx"');
    const book = new ExcelJS.Workbook();
    const body = res.body as Buffer;
    // exceljs declares its own Buffer (an ArrayBuffer); Node's Buffer is what it reads at run time.
    await book.xlsx.load(body as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Scoreboard', 'Weights and period']);
    const values = (sheet: ExcelJS.Worksheet) => {
      const out: unknown[][] = [];
      sheet.eachRow((r) => out.push(Array.from({ length: sheet.columnCount }, (_, i) => r.getCell(i + 1).value ?? null)));
      return out;
    };
    const scores = values(book.worksheets[0]!);
    expect(scores[0]!.slice(0, 3)).toEqual(['Rank', 'Department code', 'Department']);
    expect(scores.slice(1)).toEqual(json.departments.map(expected));
    const settings = Object.fromEntries(values(book.worksheets[1]!).map(([k, v]) => [k, v]));
    expect(settings).toMatchObject({
      From: '2026-01-01',
      To: '2026-03-31',
      Days: 90,
      'Previous period: from': '2025-10-03',
      'Previous period: to': '2025-12-31',
      'Time zone': 'Asia/Ho_Chi_Minh',
      'Weight: completeness': 25,
      'Weight: freshness': 20,
      'Weight: English': 15,
      'Weight: reply within target': 25,
      'Weight: reply speed': 10,
      'Weight: investor rating': 5,
      'Median hours at which reply speed scores 0': 96,
    });
  });
});

/** The session cookie of a signed-in client, for raw supertest requests (binary bodies). */
async function cookieOf(client: Client): Promise<string> {
  const res = await client.get('/api/v1/auth/me');
  expect(res.status).toBe(200);
  return (client as unknown as { cookieHeader(): string }).cookieHeader();
}

describe('public reply times', () => {
  it('per department: answered and median only, for anyone', async () => {
    const res = await request(stack.url).get(`/api/v1/scoring/reply-times?${Q1}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.body.departments).toEqual([
      { code: 'ALPHA', name: 'Sở Alpha', answered: 4, medianReplyHours: 10 },
      { code: 'BETA', name: 'Ban Beta', answered: 3, medianReplyHours: 20 },
      { code: 'EMPTY', name: 'Đơn vị trống', answered: 0, medianReplyHours: null },
      { code: 'GAMMA', name: 'Xã Gamma', answered: 0, medianReplyHours: null },
    ]);
    expect((await request(stack.url).get('/api/v1/scoring/reply-times?from=2026-03-01&to=2026-01-01')).status).toBe(400);
  });
});

describe('who may call and what is refused', () => {
  it('officers 403, anonymous 401; admins and editors 200', async () => {
    for (const path of [`/api/v1/scoring/departments?${Q1}`, `/api/v1/scoring/departments/ALPHA?${Q1}`, `/api/v1/scoring/departments?${Q1}&format=csv`]) {
      expect((await officer.get(path)).status).toBe(403);
      expect((await request(stack.url).get(path)).status).toBe(401);
      expect((await admin.get(path)).status).toBe(200);
    }
  });

  it.each([
    ['no dates', '', 'from'],
    ['from after to', 'from=2026-03-02&to=2026-03-01', 'to'],
    ['a date that does not exist', 'from=2026-02-30&to=2026-03-31', 'from'],
    ['a time instead of a date', 'from=2026-01-01T00:00:00Z&to=2026-03-31', 'from'],
    ['more than three years', 'from=2026-01-01&to=2029-01-01', 'to'],
    ['an unknown format', `${Q1}&format=pdf`, 'format'],
    ['an unknown language', `${Q1}&lang=fr`, 'lang'],
    ['an unknown parameter', `${Q1}&department=ALPHA`, 'department'],
  ])('%s (?%s) → 400 naming %s', async (_label, query, field) => {
    const res = await editor.get(`/api/v1/scoring/departments?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect((await editor.get(`/api/v1/scoring/departments/ALPHA?${query.replace(/&?format=pdf/, '&format=csv')}`)).status).toBe(400);
  });

  it('three years exactly are fine', async () => {
    expect((await editor.get('/api/v1/scoring/departments?from=2026-01-01&to=2028-12-31')).status).toBe(200);
  });
});

describe('weights (portal settings section "scoring")', () => {
  const valid = { weights: { completeness: 0, freshness: 0, english: 1, replyWithinTarget: 0, replySpeed: 0, rating: 0 }, replySpeedZeroHours: 96 };

  it.each([
    ['a negative weight', 'weights.rating', { ...valid, weights: { ...valid.weights, rating: -1 } }],
    ['a weight above 100', 'weights.rating', { ...valid, weights: { ...valid.weights, rating: 101 } }],
    ['a fractional weight', 'weights.rating', { ...valid, weights: { ...valid.weights, rating: 2.5 } }],
    ['a missing weight', 'weights.english', { ...valid, weights: { completeness: 1 } }],
    ['an unknown weight', 'weights.views', { ...valid, weights: { ...valid.weights, views: 3 } }],
    ['all weights zero', 'weights', { ...valid, weights: { ...valid.weights, english: 0 } }],
    ['a zero speed scale', 'replySpeedZeroHours', { ...valid, replySpeedZeroHours: 0 }],
  ])('%s → 400 naming %s, nothing stored', async (_label, field, body) => {
    const res = await admin.send('put', '/api/v1/workspace/settings/scoring', body);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await stack.db.query(`SELECT 1 FROM portal_settings WHERE key = 'scoring'`)).toEqual([]);
  });

  it('editors read, only admins change; a change applies to the next scoreboard (ties share a rank)', async () => {
    expect((await editor.get('/api/v1/workspace/settings/scoring')).body).toEqual({
      weights: { completeness: 25, freshness: 20, english: 15, replyWithinTarget: 25, replySpeed: 10, rating: 5 },
      replySpeedZeroHours: 96,
    });
    expect((await editor.send('put', '/api/v1/workspace/settings/scoring', valid)).status).toBe(403);
    expect((await officer.get('/api/v1/workspace/settings/scoring')).status).toBe(403);
    const put = await admin.send('put', '/api/v1/workspace/settings/scoring', valid);
    expect(put.status).toBe(200);
    expect(put.body).toEqual(valid);
    try {
      const b = await board();
      // English only: BETA 2 of 2, GAMMA 1 of 1 (tied at 100), ALPHA 4 of 6.
      expect(b.departments.map((d) => [d.code, d.rank, d.total])).toEqual([
        ['BETA', 1, 100],
        ['GAMMA', 1, 100],
        ['ALPHA', 3, 66.7],
        ['EMPTY', null, null],
      ]);
      expect(b.settings).toEqual(valid);
      expect(component(row(b, 'ALPHA'), 'completeness')).toMatchObject({ included: true, weight: 0, effectiveWeight: 0, points: 0 });
    } finally {
      await stack.db.query(`DELETE FROM portal_settings WHERE key = 'scoring'`);
    }
  });
});
