import request from 'supertest';
import { CONSENT } from '@invest-portal/backend/inquiries/consent.js';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client } from '../harness/session.js';

// Investors' inquiries through the real API and PostgreSQL: routing, validation, honeypot,
// the private tracking link and the rating.
let stack: TestStack;
let investor: Client;
let publishedProject: { slug: string; department_code: string };
let draftProject: { slug: string };
let publishedPolicy: { slug: string; department_code: string };

const valid = (extra: Record<string, unknown> = {}) => ({
  name: 'Nguyễn Văn An',
  organisation: 'Mekong Agro JSC',
  country: 'VN',
  email: 'An.Nguyen@Example.org',
  phone: '+84 299 3822 345',
  preferredLang: 'vi',
  message: 'Xin cho biết hiện trạng giải phóng mặt bằng của dự án.',
  consent: true,
  consentVersion: CONSENT.version,
  ...extra,
});
const count = async () => (await stack.db.query(`SELECT count(*)::int AS n FROM inquiries`))[0].n as number;
const row = async (reference: string) => (await stack.db.query(`SELECT i.*, d.code AS department_code FROM inquiries i JOIN departments d ON d.id = i.department_id WHERE reference = $1`, [reference]))[0];

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  investor = new Client(stack.url);
  [publishedProject] = await stack.db.query(`SELECT p.slug, d.code AS department_code FROM projects p JOIN departments d ON d.id = p.department_id WHERE p.status = 'published' AND d.code <> 'TTXTDT' ORDER BY p.code LIMIT 1`);
  [draftProject] = await stack.db.query(`SELECT slug FROM projects WHERE status = 'draft' LIMIT 1`);
  [publishedPolicy] = await stack.db.query(`SELECT p.slug, d.code AS department_code FROM policies p JOIN departments d ON d.id = p.department_id WHERE p.status = 'published' LIMIT 1`);
});

afterAll(async () => {
  await stack?.stop();
});

it('the form endpoint gives the privacy notice in both languages, its version and the countries', async () => {
  const res = await request(stack.url).get('/api/v1/inquiries/form');
  expect(res.status).toBe(200);
  expect(res.body.consentVersion).toBe(CONSENT.version);
  expect(res.body.consentText.vi).toMatch(/đồng ý/);
  expect(res.body.consentText.en).toMatch(/I agree/);
  expect(res.body.countries).toEqual(expect.arrayContaining(['VN', 'KR', 'SG', 'JP', 'US']));
  expect(res.body.countries).toHaveLength(249);
  expect(res.body.intakeDepartment).toBe('TTXTDT');
});

