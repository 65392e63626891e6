import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';
import { CONSENT } from '@invest-portal/backend/inquiries/consent.js';

/**
 * Every route of the API (read from the spec the API serves) × every kind of caller × objects owned
 * by department A and by department B. Each cell sets up a fresh object in the state the action
 * needs, calls the route, and expects 2xx exactly where the table below allows it; everywhere else
 * 401 (anonymous on a signed-in route), 403 or 404 — and the object unchanged.
 */
type Who = 'anonymous' | 'officerA' | 'officerB' | 'editor' | 'admin';
type Owner = 'A' | 'B';
const WHO: Who[] = ['anonymous', 'officerA', 'officerB', 'editor', 'admin'];

interface Ctx {
  db: TestStack['db'];
  admin: Client;
  clients: Record<Who, Client>;
  dept: Record<Owner, string>;
  sectorId: string;
  unitId: string;
}

interface Outcome {
  res: request.Response;
  /** Read back after the call: must be unchanged when the call was refused. */
  probe?: () => Promise<unknown>;
  before?: unknown;
}

interface Case {
  byOwner: boolean;
  allowed: (who: Who, owner: Owner) => boolean;
  run: (client: Client, owner: Owner, ctx: Ctx, who: Who) => Promise<Outcome>;
}

let seq = 0;
const code = (prefix: string) => `${prefix}-${++seq}`;
const anyone = () => true;
const signedIn = (who: Who) => who !== 'anonymous';
const adminOnly = (who: Who) => who === 'admin';
const board = (who: Who) => who === 'editor' || who === 'admin';
const ownOfficer = (who: Who, owner: Owner) => (who === 'officerA' && owner === 'A') || (who === 'officerB' && owner === 'B');
const ownOfficerOrAdmin = (who: Who, owner: Owner) => ownOfficer(who, owner) || who === 'admin';
const ownOfficerOrBoard = (who: Who, owner: Owner) => ownOfficer(who, owner) || board(who);

type Kind = 'projects' | 'policies';
const STEPS: Record<string, string[]> = {
  draft: [],
  submitted: ['submit'],
  published: ['submit', 'publish'],
};

function projectBody(ctx: Ctx, owner: Owner) {
  return {
    code: code('MX-P'),
    departmentId: ctx.dept[owner],
    title: { vi: 'Dự án thử quyền', en: 'Permission test project' },
    summary: { vi: 'Tóm tắt', en: 'Summary' },
    description: { vi: 'Mô tả', en: 'Description' },
    sectorIds: [ctx.sectorId],
    unitId: ctx.unitId,
    location: { lat: 9.6, lng: 105.97 },
  };
}

function policyBody(ctx: Ctx, owner: Owner) {
  return {
    code: code('MX-C'),
    departmentId: ctx.dept[owner],
    title: { vi: 'Chính sách thử quyền', en: 'Permission test policy' },
    summary: { vi: 'Tóm tắt', en: 'Summary' },
    body: { vi: '<p>Nội dung</p>', en: '<p>Body</p>' },
    legalBasis: { number: '61/2020/QH14', issuer: { vi: 'Quốc hội', en: 'National Assembly' }, date: '2020-06-17' },
    incentiveTypes: ['land_rent'],
  };
}

function inquiryBody() {
  return {
    name: 'Kim Min-jun',
    country: 'KR',
    email: `investor-${++seq}@example.org`,
    preferredLang: 'en',
    message: 'Is the site of this project already cleared?',
    consent: true,
    consentVersion: CONSENT.version,
  };
}

/** A fresh inquiry's tracking token; `answered` puts it where it can be rated. */
async function makeInquiry(ctx: Ctx, answered: boolean): Promise<string> {
  const res = await new Client(ctx.admin.baseUrl).post('/api/v1/inquiries', inquiryBody());
  if (res.status !== 201) throw new Error(`setup: inquiry ${res.status} ${JSON.stringify(res.body)}`);
  if (answered) await ctx.db.query(`UPDATE inquiries SET status = 'answered' WHERE reference = $1`, [res.body.reference]);
  return res.body.token;
}

