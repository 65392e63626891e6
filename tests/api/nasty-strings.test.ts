import { DOMParser } from '@xmldom/xmldom';
import { CONSENT } from '@invest-portal/backend/inquiries/consent.js';
import request from 'supertest';
import { isDeepStrictEqual } from 'node:util';
import { Client, DEMO } from '../harness/session.js';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { captureLogs, errorBodyProblems } from './fuzz/checks.js';
import { ACTIVE_MARKUP, INJECTION, NASTY, OVERLONG, UNICODE, VIETNAMESE_NFC, VIETNAMESE_NFD, type Nasty } from './fuzz/nasty.js';

/**
 * A fixed corpus of hostile strings (tests/api/fuzz/nasty.ts) through every write path that takes
 * text and back out through every reader: each write is either refused with a clear 4xx and the
 * error body, or stored and returned consistently (the same on every read, NFC, well-formed, no
 * markup in plain-text fields); never a 5xx; never echoed unescaped into server-written HTML, feeds,
 * embed pages or oEmbed. Vietnamese typed in NFD is stored in NFC and found by an NFC search.
 */

let stack: TestStack;
let anonymous: Client;
let officer: Client;
let editor: Client;
let admin: Client;
let logs: ReturnType<typeof captureLogs>;
const ids = { sector: '', ward: '', province: '', ownDepartment: '' };

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  logs = captureLogs(stack.app);
  [anonymous, officer, editor, admin] = [new Client(stack.url), new Client(stack.url), new Client(stack.url), new Client(stack.url)];
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await admin.signIn(DEMO.admin.email, DEMO.admin.password);
  [{ id: ids.sector }] = await stack.db.query(`SELECT id FROM sectors ORDER BY code LIMIT 1`);
  [{ id: ids.ward }] = await stack.db.query(`SELECT id FROM administrative_units WHERE parent_id IS NOT NULL ORDER BY code LIMIT 1`);
  [{ id: ids.province }] = await stack.db.query(`SELECT id FROM administrative_units WHERE parent_id IS NULL ORDER BY code LIMIT 1`);
  [{ id: ids.ownDepartment }] = await stack.db.query(`SELECT department_id AS id FROM users WHERE email = $1`, [DEMO.officerA.email]);
}, 120_000);

afterAll(async () => {
  logs?.restore();
  await stack?.stop();
});

// ---------- judging ----------

type Res = request.Response;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a stored text as read back: not NFC, not well-formed, markup in plain text. */
function textProblems(value: unknown, plain: boolean): string[] {
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') return [];
  if (Array.isArray(value)) return value.flatMap((v) => textProblems(v, plain));
  if (typeof value === 'object') return Object.values(value).flatMap((v) => textProblems(v, plain));
  if (typeof value !== 'string') return [`not a string: ${JSON.stringify(value)}`];
  const problems: string[] = [];
  if (value !== value.normalize('NFC')) problems.push('not NFC');
  if (LONE_SURROGATE.test(value)) problems.push('lone surrogate');
  if (value.includes('\u0000')) problems.push('NUL');
  if (plain && /<[a-zA-Z!/?]/.test(value)) problems.push(`markup in plain text: ${value.slice(0, 80)}`);
  return problems;
}

class Findings {
  readonly list: string[] = [];

