import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

let stack: TestStack;
let officerA: Client;
let officerB: Client;
let editor: Client;
let admin: Client;
let sectorId: string;
let unitId: string;
let deptB: string;
let seq = 0;

/** The editor publishes the version they see, as the review screen does. */
async function publish(client: Client, id: string) {
  const { version } = (await admin.get(`/api/v1/workspace/projects/${id}`)).body;
  return client.post(`/api/v1/workspace/projects/${id}/publish`, { version });
}

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  [officerA, officerB, editor, admin] = [new Client(stack.url), new Client(stack.url), new Client(stack.url), new Client(stack.url)];
  await officerA.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await officerB.signIn(DEMO.officerB.email, DEMO.officerB.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  const tax = (await officerA.get('/api/v1/taxonomies')).body;
  sectorId = tax.sectors[0].id;
  unitId = tax.units.find((u: { parentId: string | null }) => u.parentId).id;
  deptB = (await officerA.get('/api/v1/departments')).body.items.find((d: { code: string }) => d.code === 'BQLKCN').id;
});

afterAll(async () => {
  await stack?.stop();
});

const body = (extra: Record<string, unknown> = {}) => ({
  code: `WF-${++seq}`,
  title: { vi: `Khu du lịch sinh thái Cù Lao Dung ${seq}`, en: null },
  summary: { vi: 'Tóm tắt dự án', en: 'Project summary' },
  description: { vi: 'Mô tả chi tiết', en: null },
  sectorIds: [sectorId],
  unitId,
  location: { lat: 9.6, lng: 106.2 },
  areaHa: 25.5,
  capitalVnd: '1250000000000',
  ...extra,
});

async function count(table: string): Promise<number> {
  const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

describe('workflow bypass attempts', () => {
  it.each([
    ['status', { status: 'published' }],
    ['publishedAt', { publishedAt: '2020-01-01T00:00:00Z' }],
    ['version', { version: 99 }],
    ['reviewComment', { reviewComment: 'ok' }],
    ['lastVerifiedAt', { lastVerifiedAt: '2030-01-01T00:00:00Z' }],
  ])('an officer cannot set %s when creating', async (field, extra) => {
    const before = await count('projects');
    const res = await officerA.post('/api/v1/workspace/projects', body(extra));
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await count('projects')).toBe(before);
  });

  it("an officer cannot create for another department", async () => {
    const before = await count('projects');
    const res = await officerA.post('/api/v1/workspace/projects', body({ departmentId: deptB }));
    expect(res.status).toBe(403);
    expect(await count('projects')).toBe(before);
  });

  it.each([
    ['status', { status: 'published' }],
    ['departmentId', { departmentId: '00000000-0000-4000-8000-000000000000' }],
    ['publishedAt', { publishedAt: '2020-01-01T00:00:00Z' }],
    ['submittedAt', { submittedAt: '2020-01-01T00:00:00Z' }],
  ])('an officer cannot set %s when updating', async (field, extra) => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    const res = await officerA.patch(`/api/v1/workspace/projects/${created.id}`, { version: created.version, ...extra });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    const after = (await officerA.get(`/api/v1/workspace/projects/${created.id}`)).body;
    expect([after.status, after.version, after.department.id]).toEqual([created.status, created.version, created.department.id]);
  });

  it('an officer cannot publish, even their own submitted project; the board can', async () => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    expect((await officerA.post(`/api/v1/workspace/projects/${created.id}/submit`)).status).toBe(200);
    expect((await publish(officerA, created.id)).status).toBe(403);
    expect((await officerA.get(`/api/v1/workspace/projects/${created.id}`)).body.status).toBe('submitted');
    expect((await request(stack.url).get(`/api/v1/projects/${created.slug}`)).status).toBe(404);
    const published = await publish(editor, created.id);
    expect(published.body.status).toBe('published');
    expect(published.body.publishedAt).not.toBeNull();
  });

  it('publishing needs the version the editor reviewed: a newer, unseen one gets 409', async () => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    const submitted = (await officerA.post(`/api/v1/workspace/projects/${created.id}/submit`)).body;
    expect((await editor.post(`/api/v1/workspace/projects/${created.id}/publish`, {})).status).toBe(400);
    // The officer edits (back to draft) and resubmits while the editor still looks at the old version.
    const edited = (await officerA.patch(`/api/v1/workspace/projects/${created.id}`, { version: submitted.version, summary: { vi: 'Sửa sau khi gửi' } })).body;
    await officerA.post(`/api/v1/workspace/projects/${created.id}/submit`);
    const stale = await editor.post(`/api/v1/workspace/projects/${created.id}/publish`, { version: submitted.version });
    expect(stale.status).toBe(409);
    expect(edited.status).toBe('draft');
    expect((await publish(editor, created.id)).body.status).toBe('published');
  });

  it('a draft cannot be published without going through submission', async () => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    const res = await publish(editor, created.id);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/Cannot publish a project that is draft/);
  });
});