/** An inquiry about a fresh published project of department `owner`: it lands in that department's inbox. */
async function ownedInquiry(ctx: Ctx, owner: Owner): Promise<string> {
  const project = await make(ctx, 'projects', owner, 'published');
  const res = await new Client(ctx.admin.baseUrl).post('/api/v1/inquiries', { ...inquiryBody(), subject: { type: 'project', slug: project.slug } });
  if (res.status !== 201) throw new Error(`setup: inquiry ${res.status} ${JSON.stringify(res.body)}`);
  return (await ctx.db.query(`SELECT id FROM inquiries WHERE reference = $1`, [res.body.reference]))[0].id;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

async function make(ctx: Ctx, kind: Kind, owner: Owner, state: keyof typeof STEPS): Promise<{ id: string; slug: string; version: number }> {
  const created = await ctx.admin.post(`/api/v1/workspace/${kind}`, kind === 'projects' ? projectBody(ctx, owner) : policyBody(ctx, owner));
  if (created.status !== 201) throw new Error(`setup: create ${kind} ${created.status} ${JSON.stringify(created.body)}`);
  let last = created;
  for (const step of STEPS[state]!) {
    last = await ctx.admin.post(`/api/v1/workspace/${kind}/${created.body.id}/${step}`, step === 'publish' ? { version: last.body.version } : {});
    if (last.status !== 200) throw new Error(`setup: ${step} ${last.status} ${JSON.stringify(last.body)}`);
  }
  return { id: created.body.id, slug: created.body.slug, version: last.body.version };
}

async function makeDocument(ctx: Ctx, kind: Kind, owner: Owner): Promise<string> {
  const item = await make(ctx, kind, owner, 'draft');
  const res = await ctx.admin.send('post', `/api/v1/workspace/${kind}/${item.id}/documents`, undefined, {
    attach: { field: 'file', buffer: PDF, filename: 'ho-so.pdf' },
    fields: { titleVi: 'Hồ sơ' },
  });
  if (res.status !== 201) throw new Error(`setup: upload ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

function stateOf(ctx: Ctx, kind: Kind, id: string) {
  return async () => {
    const res = await ctx.admin.get(`/api/v1/workspace/${kind}/${id}`);
    return res.status === 200 ? { status: res.body.status, version: res.body.version, documents: res.body.documents.length } : res.status;
  };
}

/** A workspace action on a fresh item in `state`. */
function itemAction(kind: Kind, state: keyof typeof STEPS, allowed: Case['allowed'], call: (c: Client, item: { id: string; version: number }) => Promise<request.Response>): Case {
  return {
    byOwner: true,
    allowed,
    run: async (client, owner, ctx) => {
      const item = await make(ctx, kind, owner, state);
      const probe = stateOf(ctx, kind, item.id);
      const before = await probe();
      return { res: await call(client, item), probe, before };
    },
  };
}

function workflowCases(kind: Kind): Record<string, Case> {
  const base = `/api/v1/workspace/${kind}`;
  const cases: Record<string, Case> = {
    [`GET /api/v1/${kind}`]: { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get(`/api/v1/${kind}`) }) },
    [`GET /api/v1/${kind}/{slug}`]: {
      byOwner: true,
      allowed: anyone,
      run: async (c, owner, ctx) => ({ res: await c.get(`/api/v1/${kind}/${(await make(ctx, kind, owner, 'published')).slug}?lang=en`) }),
    },
    [`GET ${base}`]: { byOwner: false, allowed: signedIn, run: async (c) => ({ res: await c.get(base) }) },
    [`POST ${base}`]: {
      byOwner: true,
      // Officers create for their own department only; naming another is refused.
      allowed: ownOfficerOrAdmin,
      run: async (c, owner, ctx) => {
        const body = kind === 'projects' ? projectBody(ctx, owner) : policyBody(ctx, owner);
        const table = kind === 'projects' ? 'projects' : 'policies';
        const count = async () => (await ctx.admin.get(`${base}?pageSize=1`)).body.total ?? table;
        const before = await count();
        return { res: await c.post(base, body), probe: count, before };
      },
    },
    [`GET ${base}/{id}`]: itemAction(kind, 'draft', ownOfficerOrBoard, (c, i) => c.get(`${base}/${i.id}`)),
    [`GET ${base}/{id}/changes`]: itemAction(kind, 'published', ownOfficerOrBoard, (c, i) => c.get(`${base}/${i.id}/changes`)),
    [`PATCH ${base}/{id}`]: itemAction(kind, 'draft', ownOfficerOrAdmin, (c, i) =>
      c.patch(`${base}/${i.id}`, { version: i.version, summary: { vi: 'Tóm tắt mới', en: 'New summary' } }),
    ),
    [`DELETE ${base}/{id}`]: itemAction(kind, 'draft', ownOfficerOrAdmin, (c, i) => c.delete(`${base}/${i.id}`)),
    [`POST ${base}/{id}/submit`]: itemAction(kind, 'draft', ownOfficerOrAdmin, (c, i) => c.post(`${base}/${i.id}/submit`)),
    [`POST ${base}/{id}/publish`]: itemAction(kind, 'submitted', board, (c, i) => c.post(`${base}/${i.id}/publish`, { version: i.version })),
    [`POST ${base}/{id}/reject`]: itemAction(kind, 'submitted', board, (c, i) => c.post(`${base}/${i.id}/reject`, { comment: 'Bổ sung hồ sơ' })),
    [`POST ${base}/{id}/unpublish`]: itemAction(kind, 'published', board, (c, i) => c.post(`${base}/${i.id}/unpublish`)),
    [`POST ${base}/{id}/archive`]: itemAction(kind, 'published', board, (c, i) => c.post(`${base}/${i.id}/archive`)),
    [`POST ${base}/{id}/documents`]: itemAction(kind, 'draft', ownOfficerOrAdmin, (c, i) =>
      c.send('post', `${base}/${i.id}/documents`, undefined, {
        attach: { field: 'file', buffer: PDF, filename: 'ban-do.pdf' },
        fields: { titleVi: 'Bản đồ' },
      }),
    ),
  };
  if (kind === 'projects') {
    cases[`POST ${base}/{id}/award`] = itemAction(kind, 'published', board, (c, i) => c.post(`${base}/${i.id}/award`));
    cases[`POST ${base}/{id}/verify`] = itemAction(kind, 'published', ownOfficerOrBoard, (c, i) => c.post(`${base}/${i.id}/verify`));
    cases[`POST ${base}/{id}/feature`] = itemAction(kind, 'published', board, (c, i) => c.post(`${base}/${i.id}/feature`, { featured: true }));
    cases[`GET ${base}/{id}/quality`] = itemAction(kind, 'published', ownOfficerOrBoard, (c, i) => c.get(`${base}/${i.id}/quality`));
    cases[`GET ${base}/{id}/incentives`] = itemAction(kind, 'draft', ownOfficerOrBoard, (c, i) => c.get(`${base}/${i.id}/incentives`));
    cases[`GET /api/v1/projects/{slug}/incentives`] = {
      byOwner: true,
      allowed: anyone,
      run: async (c, owner, ctx) => ({ res: await c.get(`/api/v1/projects/${(await make(ctx, kind, owner, 'published')).slug}/incentives?lang=en`) }),
    };
  }
  cases[`POST ${base}/{id}/english-reviewed`] = {
    byOwner: true,
    allowed: board,
    run: async (c, owner, ctx) => {
      const item = await make(ctx, kind, owner, 'draft');
      const probe = async () => (await ctx.db.query(`SELECT english_reviewed_version AS v FROM ${kind} WHERE id = $1`, [item.id]))[0].v;
      return { res: await c.post(`${base}/${item.id}/english-reviewed`, { version: item.version }), probe, before: await probe() };
    },
  };
  return cases;
}

const CASES: Record<string, Case> = {
  'GET /health': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/health') }) },
  'GET /ready': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/ready') }) },
  'GET /api/v1/settings/public': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/api/v1/settings/public') }) },
  'POST /api/v1/auth/login': {
    byOwner: false,
    allowed: anyone,
    run: async (_c, _o, ctx, who) => {
      const creds = who === 'anonymous' ? DEMO.editor : DEMO[who];
      return { res: await new Client(ctx.admin.baseUrl).post('/api/v1/auth/login', creds) };
    },
  },
  'POST /api/v1/auth/logout': {
    byOwner: false,
    allowed: signedIn,
    run: async (_c, _o, ctx, who) => {
      // A session of its own, so the shared one survives.
      const fresh = new Client(ctx.admin.baseUrl);
      if (who !== 'anonymous') await fresh.signIn(DEMO[who].email, DEMO[who].password);
      return { res: await fresh.post('/api/v1/auth/logout') };
    },
  },
  'GET /api/v1/auth/me': { byOwner: false, allowed: signedIn, run: async (c) => ({ res: await c.get('/api/v1/auth/me') }) },
  'GET /api/v1/users': { byOwner: false, allowed: adminOnly, run: async (c) => ({ res: await c.get('/api/v1/users') }) },
  'POST /api/v1/users': {
    byOwner: false,
    allowed: adminOnly,
    run: async (c) => ({ res: await c.post('/api/v1/users', { email: `${code('u')}@example.org`, displayName: 'X', password: 'a-long-password-1', role: 'editor' }) }),
  },
  'POST /api/v1/users/invite': {
    byOwner: false,
    allowed: adminOnly,
    run: async (c) => ({ res: await c.post('/api/v1/users/invite', { email: `${code('inv')}@example.org`, displayName: 'Invited', role: 'editor' }) }),
  },
  'POST /api/v1/auth/invitations/{token}': {
    byOwner: false,
    // The token is the permission: whoever holds the mailed link sets the password.
    allowed: anyone,
    run: async (c, _o, ctx) => {
      const email = `${code('inv')}@example.org`;
      const invited = await ctx.admin.post('/api/v1/users/invite', { email, displayName: 'Invited', role: 'editor' });
      if (invited.status !== 201) throw new Error(`setup: invite ${invited.status}`);
      const [{ body_text }] = await ctx.db.query(`SELECT body_text FROM mail_outbox WHERE to_address = $1 ORDER BY id DESC LIMIT 1`, [email]);
      const token = /\/workspace\/invite\/([A-Za-z0-9_-]{43})/.exec(body_text)![1];
      return { res: await c.post(`/api/v1/auth/invitations/${token}`, { password: 'a-long-password-2' }) };
    },
  },
  'PATCH /api/v1/users/{id}': {
    byOwner: false,
    allowed: adminOnly,
    run: async (c, _o, ctx) => {
      const u = await ctx.admin.post('/api/v1/users', { email: `${code('u')}@example.org`, displayName: 'X', password: 'a-long-password-1', role: 'editor' });
      return { res: await c.patch(`/api/v1/users/${u.body.id}`, { displayName: 'Y' }) };
    },
  },
  'GET /api/v1/departments': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/api/v1/departments') }) },
  'POST /api/v1/departments': {
    byOwner: false,
    allowed: adminOnly,
    run: async (c) => ({ res: await c.post('/api/v1/departments', { code: code('D'), nameVi: 'Đơn vị thử', kind: 'other' }) }),
  },
  'PATCH /api/v1/departments/{id}': {
    byOwner: true,
    allowed: adminOnly,
    run: async (c, owner, ctx) => ({ res: await c.patch(`/api/v1/departments/${ctx.dept[owner]}`, { address: { vi: 'Số 1 đường Trần Hưng Đạo' } }) }),
  },
  'GET /api/v1/taxonomies': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/api/v1/taxonomies') }) },
  ...Object.fromEntries(
    (['sectors', 'investment-forms', 'units'] as const).flatMap((t) => {
      const body = () => ({ code: code('t').toLowerCase(), nameVi: 'Thử', ...(t === 'units' ? { kind: 'commune' } : {}) });
      return [
        [`POST /api/v1/taxonomies/${t}`, { byOwner: false, allowed: adminOnly, run: async (c: Client) => ({ res: await c.post(`/api/v1/taxonomies/${t}`, body()) }) }],
        [
          `PATCH /api/v1/taxonomies/${t}/{id}`,
          {
            byOwner: false,
            allowed: adminOnly,
            run: async (c: Client, _o: Owner, ctx: Ctx) => {
              const created = await ctx.admin.post(`/api/v1/taxonomies/${t}`, body());
              return { res: await c.patch(`/api/v1/taxonomies/${t}/${created.body.id}`, { nameEn: 'Test' }) };
            },
          },
        ],
      ];
    }),
  ) as Record<string, Case>,
  ...workflowCases('projects'),
  ...workflowCases('policies'),
  'DELETE /api/v1/workspace/documents/{id}': {
    byOwner: true,
    allowed: ownOfficerOrAdmin,
    run: async (c, owner, ctx) => {
      const id = await makeDocument(ctx, 'projects', owner);
      const probe = async () => (await ctx.admin.get(`/api/v1/documents/${id}`)).status;
      return { res: await c.delete(`/api/v1/workspace/documents/${id}`), probe, before: await probe() };
    },
  },
  'GET /api/v1/documents/{id}': {
    byOwner: true,
    // The owner is a draft here: not public, so only its department and the board may read it.
    allowed: ownOfficerOrBoard,
    run: async (c, owner, ctx) => ({ res: await c.get(`/api/v1/documents/${await makeDocument(ctx, 'policies', owner)}`) }),
  },
  'GET /api/v1/search/projects': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/api/v1/search/projects?q=dien%20gio') }) },
  'GET /api/v1/search/projects/map': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/api/v1/search/projects/map?sector=energy') }) },
  ...Object.fromEntries(
    ['/feeds/projects.rss', '/feeds/projects.atom', '/feeds/policies.rss', '/feeds/policies.atom', '/api/v1/projects.geojson', '/api/v1/projects.csv'].map((url) => [
      `GET ${url}`,
      { byOwner: false, allowed: anyone, run: async (c: Client) => ({ res: await c.get(url) }) },
    ]),
  ) as Record<string, Case>,
  ...Object.fromEntries(
    ['/embed/projects', '/embed/map', '/embed/policies', '/embed/search'].map((url) => [
      `GET ${url}`,
      { byOwner: false, allowed: anyone, run: async (c: Client) => ({ res: await c.get(url) }) },
    ]),
  ) as Record<string, Case>,
  'GET /api/v1/oembed': {
    byOwner: false,
    allowed: anyone,
    run: async (c, _o, ctx) => {
      const [p] = await ctx.db.query(`SELECT slug FROM projects WHERE status = 'published' LIMIT 1`);
      return { res: await c.get(`/api/v1/oembed?url=${encodeURIComponent(`${stack.config.publicUrl}/vi/projects/${p.slug}`)}`) };
    },
  },
  'GET /api/v1/stats': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/api/v1/stats') }) },
  'POST /api/v1/analytics/views': {
    byOwner: false,
    allowed: anyone,
    run: async (c, _o, ctx) => {
      const [p] = await ctx.db.query(`SELECT slug FROM projects WHERE status = 'published' LIMIT 1`);
      return { res: await c.post('/api/v1/analytics/views', { kind: 'project', slug: p.slug }) };
    },
  },
  'GET /api/v1/analytics/summary': {
    byOwner: true,
    allowed: ownOfficerOrBoard,
    run: async (c, owner) => ({ res: await c.get(`/api/v1/analytics/summary?from=2026-11-01&to=2026-11-30&department=${owner === 'A' ? 'STC' : 'BQLKCN'}`) }),
  },
  'GET /api/v1/inquiries/form': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/api/v1/inquiries/form') }) },
  'POST /api/v1/inquiries': {
    byOwner: false,
    allowed: anyone,
    run: async (c, _o, ctx) => {
      const count = async () => (await ctx.db.query(`SELECT count(*)::int AS n FROM inquiries`))[0].n;
      const before = await count();
      return { res: await c.post('/api/v1/inquiries', inquiryBody()), probe: count, before };
    },
  },
  'GET /api/v1/inquiries/track/{token}': {
    byOwner: false,
    // The token is the permission: whoever holds the link may read it, signed in or not.
    allowed: anyone,
    run: async (c, _o, ctx) => ({ res: await c.get(`/api/v1/inquiries/track/${await makeInquiry(ctx, false)}`) }),
  },
  'POST /api/v1/inquiries/track/{token}/rating': {
    byOwner: false,
    allowed: anyone,
    run: async (c, _o, ctx) => ({ res: await c.post(`/api/v1/inquiries/track/${await makeInquiry(ctx, true)}/rating`, { score: 4 }) }),
  },
  'GET /api/v1/workspace/inquiries': { byOwner: false, allowed: signedIn, run: async (c) => ({ res: await c.get('/api/v1/workspace/inquiries') }) },
  'GET /api/v1/workspace/inquiries/{id}': {
    byOwner: true,
    allowed: ownOfficerOrBoard,
    run: async (c, owner, ctx) => ({ res: await c.get(`/api/v1/workspace/inquiries/${await ownedInquiry(ctx, owner)}`) }),
  },
  ...Object.fromEntries(
    (
      [
        ['assign', { assigneeId: null }],
        ['reply', { body: 'Mặt bằng đã sẵn sàng.' }],
        ['notes', { body: 'Gọi lại cho nhà đầu tư.' }],
        ['status', { status: 'acknowledged' }],
      ] as const
    ).map(([action, body]) => [
      `POST /api/v1/workspace/inquiries/{id}/${action}`,
      {
        byOwner: true,
        allowed: ownOfficerOrBoard,
        run: async (c: Client, owner: Owner, ctx: Ctx) => {
          const id = await ownedInquiry(ctx, owner);
          const probe = async () =>
            (await ctx.db.query(`SELECT status, (SELECT count(*)::int FROM inquiry_notes WHERE inquiry_id = $1) AS notes FROM inquiries WHERE id = $1`, [id]))[0];
          return { res: await c.post(`/api/v1/workspace/inquiries/${id}/${action}`, body), probe, before: await probe() };
        },
      },
    ]),
  ) as Record<string, Case>,
  'GET /api/v1/workspace/mail/dev': { byOwner: false, allowed: adminOnly, run: async (c) => ({ res: await c.get('/api/v1/workspace/mail/dev') }) },
  'GET /api/v1/workspace/mail/stats': { byOwner: false, allowed: adminOnly, run: async (c) => ({ res: await c.get('/api/v1/workspace/mail/stats') }) },
  'GET /api/v1/workspace/settings/inquiries': { byOwner: false, allowed: board, run: async (c) => ({ res: await c.get('/api/v1/workspace/settings/inquiries') }) },
  'PUT /api/v1/workspace/settings/inquiries': {
    byOwner: false,
    allowed: adminOnly,
    run: async (c, _o, ctx) => {
      const probe = async () => (await ctx.db.query(`SELECT count(*)::int AS n FROM portal_settings`))[0].n;
      const before = await probe();
      const res = await c.send('put', '/api/v1/workspace/settings/inquiries', { responseDays: 2, holidays: ['2027-01-01'], intakeDepartment: 'TTXTDT' });
      // Reset, so the next allowed caller changes something again and refusals are visible.
      await ctx.db.query(`DELETE FROM portal_settings`);
      return { res, probe, before };
    },
  },
  'GET /api/v1/workspace/settings/portal': { byOwner: false, allowed: board, run: async (c) => ({ res: await c.get('/api/v1/workspace/settings/portal') }) },
  'PUT /api/v1/workspace/settings/portal': {
    byOwner: false,
    allowed: adminOnly,
    run: async (c, _o, ctx) => {
      const probe = async () => (await ctx.db.query(`SELECT count(*)::int AS n FROM portal_settings WHERE key = 'portal'`))[0].n;
      const before = await probe();
      const current = (await ctx.admin.get('/api/v1/workspace/settings/portal')).body;
      const res = await c.send('put', '/api/v1/workspace/settings/portal', current);
      await ctx.db.query(`DELETE FROM portal_settings WHERE key = 'portal'`);
      return { res, probe, before };
    },
  },
  'POST /api/v1/workspace/privacy/export': { byOwner: false, allowed: adminOnly, run: async (c) => ({ res: await c.post('/api/v1/workspace/privacy/export', { email: 'someone@example.org' }) }) },
  'POST /api/v1/workspace/privacy/erase': {
    byOwner: false,
    allowed: adminOnly,
    run: async (c, _o, ctx) => {
      const body = inquiryBody();
      await new Client(ctx.admin.baseUrl).post('/api/v1/inquiries', body);
      const probe = async () => (await ctx.db.query(`SELECT count(*)::int AS n FROM inquiries WHERE email = $1`, [body.email]))[0].n;
      return { res: await c.post('/api/v1/workspace/privacy/erase', { email: body.email }), probe, before: await probe() };
    },
  },
  'GET /api/v1/search/policies': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/api/v1/search/policies?q=dat') }) },
  'GET /api/v1/search/suggest': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/api/v1/search/suggest?q=kcn') }) },
  'GET /api/v1/search': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/api/v1/search?q=cang') }) },
  'GET /api/v1/search/sync': { byOwner: false, allowed: adminOnly, run: async (c) => ({ res: await c.get('/api/v1/search/sync') }) },
  'POST /api/v1/search/sync/retry-parked': { byOwner: false, allowed: adminOnly, run: async (c) => ({ res: await c.post('/api/v1/search/sync/retry-parked') }) },
  'POST /api/v1/search/rebuild': { byOwner: false, allowed: adminOnly, run: async (c) => ({ res: await c.post('/api/v1/search/rebuild') }) },
  'POST /api/v1/search/check': { byOwner: false, allowed: adminOnly, run: async (c) => ({ res: await c.post('/api/v1/search/check', { repair: false }) }) },
  'GET /api/v1/projects/{slug}/news': {
    byOwner: false,
    allowed: anyone,
    run: async (c, _o, ctx) => {
      const [p] = await ctx.db.query(`SELECT slug FROM projects WHERE status = 'published' ORDER BY code LIMIT 1`);
      return { res: await c.get(`/api/v1/projects/${p.slug}/news`) };
    },
  },
  'GET /api/v1/policies/{slug}/news': {
    byOwner: false,
    allowed: anyone,
    run: async (c, _o, ctx) => {
      const [p] = await ctx.db.query(`SELECT slug FROM policies WHERE status = 'published' ORDER BY code LIMIT 1`);
      return { res: await c.get(`/api/v1/policies/${p.slug}/news`) };
    },
  },
  // No feeds are configured here: a pass is immediate and fetches nothing.
  'POST /api/v1/workspace/news/ingest': { byOwner: false, allowed: adminOnly, run: async (c) => ({ res: await c.post('/api/v1/workspace/news/ingest') }) },
  'GET /api/v1/workspace/news/feeds': { byOwner: false, allowed: adminOnly, run: async (c) => ({ res: await c.get('/api/v1/workspace/news/feeds') }) },
  'GET /api/v1/workspace/projects/{id}/news': {
    byOwner: true,
    allowed: board,
    run: async (c, owner, ctx) => ({ res: await c.get(`/api/v1/workspace/projects/${(await make(ctx, 'projects', owner, 'published')).id}/news?q=dien`) }),
  },
  'PUT /api/v1/workspace/projects/{id}/news/{newsId}': {
    byOwner: true,
    allowed: board,
    run: async (c, owner, ctx) => {
      const project = await make(ctx, 'projects', owner, 'published');
      const [news] = await ctx.db.query(`SELECT id FROM news_items ORDER BY published_at DESC LIMIT 1`);
      const probe = async () => (await ctx.db.query(`SELECT state FROM project_news WHERE project_id = $1`, [project.id])).map((r: { state: string }) => r.state);
      return { res: await c.send('put', `/api/v1/workspace/projects/${project.id}/news/${news.id}`, { state: 'pinned' }), probe, before: await probe() };
    },
  },
  'GET /api/v1/scoring/departments': { byOwner: false, allowed: board, run: async (c) => ({ res: await c.get('/api/v1/scoring/departments?from=2026-07-01&to=2026-09-30&format=csv') }) },
  'GET /api/v1/scoring/departments/{code}': { byOwner: true, allowed: board, run: async (c, owner) => ({ res: await c.get(`/api/v1/scoring/departments/${owner === 'A' ? 'STC' : 'BQLKCN'}?from=2026-07-01&to=2026-09-30`) }) },
  'GET /api/v1/scoring/reply-times': { byOwner: false, allowed: anyone, run: async (c) => ({ res: await c.get('/api/v1/scoring/reply-times?from=2026-07-01&to=2026-09-30') }) },
  'GET /api/v1/workspace/settings/scoring': { byOwner: false, allowed: board, run: async (c) => ({ res: await c.get('/api/v1/workspace/settings/scoring') }) },
  'PUT /api/v1/workspace/settings/scoring': {
    byOwner: false,
    allowed: adminOnly,
    run: async (c, _o, ctx) => {
      const probe = async () => (await ctx.db.query(`SELECT count(*)::int AS n FROM portal_settings WHERE key = 'scoring'`))[0].n;
      const before = await probe();
      const current = (await ctx.admin.get('/api/v1/workspace/settings/scoring')).body;
      const res = await c.send('put', '/api/v1/workspace/settings/scoring', current);
      await ctx.db.query(`DELETE FROM portal_settings WHERE key = 'scoring'`);
      return { res, probe, before };
    },
  },
  'GET /api/v1/audit': {
    byOwner: true,
    allowed: board,
    run: async (c, owner, ctx) => ({ res: await c.get(`/api/v1/audit?objectType=project&objectId=${(await make(ctx, 'projects', owner, 'draft')).id}`) }),
  },
};

let stack: TestStack;
let ctx: Ctx;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  const clients = {} as Record<Who, Client>;
  for (const who of WHO) {
    clients[who] = new Client(stack.url);
    if (who !== 'anonymous') await clients[who].signIn(DEMO[who].email, DEMO[who].password);
  }
  const taxonomies = (await clients.anonymous.get('/api/v1/taxonomies')).body;
  const departments = (await clients.anonymous.get('/api/v1/departments')).body.items as { id: string; code: string }[];
  ctx = {
    db: stack.db,
    admin: clients.admin,
    clients,
    dept: { A: departments.find((d) => d.code === 'STC')!.id, B: departments.find((d) => d.code === 'BQLKCN')!.id },
    sectorId: taxonomies.sectors[0].id,
    unitId: taxonomies.units.find((u: { parentId: string | null }) => u.parentId !== null).id,
  };
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

it('the matrix covers every route the API serves, and nothing else', async () => {
  const spec = (await request(stack.url).get('/api/docs/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  const routes = Object.entries(spec.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
  expect(routes.sort()).toEqual(Object.keys(CASES).sort());
});

const cells = Object.entries(CASES).flatMap(([route, c]) =>
  WHO.flatMap((who) => (c.byOwner ? (['A', 'B'] as Owner[]) : (['A'] as Owner[])).map((owner) => ({ route, who, owner, c }))),
);

it(`every cell (${cells.length}) is allowed exactly where the table says`, async () => {
  const wrong: string[] = [];
  for (const { route, who, owner, c } of cells) {
    const expected = c.allowed(who, owner);
    const { res, probe, before } = await c.run(ctx.clients[who], owner, ctx, who);
    const label = `${route} as ${who}${c.byOwner ? ` on ${owner}'s object` : ''}`;
    const ok = res.status >= 200 && res.status < 300;
    if (expected && !ok) wrong.push(`${label}: expected 2xx, got ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
    if (!expected) {
      const refusedAs = who === 'anonymous' && !route.startsWith('GET /api/v1/documents') ? [401] : [401, 403, 404];
      if (!refusedAs.includes(res.status)) wrong.push(`${label}: expected ${refusedAs.join('/')}, got ${res.status}`);
      if (probe) {
        const after = await probe();
        if (JSON.stringify(after) !== JSON.stringify(before)) wrong.push(`${label}: refused but changed ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
      }
    }
  }
  expect(wrong).toEqual([]);
}, 600_000);