  /** A write's answer: a 4xx with the error body, or the status wanted. Returns whether it was accepted. */
  answer(where: string, nasty: Nasty, res: Res, accepted: number[] = [200, 201]): boolean {
    const label = `${where} ← ${nasty.label}`;
    if (res.status >= 500) {
      this.list.push(`${label}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      return false;
    }
    if (res.status >= 400) {
      const problems = errorBodyProblems(res.status, res.headers, res.text);
      if (problems.length) this.list.push(`${label}: ${res.status} error body: ${problems.join('; ')}`);
      return false;
    }
    if (!accepted.includes(res.status)) this.list.push(`${label}: unexpected ${res.status}`);
    return accepted.includes(res.status);
  }

  /**
   * Stored texts as two readers return them: equal, and clean. `plain`: markup is stripped on the
   * way in (projects, policies, names); inquiries keep the investor's words verbatim and rely on
   * escaping where they are shown, so they are checked for equality and encoding only.
   */
  same(where: string, nasty: Nasty, written: unknown, readBack: unknown, plain = true): void {
    const label = `${where} ← ${nasty.label}`;
    if (!isDeepStrictEqual(written, readBack)) {
      this.list.push(`${label}: read back ${JSON.stringify(readBack)?.slice(0, 120)} ≠ written ${JSON.stringify(written)?.slice(0, 120)}`);
    }
    for (const p of textProblems(readBack, plain)) this.list.push(`${label}: ${p}`);
  }

  check(): void {
    expect(this.list).toEqual([]);
  }
}

let serial = 0;
const nextCode = (prefix: string) => `NS-${prefix}-${++serial}`;

function projectBody(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const code = nextCode('P');
  return {
    code,
    title: { vi: `Dự án ${code}` },
    summary: { vi: 'Tóm tắt' },
    description: { vi: 'Mô tả' },
    sectorIds: [ids.sector],
    unitId: ids.ward,
    location: { lat: 9.6, lng: 105.97 },
    ...fields,
  };
}

function policyBody(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    code: nextCode('C'),
    title: { vi: 'Chính sách' },
    summary: { vi: 'Tóm tắt' },
    body: { vi: '<p>Nội dung</p>' },
    legalBasis: { number: '31/2021/NĐ-CP', issuer: { vi: 'Chính phủ' }, date: '2021-03-26' },
    incentiveTypes: ['land_rent'],
    ...fields,
  };
}

function inquiryBody(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Nhà đầu tư',
    country: 'KR',
    email: `ns.${++serial}@example.kr`,
    preferredLang: 'vi',
    message: 'Xin cho biết thêm về quỹ đất sạch.',
    consent: true,
    consentVersion: CONSENT.version,
    ...fields,
  };
}

/** At least `min` characters, so a length minimum does not hide what the string itself does. */
const atLeast = (s: string, min: number) => (s.length >= min ? s : `${s} — nội dung thêm`.padEnd(min, '.'));

/** encodeURIComponent that sends a lone surrogate as the (invalid) bytes a careless client would. */
function encode(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    out +=
      code >= 0xd800 && code <= 0xdfff
        ? [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('')
        : encodeURIComponent(ch);
  }
  return out;
}

async function publish(kind: 'projects' | 'policies', id: string): Promise<void> {
  const submitted = await officer.post(`/api/v1/workspace/${kind}/${id}/submit`);
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const published = await editor.post(`/api/v1/workspace/${kind}/${id}/publish`, { version: submitted.body.version });
  if (published.status !== 200) throw new Error(`publish failed: ${published.status} ${JSON.stringify(published.body)}`);
}

// ---------- every write path that takes text ----------

describe('nasty strings through every write path that takes text', () => {
  it('project create and edit: titles, texts, contact, slug', async () => {
    const f = new Findings();
    for (const nasty of NASTY) {
      const s = nasty.value;
      const created = await officer.post(
        '/api/v1/workspace/projects',
        projectBody({
          title: { vi: s, en: s },
          summary: { vi: atLeast(s, 1) },
          description: { vi: s, en: s },
          landStatus: { vi: s },
          contact: { name: s, position: { vi: s }, phone: null, email: null },
        }),
      );
      if (f.answer('project create', nasty, created, [201])) {
        const read = await officer.get(`/api/v1/workspace/projects/${created.body.id}`);
        for (const field of ['title', 'summary', 'description', 'landStatus'] as const) {
          f.same(`project ${field}`, nasty, created.body[field], read.body[field]);
          f.same(`project ${field}.vi`, nasty, created.body[field]?.vi, read.body[field]?.vi);
        }
        f.same('project contact', nasty, created.body.contact, read.body.contact);
      }
      // Edits go through their own DTO: an existing draft gets the string in every text field.
      const draft = (await officer.post('/api/v1/workspace/projects', projectBody())).body;
      const edited = await officer.patch(`/api/v1/workspace/projects/${draft.id}`, {
        version: draft.version,
        title: { vi: `Sửa ${s}`, en: s },
        infrastructure: { vi: s },
        timeline: { vi: s },
        objectives: { vi: s },
      });
      if (f.answer('project edit', nasty, edited)) {
        const read = await officer.get(`/api/v1/workspace/projects/${draft.id}`);
        for (const field of ['title', 'infrastructure', 'timeline', 'objectives'] as const) f.same(`project edit ${field}`, nasty, edited.body[field], read.body[field]);
      }
      const slugged = await officer.post('/api/v1/workspace/projects', projectBody({ slug: s }));
      if (f.answer('project slug', nasty, slugged, [201])) {
        expect({ slug: slugged.body.slug, nasty: nasty.label }).toEqual({ slug: expect.stringMatching(/^[a-z0-9-]{1,120}$/), nasty: nasty.label });
      }
    }
    f.check();
  }, 240_000);

  it('policy create and edit: titles, rich-text body, legal basis', async () => {
    const f = new Findings();
    for (const nasty of NASTY) {
      const s = nasty.value;
      const created = await officer.post(
        '/api/v1/workspace/policies',
        policyBody({
          title: { vi: s, en: s },
          summary: { vi: s },
          body: { vi: `<p>${s}</p><p>${s}</p>`, en: s },
          legalBasis: { number: '31/2021/NĐ-CP', issuer: { vi: s, en: s }, date: '2021-03-26' },
        }),
      );
      if (f.answer('policy create', nasty, created, [201])) {
        const read = await officer.get(`/api/v1/workspace/policies/${created.body.id}`);
        for (const field of ['title', 'summary', 'legalBasis'] as const) f.same(`policy ${field}`, nasty, created.body[field], read.body[field]);
        f.same('policy body', nasty, created.body.body, read.body.body, false);
        const html = String(read.body.body?.vi ?? '');
        if (/<script|\son\w+\s*=|(href|src)\s*=\s*"?\s*(javascript|data):/i.test(html)) f.list.push(`policy body ← ${nasty.label}: active content kept: ${html.slice(0, 120)}`);
      }
      const draft = (await officer.post('/api/v1/workspace/policies', policyBody())).body;
      const edited = await officer.patch(`/api/v1/workspace/policies/${draft.id}`, { version: draft.version, summary: { vi: s, en: s }, body: { vi: s } });
      if (f.answer('policy edit', nasty, edited)) {
        const read = await officer.get(`/api/v1/workspace/policies/${draft.id}`);
        f.same('policy edit summary', nasty, edited.body.summary, read.body.summary);
        f.same('policy edit body', nasty, edited.body.body, read.body.body, false);
      }
      f.answer('policy legal number', nasty, await officer.post('/api/v1/workspace/policies', policyBody({ legalBasis: { number: s, issuer: { vi: 'Chính phủ' }, date: '2021-03-26' } })), [201]);
    }
    f.check();
  }, 240_000);

  it('the inquiry form, the officer\'s reply and note, and the investor\'s rating comment', async () => {
    const f = new Findings();
    for (const nasty of NASTY) {
      const s = nasty.value;
      const sent = await anonymous.post('/api/v1/inquiries', inquiryBody({ name: atLeast(s, 2), organisation: s, message: atLeast(s, 10), phone: s }));
      const plainPhone = await anonymous.post('/api/v1/inquiries', inquiryBody({ name: atLeast(s, 2), organisation: s, message: atLeast(s, 10) }));
      f.answer('inquiry with phone', nasty, sent, [201]);
      if (!f.answer('inquiry', nasty, plainPhone, [201])) continue;
      const [{ id }] = await stack.db.query(`SELECT id FROM inquiries WHERE reference = $1`, [plainPhone.body.reference]);
      const read = (await admin.get(`/api/v1/workspace/inquiries/${id}`)).body;
      for (const field of ['name', 'organisation', 'message'] as const) {
        f.same(`inquiry ${field}`, nasty, read[field], (await admin.get(`/api/v1/workspace/inquiries/${id}`)).body[field], false);
      }
      const reply = await admin.post(`/api/v1/workspace/inquiries/${id}/reply`, { body: atLeast(s, 2) });
      if (f.answer('inquiry reply', nasty, reply, [200, 201])) {
        const tracked = await anonymous.get(`/api/v1/inquiries/track/${plainPhone.body.token}`);
        f.answer('tracking page after a reply', nasty, tracked);
        const inbox = (await admin.get(`/api/v1/workspace/inquiries/${id}`)).body;
        f.same('reply as tracked', nasty, inbox.replyLog?.[0]?.body, tracked.body.replies?.[0]?.body, false);
      }
      f.answer('inquiry note', nasty, await admin.post(`/api/v1/workspace/inquiries/${id}/notes`, { body: atLeast(s, 2) }), [200, 201]);
      f.answer('rating comment', nasty, await anonymous.post(`/api/v1/inquiries/track/${plainPhone.body.token}/rating`, { score: 4, comment: s }), [200, 201]);
    }
    f.check();
  }, 240_000);

  it('taxonomy and department names', async () => {
    const f = new Findings();
    for (const nasty of NASTY) {
      const s = nasty.value;
      const code = `ns-${++serial}`;
      const sector = await admin.post('/api/v1/taxonomies/sectors', { code, nameVi: s, nameEn: s });
      if (f.answer('sector', nasty, sector, [201])) {
        const listed = (await anonymous.get('/api/v1/taxonomies')).body.sectors.find((x: { id: string }) => x.id === sector.body.id);
        f.same('sector name', nasty, sector.body.name, listed?.name);
        f.answer('sector rename', nasty, await admin.patch(`/api/v1/taxonomies/sectors/${sector.body.id}`, { nameVi: `Đổi ${s}` }));
      }
      const unit = await admin.post('/api/v1/taxonomies/units', { code: `ns-u-${serial}`, nameVi: s, kind: 'ward', parentId: ids.province, legacyName: s });
      if (f.answer('unit', nasty, unit, [201])) {
        const listed = (await anonymous.get('/api/v1/taxonomies')).body.units.find((x: { id: string }) => x.id === unit.body.id);
        f.same('unit legacy name', nasty, unit.body.legacyName, listed?.legacyName);
      }
      f.answer('investment form', nasty, await admin.post('/api/v1/taxonomies/investment-forms', { code: `ns-f-${serial}`, nameVi: s }), [201]);
      const dept = await admin.post('/api/v1/departments', {
        code: `NS-D-${serial}`,
        nameVi: s,
        nameEn: s,
        kind: 'other',
        address: { vi: s },
        contacts: [{ name: s, position: { vi: s }, phone: null, email: null }],
      });
      if (f.answer('department', nasty, dept, [201])) {
        const listed = (await anonymous.get('/api/v1/departments')).body.items.find((x: { id: string }) => x.id === dept.body.id);
        f.same('department name', nasty, dept.body.name, listed?.name);
        f.same('department address', nasty, dept.body.address, listed?.address);
      }
      f.answer('user display name', nasty, await admin.post('/api/v1/users', {
        email: `ns.user.${serial}@example.vn`,
        displayName: s,
        password: 'Nasty-Password-2026!',
        role: 'editor',
      }), [201]);
    }
    f.check();
  }, 240_000);

  it('portal settings: map attribution and lists; the public settings never carry live markup', async () => {
    const f = new Findings();
    const original = (await admin.get('/api/v1/workspace/settings/portal')).body;
    try {
      for (const nasty of NASTY) {
        const s = nasty.value;
        const saved = await admin.send('put', '/api/v1/workspace/settings/portal', { ...original, map: { ...original.map, attribution: s } });
        if (f.answer('map attribution', nasty, saved)) {
          const shown = (await anonymous.get('/api/v1/settings/public')).body.map.attribution;
          // Leaflet writes the attribution as HTML: links may stay, nothing else that runs.
          f.same('map attribution', nasty, saved.body.map.attribution, shown, false);
          if (/<(?!\/?a[\s>])[a-zA-Z!/?]|\son\w+\s*=|href\s*=\s*"?\s*(javascript|data):/i.test(shown)) f.list.push(`map attribution ← ${nasty.label}: live markup served: ${shown.slice(0, 120)}`);
        }
        f.answer('embed allow-list', nasty, await admin.send('put', '/api/v1/workspace/settings/portal', { ...original, embedAllowList: [s] }));
        f.answer('news feed list', nasty, await admin.send('put', '/api/v1/workspace/settings/portal', { ...original, newsFeeds: [s] }));
        f.answer('map tile URL', nasty, await admin.send('put', '/api/v1/workspace/settings/portal', { ...original, map: { ...original.map, tileUrl: `https://t.example/{z}/{x}/{y}.png?${s}` } }));
        f.answer('holidays', nasty, await admin.send('put', '/api/v1/workspace/settings/inquiries', { responseDays: 2, holidays: [s], intakeDepartment: 'TTXTDT' }));
        f.answer('intake department', nasty, await admin.send('put', '/api/v1/workspace/settings/inquiries', { responseDays: 2, holidays: [], intakeDepartment: s }));
      }
    } finally {
      await admin.send('put', '/api/v1/workspace/settings/portal', original);
      await admin.send('put', '/api/v1/workspace/settings/inquiries', { responseDays: 2, holidays: [], intakeDepartment: 'TTXTDT' });
    }
    f.check();
  }, 240_000);

  it('search queries: every search answers 200 with the query echoed in NFC, or a clear 4xx', async () => {
    const f = new Findings();
    const searches = ['/api/v1/search/projects', '/api/v1/search/projects/map', '/api/v1/search/policies', '/api/v1/search/suggest', '/api/v1/search'];
    for (const nasty of NASTY) {
      for (const path of searches) {
        const res = await request(stack.url).get(`${path}?q=${encode(nasty.value)}&lang=vi`);
        // The query is echoed, not stored as text: NUL may come back (JSON escapes it); it must be NFC and well-formed.
        if (f.answer(`search ${path}`, nasty, res) && typeof res.body.q === 'string') {
          for (const p of textProblems(res.body.q.replaceAll('\u0000', ''), false)) f.list.push(`search ${path} ← ${nasty.label}: echoed q ${p}`);
        }
      }
    }
    f.check();
  }, 240_000);

  it('tracking tokens and slugs in URLs: API and pages answer 4xx or a page that does not echo them', async () => {
    const f = new Findings();
    for (const nasty of NASTY) {
      const e = encode(nasty.value);
      for (const path of [`/api/v1/inquiries/track/${e}`, `/api/v1/projects/${e}`, `/api/v1/policies/${e}`, `/api/v1/projects/${e}/incentives`, `/api/v1/projects/${e}/news`]) {
        f.answer(`GET ${path.replace(e, '…')}`, nasty, await request(stack.url).get(path), [200]);
      }
      f.answer('rating by token', nasty, await anonymous.post(`/api/v1/inquiries/track/${e}/rating`, { score: 5 }));
      f.answer('view count by slug', nasty, await anonymous.post('/api/v1/analytics/views', { kind: 'project', slug: nasty.value }), [200, 201, 202, 204]);
      f.answer('embed ?project=', nasty, await request(stack.url).get(`/embed/projects?project=${e}`), [200]);
      f.answer('oEmbed url', nasty, await request(stack.url).get(`/api/v1/oembed?url=${encode(`${stack.config.publicUrl}/vi/projects/${nasty.value}`)}`), [200]);
      for (const page of [`/vi/projects/${e}`, `/en/policies/${e}`, `/vi/inquiries/track/${e}`]) {
        const res = await request(stack.url).get(page);
        if (res.status >= 500) f.list.push(`page ${page} ← ${nasty.label}: ${res.status}`);
        else if (/text\/html/.test(res.headers['content-type'] ?? '')) {
          for (const p of htmlProblems(res.text)) f.list.push(`page ${page.replace(e, '…')} ← ${nasty.label}: ${p}`);
        }
      }
    }
    f.check();
  }, 240_000);

  it('overlong input: 1 MB fields and 10,000-item arrays are refused with the error body and write nothing', async () => {
    const f = new Findings();
    const count = async () => (await stack.db.query(`SELECT (SELECT count(*) FROM projects)::int + (SELECT count(*) FROM inquiries)::int + (SELECT count(*) FROM sectors)::int AS n`))[0].n;
    const before = await count();
    const cases: [string, () => Promise<Res>][] = [
      ['project title of 200 KB', () => officer.post('/api/v1/workspace/projects', projectBody({ title: { vi: OVERLONG.longField } }))],
      ['project description of 1 MB', () => officer.post('/api/v1/workspace/projects', projectBody({ description: { vi: OVERLONG.megabyte } }))],
      ['10,000 sector ids', () => officer.post('/api/v1/workspace/projects', projectBody({ sectorIds: OVERLONG.manyItems(ids.sector) }))],
      ['10,000 policy ids', () => officer.post('/api/v1/workspace/projects', projectBody({ policyIds: OVERLONG.manyItems(ids.sector) }))],
      ['10,000 land plot points', () => officer.post('/api/v1/workspace/projects', projectBody({ landPlot: { type: 'Polygon', coordinates: [OVERLONG.manyItems([105.9, 9.6])] } }))],
      ['inquiry message of 1 MB', () => anonymous.post('/api/v1/inquiries', inquiryBody({ message: OVERLONG.megabyte }))],
      ['inquiry message of 200 KB', () => anonymous.post('/api/v1/inquiries', inquiryBody({ message: OVERLONG.longField }))],
      ['sector name of 200 KB', () => admin.post('/api/v1/taxonomies/sectors', { code: 'ns-long', nameVi: OVERLONG.longField })],
      ['10,000 holidays', () => admin.send('put', '/api/v1/workspace/settings/inquiries', { responseDays: 2, holidays: OVERLONG.manyItems('2027-01-01'), intakeDepartment: 'TTXTDT' })],
      ['10,000 allow-list origins', async () => admin.send('put', '/api/v1/workspace/settings/portal', { ...(await admin.get('/api/v1/workspace/settings/portal')).body, embedAllowList: OVERLONG.manyItems('https://soctrang.gov.vn') })],
      ['search query of 200 KB', () => request(stack.url).post('/api/v1/search/projects').send({ q: OVERLONG.longField })],
      ['search query of 8 KB in the URL', () => request(stack.url).get(`/api/v1/search/projects?q=${'đ'.repeat(1300)}`)],
    ];
    for (const [label, run] of cases) {
      const res = await run();
      if (res.status < 400 || res.status >= 500) f.list.push(`${label}: expected a 4xx, got ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      else for (const p of errorBodyProblems(res.status, res.headers, res.text)) f.list.push(`${label}: ${p}`);
    }
    expect(await count()).toBe(before);
    f.check();
  }, 120_000);
});

// ---------- what the server writes into HTML and XML ----------

/** The shell's own module script and the embed pages' config block and bundle are expected; nothing else may run. */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stripped = html
    .replace(/<script src="[^"<>]+" type="module"><\/script>/g, '')
    .replace(/<script src="\/widgets\.js" defer><\/script>/g, '')
    .replace(/<script type="application\/json" id="invest-embed-config">[^<]*<\/script>/g, '');
  for (const marker of ACTIVE_MARKUP) if (marker.test(stripped)) problems.push(`unescaped markup ${marker}`);
  if (/\son(error|load|click|mouseover)\s*=/i.test(stripped)) problems.push('an event handler attribute');
  if (/(href|src)\s*=\s*"\s*javascript:/i.test(stripped)) problems.push('a javascript: URL');
  return problems;
}

const meta = (html: string, attr: 'name' | 'property', key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)">`).exec(html)?.[1];
const unescapeHtml = (s: string | undefined) =>
  s?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  new DOMParser({ onError: (level: string, message: string) => void (level !== 'warning' && problems.push(`XML ${level}: ${message}`)) }).parseFromString(xml, 'text/xml');
  for (const marker of ACTIVE_MARKUP) if (marker.test(xml)) problems.push(`unescaped markup ${marker}`);
  return problems;
}

describe('server-written HTML, feeds, embed pages and oEmbed never echo stored markup unescaped', () => {
  const published: { nasty: Nasty; slug: string; title: string; summary: string }[] = [];

  beforeAll(async () => {
    for (const nasty of [...INJECTION, ...UNICODE]) {
      const created = await officer.post(
        '/api/v1/workspace/projects',
        projectBody({ title: { vi: `Sink ${nasty.value}`, en: `Sink ${nasty.value}` }, summary: { vi: `Tóm tắt ${nasty.value}`, en: nasty.value } }),
      );
      if (created.status !== 201) continue;
      await publish('projects', created.body.id);
      published.push({ nasty, slug: created.body.slug, title: created.body.title.vi, summary: created.body.summary.vi });
    }
    const policy = await officer.post('/api/v1/workspace/policies', policyBody({ title: { vi: INJECTION.map((n) => n.value).join(' ').slice(0, 290) }, body: { vi: INJECTION.map((n) => `<p>${n.value}</p>`).join('') } }));
    expect(policy.status).toBe(201);
    await publish('policies', policy.body.id);
  }, 120_000);

  it('stores most of the corpus (so the checks below see it)', () => {
    expect(published.length).toBeGreaterThan(INJECTION.length);
  });

  it('project pages: title and Open Graph tags carry the stored title, escaped', async () => {
    const f = new Findings();
    for (const p of published) {
      for (const lang of ['vi', 'en'] as const) {
        const res = await request(stack.url).get(`/${lang}/projects/${p.slug}`);
        if (res.status !== 200) {
          f.list.push(`page ${p.slug} ← ${p.nasty.label}: ${res.status}`);
          continue;
        }
        for (const problem of htmlProblems(res.text)) f.list.push(`/${lang}/projects ← ${p.nasty.label}: ${problem}`);
        const api = (await request(stack.url).get(`/api/v1/projects/${p.slug}?lang=${lang}`)).body;
        const expected = `${api.title} | ${stack.config.portal.name[lang]}`;
        const title = unescapeHtml(/<title>([^<]*)<\/title>/.exec(res.text)?.[1]);
        if (title !== expected) f.list.push(`<title> ← ${p.nasty.label}: ${JSON.stringify(title)} ≠ ${JSON.stringify(expected)}`);
        if (unescapeHtml(meta(res.text, 'property', 'og:title')) !== expected) f.list.push(`og:title ← ${p.nasty.label}`);
      }
    }
    f.check();
  }, 120_000);

  it('the RSS and Atom feeds are well-formed XML with no live markup', async () => {
    const f = new Findings();
    for (const feed of ['/feeds/projects.rss', '/feeds/projects.atom', '/feeds/policies.rss', '/feeds/policies.atom']) {
      for (const lang of ['vi', 'en']) {
        const res = await request(stack.url).get(`${feed}?lang=${lang}`).buffer(true).parse((r, done) => {
          let text = '';
          r.setEncoding('utf8');
          r.on('data', (c: string) => (text += c));
          r.on('end', () => done(null, text));
        });
        expect(res.status).toBe(200);
        for (const problem of xmlProblems(res.body as string)) f.list.push(`${feed}?lang=${lang}: ${problem}`);
        // Every stored title is in the feed as text (escaped by the XML writer, not dropped).
        if (feed.startsWith('/feeds/projects')) {
          const doc = new DOMParser({ onError: () => undefined }).parseFromString(res.body as string, 'text/xml');
          const titles = Array.from(doc.getElementsByTagName('title')).map((t) => t.textContent);
          // XML parsers turn every line ending into \n (XML 1.0 §2.11).
          const lines = (t: string) => t.replace(/\r\n?/g, '\n');
          for (const p of published.filter((x) => INJECTION.includes(x.nasty))) {
            if (!titles.includes(lines(p.title))) f.list.push(`${feed}?lang=${lang}: title of ${p.nasty.label} missing or altered`);
          }
        }
      }
    }
    f.check();
  }, 60_000);

  it('embed pages and oEmbed cards of those projects carry no live markup', async () => {
    const f = new Findings();
    for (const p of published) {
      const embed = await request(stack.url).get(`/embed/projects?project=${p.slug}`);
      expect(embed.status).toBe(200);
      for (const problem of htmlProblems(embed.text)) f.list.push(`/embed/projects ← ${p.nasty.label}: ${problem}`);
      const card = await request(stack.url).get('/api/v1/oembed').query({ url: `${stack.config.publicUrl}/vi/projects/${p.slug}`, format: 'json' });
      expect(card.status).toBe(200);
      if (card.body.title !== p.title) f.list.push(`oEmbed title ← ${p.nasty.label}: ${JSON.stringify(card.body.title)} ≠ ${JSON.stringify(p.title)}`);
      for (const problem of htmlProblems(card.body.html)) f.list.push(`oEmbed html ← ${p.nasty.label}: ${problem}`);
      if ((card.body.html.match(/</g) ?? []).length !== 2) f.list.push(`oEmbed html ← ${p.nasty.label}: more than one element: ${card.body.html}`);
    }
    for (const widget of ['/embed/policies', '/embed/map', '/embed/search']) {
      const res = await request(stack.url).get(widget);
      for (const problem of htmlProblems(res.text)) f.list.push(`${widget}: ${problem}`);
    }
    f.check();
  }, 120_000);
});

// ---------- Vietnamese in NFC and NFD ----------

describe('Vietnamese typed in NFD (decomposed) is the same text as NFC (precomposed)', () => {
  it('the corpus really holds both forms of the same words', () => {
    expect(VIETNAMESE_NFD).not.toBe(VIETNAMESE_NFC);
    expect(VIETNAMESE_NFD.normalize('NFC')).toBe(VIETNAMESE_NFC);
    expect(VIETNAMESE_NFD.length).toBeGreaterThan(VIETNAMESE_NFC.length);
  });

  it('is stored in NFC through every write path', async () => {
    const nfd = VIETNAMESE_NFD;
    const project = await officer.post('/api/v1/workspace/projects', projectBody({ title: { vi: nfd }, contact: { name: nfd, position: { vi: nfd } } }));
    expect(project.status).toBe(201);
    expect(project.body.title.vi).toBe(VIETNAMESE_NFC);
    expect(project.body.contact.name).toBe(VIETNAMESE_NFC);
    const [row] = await stack.db.query(`SELECT title->>'vi' AS title FROM projects WHERE id = $1`, [project.body.id]);
    expect(row.title).toBe(VIETNAMESE_NFC);

    const policy = await officer.post('/api/v1/workspace/policies', policyBody({ legalBasis: { number: '31/2021/NĐ-CP'.normalize('NFD'), issuer: { vi: nfd }, date: '2021-03-26' } }));
    expect(policy.status).toBe(201);
    expect(policy.body.legalBasis.number).toBe('31/2021/NĐ-CP');
    expect(policy.body.legalBasis.issuer.vi).toBe(VIETNAMESE_NFC);

    const sector = await admin.post('/api/v1/taxonomies/sectors', { code: 'ns-nfd', nameVi: nfd });
    expect(sector.status).toBe(201);
    expect(sector.body.name.vi).toBe(VIETNAMESE_NFC);

    const inquiry = await anonymous.post('/api/v1/inquiries', inquiryBody({ name: nfd, organisation: nfd, message: `${nfd} — xin thông tin` }));
    expect(inquiry.status).toBe(201);
    const [stored] = await stack.db.query(`SELECT name, organisation, message FROM inquiries WHERE reference = $1`, [inquiry.body.reference]);
    expect(stored).toEqual({ name: VIETNAMESE_NFC, organisation: VIETNAMESE_NFC, message: `${VIETNAMESE_NFC} — xin thông tin` });

    const original = (await admin.get('/api/v1/workspace/settings/portal')).body;
    const settings = await admin.send('put', '/api/v1/workspace/settings/portal', { ...original, map: { ...original.map, attribution: `© ${nfd}` } });
    expect(settings.status).toBe(200);
    expect((await anonymous.get('/api/v1/settings/public')).body.map.attribution).toBe(`© ${VIETNAMESE_NFC}`);
    await admin.send('put', '/api/v1/workspace/settings/portal', original);

    const search = await request(stack.url).get(`/api/v1/search/projects?q=${encodeURIComponent(nfd)}`);
    expect(search.status).toBe(200);
    expect(search.body.q).toBe(VIETNAMESE_NFC);
  });

  it('a search for the NFC form finds an item written in NFD, and the other way round', async () => {
    // A word no demo item has, so a hit can only be the item written here.
    const marker = 'Khu công nghiệp Sông Hậu Quỳnh Nghị';
    const created = await officer.post('/api/v1/workspace/projects', projectBody({ title: { vi: marker.normalize('NFD') }, summary: { vi: `${VIETNAMESE_NFD} mở rộng` } }));
    expect(created.status).toBe(201);
    await publish('projects', created.body.id);
    const slug = created.body.slug;
    const find = async (q: string) => (await request(stack.url).get('/api/v1/search/projects').query({ q, pageSize: 50 })).body as { hits: { slug: string; title: string }[]; degraded: boolean };
    // Search sync is asynchronous (outbox → Meilisearch): wait until the published item is indexed.
    let result = await find(marker);
    for (let i = 0; i < 120 && !result.hits.some((h) => h.slug === slug); i++) {
      await new Promise((r) => setTimeout(r, 500));
      result = await find(marker);
    }
    expect(result.degraded).toBe(false);
    expect(result.hits.find((h) => h.slug === slug)?.title).toBe(marker.normalize('NFC'));
    expect((await find(marker.normalize('NFD'))).hits.map((h) => h.slug)).toContain(slug);
    expect((await find('Quỳnh Nghị')).hits.map((h) => h.slug)).toContain(slug);
    expect((await find('Quỳnh Nghị'.normalize('NFD'))).hits.map((h) => h.slug)).toContain(slug);
    // The suggestions and the site search agree.
    const suggest = await request(stack.url).get('/api/v1/search/suggest').query({ q: 'Quỳnh Nghị'.normalize('NFD') });
    expect(suggest.status).toBe(200);
    expect(JSON.stringify(suggest.body)).toContain(marker.normalize('NFC'));
  }, 90_000);
});

describe('the server log', () => {
  it('has no error from the whole corpus (every refusal above was a handled 4xx)', () => {
    expect(logs.errors().map((e) => `[${e.context ?? '?'}] ${e.message.slice(0, 600)}`)).toEqual([]);
  });
});