describe('editorial workflow', () => {
  it('reject needs a comment, shows it to the officer, and an edit returns the item to draft', async () => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    await officerA.post(`/api/v1/workspace/projects/${created.id}/submit`);
    expect((await editor.post(`/api/v1/workspace/projects/${created.id}/reject`, { comment: '   ' })).status).toBe(400);
    const rejected = (await editor.post(`/api/v1/workspace/projects/${created.id}/reject`, { comment: 'Thiếu bản đồ khu đất' })).body;
    expect([rejected.status, rejected.reviewComment]).toEqual(['rejected', 'Thiếu bản đồ khu đất']);
    const edited = await officerA.patch(`/api/v1/workspace/projects/${created.id}`, {
      version: rejected.version,
      landPlot: { type: 'Polygon', coordinates: [[[106.2, 9.6], [106.21, 9.6], [106.21, 9.61], [106.2, 9.6]]] },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.status).toBe('draft');
    expect((await officerA.post(`/api/v1/workspace/projects/${created.id}/submit`)).body.status).toBe('submitted');
  });

  it('a stale version gets 409 and loses nothing', async () => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    const first = await officerA.patch(`/api/v1/workspace/projects/${created.id}`, { version: created.version, summary: { vi: 'Bản của người thứ nhất' } });
    expect(first.status).toBe(200);
    const second = await officerA.patch(`/api/v1/workspace/projects/${created.id}`, { version: created.version, summary: { vi: 'Bản của người thứ hai' } });
    expect(second.status).toBe(409);
    expect((await officerA.get(`/api/v1/workspace/projects/${created.id}`)).body.summary.vi).toBe('Bản của người thứ nhất');
  });

  it('officers cannot edit a published project; unpublish returns it to them; award keeps it public', async () => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    await officerA.post(`/api/v1/workspace/projects/${created.id}/submit`);
    const published = (await publish(editor, created.id)).body;
    const edit = await officerA.patch(`/api/v1/workspace/projects/${created.id}`, { version: published.version, summary: { vi: 'x' } });
    expect(edit.status).toBe(409);
    const awarded = (await editor.post(`/api/v1/workspace/projects/${created.id}/award`)).body;
    expect(awarded.status).toBe('awarded');
    expect((await request(stack.url).get(`/api/v1/projects/${created.slug}`)).body.status).toBe('awarded');
    expect((await editor.post(`/api/v1/workspace/projects/${created.id}/unpublish`)).body.status).toBe('draft');
    expect((await request(stack.url).get(`/api/v1/projects/${created.slug}`)).status).toBe(404);
  });

  it('"still current" sets lastVerifiedAt and is audited', async () => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    await stack.db.query(`UPDATE projects SET last_verified_at = now() - interval '200 days' WHERE id = $1`, [created.id]);
    const verified = (await officerA.post(`/api/v1/workspace/projects/${created.id}/verify`)).body;
    expect(Date.now() - Date.parse(verified.lastVerifiedAt)).toBeLessThan(60_000);
    const audit = (await editor.get(`/api/v1/audit?objectType=project&objectId=${created.id}`)).body;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['verify', 'create']);
    expect(audit[0].changes.lastVerifiedAt).toBeDefined();
  });

  it("officers only ever see their own department's items", async () => {
    const mine = (await officerB.get('/api/v1/workspace/projects?pageSize=100')).body;
    expect(mine.total).toBeGreaterThan(0);
    expect(new Set(mine.items.map((p: { department: { code: string } }) => p.department.code))).toEqual(new Set(['BQLKCN']));
    const sneaky = (await officerB.get(`/api/v1/workspace/projects?pageSize=100&departmentId=${(await officerA.get('/api/v1/auth/me')).body.departmentId}`)).body;
    expect(new Set(sneaky.items.map((p: { department: { code: string } }) => p.department.code))).toEqual(new Set(['BQLKCN']));
  });

  it('only never-published drafts can be deleted', async () => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    await officerA.post(`/api/v1/workspace/projects/${created.id}/submit`);
    expect((await officerA.delete(`/api/v1/workspace/projects/${created.id}`)).status).toBe(409);
    const other = (await officerA.post('/api/v1/workspace/projects', body())).body;
    expect((await officerA.delete(`/api/v1/workspace/projects/${other.id}`)).status).toBe(204);
    expect((await officerA.get(`/api/v1/workspace/projects/${other.id}`)).status).toBe(404);
  });

  it('two projects with the same title get distinct slugs; a taken code is a 409', async () => {
    const a = (await officerA.post('/api/v1/workspace/projects', body({ title: { vi: 'Cảng cá Trần Đề' } }))).body;
    const b = (await officerA.post('/api/v1/workspace/projects', body({ title: { vi: 'Cảng cá Trần Đề' } }))).body;
    expect(a.slug).toBe('cang-ca-tran-de');
    expect(b.slug).toBe(`cang-ca-tran-de-${b.code.toLowerCase()}`);
    const dup = await officerA.post('/api/v1/workspace/projects', { ...body(), code: a.code });
    expect(dup.status).toBe(409);
  });
});

