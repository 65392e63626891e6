import { randomUUID } from 'node:crypto';
import { FreshnessJobs } from '@invest-portal/backend/quality/freshness-jobs.js';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// Issue 8 (quality of content) through the real API and PostgreSQL: completeness, freshness
// reminders and escalation, English parity confirmations, and the incentive check.
let stack: TestStack;
let jobs: FreshnessJobs;
let anonymous: Client;
let admin: Client;
let editor: Client;
let officerA: Client;
let officerB: Client;
let stc: string;
let sector: { id: string; code: string };
let tourism: { id: string; code: string };
let windPower: { id: string; code: string };
let province: { id: string; code: string };
let elsewhere: { id: string; code: string };
let ward: { id: string; code: string };
let hamlet: { id: string; code: string };
const policies: Record<string, { id: string; slug: string; version: number }> = {};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
let seq = 0;

interface Item {
  id: string;
  code: string;
  slug: string;
  version: number;
  [key: string]: unknown;
}

function ok<T = Item>(res: { status: number; body: unknown }, status = 200): T {
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/** The minimum a project needs: both languages, one sector, a unit, a location. */
function projectBody(extra: Record<string, unknown> = {}) {
  return {
    code: `QP-${++seq}`,
    title: { vi: `Dự án chất lượng ${seq}`, en: `Quality project ${seq}` },
    summary: { vi: 'Tóm tắt', en: 'Summary' },
    description: { vi: 'Mô tả', en: 'Description' },
    sectorIds: [sector.id],
    unitId: hamlet.id,
    location: { lat: 9.6, lng: 105.97 },
    ...extra,
  };
}

const createProject = async (extra: Record<string, unknown> = {}) => ok(await officerA.post('/api/v1/workspace/projects', projectBody(extra)), 201);

async function publishProject(id: string): Promise<Item> {
  const submitted = ok(await officerA.post(`/api/v1/workspace/projects/${id}/submit`));
  return ok(await editor.post(`/api/v1/workspace/projects/${id}/publish`, { version: submitted.version }));
}

async function makePolicy(code: string, fields: Record<string, unknown>, steps: string[] = ['submit', 'publish']): Promise<void> {
  let last = ok(
    await admin.post('/api/v1/workspace/policies', {
      code,
      departmentId: stc,
      title: { vi: `Chính sách ${code}`, en: `Policy ${code}` },
      summary: { vi: 'Tóm tắt', en: 'Summary' },
      body: { vi: '<p>Nội dung</p>', en: '<p>Body</p>' },
      legalBasis: { number: `${code}/2026/QĐ-UBND`, issuer: { vi: 'UBND tỉnh', en: 'Provincial People’s Committee' }, date: '2026-01-15' },
      incentiveTypes: ['land_rent'],
      ...fields,
    }),
    201,
  );
  for (const step of steps) last = ok(await admin.post(`/api/v1/workspace/policies/${last.id}/${step}`, step === 'publish' ? { version: last.version } : {}));
  policies[code] = { id: last.id, slug: last.slug, version: last.version };
}

const mails = async (kind: string, code: string): Promise<{ to_address: string; subject: string; body_text: string }[]> =>
  stack.db.query(`SELECT to_address, subject, body_text FROM mail_outbox WHERE kind = $1 AND subject LIKE $2 ORDER BY to_address, id`, [kind, `[${code}]%`]);
const emails = async (sql: string, params: unknown[] = []) => ((await stack.db.query(sql, params)) as { email: string }[]).map((r) => r.email).sort();
const marks = async (id: string) =>
  (await stack.db.query(`SELECT freshness_reminded_at AS reminded, freshness_escalated_at AS escalated FROM projects WHERE id = $1`, [id]))[0] as {
    reminded: Date | null;
    escalated: Date | null;
  };
const age = (id: string, days: number) => stack.db.query(`UPDATE projects SET last_verified_at = now() - make_interval(days => $2) WHERE id = $1`, [id, days]);

beforeAll(async () => {
  // The scheduled pass is off: the tests run passes themselves, so nothing races them.
  stack = await startTestStack({ demoData: true, env: { FRESHNESS_JOB_INTERVAL_MS: '0' } });
  jobs = stack.app.get(FreshnessJobs);
  anonymous = new Client(stack.url);
  admin = new Client(stack.url);
  editor = new Client(stack.url);
  officerA = new Client(stack.url);
  officerB = new Client(stack.url);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await officerA.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await officerB.signIn(DEMO.officerB.email, DEMO.officerB.password);
  const departments = (await anonymous.get('/api/v1/departments')).body.items as { id: string; code: string }[];
  stc = departments.find((d) => d.code === 'STC')!.id;
  const taxonomies = (await anonymous.get('/api/v1/taxonomies')).body;
  tourism = taxonomies.sectors.find((s: { code: string }) => s.code === 'tourism');
  windPower = taxonomies.sectors.find((s: { code: string }) => s.code === 'wind-power');
  province = taxonomies.units.find((u: { code: string }) => u.code === 'soc-trang');
  elsewhere = taxonomies.units.find((u: { code: string }) => u.code === 'phuong-vinh-chau');
  sector = ok(await admin.post('/api/v1/taxonomies/sectors', { code: 'qa-sector', nameVi: 'Ngành thử', nameEn: 'Test sector' }), 201);
  // province → ward → a unit inside the ward: policies of any ancestor apply to the innermost one.
  ward = ok(await admin.post('/api/v1/taxonomies/units', { code: 'qa-ward', nameVi: 'phường Thử', kind: 'ward', parentId: province.id }), 201);
  hamlet = ok(await admin.post('/api/v1/taxonomies/units', { code: 'qa-khu', nameVi: 'khu Thử', kind: 'commune', parentId: ward.id }), 201);
  // A disabled officer of the department: never mailed.
  const disabled = ok(
    await admin.post('/api/v1/users', { email: 'disabled.stc@example.org', displayName: 'Nghỉ việc', password: 'a-long-password-1', role: 'officer', departmentId: stc }),
    201,
  );
  ok(await admin.patch(`/api/v1/users/${disabled.id}`, { disabled: true }));

  await makePolicy('QA-ALL', { title: { vi: 'Hỗ trợ chung cho mọi dự án', en: 'Zonal support for every project' } });
  await makePolicy('QA-WARD', {
    title: { vi: 'Ưu đãi phường Thử', en: 'Ward incentive' },
    unitIds: [ward.id],
    validFrom: '2020-01-01',
    validTo: '2099-12-31',
  });
  await makePolicy('QA-PROV', { title: { vi: 'Ưu đãi toàn tỉnh sắp có hiệu lực', en: 'Province-wide, coming' }, sectorIds: [sector.id], unitIds: [province.id], validFrom: '2099-01-01' });
  await makePolicy('QA-SEC', { title: { vi: 'Ưu đãi ngành đã hết hạn', en: 'Expired sector incentive' }, sectorIds: [sector.id, windPower.id], validFrom: '2019-01-01', validTo: '2020-12-31' });
  await makePolicy('QA-OTHER', { sectorIds: [windPower.id] });
  await makePolicy('QA-AWAY', { unitIds: [elsewhere.id] });
  await makePolicy('QA-DRAFT', {}, []);
  await makePolicy('QA-ARCH', {}, ['submit', 'publish', 'archive']);
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('completeness', () => {
  it('is computed from the fields present, on the workspace project, its quality and the public page', async () => {
    // Present: location, area, infrastructure, contact, English = 5 of 9 → 56.
    let p = await createProject({
      areaHa: 12.5,
      infrastructure: { vi: 'Điện 22 kV, nước sạch', en: '22 kV power, clean water' },
      contact: { name: 'Lê Văn C', position: { vi: 'Chuyên viên', en: 'Officer' }, phone: '0299 3822 000', email: null },
    });
    expect(p.completeness).toEqual({ score: 56, missing: ['capital', 'landStatus', 'incentives', 'documents'] });
    expect(p.englishParity).toBe('present');

    // A document: 6 of 9 → 67.
    ok(
      await officerA.send('post', `/api/v1/workspace/projects/${p.id}/documents`, undefined, {
        attach: { field: 'file', buffer: PDF, filename: 'ban-do.pdf' },
        fields: { titleVi: 'Bản đồ' },
      }),
      201,
    );
    p = ok(await officerA.get(`/api/v1/workspace/projects/${p.id}`));
    expect(p.completeness).toEqual({ score: 67, missing: ['capital', 'landStatus', 'incentives'] });

    // Capital, land status (its category) and a linked policy; a text without English: 8 of 9 → 89.
    p = ok(
      await officerA.patch(`/api/v1/workspace/projects/${p.id}`, {
        version: p.version,
        capitalVnd: '250000000000',
        landStatusKind: 'cleared',
        policyIds: [policies['QA-ALL']!.id],
        timeline: { vi: '2027–2030', en: null },
      }),
    );
    expect(p.completeness).toEqual({ score: 89, missing: ['english'] });
    expect(p.englishParity).toBe('missing');

    p = ok(await officerA.patch(`/api/v1/workspace/projects/${p.id}`, { version: p.version, timeline: { vi: '2027–2030', en: '2027–2030' } }));
    expect(p.completeness).toEqual({ score: 100, missing: [] });

    const quality = ok(await officerA.get(`/api/v1/workspace/projects/${p.id}/quality`));
    expect(quality).toMatchObject({
      id: p.id,
      version: p.version,
      completeness: {
        score: 100,
        present: ['location', 'area', 'capital', 'landStatus', 'infrastructure', 'incentives', 'documents', 'contact', 'english'],
        missing: [],
      },
      englishParity: 'present',
      englishReviewedVersion: null,
      freshness: { ageDays: 0, state: 'fresh', remindDays: 90, staleDays: 180, remindedAt: null, escalatedAt: null },
    });

    await publishProject(p.id);
    const pub = ok(await anonymous.get(`/api/v1/projects/${p.slug}?lang=en`));
    expect(pub.completeness).toBe(100);
    expect(pub.outdated).toBe(false);
  });

  it('the quality endpoint is for the department, editors and admins only', async () => {
    const p = await createProject();
    expect(ok(await editor.get(`/api/v1/workspace/projects/${p.id}/quality`)).completeness).toEqual({
      score: 22,
      present: ['location', 'english'],
      missing: ['area', 'capital', 'landStatus', 'infrastructure', 'incentives', 'documents', 'contact'],
    });
    expect((await admin.get(`/api/v1/workspace/projects/${p.id}/quality`)).status).toBe(200);
    expect((await officerB.get(`/api/v1/workspace/projects/${p.id}/quality`)).status).toBe(404);
    expect((await anonymous.get(`/api/v1/workspace/projects/${p.id}/quality`)).status).toBe(401);
    expect((await editor.get(`/api/v1/workspace/projects/${randomUUID()}/quality`)).status).toBe(404);
  });
});

describe('freshness', () => {
  let p: Item;
  let stcOfficers: string[];
  let editors: string[];

  beforeAll(async () => {
    p = await publishProject((await createProject()).id);
    stcOfficers = await emails(`SELECT email FROM users WHERE role = 'officer' AND disabled_at IS NULL AND department_id = $1`, [stc]);
    editors = await emails(`SELECT email FROM users WHERE role = 'editor' AND disabled_at IS NULL`);
    // Demo projects that are already due get their mails now, so each pass below concerns ours only.
    await jobs.runOnce();
  });

  it('a new publication is fresh: confirmed today, not outdated', async () => {
    const pub = ok(await anonymous.get(`/api/v1/projects/${p.slug}`));
    expect(Date.now() - Date.parse(pub.lastVerifiedAt as string)).toBeLessThan(60_000);
    expect(pub.outdated).toBe(false);
    expect(pub.completeness).toBe(22);
    expect((await officerA.get(`/api/v1/workspace/projects/${p.id}/quality`)).body.freshness).toMatchObject({ ageDays: 0, state: 'fresh' });
    expect(await jobs.runOnce()).toEqual({ reminded: 0, escalated: 0 });
  });

  it('after remindDays the active officers of the department are mailed, once', async () => {
    expect(stcOfficers).toContain(DEMO.officerA.email);
    expect(stcOfficers).not.toContain('disabled.stc@example.org');
    await age(p.id, 100);
    expect(await jobs.runOnce()).toEqual({ reminded: 1, escalated: 0 });
    const sent = await mails('freshness.remind', p.code);
    expect(sent.map((m) => m.to_address)).toEqual(stcOfficers);
    const text = sent[0]!.body_text;
    expect(text).toContain(`${stack.config.publicUrl}/workspace/projects/${p.id}`);
    expect(text).toContain(`/workspace/projects/${p.id}?action=verify`);
    expect(text).toMatch(/100 ngày/);
    expect(text).toMatch(/for 100 days/);
    expect(text).toContain('Xác nhận thông tin vẫn đúng');
    expect(text).toContain('Confirm still current');

    expect(await jobs.runOnce()).toEqual({ reminded: 0, escalated: 0 });
    expect(await mails('freshness.remind', p.code)).toHaveLength(stcOfficers.length);
    expect((await marks(p.id)).reminded).not.toBeNull();
    expect((await officerA.get(`/api/v1/workspace/projects/${p.id}/quality`)).body.freshness).toMatchObject({ ageDays: 100, state: 'remind', escalatedAt: null });
    expect((await anonymous.get(`/api/v1/projects/${p.slug}`)).body.outdated).toBe(false);
  });

  it('after staleDays the editors are told, once, and the public page says it may be out of date', async () => {
    await age(p.id, 200);
    expect(await jobs.runOnce()).toEqual({ reminded: 0, escalated: 1 });
    const sent = await mails('freshness.escalate', p.code);
    expect(sent.map((m) => m.to_address)).toEqual(editors);
    expect(sent[0]!.body_text).toMatch(/200 ngày/);
    expect(sent[0]!.body_text).toContain(`/workspace/projects/${p.id}`);
    expect(await jobs.runOnce()).toEqual({ reminded: 0, escalated: 0 });
    expect(await mails('freshness.escalate', p.code)).toHaveLength(editors.length);
    expect(await mails('freshness.remind', p.code)).toHaveLength(stcOfficers.length);

    expect((await anonymous.get(`/api/v1/projects/${p.slug}?lang=en`)).body.outdated).toBe(true);
    const quality = ok<{ freshness: { remindedAt: string | null; escalatedAt: string | null } }>(await editor.get(`/api/v1/workspace/projects/${p.id}/quality`));
    expect(quality.freshness).toMatchObject({ ageDays: 200, state: 'stale' });
    expect(quality.freshness.remindedAt).not.toBeNull();
    expect(quality.freshness.escalatedAt).not.toBeNull();
  });

  it('"still current" starts over: fresh, not outdated, and reminded again once it ages again', async () => {
    ok(await officerA.post(`/api/v1/workspace/projects/${p.id}/verify`));
    expect(await marks(p.id)).toEqual({ reminded: null, escalated: null });
    expect((await anonymous.get(`/api/v1/projects/${p.slug}`)).body.outdated).toBe(false);
    expect((await officerA.get(`/api/v1/workspace/projects/${p.id}/quality`)).body.freshness).toMatchObject({ ageDays: 0, state: 'fresh', remindedAt: null });
    expect(await jobs.runOnce()).toEqual({ reminded: 0, escalated: 0 });

    await age(p.id, 95);
    expect(await jobs.runOnce()).toEqual({ reminded: 1, escalated: 0 });
    expect(await mails('freshness.remind', p.code)).toHaveLength(2 * stcOfficers.length);
    expect(await mails('freshness.escalate', p.code)).toHaveLength(editors.length);
  });

  it('publishing a new version counts as a confirmation', async () => {
    await age(p.id, 200);
    await jobs.runOnce();
    expect((await marks(p.id)).escalated).not.toBeNull();
    ok(await editor.post(`/api/v1/workspace/projects/${p.id}/unpublish`));
    await publishProject(p.id);
    expect(await marks(p.id)).toEqual({ reminded: null, escalated: null });
    const pub = ok(await anonymous.get(`/api/v1/projects/${p.slug}`));
    expect(pub.outdated).toBe(false);
    expect(Date.now() - Date.parse(pub.lastVerifiedAt as string)).toBeLessThan(60_000);
  });

  it('never confirmed counts from publication; awarded projects are reminded too; drafts and archived ones never', async () => {
    const never = await publishProject((await createProject()).id);
    await stack.db.query(`UPDATE projects SET last_verified_at = NULL, published_at = now() - interval '120 days' WHERE id = $1`, [never.id]);
    const draft = await createProject();
    await age(draft.id, 300);
    const archived = await publishProject((await createProject()).id);
    ok(await editor.post(`/api/v1/workspace/projects/${archived.id}/archive`));
    await age(archived.id, 300);
    const awarded = await publishProject((await createProject()).id);
    ok(await editor.post(`/api/v1/workspace/projects/${awarded.id}/award`));
    await age(awarded.id, 91);

    expect(await jobs.runOnce()).toEqual({ reminded: 2, escalated: 0 });
    expect(await mails('freshness.remind', never.code)).toHaveLength(stcOfficers.length);
    expect((await mails('freshness.remind', never.code))[0]!.body_text).toMatch(/120 ngày/);
    expect(await mails('freshness.remind', awarded.code)).toHaveLength(stcOfficers.length);
    expect(await mails('freshness.remind', draft.code)).toEqual([]);
    expect(await mails('freshness.remind', archived.code)).toEqual([]);
    expect((await officerA.get(`/api/v1/workspace/projects/${never.id}/quality`)).body.freshness).toMatchObject({ lastVerifiedAt: null, ageDays: 120, state: 'remind' });
  });
});

describe('English parity', () => {
  it('of a project: editors confirm a version; officers may not; a stale version or missing English is 409', async () => {
    let p = await createProject();
    expect(p.englishParity).toBe('present');
    const url = `/api/v1/workspace/projects/${p.id}/english-reviewed`;

    expect((await officerA.post(url, { version: p.version })).status).toBe(403);
    expect((await officerB.post(url, { version: p.version })).status).toBe(403);
    expect((await anonymous.post(url, { version: p.version })).status).toBe(401);
    expect((await editor.post(url, {})).status).toBe(400);
    expect((await editor.post(url, { version: p.version + 1 })).status).toBe(409);
    expect((await editor.post(`/api/v1/workspace/projects/${randomUUID()}/english-reviewed`, { version: 1 })).status).toBe(404);

    const reviewed = ok(await editor.post(url, { version: p.version }));
    expect(reviewed).toMatchObject({ englishParity: 'reviewed', version: p.version });
    const audit = ok<{ action: string; changes: Record<string, unknown> }[]>(await editor.get(`/api/v1/audit?objectType=project&objectId=${p.id}`));
    expect(audit[0]).toMatchObject({ action: 'english-reviewed', changes: { englishReviewedVersion: { from: null, to: p.version } } });
    // Again: nothing changes, nothing is audited.
    expect(ok(await editor.post(url, { version: p.version })).englishParity).toBe('reviewed');
    expect(ok<unknown[]>(await editor.get(`/api/v1/audit?objectType=project&objectId=${p.id}`))).toHaveLength(audit.length);

    // "Still current" changes no text: the confirmation carries over to the new version.
    p = ok(await officerA.post(`/api/v1/workspace/projects/${p.id}/verify`));
    expect(p.englishParity).toBe('reviewed');

    // A content edit needs a new confirmation.
    const before = p.version;
    p = ok(await officerA.patch(`/api/v1/workspace/projects/${p.id}`, { version: p.version, summary: { vi: 'Tóm tắt mới', en: 'New summary' } }));
    expect(p.englishParity).toBe('present');
    expect((await editor.post(url, { version: before })).status).toBe(409);

    // English missing: nothing to confirm.
    p = ok(await officerA.patch(`/api/v1/workspace/projects/${p.id}`, { version: p.version, objectives: { vi: 'Mục tiêu', en: null } }));
    expect(p.englishParity).toBe('missing');
    const missing = await editor.post(url, { version: p.version });
    expect(missing.status).toBe(409);
    expect(JSON.stringify(missing.body)).toMatch(/no English/);

    p = ok(await officerA.patch(`/api/v1/workspace/projects/${p.id}`, { version: p.version, objectives: { vi: 'Mục tiêu', en: 'Objectives' } }));
    expect(ok(await admin.post(url, { version: p.version })).englishParity).toBe('reviewed');
    // Submitting and publishing change no text either.
    const published = await publishProject(p.id);
    expect(published.englishParity).toBe('reviewed');
    expect(ok(await editor.get(`/api/v1/workspace/projects/${p.id}/quality`))).toMatchObject({ englishParity: 'reviewed', englishReviewedVersion: published.version });
    // The confirmation is not content: nothing "changed since publication".
    expect(ok(await editor.get(`/api/v1/workspace/projects/${p.id}/changes`)).changes).toEqual([]);
  });

  it('of a policy: the same rules', async () => {
    await makePolicy('QA-EN', {}, []);
    const url = `/api/v1/workspace/policies/${policies['QA-EN']!.id}/english-reviewed`;
    let x = ok(await officerA.get(`/api/v1/workspace/policies/${policies['QA-EN']!.id}`));
    expect(x.englishParity).toBe('present');
    expect((await officerA.post(url, { version: x.version })).status).toBe(403);
    expect((await editor.post(url, { version: x.version + 3 })).status).toBe(409);
    x = ok(await editor.post(url, { version: x.version }));
    expect(x.englishParity).toBe('reviewed');
    x = ok(await admin.post(`/api/v1/workspace/policies/${x.id}/submit`));
    expect(x.englishParity).toBe('reviewed');
    x = ok(await admin.patch(`/api/v1/workspace/policies/${x.id}`, { version: x.version, body: { vi: '<p>Nội dung mới</p>', en: '' } }));
    expect(x.englishParity).toBe('missing');
    expect((await editor.post(url, { version: x.version })).status).toBe(409);
  });
});

describe('incentive check', () => {
  let p: Item;
  const ours = <T extends { code: string }>(items: T[]) => items.filter((i) => i.code.startsWith('QA-'));

  beforeAll(async () => {
    p = await createProject({ sectorIds: [sector.id, tourism.id], policyIds: [policies['QA-ALL']!.id] });
  });

  it('matches published policies by sector and by unit or its ancestors, valid first then by title', async () => {
    const res = ok<{ today: string; items: Record<string, unknown>[] }>(await officerA.get(`/api/v1/workspace/projects/${p.id}/incentives`));
    expect(res.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ours(res.items as { code: string }[])).toEqual([
      expect.objectContaining({
        id: policies['QA-ALL']!.id,
        slug: policies['QA-ALL']!.slug,
        code: 'QA-ALL',
        title: { vi: 'Hỗ trợ chung cho mọi dự án', en: 'Zonal support for every project' },
        legalNumber: 'QA-ALL/2026/QĐ-UBND',
        validFrom: null,
        validTo: null,
        validity: 'valid',
        matchedBy: { sectors: ['qa-sector', 'tourism'], units: 'province' },
        linked: true,
      }),
      expect.objectContaining({ code: 'QA-WARD', validity: 'valid', validFrom: '2020-01-01', validTo: '2099-12-31', matchedBy: { sectors: ['qa-sector', 'tourism'], units: ['qa-ward'] }, linked: false }),
      expect.objectContaining({ code: 'QA-PROV', validity: 'not-yet', matchedBy: { sectors: ['qa-sector'], units: ['soc-trang'] }, linked: false }),
      expect.objectContaining({ code: 'QA-SEC', validity: 'expired', matchedBy: { sectors: ['qa-sector'], units: 'province' } }),
    ]);
    // Valid before not yet before expired, across the whole list (demo policies included).
    const rank = { valid: 0, 'not-yet': 1, expired: 2 } as Record<string, number>;
    const ranks = res.items.map((i) => rank[i.validity as string]!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Other sectors, other units, drafts and archived policies never match.
    for (const code of ['QA-OTHER', 'QA-AWAY', 'QA-DRAFT', 'QA-ARCH']) expect(res.items.map((i) => i.code)).not.toContain(code);
  });

  it('a draft: its department and the board see the check, others and the public do not', async () => {
    expect((await editor.get(`/api/v1/workspace/projects/${p.id}/incentives`)).status).toBe(200);
    expect((await admin.get(`/api/v1/workspace/projects/${p.id}/incentives`)).status).toBe(200);
    expect((await officerB.get(`/api/v1/workspace/projects/${p.id}/incentives`)).status).toBe(404);
    expect((await anonymous.get(`/api/v1/workspace/projects/${p.id}/incentives`)).status).toBe(401);
    expect((await anonymous.get(`/api/v1/projects/${p.slug}/incentives`)).status).toBe(404);
    expect((await anonymous.get('/api/v1/projects/no-such-project/incentives')).status).toBe(404);
  });

  it('published: the public check, in the requested language (titles sorted in it)', async () => {
    await publishProject(p.id);
    const en = ok<{ lang: string; items: { code: string; title: string }[] }>(await anonymous.get(`/api/v1/projects/${p.slug}/incentives?lang=en`));
    expect(en.lang).toBe('en');
    expect(ours(en.items).map((i) => [i.code, i.title])).toEqual([
      ['QA-WARD', 'Ward incentive'],
      ['QA-ALL', 'Zonal support for every project'],
      ['QA-PROV', 'Province-wide, coming'],
      ['QA-SEC', 'Expired sector incentive'],
    ]);
    const vi = ok<{ items: { code: string; title: string; linked: boolean }[] }>(await anonymous.get(`/api/v1/projects/${p.slug}/incentives`));
    expect(ours(vi.items).map((i) => i.code)).toEqual(['QA-ALL', 'QA-WARD', 'QA-PROV', 'QA-SEC']);
    expect(ours(vi.items).find((i) => i.code === 'QA-ALL')!.linked).toBe(true);
    expect((await anonymous.get(`/api/v1/projects/${p.slug}/incentives?lang=fr`)).status).toBe(400);
  });
});
