import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { STATUS_CODES } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { Client, DEMO } from '../harness/session.js';
import { startTestStack, type TestStack } from '../harness/stack.js';

/**
 * Hostile and malformed input against the real stack: validation answers 400 with field details
 * (never 5xx) and writes nothing, stored XSS is neutralised on the way in, upload attacks are refused.
 */

let stack: TestStack;
let uploadDir: string;
let officerA: Client;
let officerB: Client;
let editor: Client;
const ids = { sector: '', unit: '', investmentForm: '', otherDepartment: '' };

// The upload limit is lowered to 1 MB so the oversize case stays small.
beforeAll(async () => {
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-uploads-'));
  stack = await startTestStack({ demoData: true, env: { UPLOAD_MAX_MB: '1', UPLOAD_DIR: uploadDir } });
  officerA = new Client(stack.url);
  officerB = new Client(stack.url);
  editor = new Client(stack.url);
  await officerA.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await officerB.signIn(DEMO.officerB.email, DEMO.officerB.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  const tax = await request(stack.url).get('/api/v1/taxonomies').expect(200);
  ids.sector = tax.body.sectors[0].id;
  ids.unit = tax.body.units.find((u: { parentId: string | null }) => u.parentId !== null)?.id ?? tax.body.units[0].id;
  ids.investmentForm = tax.body.investmentForms[0].id;
  const deps = await request(stack.url).get('/api/v1/departments').expect(200);
  ids.otherDepartment = deps.body.items.find((d: { code: string }) => d.code === 'BQLKCN').id;
});

afterAll(async () => {
  await stack?.stop();
  if (uploadDir) fs.rmSync(uploadDir, { recursive: true, force: true });
});

// ---- helpers ----

let serial = 0;
/** A fresh valid code (and so a fresh slug) per request: a wrongly accepted case never collides with the next. */
const nextCode = (prefix: string) => `T-DI-${prefix}-${++serial}`;

type Json = Record<string, any>;

function projectBody(code = nextCode('P')): Json {
  return {
    code,
    title: { vi: `Dự án kiểm thử ${code}`, en: `Test project ${code}` },
    summary: { vi: 'Tóm tắt dự án', en: null },
    description: { vi: 'Mô tả dự án' },
    sectorIds: [ids.sector],
    unitId: ids.unit,
    investmentFormId: ids.investmentForm,
    location: { lat: 9.6, lng: 105.97 },
    landPlot: {
      type: 'Polygon',
      coordinates: [[[105.9, 9.6], [105.91, 9.6], [105.91, 9.61], [105.9, 9.6]]],
    },
    areaHa: 12.5,
    capitalVnd: '1250000000000',
    contact: { name: 'Nguyễn Văn A', position: { vi: 'Chuyên viên' }, phone: '0299 3822 123', email: 'a@example.vn' },
  };
}

function policyBody(code = nextCode('C')): Json {
  return {
    code,
    title: { vi: `Chính sách kiểm thử ${code}`, en: `Test policy ${code}` },
    summary: { vi: 'Tóm tắt chính sách' },
    body: { vi: '<p>Nội dung chính sách</p>' },
    legalBasis: { number: '31/2021/NĐ-CP', issuer: { vi: 'Chính phủ', en: 'The Government' }, date: '2021-03-26' },
    validFrom: '2021-05-15',
    validTo: null,
    incentiveTypes: ['corporate_income_tax'],
    sectorIds: [ids.sector],
    unitIds: [ids.unit],
  };
}

interface Counts {
  projects: number;
  policies: number;
  documents: number;
  audit: number;
  projectSectors: number;
  projectPolicies: number;
  policySectors: number;
  policyUnits: number;
  files: number;
}

function filesUnder(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

async function counts(): Promise<Counts> {
  const [row] = await stack.db.query(`
    SELECT (SELECT count(*)::int FROM projects) AS "projects",
           (SELECT count(*)::int FROM policies) AS "policies",
           (SELECT count(*)::int FROM documents) AS "documents",
           (SELECT count(*)::int FROM audit_log) AS "audit",
           (SELECT count(*)::int FROM project_sectors) AS "projectSectors",
           (SELECT count(*)::int FROM project_policies) AS "projectPolicies",
           (SELECT count(*)::int FROM policy_sectors) AS "policySectors",
           (SELECT count(*)::int FROM policy_units) AS "policyUnits"`);
  return { ...row, files: filesUnder(uploadDir) };
}

/** A supertest request carrying the client's session cookie and CSRF token (for raw bodies and odd multiparts). */
function raw(client: Client, method: 'get' | 'post' | 'patch' | 'delete', url: string): request.Test {
  const cookies = (client as unknown as { cookies: Map<string, string> }).cookies;
  let req = request(stack.url)[method](url).set('Cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
  if (method !== 'get' && client.csrf) req = req.set('X-XSRF-TOKEN', client.csrf);
  return req;
}

/** Buffers any response body (supertest leaves application/pdf unparsed). */
function binary(res: request.Response, done: (err: Error | null, body: unknown) => void): void {
  // At parse time superagent hands over the raw Node response stream.
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

function fieldsOf(res: request.Response): string[] {
  return (res.body.details ?? []).map((d: { field: string }) => d.field);
}

/** The one error body, with the status given, and (when named) the offending field among the details. */
function expectError(res: request.Response, status: number, field?: string | null): void {
  const context = `${res.status} ${JSON.stringify(res.body)}`;
  expect({ status: res.status, context }).toEqual({ status, context });
  expect(res.headers['content-type']).toMatch(/application\/json/);
  expect(res.body).toMatchObject({ statusCode: status, error: STATUS_CODES[status] });
  expect(typeof res.body.message).toBe('string');
  expect(res.body.message.length).toBeGreaterThan(0);
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
  for (const key of Object.keys(res.body)) expect(['statusCode', 'error', 'message', 'details', 'requestId']).toContain(key);
  if (res.body.details !== undefined) {
    expect(Array.isArray(res.body.details)).toBe(true);
    for (const d of res.body.details) {
      expect(typeof d.field).toBe('string');
      expect(Array.isArray(d.messages) && d.messages.length > 0).toBe(true);
      for (const m of d.messages) expect(typeof m).toBe('string');
    }
  }
  if (field) {
    expect(res.body.message).toBe('Validation failed');
    expect({ fields: fieldsOf(res), context }).toEqual({ fields: expect.arrayContaining([field]), context });
  }
}

/** Status and row counts in one assertion, so a failure shows both (a 5xx that wrote nothing, a 201 that should not be). */
function expectNothingWritten(res: request.Response, status: number, before: Counts, after: Counts): void {
  const answer = res.status === 201 ? `201 ${JSON.stringify(res.body).slice(0, 600)}` : `${res.status} ${JSON.stringify(res.body)}`;
  expect({ status: res.status, after, answer }).toEqual({ status, after: before, answer });
}

async function createProject(client: Client, body: Json = projectBody()): Promise<Json> {
  const res = await client.post('/api/v1/workspace/projects', body);
  if (res.status !== 201) throw new Error(`project create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function createPolicy(client: Client, body: Json = policyBody()): Promise<Json> {
  const res = await client.post('/api/v1/workspace/policies', body);
  if (res.status !== 201) throw new Error(`policy create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function submitAndPublish(kind: 'projects' | 'policies', id: string): Promise<void> {
  const submitted = await officerA.post(`/api/v1/workspace/${kind}/${id}/submit`);
  expect(submitted.status).toBe(200);
  const published = await editor.post(`/api/v1/workspace/${kind}/${id}/publish`, { version: submitted.body.version });
  expect(published.status).toBe(200);
  expect(published.body.status).toBe('published');
}

const uuid4 = () => randomUUID();
const HANOI_RING = [[[105.85, 21.03], [105.86, 21.03], [105.86, 21.04], [105.85, 21.03]]];

type Mutation = (b: Json) => void;
type Case = [label: string, mutate: Mutation, field: string | null, status?: number];

// ---- 1. bad input ----

describe('the base bodies are valid (so every rejection below is for the named reason)', () => {
  it('a minimal-but-complete project is created by officerA', async () => {
    const before = await counts();
    const project = await createProject(officerA);
    expect(project.status).toBe('draft');
    expect(project.department.code).toBe('STC');
    const after = await counts();
    expect(after.projects).toBe(before.projects + 1);
    expect(after.audit).toBe(before.audit + 1);
  });

  it('a minimal-but-complete policy is created by officerA', async () => {
    const before = await counts();
    const policy = await createPolicy(officerA);
    expect(policy.status).toBe('draft');
    const after = await counts();
    expect(after.policies).toBe(before.policies + 1);
    expect(after.audit).toBe(before.audit + 1);
  });
});

const PROJECT_CASES: Case[] = [
  // missing required fields
  ['missing code', (b) => delete b.code, 'code'],
  ['missing title', (b) => delete b.title, 'title'],
  ['missing title.vi', (b) => delete b.title.vi, 'title.vi'],
  ['title.vi that is only markup (empty once sanitised)', (b) => (b.title.vi = '<script>alert(1)</script>'), 'title.vi'],
  ['title.vi of spaces', (b) => (b.title.vi = '    '), 'title.vi'],
  ['missing summary', (b) => delete b.summary, 'summary'],
  ['missing description', (b) => delete b.description, 'description'],
  ['missing sectorIds', (b) => delete b.sectorIds, 'sectorIds'],
  ['empty sectorIds', (b) => (b.sectorIds = []), 'sectorIds'],
  ['missing unitId', (b) => delete b.unitId, 'unitId'],
  ['missing location', (b) => delete b.location, 'location'],
  ['null location', (b) => (b.location = null), 'location'],
  ['missing location.lng', (b) => delete b.location.lng, 'location.lng'],
  ['missing contact.name', (b) => delete b.contact.name, 'contact.name'],
  ['missing contact.position', (b) => delete b.contact.position, 'contact.position'],
  // oversized strings
  ['title.vi of 301 characters', (b) => (b.title.vi = 'ă'.repeat(301)), 'title.vi'],
  ['title.en of 301 characters', (b) => (b.title.en = 'a'.repeat(301)), 'title.en'],
  ['summary.vi of 10001 characters', (b) => (b.summary.vi = 'a'.repeat(10_001)), 'summary.vi'],
  ['description.vi of 10001 characters', (b) => (b.description.vi = 'a'.repeat(10_001)), 'description.vi'],
  ['contact.name of 201 characters', (b) => (b.contact.name = 'a'.repeat(201)), 'contact.name'],
  ['slug of 121 characters', (b) => (b.slug = 'a'.repeat(121)), 'slug'],
  ['11 sectorIds', (b) => (b.sectorIds = Array.from({ length: 11 }, uuid4)), 'sectorIds'],
  // wrong types
  ['title as a string', (b) => (b.title = 'Dự án'), 'title'],
  ['title.vi as a number', (b) => (b.title.vi = 42), 'title.vi'],
  ['title as an array of objects', (b) => (b.title = [{ vi: 'Dự án mảng' }]), 'title'],
  ['summary as an array of objects', (b) => (b.summary = [{ vi: 'Tóm tắt mảng' }]), 'summary'],
  ['areaHa as "abc"', (b) => (b.areaHa = 'abc'), 'areaHa'],
  ['areaHa as "12.5" (a string)', (b) => (b.areaHa = '12.5'), 'areaHa'],
  ['sectorIds not an array', (b) => (b.sectorIds = ids.sector), 'sectorIds'],
  ['sectorIds with a non-uuid', (b) => (b.sectorIds = ['wind-power']), 'sectorIds'],
  ['unitId not a uuid', (b) => (b.unitId = 'soc-trang'), 'unitId'],
  ['unitId as an object', (b) => (b.unitId = { id: ids.unit }), 'unitId'],
  ['location.lat "north"', (b) => (b.location.lat = 'north'), 'location.lat'],
  ['location.lat 95', (b) => (b.location.lat = 95), 'location.lat'],
  ['location.lng 200', (b) => (b.location.lng = 200), 'location.lng'],
  ['location as a string', (b) => (b.location = '9.6,105.97'), 'location'],
  ['location as an array of points', (b) => (b.location = [{ lat: 9.6, lng: 105.97 }]), 'location'],
  ['contact as a string', (b) => (b.contact = 'Nguyễn Văn A'), 'contact'],
  ['contact.position as an array of objects', (b) => (b.contact.position = [{ vi: 'Chuyên viên' }]), 'contact.position'],
  ['capitalVnd as a number', (b) => (b.capitalVnd = 5_000_000), 'capitalVnd'],
  // geography
  ['location in Hà Nội (21.03, 105.85)', (b) => (b.location = { lat: 21.03, lng: 105.85 }), 'location'],
  ['location just south of the province (9.19)', (b) => (b.location = { lat: 9.19, lng: 105.97 }), 'location'],
  ['location just east of the province (106.31)', (b) => (b.location = { lat: 9.6, lng: 106.31 }), 'location'],
  ['location at (0, 0)', (b) => (b.location = { lat: 0, lng: 0 }), 'location'],
  [
    'landPlot not closed',
    (b) => (b.landPlot.coordinates = [[[105.9, 9.6], [105.91, 9.6], [105.91, 9.61], [105.9, 9.61]]]),
    'landPlot',
  ],
  ['landPlot outside the province', (b) => (b.landPlot.coordinates = HANOI_RING), 'landPlot'],
  ['landPlot partly outside the province', (b) => (b.landPlot.coordinates = [[[106.2, 9.6], [106.4, 9.6], [106.2, 9.7], [106.2, 9.6]]]), 'landPlot'],
  ['landPlot with 3 points', (b) => (b.landPlot.coordinates = [[[105.9, 9.6], [105.91, 9.6], [105.9, 9.6]]]), 'landPlot'],
  ['landPlot with an empty ring', (b) => (b.landPlot.coordinates = [[]]), 'landPlot'],
  ['landPlot with 501 points', (b) => (b.landPlot.coordinates = [Array.from({ length: 501 }, () => [105.9, 9.6])]), 'landPlot'],
  [
    'landPlot with string coordinates',
    (b) => (b.landPlot.coordinates = [[['105.9', '9.6'], ['105.91', '9.6'], ['105.91', '9.61'], ['105.9', '9.6']]]),
    'landPlot',
  ],
  ['landPlot with 3-number points', (b) => (b.landPlot.coordinates = [[[105.9, 9.6, 1], [105.91, 9.6, 1], [105.91, 9.61, 1], [105.9, 9.6, 1]]]), 'landPlot'],
  ['landPlot with a null ring', (b) => (b.landPlot.coordinates = [null]), 'landPlot'],
  ['landPlot with two rings', (b) => b.landPlot.coordinates.push(b.landPlot.coordinates[0]), 'landPlot.coordinates'],
  ['landPlot of type Point', (b) => (b.landPlot.type = 'Point'), 'landPlot.type'],
  ['landPlot without coordinates', (b) => delete b.landPlot.coordinates, 'landPlot.coordinates'],
  ['landPlot as an array', (b) => (b.landPlot = [b.landPlot]), 'landPlot'],
  // numbers
  ['negative areaHa', (b) => (b.areaHa = -5), 'areaHa'],
  ['zero areaHa', (b) => (b.areaHa = 0), 'areaHa'],
  ['areaHa with 3 decimals', (b) => (b.areaHa = 1.234), 'areaHa'],
  ['areaHa over a million', (b) => (b.areaHa = 1_000_001), 'areaHa'],
  ['capitalVnd "-5"', (b) => (b.capitalVnd = '-5'), 'capitalVnd'],
  ['capitalVnd "0"', (b) => (b.capitalVnd = '0'), 'capitalVnd'],
  ['capitalVnd "1.5"', (b) => (b.capitalVnd = '1.5'), 'capitalVnd'],
  ['capitalVnd "12e9"', (b) => (b.capitalVnd = '12e9'), 'capitalVnd'],
  ['capitalVnd "007"', (b) => (b.capitalVnd = '007'), 'capitalVnd'],
  ['capitalVnd of 19 digits', (b) => (b.capitalVnd = '1'.repeat(19)), 'capitalVnd'],
  ['capitalVnd "1 000"', (b) => (b.capitalVnd = '1 000'), 'capitalVnd'],
  // unknown references
  ['unknown sectorIds[0]', (b) => (b.sectorIds = [uuid4()]), 'sectorIds'],
  ['a known and an unknown sector', (b) => (b.sectorIds = [ids.sector, uuid4()]), 'sectorIds'],
  ['unknown unitId', (b) => (b.unitId = uuid4()), 'unitId'],
  ['a sector id given as unitId', (b) => (b.unitId = ids.sector), 'unitId'],
  ['unknown investmentFormId', (b) => (b.investmentFormId = uuid4()), 'investmentFormId'],
  ['unknown policyIds', (b) => (b.policyIds = [uuid4()]), 'policyIds'],
  ['a sector id given as a policy', (b) => (b.policyIds = [ids.sector]), 'policyIds'],
  // patterns
  ['lower-case code', (b) => (b.code = 't-di-lower'), 'code'],
  ['one-character code', (b) => (b.code = 'A'), 'code'],
  ['code starting with a dash', (b) => (b.code = '-ABC'), 'code'],
  ['code with a space', (b) => (b.code = 'AB CD'), 'code'],
  ['code with Vietnamese letters', (b) => (b.code = 'ĐỀ-01'), 'code'],
  ['code of 33 characters', (b) => (b.code = 'A'.repeat(33)), 'code'],
  ['code as a number', (b) => (b.code = 12345), 'code'],
  ['slug with capitals', (b) => (b.slug = 'Has-Upper'), 'slug'],
  ['slug with a double dash', (b) => (b.slug = 'a--b'), 'slug'],
  ['slug with Vietnamese letters', (b) => (b.slug = 'đà-nẵng'), 'slug'],
  ['slug with an underscore', (b) => (b.slug = 'a_b'), 'slug'],
  ['slug with a path', (b) => (b.slug = '../admin'), 'slug'],
  ['slug ending with a dash', (b) => (b.slug = 'abc-'), 'slug'],
  ['contact.email not an email', (b) => (b.contact.email = 'not-an-email'), 'contact.email'],
  ['contact.phone with letters', (b) => (b.contact.phone = 'call me maybe'), 'contact.phone'],
  ['contact.phone with markup', (b) => (b.contact.phone = '<b>0299</b>'), 'contact.phone'],
  // mass assignment
  ['status set by the officer', (b) => (b.status = 'published'), 'status'],
  ['publishedAt set by the officer', (b) => (b.publishedAt = '2026-01-01T00:00:00Z'), 'publishedAt'],
  ['departmentId not a uuid', (b) => (b.departmentId = 'BQLKCN'), 'departmentId'],
];

describe('POST /api/v1/workspace/projects with bad input: 400 naming the field, nothing written', () => {
  it.each(PROJECT_CASES)('%s', async (_label, mutate, field, status = 400) => {
    const body = projectBody();
    mutate(body);
    const before = await counts();
    const res = await officerA.post('/api/v1/workspace/projects', body);
    expectNothingWritten(res, status, before, await counts());
    expectError(res, status, field);
    const [{ n }] = await stack.db.query('SELECT count(*)::int AS n FROM projects WHERE code = $1', [String(body.code)]);
    expect(n).toBe(0);
  });

  it('an officer creating for another department is refused (403) and nothing is written', async () => {
    const before = await counts();
    const res = await officerA.post('/api/v1/workspace/projects', { ...projectBody(), departmentId: ids.otherDepartment });
    expectError(res, 403);
    expect(await counts()).toEqual(before);
  });

  it('a duplicate code is a 409 and nothing is written', async () => {
    const first = await createProject(officerA);
    const before = await counts();
    const res = await officerA.post('/api/v1/workspace/projects', projectBody(first.code));
    expectError(res, 409);
    expect(res.body.message).toMatch(/code or slug/);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['{"code": ', 'truncated object'],
    ["{'code': 'A'}", 'single quotes'],
    ['{"code": "T-DI-X",}', 'trailing comma'],
    ['not json at all', 'bare words'],
    ['"a string"', 'a JSON string (not an object)'],
    ['null', 'JSON null'],
  ])('malformed JSON body %j (%s) is a 400 "Request body is not valid JSON"', async (text) => {
    const before = await counts();
    const res = await raw(officerA, 'post', '/api/v1/workspace/projects').set('Content-Type', 'application/json').send(text);
    expectError(res, 400);
    expect(res.body.message).toBe('Request body is not valid JSON');
    expect(await counts()).toEqual(before);
  });

  it('a JSON array as the body is a 400, not a 5xx', async () => {
    const before = await counts();
    const res = await raw(officerA, 'post', '/api/v1/workspace/projects')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify([projectBody()]));
    expectError(res, 400);
    expect(await counts()).toEqual(before);
  });
});

const POLICY_CASES: Case[] = [
  // missing required fields
  ['missing code', (b) => delete b.code, 'code'],
  ['missing title', (b) => delete b.title, 'title'],
  ['missing title.vi', (b) => delete b.title.vi, 'title.vi'],
  ['missing summary', (b) => delete b.summary, 'summary'],
  ['missing body', (b) => delete b.body, 'body'],
  ['body.vi that is only a script (empty once sanitised)', (b) => (b.body.vi = '<script>alert(1)</script>'), 'body.vi'],
  ['missing legalBasis', (b) => delete b.legalBasis, 'legalBasis'],
  ['missing legalBasis.number', (b) => delete b.legalBasis.number, 'legalBasis.number'],
  ['missing legalBasis.issuer', (b) => delete b.legalBasis.issuer, 'legalBasis.issuer'],
  ['missing legalBasis.issuer.vi', (b) => delete b.legalBasis.issuer.vi, 'legalBasis.issuer.vi'],
  ['missing legalBasis.date', (b) => delete b.legalBasis.date, 'legalBasis.date'],
  ['missing incentiveTypes', (b) => delete b.incentiveTypes, 'incentiveTypes'],
  // oversized strings
  ['title.vi of 301 characters', (b) => (b.title.vi = 'a'.repeat(301)), 'title.vi'],
  ['summary.vi of 10001 characters', (b) => (b.summary.vi = 'a'.repeat(10_001)), 'summary.vi'],
  ['body.vi of 50001 characters', (b) => (b.body.vi = 'a'.repeat(50_001)), 'body.vi'],
  ['legalBasis.number of 65 characters', (b) => (b.legalBasis.number = '1'.repeat(65)), 'legalBasis.number'],
  // wrong types
  ['title as a string', (b) => (b.title = 'Chính sách'), 'title'],
  ['title as an array of objects', (b) => (b.title = [{ vi: 'Chính sách mảng' }]), 'title'],
  ['body as a string', (b) => (b.body = '<p>x</p>'), 'body'],
  ['legalBasis as an array', (b) => (b.legalBasis = [b.legalBasis]), 'legalBasis'],
  ['incentiveTypes as a string', (b) => (b.incentiveTypes = 'land_rent'), 'incentiveTypes'],
  ['sectorIds not an array', (b) => (b.sectorIds = ids.sector), 'sectorIds'],
  ['unitIds with a non-uuid', (b) => (b.unitIds = ['soc-trang']), 'unitIds'],
  // legal dates
  ['legal date 2021-02-30', (b) => (b.legalBasis.date = '2021-02-30'), 'legalBasis.date'],
  ['legal date 2021-13-01', (b) => (b.legalBasis.date = '2021-13-01'), 'legalBasis.date'],
  ['legal date 26/03/2021', (b) => (b.legalBasis.date = '26/03/2021'), 'legalBasis.date'],
  ['legal date 2021-3-26', (b) => (b.legalBasis.date = '2021-3-26'), 'legalBasis.date'],
  ['legal date with a time', (b) => (b.legalBasis.date = '2021-03-26T00:00:00Z'), 'legalBasis.date'],
  ['legal date as a number', (b) => (b.legalBasis.date = 20210326), 'legalBasis.date'],
  ['legal date "yesterday"', (b) => (b.legalBasis.date = 'yesterday'), 'legalBasis.date'],
  ['validFrom 2021-02-29', (b) => (b.validFrom = '2021-02-29'), 'validFrom'],
  ['validTo before validFrom', (b) => ((b.validFrom = '2022-01-01'), (b.validTo = '2021-12-31')), 'validTo'],
  ['legalBasis.number with a space and markup', (b) => (b.legalBasis.number = '31/2021 <b>NĐ</b>'), 'legalBasis.number'],
  // incentive types
  ['unknown incentive type', (b) => (b.incentiveTypes = ['free_money']), 'incentiveTypes'],
  ['a known and an unknown incentive type', (b) => (b.incentiveTypes = ['land_rent', 'LAND_RENT']), 'incentiveTypes'],
  ['empty incentiveTypes', (b) => (b.incentiveTypes = []), 'incentiveTypes'],
  ['duplicate incentive types', (b) => (b.incentiveTypes = ['land_rent', 'land_rent']), 'incentiveTypes'],
  // unknown references
  ['unknown sectorIds[0]', (b) => (b.sectorIds = [uuid4()]), 'sectorIds'],
  ['unknown unitIds[0]', (b) => (b.unitIds = [uuid4()]), 'unitIds'],
  ['a sector id given as a unit', (b) => (b.unitIds = [ids.sector]), 'unitIds'],
  // patterns
  ['lower-case code', (b) => (b.code = 'cs-lower'), 'code'],
  ['code with a slash', (b) => (b.code = 'CS/01'), 'code'],
  ['slug with capitals', (b) => (b.slug = 'Uu-Dai'), 'slug'],
  ['slug with spaces', (b) => (b.slug = 'uu dai'), 'slug'],
  // mass assignment
  ['status set by the officer', (b) => (b.status = 'published'), 'status'],
  ['version on create', (b) => (b.version = 7), 'version'],
];

describe('POST /api/v1/workspace/policies with bad input: 400 naming the field, nothing written', () => {
  it.each(POLICY_CASES)('%s', async (_label, mutate, field, status = 400) => {
    const body = policyBody();
    mutate(body);
    const before = await counts();
    const res = await officerA.post('/api/v1/workspace/policies', body);
    expectNothingWritten(res, status, before, await counts());
    expectError(res, status, field);
    const [{ n }] = await stack.db.query('SELECT count(*)::int AS n FROM policies WHERE code = $1', [String(body.code)]);
    expect(n).toBe(0);
  });

  it('malformed JSON is a 400 "Request body is not valid JSON"', async () => {
    const before = await counts();
    const res = await raw(officerA, 'post', '/api/v1/workspace/policies').set('Content-Type', 'application/json').send('{"code": "CS-1", ');
    expectError(res, 400);
    expect(res.body.message).toBe('Request body is not valid JSON');
    expect(await counts()).toEqual(before);
  });

  it('a duplicate code is a 409 and nothing is written', async () => {
    const first = await createPolicy(officerA);
    const before = await counts();
    const res = await officerA.post('/api/v1/workspace/policies', policyBody(first.code));
    expectError(res, 409);
    expect(await counts()).toEqual(before);
  });
});

describe('path ids that are not UUID v4: 400, nothing written', () => {
  it.each([
    ['patch', '/api/v1/workspace/projects/not-a-uuid', { version: 1 }],
    ['get', '/api/v1/workspace/projects/not-a-uuid', undefined],
    ['delete', '/api/v1/workspace/projects/1', undefined],
    ['post', '/api/v1/workspace/projects/not-a-uuid/submit', {}],
    ['post', "/api/v1/workspace/projects/1'%20OR%20'1'='1/submit", {}],
    ['patch', '/api/v1/workspace/projects/00000000-0000-0000-0000-000000000000', { version: 1 }],
    ['patch', '/api/v1/workspace/policies/not-a-uuid', { version: 1 }],
    ['get', '/api/v1/workspace/policies/..%2F..%2Fetc', undefined],
    ['post', '/api/v1/workspace/projects/not-a-uuid/documents', {}],
    ['get', '/api/v1/documents/not-a-uuid', undefined],
  ] as const)('%s %s', async (method, url, body) => {
    const before = await counts();
    const res = await officerA.send(method, url, body);
    expectError(res, 400);
    expect(await counts()).toEqual(before);
  });

  it('a well-formed but unknown id is a 404', async () => {
    const before = await counts();
    const res = await officerA.patch(`/api/v1/workspace/projects/${uuid4()}`, { version: 1, areaHa: 3 });
    expectError(res, 404);
    expect(await counts()).toEqual(before);
  });
});

describe('PATCH with bad input leaves the stored project untouched', () => {
  let project: Json;
  beforeAll(async () => {
    project = await createProject(officerA);
  });

  const row = async () =>
    (await stack.db.query('SELECT version, lat, lng, area_ha, capital_vnd, title, updated_at FROM projects WHERE id = $1', [project.id]))[0];

  it.each<[string, Json, string]>([
    ['location in Hà Nội', { location: { lat: 21.03, lng: 105.85 } }, 'location'],
    ['landPlot outside the province', { landPlot: { type: 'Polygon', coordinates: HANOI_RING } }, 'landPlot'],
    ['zero areaHa', { areaHa: 0 }, 'areaHa'],
    ['capitalVnd "12e9"', { capitalVnd: '12e9' }, 'capitalVnd'],
    ['unknown sector', { sectorIds: [randomUUID()] }, 'sectorIds'],
    ['title.vi emptied', { title: { vi: '' } }, 'title.vi'],
    ['missing version', { version: undefined, areaHa: 3 }, 'version'],
    ['version as a string', { version: 'one', areaHa: 3 }, 'version'],
    ['status set by the officer', { status: 'published' }, 'status'],
    // Required fields may be omitted from a partial update, but not set to null.
    ['title set to null', { title: null }, 'title'],
    ['summary set to null', { summary: null }, 'summary'],
    ['code set to null', { code: null }, 'code'],
    ['location set to null', { location: null }, 'location'],
    ['sectorIds set to null', { sectorIds: null }, 'sectorIds'],
    ['sectorIds emptied', { sectorIds: [] }, 'sectorIds'],
  ])('%s', async (_label, patch, field) => {
    const before = await counts();
    const stored = await row();
    const [{ n: sectorsBefore }] = await stack.db.query('SELECT count(*)::int AS n FROM project_sectors WHERE project_id = $1', [project.id]);
    // The stored version, so that a wrongly accepted earlier case does not turn this one into a 409.
    const res = await officerA.patch(`/api/v1/workspace/projects/${project.id}`, { version: stored.version, ...patch });
    expectNothingWritten(res, 400, before, await counts());
    expectError(res, 400, field);
    expect(await row()).toEqual(stored);
    const [{ n: sectorsAfter }] = await stack.db.query('SELECT count(*)::int AS n FROM project_sectors WHERE project_id = $1', [project.id]);
    expect(sectorsAfter).toBe(sectorsBefore);
  });

  it('a valid change after a valid reference error in the same body is not half-applied', async () => {
    const stored = await row();
    const res = await officerA.patch(`/api/v1/workspace/projects/${project.id}`, {
      version: stored.version,
      areaHa: 77,
      title: { vi: 'Tên mới' },
      investmentFormId: randomUUID(),
    });
    expectError(res, 400, 'investmentFormId');
    expect(await row()).toEqual(stored);
  });
});

// ---- 2. stored XSS ----

const XSS_FORBIDDEN: [string, RegExp][] = [
  ['<script', /<script/i],
  ['onerror=', /onerror\s*=/i],
  ['onload=', /onload\s*=/i],
  ['onclick=', /onclick\s*=/i],
  ['<iframe', /<iframe/i],
  ['<svg', /<svg/i],
  ['<img', /<img/i],
  ['javascript: in an href', /href\s*=\s*(\\?["'])?\s*javascript:/i],
];

function expectNoActiveContent(text: string): void {
  for (const [name, pattern] of XSS_FORBIDDEN) {
    const match = pattern.exec(text);
    expect({ forbidden: name, found: match ? text.slice(Math.max(0, match.index - 60), match.index + 60) : null }).toEqual({
      forbidden: name,
      found: null,
    });
  }
}

const mix = (words: string, n: number) => {
  const payloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'javascript:alert(1)'];
  return `${words} ${payloads[n % 4]} ${payloads[(n + 1) % 4]} cuối`;
};

describe('stored XSS is neutralised', () => {
  it('a project whose every plain-text field carries payloads stores and serves only the words', async () => {
    const code = nextCode('XSS');
    const fields = ['title', 'summary', 'description', 'landStatus', 'infrastructure', 'timeline', 'objectives'] as const;
    const words: Record<string, { vi: string; en: string }> = {
      title: { vi: 'Khu công nghiệp Trần Đề', en: 'Tran De industrial park' },
      summary: { vi: 'Hạ tầng đồng bộ', en: 'Complete infrastructure' },
      description: { vi: 'Mô tả chi tiết dự án', en: 'Detailed description' },
      landStatus: { vi: 'Đất sạch đã giải phóng', en: 'Cleared land' },
      infrastructure: { vi: 'Đường tỉnh 934', en: 'Provincial road 934' },
      timeline: { vi: 'Giai đoạn 2026 2030', en: 'Phase 2026 2030' },
      objectives: { vi: 'Thu hút đầu tư', en: 'Attract investment' },
    };
    const body = projectBody(code);
    fields.forEach((f, i) => {
      body[f] = { vi: mix(words[f]!.vi, i), en: mix(words[f]!.en, i + 1) };
    });
    body.contact = {
      name: 'Trần Thị <script>alert(1)</script>Bích <img src=x onerror=alert(1)>',
      position: { vi: 'Phó giám đốc "><svg onload=alert(1)>', en: 'Deputy director <iframe src=//evil></iframe>' },
      phone: null,
      email: null,
    };
    const created = await officerA.post('/api/v1/workspace/projects', body);
    expect(created.status).toBe(201);

    const checkWorkspace = (res: request.Response) => {
      expectNoActiveContent(res.text);
      for (const f of fields) {
        expect(res.body[f].vi).toContain(words[f]!.vi);
        expect(res.body[f].vi).toContain('cuối');
        expect(res.body[f].en).toContain(words[f]!.en);
      }
      expect(res.body.contact.name).toContain('Trần Thị');
      expect(res.body.contact.name).toContain('Bích');
      expect(res.body.contact.position.vi).toContain('Phó giám đốc');
      expect(res.body.contact.position.en).toContain('Deputy director');
    };
    checkWorkspace(created);
    const ws = await officerA.get(`/api/v1/workspace/projects/${created.body.id}`);
    expect(ws.status).toBe(200);
    checkWorkspace(ws);

    // What reached the database is clean too, not only the responses.
    const [stored] = await stack.db.query('SELECT row_to_json(p)::text AS json FROM projects p WHERE id = $1', [created.body.id]);
    expectNoActiveContent(stored.json);

    await submitAndPublish('projects', created.body.id);
    for (const lang of ['en', 'vi'] as const) {
      const pub = await request(stack.url).get(`/api/v1/projects/${created.body.slug}?lang=${lang}`);
      expect(pub.status).toBe(200);
      expectNoActiveContent(pub.text);
      for (const f of fields) {
        expect(pub.body[f]).toContain(words[f]![lang]);
        expect(pub.body[f]).toContain('cuối');
      }
      expect(pub.body.contact.name).toContain('Bích');
      expect(pub.body.contact.position).toContain(lang === 'en' ? 'Deputy director' : 'Phó giám đốc');
    }
    const list = await request(stack.url).get('/api/v1/projects?lang=en&pageSize=100');
    expect(list.status).toBe(200);
    expectNoActiveContent(list.text);
  });

  it('a "<" in ordinary text survives as text', async () => {
    const body = projectBody();
    body.landStatus = { vi: 'Diện tích < 5 ha & đường > 10 m', en: null };
    const res = await officerA.post('/api/v1/workspace/projects', body);
    expect(res.status).toBe(201);
    expect(res.body.landStatus.vi).toBe('Diện tích < 5 ha & đường > 10 m');
  });

  // toPlainText decodes one level of entities per pass, for at most 5 passes: markup encoded deeply
  // enough is revealed by the last decode and stored as live markup.
  it.each([1, 2, 3, 4, 5, 6, 7])('a <script> entity-encoded %i time(s) is not turned into live markup', async (levels) => {
    let payload = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    for (let i = 0; i < levels; i++) payload = payload.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const body = projectBody();
    body.description = { vi: `Cảng biển ${payload} Trần Đề`, en: null };
    const res = await officerA.post('/api/v1/workspace/projects', body);
    expect(res.status).toBe(201);
    expect(res.body.description.vi).toContain('Cảng biển');
    expect(res.body.description.vi).toContain('Trần Đề');
    // Escaped leftovers ("&lt;script&gt;") are inert text; a real "<tag" is not.
    const live = /<\s*\/?\s*(script|img|svg|iframe)/i;
    expect({ levels, description: res.body.description.vi }).toEqual({ levels, description: expect.not.stringMatching(live) });
    const [stored] = await stack.db.query('SELECT description::text AS json FROM projects WHERE id = $1', [res.body.id]);
    expect({ levels, stored: stored.json }).toEqual({ levels, stored: expect.not.stringMatching(live) });
  });

  it('a policy body keeps the allowed structure and loses scripts, handlers, frames, images and javascript: links', async () => {
    const attack =
      '<p onclick="x()">a</p><script>alert(1)</script><a href="javascript:alert(1)">x</a><iframe src=//evil></iframe><img src=x onerror=alert(1)>';
    const body = policyBody();
    body.title = { vi: 'Ưu đãi thuế <script>alert(1)</script>doanh nghiệp', en: 'Tax incentive <img src=x onerror=alert(1)>' };
    body.summary = { vi: 'Miễn thuế "><svg onload=alert(1)> bốn năm', en: null };
    body.body = {
      vi: `${attack}<p>Miễn thuế <strong>bốn năm</strong></p><ul><li>Giảm <em>50%</em></li></ul><a href="https://example.vn/nd31">Nghị định</a>`,
      en: `${attack}<h3>Exemption</h3><p>Four years <b>tax free</b></p><a href="JaVaScRiPt:alert(1)">y</a><a href="  javascript:alert(1)">z</a>`,
    };
    const created = await officerA.post('/api/v1/workspace/policies', body);
    expect(created.status).toBe(201);

    const checkVi = (html: string) => {
      expect(html).toContain('<p>a</p>');
      expect(html).toContain('<p>Miễn thuế <strong>bốn năm</strong></p>');
      expect(html).toContain('<ul><li>Giảm <em>50%</em></li></ul>');
      expect(html).toMatch(/<a href="https:\/\/example\.vn\/nd31" rel="noopener noreferrer">Nghị định<\/a>/);
    };
    const checkEn = (html: string) => {
      expect(html).toContain('<h3>Exemption</h3>');
      expect(html).toContain('<p>Four years <b>tax free</b></p>');
      expect(html).not.toMatch(/javascript/i);
    };
    expectNoActiveContent(created.text);
    checkVi(created.body.body.vi);
    checkEn(created.body.body.en);
    expect(created.body.title.vi).toContain('Ưu đãi thuế');
    expect(created.body.title.vi).toContain('doanh nghiệp');
    expect(created.body.summary.vi).toContain('bốn năm');

    const ws = await officerA.get(`/api/v1/workspace/policies/${created.body.id}`);
    expect(ws.status).toBe(200);
    expectNoActiveContent(ws.text);
    checkVi(ws.body.body.vi);

    const [stored] = await stack.db.query('SELECT row_to_json(p)::text AS json FROM policies p WHERE id = $1', [created.body.id]);
    expectNoActiveContent(stored.json);

    await submitAndPublish('policies', created.body.id);
    const vi = await request(stack.url).get(`/api/v1/policies/${created.body.slug}`);
    expect(vi.status).toBe(200);
    expectNoActiveContent(vi.text);
    checkVi(vi.body.body);
    expect(vi.body.title).toContain('doanh nghiệp');
    const en = await request(stack.url).get(`/api/v1/policies/${created.body.slug}?lang=en`);
    expect(en.status).toBe(200);
    expectNoActiveContent(en.text);
    checkEn(en.body.body);
    expect(en.body.title).toContain('Tax incentive');
  });
});

// ---- 3. uploads ----

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const SVG = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');
const zipOf = (...names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), Buffer.from(names.join('\0'), 'latin1')]);

describe('document uploads', () => {
  let project: Json;
  const uploadUrl = () => `/api/v1/workspace/projects/${project.id}/documents`;
  const upload = (client: Client, buffer: Buffer, filename: string, fields: Record<string, string> = { titleVi: 'Tài liệu' }) =>
    client.send('post', uploadUrl(), undefined, { attach: { field: 'file', buffer, filename }, fields });

  beforeAll(async () => {
    project = await createProject(officerA);
  });

  it.each<[string, Buffer, string, RegExp]>([
    ['a Windows executable renamed report.pdf', Buffer.from('MZ\x90\x00\x03\x00 This program cannot be run in DOS mode', 'latin1'), 'report.pdf', /Windows executable/],
    ['an ELF binary renamed photo.jpg', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]), 'photo.jpg', /Linux executable/],
    ['an SVG with a script', SVG, 'logo.svg', /SVG/],
    ['an SVG with a script renamed logo.png', SVG, 'logo.png', /SVG/],
    ['an SVG without the XML prolog, after whitespace', Buffer.from(`\n\n  <svg onload="alert(1)"></svg>`), 'map.png', /SVG/],
    ['an HTML file renamed invoice.pdf', Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'), 'invoice.pdf', /markup/],
    ['a shell script renamed data.xlsx', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'data.xlsx', /script/],
    ['a ZIP that is not Office renamed contract.docx', zipOf('evil.exe', 'readme.txt'), 'contract.docx', /ZIP/],
    ['plain text renamed notes.pdf', Buffer.from('just some text'), 'notes.pdf', /unknown/],
  ])('%s is refused with 415 and nothing is stored', async (_label, buffer, filename, looksLike) => {
    const before = await counts();
    const res = await upload(officerA, buffer, filename);
    expectError(res, 415);
    expect(res.body.message).toMatch(/Only PDF, DOCX, XLSX, JPEG, PNG and WebP files are accepted/);
    expect(res.body.message).toMatch(looksLike);
    expect(await counts()).toEqual(before);
  });

  it('a file over UPLOAD_MAX_MB (1 MB) is a 413 with the error body and nothing is stored', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(Math.round(1.2 * 1024 * 1024), 0x20)]);
    const before = await counts();
    const res = await upload(officerA, big, 'big.pdf');
    expectError(res, 413);
    expect(await counts()).toEqual(before);
  });

  it('a missing file is a 400 naming "file"', async () => {
    const before = await counts();
    const res = await raw(officerA, 'post', uploadUrl()).field('titleVi', 'Không có tệp');
    expectError(res, 400, 'file');
    expect(await counts()).toEqual(before);
  });

  it('a file under another field name is refused and nothing is stored', async () => {
    const before = await counts();
    const res = await raw(officerA, 'post', uploadUrl()).field('titleVi', 'Sai trường').attach('document', PDF, 'a.pdf');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expectError(res, res.status);
    expect(await counts()).toEqual(before);
  });

  it('a missing or markup-only title is a 400 naming "titleVi" and nothing is stored', async () => {
    const before = await counts();
    const missing = await upload(officerA, PDF, 'a.pdf', {});
    expectError(missing, 400, 'titleVi');
    const markup = await upload(officerA, PDF, 'a.pdf', { titleVi: '<script>alert(1)</script>' });
    expectError(markup, 400, 'titleVi');
    expect(await counts()).toEqual(before);
  });

  it("officerB cannot upload to department STC's project (404) and nothing is stored", async () => {
    const before = await counts();
    const res = await upload(officerB, PDF, 'a.pdf');
    expectError(res, 404);
    expect(await counts()).toEqual(before);
  });

  it('a valid PDF named ../../etc/passwd.exe is stored under a safe name and served only to those allowed', async () => {
    const before = await counts();
    const res = await upload(officerA, PDF, '../../etc/passwd.exe', { titleVi: 'Quy hoạch <script>alert(1)</script>chi tiết' });
    expect(res.status).toBe(201);
    expect(res.body.fileName).toMatch(/\.pdf$/);
    expect(res.body.fileName).not.toContain('/');
    expect(res.body.fileName).not.toContain('\\');
    expect(res.body.fileName).not.toContain('..');
    expect(res.body).toMatchObject({ kind: 'document', mimeType: 'application/pdf', sizeBytes: PDF.length });
    expect(res.body.title.vi).toContain('Quy hoạch');
    expect(res.body.title.vi).toContain('chi tiết');
    expectNoActiveContent(res.text);
    const after = await counts();
    expect(after.documents).toBe(before.documents + 1);
    expect(after.files).toBe(before.files + 1);

    // The bytes live inside the upload folder, under a key of our own making.
    const [row] = await stack.db.query('SELECT storage_key, file_name FROM documents WHERE id = $1', [res.body.id]);
    expect(row.storage_key).toBe(`project/${res.body.id}`);
    expect(fs.readFileSync(path.join(uploadDir, row.storage_key))).toEqual(PDF);

    const url = `/api/v1/documents/${res.body.id}`;
    const anonymous = await request(stack.url).get(url);
    expectError(anonymous, 404);

    const own = await raw(officerA, 'get', url).buffer(true).parse(binary);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toMatch(/^attachment;/);
    expect(own.headers['content-disposition']).not.toContain('/');
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect(own.headers['cache-control']).toBe('private, no-store');
    expect(Buffer.compare(own.body as Buffer, PDF)).toBe(0);

    const other = await officerB.get(url);
    expectError(other, 404);

    await submitAndPublish('projects', project.id);
    const pub = await request(stack.url).get(url).buffer(true).parse(binary);
    expect(pub.status).toBe(200);
    expect(pub.headers['content-type']).toBe('application/pdf');
    expect(pub.headers['content-disposition']).toMatch(/^attachment;/);
    expect(pub.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(pub.body as Buffer, PDF)).toBe(0);
    const page = await request(stack.url).get(`/api/v1/projects/${project.slug}`);
    expect(page.status).toBe(200);
    expect(page.body.documents.map((d: { id: string }) => d.id)).toContain(res.body.id);
  });

  it('an image with markup in its name is stored with a name free of quotes and angle brackets', async () => {
    const draft = await createProject(officerA);
    const res = await officerA.send('post', `/api/v1/workspace/projects/${draft.id}/documents`, undefined, {
      attach: { field: 'file', buffer: JPEG, filename: '"><img src=x onerror=alert(1)>.svg' },
      fields: { titleVi: 'Ảnh' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'image', mimeType: 'image/jpeg' });
    expect(res.body.fileName).toMatch(/\.jpg$/);
    expect(res.body.fileName).not.toMatch(/[<>"]/);
  });
});