describe('review findings', () => {
  it("an officer cannot link another department's unpublished policy, and cannot tell it from an unknown id", async () => {
    const draft = (await stack.db.query(`SELECT p.id FROM policies p JOIN departments d ON d.id = p.department_id WHERE p.status = 'draft' AND d.code <> 'BQLKCN' LIMIT 1`))[0];
    const res = await officerB.post('/api/v1/workspace/projects', body({ policyIds: [draft.id] }));
    const unknown = await officerB.post('/api/v1/workspace/projects', body({ policyIds: ['11111111-1111-4111-8111-111111111111'] }));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(unknown.body.details);
  });

  it('attaching a file to a submitted project sends it back to draft and bumps its version', async () => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    const submitted = (await officerA.post(`/api/v1/workspace/projects/${created.id}/submit`)).body;
    const up = await officerA.send('post', `/api/v1/workspace/projects/${created.id}/documents`, undefined, {
      attach: { field: 'file', buffer: Buffer.from('%PDF-1.4\n%%EOF\n'), filename: 'bo-sung.pdf' },
      fields: { titleVi: 'Bổ sung' },
    });
    expect(up.status).toBe(201);
    const after = (await officerA.get(`/api/v1/workspace/projects/${created.id}`)).body;
    expect(after.status).toBe('draft');
    expect(after.version).toBeGreaterThan(submitted.version);
  });

  it('deleting a draft removes its files and audits each one', async () => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    const up = await officerA.send('post', `/api/v1/workspace/projects/${created.id}/documents`, undefined, {
      attach: { field: 'file', buffer: Buffer.from('%PDF-1.4\n%%EOF\n'), filename: 'x.pdf' },
      fields: { titleVi: 'Hồ sơ' },
    });
    expect((await officerA.delete(`/api/v1/workspace/projects/${created.id}`)).status).toBe(204);
    expect((await admin.get(`/api/v1/documents/${up.body.id}`)).status).toBe(404);
    const audit = (await editor.get(`/api/v1/audit?objectType=document&objectId=${up.body.id}`)).body;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['delete', 'upload']);
  });

  it('a NUL byte anywhere is a 400 or 404, never a 500', async () => {
    expect((await request(stack.url).get('/api/v1/projects/%00')).status).toBe(404);
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    await officerA.post(`/api/v1/workspace/projects/${created.id}/submit`);
    const rejected = await editor.post(`/api/v1/workspace/projects/${created.id}/reject`, { comment: 'x\u0000 <img src=x onerror=alert(1)>' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.reviewComment).toBe('x');
  });
});