describe('routing', () => {
  it('an inquiry about a project goes to the department that owns it, with consent and a due time', async () => {
    const before = Date.now();
    const res = await investor.post('/api/v1/inquiries', valid({ subject: { type: 'project', slug: publishedProject.slug } }));
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^YC-\d{4}-\d{6}$/);
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.body.trackingPath).toBe(`/vi/inquiries/track/${res.body.token}`);
    const stored = await row(res.body.reference);
    expect(stored.department_code).toBe(publishedProject.department_code);
    expect(stored.project_id).not.toBeNull();
    expect(stored.policy_id).toBeNull();
    expect(stored.status).toBe('new');
    expect(stored.email).toBe('an.nguyen@example.org');
    expect(stored.consent_version).toBe(CONSENT.version);
    expect(stored.consented_at.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // Two working days: at least 2 and at most 4 calendar days (a weekend in between) later.
    const days = (new Date(res.body.dueAt).getTime() - before) / 86_400_000;
    expect(days).toBeGreaterThan(1.9);
    expect(days).toBeLessThan(4.1);
    // The token is stored only as its hash.
    expect(stored.tracking_hash).toMatch(/^[0-9a-f]{64}$/);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM inquiries WHERE tracking_hash = $1 OR reference = $1`, [res.body.token]);
    expect(n).toBe(0);
  });

  it('an inquiry about a policy goes to its department; a general one to the intake department', async () => {
    const policy = await investor.post('/api/v1/inquiries', valid({ subject: { type: 'policy', slug: publishedPolicy.slug }, preferredLang: 'en' }));
    expect(policy.status).toBe(201);
    expect(policy.body.trackingPath).toMatch(/^\/en\/inquiries\/track\//);
    expect((await row(policy.body.reference)).department_code).toBe(publishedPolicy.department_code);
    const general = await investor.post('/api/v1/inquiries', valid());
    expect(general.status).toBe(201);
    expect((await row(general.body.reference)).department_code).toBe(stack.config.inquiries.intakeDepartment);
  });

  it('references are unique and increase, also for inquiries sent at the same moment', async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => new Client(stack.url).post('/api/v1/inquiries', valid())));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    const refs = results.map((r) => r.body.reference);
    expect(new Set(refs).size).toBe(8);
  });
});

describe('bad input: a clear 400 (or 409) and nothing stored', () => {
  it.each([
    ['no consent', { consent: false }, 'consent'],
    ['consent missing', { consent: undefined }, 'consent'],
    ['consent as a string', { consent: 'true' }, 'consent'],
    ['name too short', { name: 'A' }, 'name'],
    ['name of spaces', { name: '    ' }, 'name'],
    ['name with a control character', { name: 'An\u0007' }, 'name'],
    ['name too long', { name: 'x'.repeat(121) }, 'name'],
    ['unknown country', { country: 'XX' }, 'country'],
    ['country as a name', { country: 'Vietnam' }, 'country'],
    ['bad email', { email: 'an@' }, 'email'],
    ['email with a newline (header injection)', { email: 'a@example.org\nBcc: x@example.org' }, 'email'],
    ['phone with letters', { phone: 'call me' }, 'phone'],
    ['message too short', { message: 'Hello' }, 'message'],
    ['message too long', { message: 'x'.repeat(5001) }, 'message'],
    ['message as a number', { message: 12345678901 }, 'message'],
    ['preferred language fr', { preferredLang: 'fr' }, 'preferredLang'],
    ['subject of an unknown type', { subject: { type: 'news', slug: 'x' } }, 'subject.type'],
    ['subject slug with SQL', { subject: { type: 'project', slug: "x' OR '1'='1" } }, 'subject.slug'],
    ['subject as a string', { subject: 'project' }, 'subject'],
    ['an unknown field (mass assignment)', { status: 'answered' }, 'status'],
  ])('%s', async (_label, extra, field) => {
    const before = await count();
    const res = await investor.post('/api/v1/inquiries', valid(extra));
    expect(res.status).toBe(400);
    expect(res.body.requestId).toBeTruthy();
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await count()).toBe(before);
  });

  it('a draft (not public) project cannot be the subject, and says so', async () => {
    const before = await count();
    const res = await investor.post('/api/v1/inquiries', valid({ subject: { type: 'project', slug: draftProject.slug } }));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'subject.slug', messages: ['subject.slug is not a published project'] }]);
    expect(await count()).toBe(before);
  });

  it('an outdated privacy notice version is refused with 409 and what to do', async () => {
    const before = await count();
    const res = await investor.post('/api/v1/inquiries', valid({ consentVersion: '2020-01-v0' }));
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/privacy notice has changed/);
    expect(await count()).toBe(before);
  });

  it('a POST without the CSRF token is refused', async () => {
    const before = await count();
    const res = await request(stack.url).post('/api/v1/inquiries').send(valid());
    expect(res.status).toBe(403);
    expect(await count()).toBe(before);
  });
});

it('a filled honeypot is accepted like any inquiry, stored as spam, and looks new on its tracking page', async () => {
  const res = await investor.post('/api/v1/inquiries', valid({ website: 'http://spam.example' }));
  expect(res.status).toBe(201);
  expect((await row(res.body.reference)).status).toBe('spam');
  const tracked = await request(stack.url).get(`/api/v1/inquiries/track/${res.body.token}`);
  expect(tracked.body.status).toBe('new');
});

describe('tracking and rating', () => {
  let token: string;
  let reference: string;

  beforeAll(async () => {
    const res = await investor.post('/api/v1/inquiries', valid({ subject: { type: 'project', slug: publishedProject.slug }, message: 'Line one\nLine two <b>kept as text</b>' }));
    ({ token, reference } = res.body);
  });

  it('shows the sender their own inquiry, privately, and no personal data', async () => {
    const res = await request(stack.url).get(`/api/v1/inquiries/track/${token}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.body).toMatchObject({
      reference,
      status: 'new',
      subject: { type: 'project', slug: publishedProject.slug, public: true },
      department: { code: publishedProject.department_code },
      preferredLang: 'vi',
      message: 'Line one\nLine two <b>kept as text</b>',
      replies: [],
      rating: null,
      canRate: false,
    });
    const text = JSON.stringify(res.body);
    for (const personal of ['Nguyễn Văn An', 'example.org', '3822', 'Mekong Agro']) expect(text).not.toContain(personal);
  });

  it.each([
    ['a well-formed unknown token', 'A'.repeat(43)],
    ['a short token', 'abc'],
    ['a token with a path in it', '..%2F..%2Fetc%2Fpasswd'],
  ])('%s → 404 with the error body', async (_label, bad) => {
    const res = await request(stack.url).get(`/api/v1/inquiries/track/${bad}`);
    expect(res.status).toBe(404);
    expect(res.body.requestId).toBeTruthy();
  });

  it('cannot be rated before it is answered', async () => {
    const res = await investor.post(`/api/v1/inquiries/track/${token}/rating`, { score: 5 });
    expect(res.status).toBe(409);
    expect((await row(reference)).rating).toBeNull();
  });

  it.each([[0], [6], [2.5], ['5'], [null]])('score %p → 400', async (score) => {
    const res = await investor.post(`/api/v1/inquiries/track/${token}/rating`, { score });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain('score');
  });

  it('once answered: shows the replies, takes one rating, refuses a second', async () => {
    const [{ id }] = await stack.db.query(`UPDATE inquiries SET status = 'answered' WHERE reference = $1 RETURNING id`, [reference]).then((r) => r[0]);
    await stack.db.query(`INSERT INTO inquiry_replies (inquiry_id, body) VALUES ($1, 'Mặt bằng đã được giải phóng 60%.')`, [id]);
    const tracked = (await request(stack.url).get(`/api/v1/inquiries/track/${token}`)).body;
    expect(tracked.status).toBe('answered');
    expect(tracked.canRate).toBe(true);
    expect(tracked.replies.map((r: { body: string }) => r.body)).toEqual(['Mặt bằng đã được giải phóng 60%.']);

    const rated = await investor.post(`/api/v1/inquiries/track/${token}/rating`, { score: 4, comment: '  Rõ ràng, nhanh.  ' });
    expect(rated.status).toBe(200);
    expect(rated.body.rating).toMatchObject({ score: 4, comment: 'Rõ ràng, nhanh.' });
    expect(rated.body.canRate).toBe(false);
    const again = await investor.post(`/api/v1/inquiries/track/${token}/rating`, { score: 1 });
    expect(again.status).toBe(409);
    expect((await row(reference)).rating).toBe(4);
  });

  it('two ratings at the same moment: exactly one lands', async () => {
    const res = await investor.post('/api/v1/inquiries', valid());
    await stack.db.query(`UPDATE inquiries SET status = 'answered' WHERE reference = $1`, [res.body.reference]);
    const results = await Promise.all([1, 2, 3].map((score) => investor.post(`/api/v1/inquiries/track/${res.body.token}/rating`, { score })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
  });
});