describe('public read API', () => {
  it('lists only published and awarded projects, paginated, newest first', async () => {
    const page = (await request(stack.url).get('/api/v1/projects?pageSize=5&page=2')).body;
    expect(page).toMatchObject({ page: 2, pageSize: 5 });
    expect(page.items).toHaveLength(5);
    const all = (await request(stack.url).get('/api/v1/projects?pageSize=100')).body;
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE status IN ('published', 'awarded')`);
    expect(all.total).toBe(n);
    expect(all.items.every((p: { status: string }) => ['published', 'awarded'].includes(p.status))).toBe(true);
    const dates = all.items.map((p: { publishedAt: string }) => p.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters by sector, unit and department codes', async () => {
    const wind = (await request(stack.url).get('/api/v1/projects?sector=wind-power&pageSize=100')).body;
    expect(wind.total).toBeGreaterThan(0);
    expect(wind.items.every((p: { sectors: { code: string }[] }) => p.sectors.some((s) => s.code === 'wind-power'))).toBe(true);
    const kcn = (await request(stack.url).get('/api/v1/projects?department=BQLKCN&pageSize=100')).body;
    expect(kcn.items.every((p: { department: { code: string } }) => p.department.code === 'BQLKCN')).toBe(true);
  });

  it('falls back to Vietnamese with a flag when English is missing', async () => {
    const created = (await officerA.post('/api/v1/workspace/projects', body())).body;
    await officerA.post(`/api/v1/workspace/projects/${created.id}/submit`);
    await publish(editor, created.id);
    const en = (await request(stack.url).get(`/api/v1/projects/${created.slug}?lang=en`)).body;
    expect(en.lang).toBe('en');
    expect(en.title).toBe(created.title.vi);
    expect(en.summary).toBe('Project summary');
    expect(en.untranslated).toEqual(expect.arrayContaining(['title', 'description']));
    expect(en.untranslated).not.toContain('summary');
    expect(en.capital).toMatchObject({ vnd: '1250000000000', vndPerUsd: 25400 });
    expect(en.capital.usd).toBe(Math.round(1250000000000 / 25400));
    const vi = (await request(stack.url).get(`/api/v1/projects/${created.slug}`)).body;
    expect(vi.untranslated).toEqual([]);
  });

  it('sends Cache-Control and an ETag, and answers 304 when nothing changed', async () => {
    const first = await request(stack.url).get('/api/v1/projects?pageSize=3');
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    expect(first.headers.etag).toBeTruthy();
    const again = await request(stack.url).get('/api/v1/projects?pageSize=3').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
  });

  it('rejects bad paging and languages with field details', async () => {
    const res = await request(stack.url).get('/api/v1/projects?page=0&pageSize=1000&lang=fr');
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['lang', 'page', 'pageSize']);
  });

  it('policies: published only, with legal basis, filterable by incentive type', async () => {
    const list = (await request(stack.url).get('/api/v1/policies?pageSize=100&lang=en')).body;
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM policies WHERE status = 'published'`);
    expect(list.total).toBe(n);
    const investmentLaw = list.items.find((p: { legalBasis: { number: string } }) => p.legalBasis.number === '61/2020/QH14');
    expect(investmentLaw).toBeDefined();
    const land = (await request(stack.url).get('/api/v1/policies?incentiveType=land_rent&pageSize=100')).body;
    expect(land.total).toBeGreaterThan(0);
    expect(land.items.every((p: { incentiveTypes: string[] }) => p.incentiveTypes.includes('land_rent'))).toBe(true);
    const one = (await request(stack.url).get(`/api/v1/policies/${investmentLaw.slug}?lang=en`)).body;
    expect(one.body).toMatch(/<p>|<ul>/);
  });

  it('the demo data set is what the issue asks for', async () => {
    const stale = await stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE status = 'published' AND last_verified_at < now() - interval '90 days'`);
    const noEnglish = await stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE status = 'published' AND description->>'en' IS NULL`);
    const outside = await stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE lat NOT BETWEEN 9.2 AND 9.9 OR lng NOT BETWEEN 105.5 AND 106.3`);
    const [{ n: projects }] = await stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE code NOT LIKE 'WF-%'`);
    const [{ n: policies }] = await stack.db.query(`SELECT count(*)::int AS n FROM policies`);
    expect(projects).toBeGreaterThanOrEqual(40);
    expect(policies).toBeGreaterThanOrEqual(10);
    expect(stale[0].n).toBeGreaterThan(0);
    expect(noEnglish[0].n).toBeGreaterThan(0);
    expect(outside[0].n).toBe(0);
  });
});
