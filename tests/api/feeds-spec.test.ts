import { parseFeed } from '@rowanmanning/feed-parser';
import { DOMParser, type Document as XmlDocument, type Element as XmlElement } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

/**
 * The feeds and open-data exports checked against their specifications with real parsers:
 * RSS 2.0 (rssboard.org) and Atom 1.0 (RFC 4287) with a strict XML parser (@xmldom/xmldom) and a
 * feed reader's parser (@rowanmanning/feed-parser), GeoJSON (RFC 7946) and CSV (RFC 4180, csv-parse),
 * each compared with the public projects and policies in PostgreSQL.
 */
const PUBLIC_URL = 'https://dautu.soctrang.example';
const HOST = new URL(PUBLIC_URL).hostname;
const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const FEED_CAP = 50;
const CSV_HEADER = ['code', 'title', 'status', 'sectors', 'unit', 'department', 'lat', 'lng', 'area_ha', 'capital_vnd', 'capital_usd', 'published_at', 'url'];
const NON_PUBLIC_PROJECT = ['draft', 'submitted', 'rejected', 'archived'];

type Lang = 'vi' | 'en';
type Kind = 'projects' | 'policies';
type Format = 'rss' | 'atom';
interface Bi {
  vi: string;
  en: string | null;
}
interface Filter {
  sector?: string;
  unit?: string;
  department?: string;
}
/** A public item as PostgreSQL has it: the oracle the outputs are compared with. */
interface DbItem {
  id: string;
  slug: string;
  code: string;
  status: string;
  title: Bi;
  summary: Bi;
  sectors: Bi[];
  published_at: Date;
  updated_at: Date;
  lat: number | null;
  lng: number | null;
  unit: Bi | null;
  department: Bi;
  area_ha: string | null;
  capital_vnd: string | null;
}

let stack: TestStack;
let filters: Record<Kind, Record<string, Filter>>;
/** Projects this file publishes, whose titles stress quoting, escaping and formula neutralisation. */
const made: Record<'quoted' | 'eq' | 'plus' | 'minus' | 'at', { id: string; slug: string }> = {} as never;
/** Items this file keeps out of public view (draft, submitted, rejected). */
const hidden: { id: string; slug: string }[] = [];
let officer: Client;
let officerB: Client;
let editor: Client;
let sectorId: string;
let unitId: string;
let seq = 0;

const pick = (b: Bi, lang: Lang) => (lang === 'en' && b.en) || b.vi;
const queryString = (lang: Lang, f: Filter) =>
  new URLSearchParams(Object.entries({ lang, sector: f.sector, unit: f.unit, department: f.department }).filter(([, v]) => v) as [string, string][]).toString();

function projectBody(title: Bi, summary: Bi = { vi: 'Tóm tắt dự án', en: 'Project summary' }) {
  return {
    code: `FS-${++seq}`,
    title,
    summary,
    description: { vi: 'Mô tả chi tiết', en: null },
    sectorIds: [sectorId],
    unitId,
    location: { lat: 9.61, lng: 105.98 },
    areaHa: 12.5,
    capitalVnd: '254000000000',
  };
}

async function create(title: Bi, summary?: Bi): Promise<{ id: string; slug: string; version: number }> {
  const res = await officer.post('/api/v1/workspace/projects', projectBody(title, summary));
  if (res.status !== 201) throw new Error(`setup: create ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function submit(id: string): Promise<void> {
  const res = await officer.post(`/api/v1/workspace/projects/${id}/submit`);
  if (res.status !== 200) throw new Error(`setup: submit ${res.status} ${JSON.stringify(res.body)}`);
}

/** Officer creates and submits, the editor publishes the version they reviewed. */
async function publishNew(title: Bi, summary?: Bi): Promise<{ id: string; slug: string }> {
  const p = await create(title, summary);
  await submit(p.id);
  const { version } = (await editor.get(`/api/v1/workspace/projects/${p.id}`)).body;
  const res = await editor.post(`/api/v1/workspace/projects/${p.id}/publish`, { version });
  if (res.status !== 200 || res.body.status !== 'published') throw new Error(`setup: publish ${res.status} ${JSON.stringify(res.body)}`);
  return { id: p.id, slug: p.slug };
}

/** A policy of officer B's department (the demo policies are all the province-wide ones of another department). */
async function publishPolicy(title: Bi, sectorIds: string[], unitIds: string[]): Promise<{ id: string; slug: string }> {
  const created = await officerB.post('/api/v1/workspace/policies', {
    code: `FS-C-${++seq}`,
    title,
    summary: { vi: 'Ưu đãi tiền thuê đất trong khu công nghiệp', en: 'Land rent incentives in industrial parks' },
    body: { vi: '<p>Nội dung</p>', en: '<p>Body</p>' },
    legalBasis: { number: `${seq}/2026/QĐ-UBND`, issuer: { vi: 'UBND tỉnh', en: 'Provincial People’s Committee' }, date: '2026-03-01' },
    incentiveTypes: ['land_rent'],
    sectorIds,
    unitIds,
  });
  if (created.status !== 201) throw new Error(`setup: create policy ${created.status} ${JSON.stringify(created.body)}`);
  const submitted = await officerB.post(`/api/v1/workspace/policies/${created.body.id}/submit`);
  if (submitted.status !== 200) throw new Error(`setup: submit policy ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const res = await editor.post(`/api/v1/workspace/policies/${created.body.id}/publish`, { version: submitted.body.version });
  if (res.status !== 200 || res.body.status !== 'published') throw new Error(`setup: publish policy ${res.status} ${JSON.stringify(res.body)}`);
  return { id: created.body.id, slug: created.body.slug };
}

/** The raw bytes of an answer (no decoding by supertest). */
async function fetchRaw(path: string, headers: Record<string, string> = {}) {
  let req = request(stack.url).get(path);
  for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
  const res = await req.buffer(true).parse((r, cb) => {
    const chunks: Buffer[] = [];
    r.on('data', (c: Buffer) => chunks.push(Buffer.from(c)));
    r.on('end', () => cb(null, Buffer.concat(chunks)));
  });
  const body = res.body as Buffer;
  return { status: res.status, headers: res.headers as Record<string, string>, body, text: body.toString('utf8') };
}

/** Every public item of a kind matching the filter, newest change first, as the feeds document it. */
async function publicItems(kind: Kind, f: Filter): Promise<DbItem[]> {
  const link = kind === 'projects' ? 'project_sectors' : 'policy_sectors';
  const fk = kind === 'projects' ? 'project_id' : 'policy_id';
  const unitClause =
    kind === 'projects'
      ? `($2::text IS NULL OR p.unit_id IN (SELECT id FROM administrative_units WHERE code = $2))`
      : // A policy without units applies to the whole province, so it matches every unit.
        `($2::text IS NULL OR p.id NOT IN (SELECT policy_id FROM policy_units) OR p.id IN (SELECT pu.policy_id FROM policy_units pu JOIN administrative_units au ON au.id = pu.unit_id WHERE au.code = $2))`;
  const projectCols =
    kind === 'projects'
      ? `p.lat, p.lng, p.area_ha::text AS area_ha, p.capital_vnd::text AS capital_vnd,
         (SELECT jsonb_build_object('vi', u.name_vi, 'en', u.name_en) FROM administrative_units u WHERE u.id = p.unit_id) AS unit`
      : `NULL::float8 AS lat, NULL::float8 AS lng, NULL AS area_ha, NULL AS capital_vnd, NULL::jsonb AS unit`;
  return stack.db.query(
    // An item's last change is its last update, and never before its publication.
    `SELECT p.id, p.slug, p.code, p.status, p.title, p.summary, p.published_at, GREATEST(p.updated_at, p.published_at) AS updated_at, ${projectCols},
            (SELECT jsonb_build_object('vi', d.name_vi, 'en', d.name_en) FROM departments d WHERE d.id = p.department_id) AS department,
            COALESCE((SELECT jsonb_agg(jsonb_build_object('vi', s.name_vi, 'en', s.name_en) ORDER BY s.code)
                        FROM ${link} x JOIN sectors s ON s.id = x.sector_id WHERE x.${fk} = p.id), '[]'::jsonb) AS sectors
       FROM ${kind} p
      WHERE p.status IN (${kind === 'projects' ? `'published', 'awarded'` : `'published'`})
        AND ($1::text IS NULL OR p.id IN (SELECT x.${fk} FROM ${link} x JOIN sectors s ON s.id = x.sector_id WHERE s.code = $1))
        AND ${unitClause}
        AND ($3::text IS NULL OR p.department_id IN (SELECT id FROM departments WHERE code = $3))
      ORDER BY GREATEST(p.updated_at, p.published_at) DESC, p.code`,
    [f.sector ?? null, f.unit ?? null, f.department ?? null],
  );
}

/** Everything of a kind that must never be shown: drafts, submissions, rejected and archived items. */
async function nonPublic(kind: Kind): Promise<{ id: string; slug: string; status: string }[]> {
  return stack.db.query(`SELECT id, slug, status FROM ${kind} WHERE status NOT IN (${kind === 'projects' ? `'published', 'awarded'` : `'published'`})`);
}

// ---------------------------------------------------------------------------------------------
// Strict XML and date checkers
// ---------------------------------------------------------------------------------------------

/** Parses XML and fails on any warning, error or fatal error, plus the lexical rules xmldom lets pass. */
function parseXmlStrict(text: string): XmlDocument {
  const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/u.exec(text);
  if (forbidden) throw new Error(`character U+${forbidden[0].charCodeAt(0).toString(16)} is not allowed in XML 1.0`);
  const bareAmp = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/.exec(text);
  if (bareAmp) throw new Error(`unescaped & at ${bareAmp.index}: ${text.slice(bareAmp.index, bareAmp.index + 20)}`);
  if (text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').includes(']]>')) throw new Error(']]> outside a CDATA section');
  return new DOMParser({
    onError: (level, msg) => {
      throw new Error(`XML ${level}: ${msg}`);
    },
  }).parseFromString(text, 'text/xml');
}

function elementChildren(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as XmlElement);
  return out;
}

function allElements(el: XmlElement): XmlElement[] {
  return [el, ...elementChildren(el).flatMap(allElements)];
}

/** Children in no namespace (RSS) or in the Atom namespace (Atom) with this local name. */
const named = (el: XmlElement, name: string, ns: string | null = null) => elementChildren(el).filter((c) => c.localName === name && c.namespaceURI === ns);
const text = (el: XmlElement | undefined) => el?.textContent ?? '';

/** Namespaces declared (xmlns, xmlns:p) anywhere in the document. */
function declaredNamespaces(root: XmlElement): Set<string> {
  const out = new Set<string>([XML_NS]);
  for (const el of allElements(root)) {
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i)!;
      if (a.namespaceURI === XMLNS_NS && a.value) out.add(a.value);
    }
  }
  return out;
}

function expectNamespacesDeclared(root: XmlElement): void {
  const declared = declaredNamespaces(root);
  for (const el of allElements(root)) {
    if (el.namespaceURI !== null) expect({ element: el.tagName, ns: declared.has(el.namespaceURI) }).toEqual({ element: el.tagName, ns: true });
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i)!;
      if (a.namespaceURI !== null) expect({ attribute: a.name, ns: declared.has(a.namespaceURI) || a.namespaceURI === XMLNS_NS }).toEqual({ attribute: a.name, ns: true });
    }
  }
}

function absoluteHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.href === value && !/\s/.test(value);
  } catch {
    return false;
  }
}

/** An absolute IRI (RFC 3987): a scheme, no spaces, parseable. */
function absoluteIri(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const ZONES: Record<string, number> = { UT: 0, GMT: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, Z: 0 };
const RFC822 =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(0?[1-9]|[12]\d|3[01]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}|\d{2}) ([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d|60))? (UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|Z|[+-](?:[01]\d|2[0-3])[0-5]\d)$/;

/** An RFC 822 date-time as RSS 2.0 requires (four-digit years allowed), a real calendar date, weekday right. */
function rfc822(value: string): Date | null {
  const m = RFC822.exec(value);
  if (!m) return null;
  const [, dow, d, mon, y, hh, mm, ss, zone] = m;
  const year = y!.length === 2 ? 1900 + Number(y) : Number(y);
  const month = MONTHS.indexOf(mon!);
  const offset = zone! in ZONES ? ZONES[zone!]! : (zone![0] === '-' ? -1 : 1) * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(3)));
  const local = new Date(Date.UTC(year, month, Number(d), Number(hh), Number(mm), Number(ss ?? 0)));
  if (local.getUTCDate() !== Number(d) || local.getUTCMonth() !== month) return null; // 31 Feb and the like
  if (dow && DAYS[local.getUTCDay()] !== dow) return null;
  const instant = new Date(local.getTime() - offset * 60_000);
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed) || parsed !== instant.getTime()) return null;
  return instant;
}

const RFC3339 = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** An RFC 3339 date-time (Atom Date construct): upper-case T and Z, a real calendar date. */
function rfc3339(value: string): Date | null {
  const m = RFC3339.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCDate() !== Number(d)) return null;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed);
}

// ---------------------------------------------------------------------------------------------
// RSS 2.0 and Atom 1.0 structure
// ---------------------------------------------------------------------------------------------

const RSS_CHANNEL_ONCE = ['title', 'link', 'description', 'language', 'copyright', 'managingEditor', 'webMaster', 'pubDate', 'lastBuildDate', 'generator', 'docs', 'cloud', 'ttl', 'image', 'rating', 'textInput', 'skipHours', 'skipDays'];
const RSS_ITEM_ONCE = ['title', 'link', 'description', 'author', 'comments', 'enclosure', 'guid', 'pubDate', 'source'];

interface ParsedItem {
  id: string;
  title: string;
  link: string;
  summary: string;
  published: Date;
  updated?: Date;
  categories: string[];
}

/** RSS 2.0: the channel and item elements the specification defines, in the forms it requires. */
function checkRss(doc: XmlDocument, self: string, channelLink: string, lang: Lang): ParsedItem[] {
  const rss = doc.documentElement!;
  expect([rss.localName, rss.namespaceURI, rss.getAttribute('version')]).toEqual(['rss', null, '2.0']);
  expectNamespacesDeclared(rss);
  expect(elementChildren(rss).map((c) => c.tagName)).toEqual(['channel']);
  const channel = named(rss, 'channel')[0]!;
  const children = elementChildren(channel);
  for (const c of children.filter((c) => c.namespaceURI === null)) expect([...RSS_CHANNEL_ONCE, 'category', 'item']).toContain(c.localName);
  for (const name of RSS_CHANNEL_ONCE) expect(named(channel, name).length).toBeLessThanOrEqual(1);
  for (const name of ['title', 'link', 'description']) {
    expect(named(channel, name)).toHaveLength(1);
    expect(text(named(channel, name)[0]).trim()).not.toBe('');
  }
  expect(text(named(channel, 'title')[0])).toContain(stack.config.portal.name[lang]);
  const link = text(named(channel, 'link')[0]);
  expect(absoluteHttpUrl(link)).toBe(true);
  expect(link).toBe(channelLink);
  const language = text(named(channel, 'language')[0]);
  expect(language).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/);
  expect(language).toBe(lang);
  for (const name of ['pubDate', 'lastBuildDate']) {
    for (const el of named(channel, name)) expect({ [name]: text(el), valid: rfc822(text(el)) !== null }).toEqual({ [name]: text(el), valid: true });
  }
  const foreign = children.filter((c) => c.namespaceURI !== null);
  expect(foreign.map((c) => [c.namespaceURI, c.localName])).toEqual([[ATOM_NS, 'link']]);
  const atomSelf = foreign[0]!;
  expect([atomSelf.getAttribute('rel'), atomSelf.getAttribute('type'), atomSelf.getAttribute('href')]).toEqual(['self', 'application/rss+xml', self]);

  const items = named(channel, 'item');
  const parsed = items.map((item): ParsedItem => {
    for (const c of elementChildren(item)) {
      expect(c.namespaceURI).toBeNull();
      expect([...RSS_ITEM_ONCE, 'category']).toContain(c.localName);
    }
    for (const name of RSS_ITEM_ONCE) expect(named(item, name).length).toBeLessThanOrEqual(1);
    expect(named(item, 'title').length + named(item, 'description').length).toBeGreaterThan(0);
    const guid = named(item, 'guid')[0];
    expect(guid).toBeDefined();
    const isPermaLink = guid!.getAttribute('isPermaLink');
    expect(isPermaLink === null || isPermaLink === 'true' || isPermaLink === 'false').toBe(true);
    if (isPermaLink !== 'false') expect(absoluteHttpUrl(text(guid))).toBe(true);
    const itemLink = text(named(item, 'link')[0]);
    expect({ link: itemLink, absolute: absoluteHttpUrl(itemLink) }).toEqual({ link: itemLink, absolute: true });
    const pubDate = text(named(item, 'pubDate')[0]);
    const published = rfc822(pubDate);
    expect({ pubDate, valid: published !== null }).toEqual({ pubDate, valid: true });
    for (const c of named(item, 'category')) expect(text(c).trim()).not.toBe('');
    return {
      id: text(guid),
      title: text(named(item, 'title')[0]),
      link: itemLink,
      summary: text(named(item, 'description')[0]),
      published: published!,
      categories: named(item, 'category').map(text),
    };
  });
  const guids = parsed.map((i) => i.id);
  expect(new Set(guids).size).toBe(guids.length);
  const lastBuild = rfc822(text(named(channel, 'lastBuildDate')[0]));
  expect(lastBuild).not.toBeNull();
  return parsed;
}

const TEXT_TYPES = ['text', 'html', 'xhtml'];

/** An Atom Text construct: type text (default), html or xhtml (then a single xhtml:div). */
function checkTextConstruct(el: XmlElement): void {
  const type = el.getAttribute('type') ?? 'text';
  expect(TEXT_TYPES).toContain(type);
  if (type === 'xhtml') expect(elementChildren(el).map((c) => [c.namespaceURI, c.localName])).toEqual([['http://www.w3.org/1999/xhtml', 'div']]);
  else expect(elementChildren(el)).toHaveLength(0);
}

function checkPersons(persons: XmlElement[]): void {
  for (const p of persons) {
    expect(named(p, 'name', ATOM_NS)).toHaveLength(1);
    expect(text(named(p, 'name', ATOM_NS)[0]).trim()).not.toBe('');
    expect(named(p, 'uri', ATOM_NS).length).toBeLessThanOrEqual(1);
    expect(named(p, 'email', ATOM_NS).length).toBeLessThanOrEqual(1);
  }
}

function checkLinks(links: XmlElement[]): void {
  for (const l of links) expect(absoluteIri(l.getAttribute('href') ?? '')).toBe(true);
  // At most one rel="alternate" (the default) per type and hreflang.
  const alternates = links.filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate').map((l) => `${l.getAttribute('type')}|${l.getAttribute('hreflang')}`);
  expect(new Set(alternates).size).toBe(alternates.length);
}

/** Atom 1.0 (RFC 4287 §4.1): feed and entry elements, their cardinalities and constructs. */
function checkAtom(doc: XmlDocument, self: string, channelLink: string, lang: Lang): ParsedItem[] {
  const feed = doc.documentElement!;
  expect([feed.localName, feed.namespaceURI]).toEqual(['feed', ATOM_NS]);
  expect(feed.getAttributeNS(XML_NS, 'lang')).toBe(lang);
  expectNamespacesDeclared(feed);
  // No extension elements are used: everything is Atom.
  for (const el of allElements(feed)) expect({ el: el.localName, ns: el.namespaceURI }).toEqual({ el: el.localName, ns: ATOM_NS });

  const ATOM_FEED_ONCE = ['id', 'title', 'updated', 'subtitle', 'rights', 'icon', 'logo', 'generator'];
  for (const c of elementChildren(feed)) expect([...ATOM_FEED_ONCE, 'author', 'category', 'contributor', 'link', 'entry']).toContain(c.localName);
  for (const name of ATOM_FEED_ONCE) expect(named(feed, name, ATOM_NS).length).toBeLessThanOrEqual(1);
  for (const name of ['id', 'title', 'updated']) expect(named(feed, name, ATOM_NS)).toHaveLength(1);
  expect(absoluteIri(text(named(feed, 'id', ATOM_NS)[0]))).toBe(true);
  for (const name of ['title', 'subtitle', 'rights']) for (const el of named(feed, name, ATOM_NS)) checkTextConstruct(el);
  expect(text(named(feed, 'title', ATOM_NS)[0])).toContain(stack.config.portal.name[lang]);
  const feedUpdated = rfc3339(text(named(feed, 'updated', ATOM_NS)[0]));
  expect({ updated: text(named(feed, 'updated', ATOM_NS)[0]), valid: feedUpdated !== null }).toEqual({ updated: text(named(feed, 'updated', ATOM_NS)[0]), valid: true });
  const feedLinks = named(feed, 'link', ATOM_NS);
  checkLinks(feedLinks);
  const selfLinks = feedLinks.filter((l) => l.getAttribute('rel') === 'self');
  expect(selfLinks.map((l) => [l.getAttribute('href'), l.getAttribute('type')])).toEqual([[self, 'application/atom+xml']]);
  const alternate = feedLinks.filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  expect(alternate.map((l) => l.getAttribute('href'))).toEqual([channelLink]);
  const feedAuthors = named(feed, 'author', ATOM_NS);
  checkPersons(feedAuthors);
  checkPersons(named(feed, 'contributor', ATOM_NS));
  for (const c of named(feed, 'category', ATOM_NS)) expect(c.getAttribute('term')).toBeTruthy();

  const ATOM_ENTRY_ONCE = ['id', 'title', 'updated', 'published', 'summary', 'content', 'rights', 'source'];
  const entries = named(feed, 'entry', ATOM_NS);
  const parsed = entries.map((entry): ParsedItem => {
    for (const c of elementChildren(entry)) expect([...ATOM_ENTRY_ONCE, 'author', 'category', 'contributor', 'link']).toContain(c.localName);
    for (const name of ATOM_ENTRY_ONCE) expect(named(entry, name, ATOM_NS).length).toBeLessThanOrEqual(1);
    for (const name of ['id', 'title', 'updated']) expect(named(entry, name, ATOM_NS)).toHaveLength(1);
    const id = text(named(entry, 'id', ATOM_NS)[0]);
    expect({ id, iri: absoluteIri(id) }).toEqual({ id, iri: true });
    // An author on the feed, or on every entry (RFC 4287 §4.1.1, §4.1.2).
    if (feedAuthors.length === 0) expect(named(entry, 'author', ATOM_NS).length).toBeGreaterThan(0);
    checkPersons(named(entry, 'author', ATOM_NS));
    const links = named(entry, 'link', ATOM_NS);
    checkLinks(links);
    const alternates = links.filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    const content = named(entry, 'content', ATOM_NS)[0];
    expect(alternates.length > 0 || content !== undefined).toBe(true);
    if (content) {
      const type = content.getAttribute('type') ?? 'text';
      expect(TEXT_TYPES.includes(type) || /^[\w.+-]+\/[\w.+-]+$/.test(type)).toBe(true);
      if (content.getAttribute('src')) expect(named(entry, 'summary', ATOM_NS)).toHaveLength(1);
    }
    for (const name of ['title', 'summary', 'rights']) for (const el of named(entry, name, ATOM_NS)) checkTextConstruct(el);
    for (const c of named(entry, 'category', ATOM_NS)) expect(c.getAttribute('term')).toBeTruthy();
    const updatedText = text(named(entry, 'updated', ATOM_NS)[0]);
    const updated = rfc3339(updatedText);
    expect({ updated: updatedText, valid: updated !== null }).toEqual({ updated: updatedText, valid: true });
    const publishedText = text(named(entry, 'published', ATOM_NS)[0]);
    const published = rfc3339(publishedText);
    expect({ published: publishedText, valid: published !== null }).toEqual({ published: publishedText, valid: true });
    expect(published!.getTime()).toBeLessThanOrEqual(updated!.getTime());
    return {
      id,
      title: text(named(entry, 'title', ATOM_NS)[0]),
      link: alternates[0]?.getAttribute('href') ?? '',
      summary: text(named(entry, 'summary', ATOM_NS)[0]),
      published: published!,
      updated: updated!,
      categories: named(entry, 'category', ATOM_NS).map((c) => c.getAttribute('term')!),
    };
  });
  const ids = parsed.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  // The feed changed when its newest entry did.
  if (parsed.length > 0) expect(feedUpdated!.getTime()).toBe(Math.max(...parsed.map((e) => e.updated!.getTime())));
  return parsed;
}

/** The XML bytes: valid UTF-8, declared as such, in the content type the format has. */
function checkXmlEnvelope(res: Awaited<ReturnType<typeof fetchRaw>>, format: Format): void {
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe(format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8');
  expect(Buffer.from(res.text, 'utf8').equals(res.body)).toBe(true);
  expect(res.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
}

/** Cache-Control on the answer, and a conditional GET with its ETag answered 304 (with no body). */
async function expectCacheable(path: string, res: Awaited<ReturnType<typeof fetchRaw>>): Promise<void> {
  expect(res.headers['cache-control']).toBe('public, max-age=300');
  const etag = res.headers.etag;
  expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
  const again = await fetchRaw(path, { 'If-None-Match': etag! });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  expect(again.headers.etag).toBe(etag);
  expect(again.headers['cache-control']).toBe('public, max-age=300');
  const other = await fetchRaw(path, { 'If-None-Match': '"something-else"' });
  expect(other.status).toBe(200);
  expect(other.body.equals(res.body)).toBe(true);
}

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  stack = await startTestStack({ demoData: true, env: { PUBLIC_URL } });
  officer = new Client(stack.url);
  officerB = new Client(stack.url);
  editor = new Client(stack.url);
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await officerB.signIn(DEMO.officerB.email, DEMO.officerB.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  const tax = (await officer.get('/api/v1/taxonomies')).body;
  sectorId = tax.sectors[0].id;
  unitId = tax.units.find((u: { parentId: string | null }) => u.parentId).id;
  const [unitX, unitY] = tax.units.filter((u: { parentId: string | null }) => u.parentId).map((u: { id: string }) => u.id);

  // Policies for some units only (the demo ones apply to the whole province), one without English title.
  await publishPolicy({ vi: 'Ưu đãi khu công nghiệp An Nghiệp, đợt "1"', en: 'An Nghiep industrial park incentives' }, [sectorId], [unitX]);
  await publishPolicy({ vi: 'Hỗ trợ hạ tầng cụm công nghiệp & cảng', en: null }, [], [unitY]);

  // Titles that need CSV quoting (comma, quotes, newline) and XML escaping, with no English title.
  made.quoted = await publishNew(
    { vi: 'Cảng cá Trần Đề, giai đoạn "2"\nmở rộng bến & kho lạnh', en: null },
    { vi: 'Vốn < 500 tỷ đồng, ưu đãi "đặc biệt" & miễn thuế', en: 'Capital < VND 500bn, "special" incentives & tax holiday' },
  );
  // Titles a spreadsheet would run as formulas.
  made.eq = await publishNew({ vi: '=HYPERLINK("http://evil.example","Bấm vào đây")', en: '=SUM(1+2) wind farm' });
  made.plus = await publishNew({ vi: '+84 Khu nhà ở công nhân Mỹ Xuyên', en: null });
  made.minus = await publishNew({ vi: '-2 Cụm công nghiệp Kế Sách', en: '-2 Ke Sach industrial cluster' });
  made.at = await publishNew({ vi: '@SUM(A1:A9) Nhà máy chế biến tôm', en: '@Shrimp processing plant' });

  // Enough public projects that the feeds' cap applies (the demo data has fewer).
  const demoPublic = (await stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE status IN ('published', 'awarded')`))[0].n as number;
  for (let i = 1; demoPublic + i <= FEED_CAP + 5; i++) await publishNew({ vi: `Dự án bổ sung số ${i} tại Sóc Trăng`, en: i % 2 ? `Additional project no. ${i}` : null });

  // Items that must never appear: a draft, a submission awaiting review, a rejected one.
  const draft = await create({ vi: 'Bản nháp không công khai FS', en: 'Private draft FS' });
  const submitted = await create({ vi: 'Hồ sơ chờ duyệt FS', en: 'Awaiting review FS' });
  await submit(submitted.id);
  const rejected = await create({ vi: 'Hồ sơ bị trả lại FS', en: 'Rejected FS' });
  await submit(rejected.id);
  const rej = await editor.post(`/api/v1/workspace/projects/${rejected.id}/reject`, { comment: 'Thiếu bản đồ khu đất' });
  if (rej.status !== 200) throw new Error(`setup: reject ${rej.status}`);
  hidden.push(draft, submitted, rejected);

  // Filters that select a proper, non-empty subset of the public items of each kind.
  const codeFrom = async (sql: string) => (await stack.db.query(sql))[0].code as string;
  filters = {
    projects: {
      none: {},
      sector: { sector: await codeFrom(`SELECT s.code FROM sectors s JOIN project_sectors x ON x.sector_id = s.id JOIN projects p ON p.id = x.project_id WHERE p.status IN ('published', 'awarded') GROUP BY s.code ORDER BY count(*) DESC, s.code LIMIT 1`) },
      unit: { unit: await codeFrom(`SELECT u.code FROM administrative_units u JOIN projects p ON p.unit_id = u.id WHERE p.status IN ('published', 'awarded') GROUP BY u.code ORDER BY count(*) DESC, u.code LIMIT 1`) },
      department: { department: await codeFrom(`SELECT d.code FROM departments d JOIN projects p ON p.department_id = d.id WHERE p.status IN ('published', 'awarded') GROUP BY d.code ORDER BY count(*) ASC, d.code LIMIT 1`) },
      'sector+unit': {},
      nothing: { unit: 'khong-co-don-vi-nay' },
    },
    policies: {
      none: {},
      sector: { sector: await codeFrom(`SELECT s.code FROM sectors s JOIN policy_sectors x ON x.sector_id = s.id JOIN policies p ON p.id = x.policy_id WHERE p.status = 'published' GROUP BY s.code ORDER BY count(*) ASC, s.code LIMIT 1`) },
      unit: { unit: await codeFrom(`SELECT u.code FROM administrative_units u JOIN policy_units x ON x.unit_id = u.id JOIN policies p ON p.id = x.policy_id WHERE p.status = 'published' GROUP BY u.code ORDER BY count(*) DESC, u.code LIMIT 1`) },
      department: { department: await codeFrom(`SELECT d.code FROM departments d JOIN policies p ON p.department_id = d.id WHERE p.status = 'published' GROUP BY d.code ORDER BY count(*) DESC, d.code LIMIT 1`) },
      'sector+unit': {},
      nothing: { sector: 'khong-co-linh-vuc-nay' },
    },
  };
  for (const kind of ['projects', 'policies'] as Kind[]) filters[kind]['sector+unit'] = { ...filters[kind].sector, ...filters[kind].unit };
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

it('the stack serves the configured public URL', () => {
  expect(stack.config.publicUrl).toBe(PUBLIC_URL);
});

it('the strict XML check rejects ill-formed documents', () => {
  const bad = [
    '<rss><channel></rss>',
    '<rss>&nbsp;</rss>',
    '<rss>Tom & Jerry</rss>',
    '<rss>\u0007</rss>',
    '<rss><atom:link/></rss>',
    '<rss a="1" a="2"/>',
    '<rss/><rss/>',
    '<rss b=c/>',
    '<rss>]]></rss>',
    '<rss/>trailing',
  ];
  for (const xml of bad) expect(() => parseXmlStrict(xml)).toThrow();
  expect(parseXmlStrict('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">&lt;&amp;&#x1EA1;</rss>').documentElement!.textContent).toBe('<&ạ');
});

it('the date checks accept RFC 822 and RFC 3339 and nothing looser', () => {
  expect(rfc822('Thu, 01 Oct 2026 00:00:00 GMT')?.toISOString()).toBe('2026-10-01T00:00:00.000Z');
  expect(rfc822('1 Oct 2026 07:00 +0700')?.toISOString()).toBe('2026-10-01T00:00:00.000Z');
  for (const bad of ['Wed, 01 Oct 2026 00:00:00 GMT', 'Thu, 31 Feb 2026 00:00:00 GMT', '2026-10-01T00:00:00Z', 'Thu, 01 Oct 2026 00:00:00', 'Thu 01 Oct 2026 00:00:00 GMT']) expect(rfc822(bad)).toBeNull();
  expect(rfc3339('2026-11-01T00:00:00.000Z')?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  expect(rfc3339('2026-11-01T07:00:00+07:00')?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
  for (const bad of ['2026-11-01', '2026-11-01 00:00:00Z', '2026-02-30T00:00:00Z', '2026-11-01T00:00:00', 'Thu, 01 Oct 2026 00:00:00 GMT']) expect(rfc3339(bad)).toBeNull();
});

it('the chosen filters select proper, non-empty subsets (so filtering is really exercised)', async () => {
  for (const kind of ['projects', 'policies'] as Kind[]) {
    const all = (await publicItems(kind, {})).length;
    for (const name of ['sector', 'unit', 'department'] as const) {
      const n = (await publicItems(kind, filters[kind][name]!)).length;
      expect({ kind, name, nonEmpty: n > 0, proper: n < all }).toEqual({ kind, name, nonEmpty: true, proper: true });
    }
    expect(await publicItems(kind, filters[kind].nothing!)).toHaveLength(0);
  }
  // The cap is exercised: there are more public projects than one feed carries.
  expect((await publicItems('projects', {})).length).toBeGreaterThan(FEED_CAP);
});

/** Whether a check fails (an expectation inside it throws). */
function refuses(check: () => unknown): boolean {
  try {
    check();
    return false;
  } catch {
    return true;
  }
}

/** Applies one edit to a served feed and checks that it really changed something. */
function mutate(source: string, find: RegExp | string, replace: string | ((match: string, ...groups: string[]) => string)): string {
  const out = source.replace(find, replace as string);
  expect(out).not.toBe(source);
  return out;
}

it('the RSS check refuses feeds that break RSS 2.0 (and accepts the served one)', async () => {
  const { text: rss } = await fetchRaw('/feeds/projects.rss?lang=vi');
  const self = `${PUBLIC_URL}/feeds/projects.rss?lang=vi`;
  const check = (xml: string) => checkRss(parseXmlStrict(xml), self, `${PUBLIC_URL}/vi/projects`, 'vi');
  expect(check(rss).length).toBe(FEED_CAP);
  const firstGuid = /<guid isPermaLink="false">([^<]+)<\/guid>/.exec(rss)![1]!;
  const broken = {
    'old version': mutate(rss, '<rss version="2.0"', '<rss version="0.92"'),
    'no channel link': mutate(rss, /<link>[^<]*<\/link>\n/, ''),
    'relative item link': mutate(rss, /<link>https:\/\/dautu\.soctrang\.example(\/vi\/projects\/[^<]+)<\/link>/, '<link>$1</link>'),
    'item without title and description': mutate(rss, /<item><title>[^<]*<\/title>(.*?)<description>[^<]*<\/description>/, '<item>$1'),
    'no guid': mutate(rss, /<guid isPermaLink="false">[^<]*<\/guid>/, ''),
    'duplicate guid': mutate(rss, /(<item>.*?<\/item>\n<item>.*?<guid isPermaLink="false">)[^<]+/s, `$1${firstGuid}`),
    'a tag URI as permalink': mutate(rss, 'isPermaLink="false"', 'isPermaLink="true"'),
    'ISO date in pubDate': mutate(rss, /<pubDate>[^<]*<\/pubDate>/, '<pubDate>2026-10-01T00:00:00Z</pubDate>'),
    'wrong weekday': mutate(rss, /<lastBuildDate>(\w{3}),/, (_, day) => `<lastBuildDate>${DAYS[(DAYS.indexOf(day!) + 1) % 7]},`),
    'no such day': mutate(rss, /<lastBuildDate>\w{3}, \d{2} \w{3}/, '<lastBuildDate>Sat, 31 Feb'),
    'no zone': mutate(rss, / GMT<\/pubDate>/, '</pubDate>'),
    'language name': mutate(rss, '<language>vi</language>', '<language>Vietnamese</language>'),
    'self link type': mutate(rss, 'type="application/rss+xml"', 'type="text/xml"'),
    'undeclared namespace': mutate(rss, '<item>', '<item><media:thumbnail url="x"/>'),
    'non-RSS element': mutate(rss, '<item>', '<item><summary>x</summary>'),
    'two channels': mutate(rss, '</channel>', '</channel><channel/>'),
    'bare ampersand': mutate(rss, /&amp;/, '&'),
  };
  for (const [name, xml] of Object.entries(broken)) expect({ name, refused: refuses(() => check(xml)) }).toEqual({ name, refused: true });
});

it('the Atom check refuses feeds that break RFC 4287 (and accepts the served one)', async () => {
  const { text: atom } = await fetchRaw('/feeds/projects.atom?lang=vi');
  const self = `${PUBLIC_URL}/feeds/projects.atom?lang=vi`;
  const check = (xml: string) => checkAtom(parseXmlStrict(xml), self, `${PUBLIC_URL}/vi/projects`, 'vi');
  expect(check(atom).length).toBe(FEED_CAP);
  const firstId = /<entry><id>([^<]+)<\/id>/.exec(atom)![1]!;
  const broken = {
    'Atom 0.3 namespace': mutate(atom, 'xmlns="http://www.w3.org/2005/Atom"', 'xmlns="http://purl.org/atom/ns#"'),
    'other xml:lang': mutate(atom, 'xml:lang="vi"', 'xml:lang="en"'),
    'no feed id': mutate(atom, /\n<id>[^<]*<\/id>/, ''),
    'relative feed id': mutate(atom, /\n<id>[^<]*<\/id>/, '\n<id>/feeds/projects.atom</id>'),
    'no feed updated': mutate(atom, /\n<updated>[^<]*<\/updated>/, ''),
    'no author anywhere': mutate(atom, /<author>.*?<\/author>/, ''),
    'author without name': mutate(atom, /<author><name>[^<]*<\/name><\/author>/, '<author><email>a@b.c</email></author>'),
    'no self link': mutate(atom, /<link rel="self"[^>]*\/>/, ''),
    'entry without id': mutate(atom, /<entry><id>[^<]*<\/id>/, '<entry>'),
    'duplicate entry id': mutate(atom, /(<entry>.*?<\/entry>\n<entry><id>)[^<]+/s, `$1${firstId}`),
    'two entry titles': mutate(atom, /<entry>(<id>[^<]*<\/id>)/, '<entry>$1<title>x</title>'),
    'entry without link or content': mutate(atom, /(<entry>.*?)<link rel="alternate"[^>]*\/>/, '$1'),
    'space instead of T': mutate(atom, /<updated>(\d{4}-\d{2}-\d{2})T/, '<updated>$1 '),
    'no time zone': mutate(atom, /(<entry>.*?<updated>[^<]*?)Z<\/updated>/, '$1</updated>'),
    'summary type': mutate(atom, '<summary>', '<summary type="markdown">'),
    'category without term': mutate(atom, /<category term="[^"]*"\/>/, '<category/>'),
    'feed updated older than an entry': mutate(atom, /\n<updated>[^<]*<\/updated>/, '\n<updated>2000-01-01T00:00:00Z</updated>'),
  };
  for (const [name, xml] of Object.entries(broken)) expect({ name, refused: refuses(() => check(xml)) }).toEqual({ name, refused: true });
});

const FEED_CASES = (['projects', 'policies'] as Kind[]).flatMap((kind) =>
  (['rss', 'atom'] as Format[]).flatMap((format) =>
    (['vi', 'en'] as Lang[]).flatMap((lang) =>
      ['none', 'sector', 'unit', 'department', 'sector+unit', 'nothing'].map((filter) => ({ file: `${kind}.${format}`, kind, format, lang, filter })),
    ),
  ),
);

describe.each(FEED_CASES)('/feeds/$file lang=$lang filter=$filter', ({ kind, format, lang, filter }) => {
  it('is well-formed, valid against its specification, matches PostgreSQL and is cacheable', async () => {
    const f = filters[kind][filter]!;
    const qs = queryString(lang, f);
    const path = `/feeds/${kind}.${format}?${qs}`;
    const self = `${PUBLIC_URL}${path}`;
    const channelLink = `${PUBLIC_URL}/${lang}/${kind}`;
    const res = await fetchRaw(path);
    checkXmlEnvelope(res, format);
    const doc = parseXmlStrict(res.text);
    const items = format === 'rss' ? checkRss(doc, self, channelLink, lang) : checkAtom(doc, self, channelLink, lang);

    // The items are the public items matching the filter, newest change first, up to the cap.
    const all = await publicItems(kind, f);
    const expected = all.slice(0, FEED_CAP);
    expect(items.map((i) => i.link)).toEqual(expected.map((r) => `${PUBLIC_URL}/${lang}/${kind}/${r.slug}`));
    items.forEach((item, n) => {
      const row = expected[n]!;
      expect(item.id).toBe(`tag:${HOST},2026:${kind}/${row.id}`);
      expect(item.title).toBe(pick(row.title, lang));
      expect(item.summary).toBe(pick(row.summary, lang));
      expect(item.categories).toEqual(row.sectors.map((s) => pick(s, lang)));
      if (format === 'rss') expect(item.published.getTime()).toBe(Math.floor(new Date(row.published_at).getTime() / 1000) * 1000);
      else {
        expect(item.published.getTime()).toBe(new Date(row.published_at).getTime());
        expect(item.updated!.getTime()).toBe(new Date(row.updated_at).getTime());
      }
    });

    // Nothing that is not public, by id or by address.
    const hiddenRows = await nonPublic(kind);
    expect(hiddenRows.length).toBeGreaterThan(0);
    for (const h of hiddenRows) {
      expect(res.text).not.toContain(h.id);
      expect(items.map((i) => i.link)).not.toContain(`${PUBLIC_URL}/${lang}/${kind}/${h.slug}`);
    }

    // A feed reader's parser reads the same feed.
    const parsed = parseFeed(res.text);
    expect(parsed.meta).toEqual(format === 'rss' ? { type: 'rss', version: '2.0' } : { type: 'atom', version: '1.0' });
    expect(parsed.language).toBe(lang);
    expect(parsed.url).toBe(channelLink);
    expect(parsed.self).toBe(self);
    expect(parsed.title).toContain(stack.config.portal.name[lang]);
    expect(parsed.updated ?? parsed.published).toBeInstanceOf(Date);
    expect(
      parsed.items.map((i) => ({ id: i.id, title: i.title, url: i.url, description: i.description, published: i.published?.getTime(), categories: i.categories.map((c) => c.term) })),
    ).toEqual(
      expected.map((r) => ({
        id: `tag:${HOST},2026:${kind}/${r.id}`,
        title: pick(r.title, lang).trim(),
        url: `${PUBLIC_URL}/${lang}/${kind}/${r.slug}`,
        description: pick(r.summary, lang).trim(),
        published: format === 'rss' ? Math.floor(new Date(r.published_at).getTime() / 1000) * 1000 : new Date(r.published_at).getTime(),
        categories: r.sectors.map((s) => pick(s, lang)),
      })),
    );

    // The self link is where this very document is served.
    const viaSelf = await fetchRaw(new URL(self).pathname + new URL(self).search);
    expect(viaSelf.body.equals(res.body)).toBe(true);

    await expectCacheable(path, res);
  });
});

it('the projects feeds show the Vietnamese title where there is no English one, and escape markup characters', async () => {
  const [quoted] = await stack.db.query(`SELECT title, summary FROM projects WHERE id = $1`, [made.quoted.id]);
  expect(quoted.title.en).toBeNull();
  expect(quoted.title.vi).toBe('Cảng cá Trần Đề, giai đoạn "2"\nmở rộng bến & kho lạnh');
  for (const format of ['rss', 'atom'] as Format[]) {
    const res = await fetchRaw(`/feeds/projects.${format}?lang=en`);
    const entry = parseFeed(res.text).items.find((i) => i.url === `${PUBLIC_URL}/en/projects/${made.quoted.slug}`);
    expect(entry?.title).toBe(quoted.title.vi);
    expect(entry?.description).toBe(quoted.summary.en);
    expect(res.text).toContain('Capital &lt; VND 500bn, &quot;special&quot; incentives &amp; tax holiday');
  }
});

// ---------------------------------------------------------------------------------------------
// GeoJSON (RFC 7946)
// ---------------------------------------------------------------------------------------------

describe.each((['vi', 'en'] as Lang[]).flatMap((lang) => ['none', 'sector', 'department'].map((filter) => ({ lang, filter }))))(
  '/api/v1/projects.geojson lang=$lang filter=$filter',
  ({ lang, filter }) => {
    it('is an RFC 7946 FeatureCollection of the public projects, inside the province, cacheable', async () => {
      const f = filters.projects[filter]!;
      const path = `/api/v1/projects.geojson?${queryString(lang, f)}`;
      const res = await fetchRaw(path);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/geo\+json(;|$)/);
      const geo = JSON.parse(res.text);
      expect(geo.type).toBe('FeatureCollection');
      // RFC 7946 §4: no "crs" member; members are type, features and optionally bbox.
      expect(Object.keys(geo).filter((k) => !['type', 'features', 'bbox'].includes(k))).toEqual([]);
      expect(Array.isArray(geo.features)).toBe(true);
      const b = stack.config.provinceBounds;
      const rows = await publicItems('projects', f);
      const bySlug = new Map(rows.map((r) => [r.slug, r]));
      for (const feature of geo.features) {
        expect(feature.type).toBe('Feature');
        expect(['string', 'number']).toContain(typeof feature.id);
        expect(feature.geometry.type).toBe('Point');
        const coords = feature.geometry.coordinates as unknown[];
        expect(coords).toHaveLength(2);
        const [lng, lat] = coords as number[];
        expect([typeof lng, Number.isFinite(lng), typeof lat, Number.isFinite(lat)]).toEqual(['number', true, 'number', true]);
        expect(lng).toBeGreaterThanOrEqual(-180);
        expect(lng).toBeLessThanOrEqual(180);
        expect(lat).toBeGreaterThanOrEqual(-90);
        expect(lat).toBeLessThanOrEqual(90);
        expect({ slug: feature.id, inside: lng! >= b.minLng && lng! <= b.maxLng && lat! >= b.minLat && lat! <= b.maxLat }).toEqual({ slug: feature.id, inside: true });
        expect(typeof feature.properties).toBe('object');
        const row = bySlug.get(feature.id);
        expect(row).toBeDefined();
        // Longitude first, latitude second (RFC 7946 §3.1.1).
        expect([lng, lat]).toEqual([row!.lng, row!.lat]);
        expect(feature.properties).toMatchObject({
          slug: row!.slug,
          code: row!.code,
          title: pick(row!.title, lang),
          status: row!.status,
          url: `${PUBLIC_URL}/${lang}/projects/${row!.slug}`,
          sectors: row!.sectors.map((s) => pick(s, lang)),
          unit: pick(row!.unit!, lang),
          department: pick(row!.department, lang),
          publishedAt: new Date(row!.published_at).toISOString(),
        });
      }
      const ids = geo.features.map((x: { id: string }) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(rows.map((r) => r.slug).sort());
      for (const h of await nonPublic('projects')) expect(res.text).not.toContain(`"${h.slug}"`);
      await expectCacheable(path, res);
    });
  },
);

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180, UTF-8 with BOM)
// ---------------------------------------------------------------------------------------------

/** What the service writes to neutralise a formula: a leading apostrophe. */
const neutralised = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe.each((['vi', 'en'] as Lang[]).flatMap((lang) => ['none', 'sector', 'unit'].map((filter) => ({ lang, filter }))))('/api/v1/projects.csv lang=$lang filter=$filter', ({ lang, filter }) => {
  it('parses as RFC 4180 CSV with a BOM and the documented header, one row per public project, cacheable', async () => {
    const f = filters.projects[filter]!;
    const path = `/api/v1/projects.csv?${queryString(lang, f)}`;
    const res = await fetchRaw(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="projects.csv"');
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(res.text, 'utf8').equals(res.body)).toBe(true);
    expect(res.text.endsWith('\r\n')).toBe(true);
    const records = parseCsv(res.body, { bom: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as string[][];
    expect(records[0]).toEqual(CSV_HEADER);
    const rows = await publicItems('projects', f);
    expect(records).toHaveLength(rows.length + 1);
    const { vndPerUsd } = stack.config.usdRate;
    // Newest change first, like the feeds.
    records.slice(1).forEach((rec, n) => {
      const row = rows[n]!;
      const cell = Object.fromEntries(CSV_HEADER.map((h, i) => [h, rec[i]]));
      expect(cell).toEqual({
        code: row.code,
        title: neutralised(pick(row.title, lang)),
        status: row.status,
        sectors: row.sectors.map((s) => pick(s, lang)).join('; '),
        unit: pick(row.unit!, lang),
        department: pick(row.department, lang),
        lat: String(row.lat),
        lng: String(row.lng),
        area_ha: row.area_ha ?? '',
        capital_vnd: row.capital_vnd ?? '',
        capital_usd: row.capital_vnd ? String(Math.round(Number(row.capital_vnd) / vndPerUsd)) : '',
        published_at: new Date(row.published_at).toISOString(),
        url: `${PUBLIC_URL}/${lang}/projects/${row.slug}`,
      });
    });
    const urls = new Set(records.slice(1).map((r) => r[12]));
    for (const h of await nonPublic('projects')) expect(urls.has(`${PUBLIC_URL}/${lang}/projects/${h.slug}`)).toBe(false);
    await expectCacheable(path, res);
  });
});

it('CSV: commas, quotes and newlines are quoted, Vietnamese text round-trips, formulas are neutralised', async () => {
  const res = await fetchRaw('/api/v1/projects.csv?lang=vi');
  const records = parseCsv(res.body, { bom: true, record_delimiter: '\r\n' }) as string[][];
  const byUrl = new Map(records.slice(1).map((r) => [r[12], r]));
  const titleOf = (slug: string) => byUrl.get(`${PUBLIC_URL}/vi/projects/${slug}`)?.[1];

  const quotedTitle = 'Cảng cá Trần Đề, giai đoạn "2"\nmở rộng bến & kho lạnh';
  expect(titleOf(made.quoted.slug)).toBe(quotedTitle);
  // In the bytes: one quoted field with doubled quotes, the newline kept inside it.
  expect(res.text).toContain('"Cảng cá Trần Đề, giai đoạn ""2""\nmở rộng bến & kho lạnh"');
  // NFC, not decomposed: the diacritics are the precomposed characters that were entered.
  expect(titleOf(made.quoted.slug)!.normalize('NFC')).toBe(titleOf(made.quoted.slug));
  expect(res.body.includes(Buffer.from('Trần Đề', 'utf8'))).toBe(true);

  expect(titleOf(made.eq.slug)).toBe(`'=HYPERLINK("http://evil.example","Bấm vào đây")`);
  expect(titleOf(made.plus.slug)).toBe(`'+84 Khu nhà ở công nhân Mỹ Xuyên`);
  expect(titleOf(made.minus.slug)).toBe(`'-2 Cụm công nghiệp Kế Sách`);
  expect(titleOf(made.at.slug)).toBe(`'@SUM(A1:A9) Nhà máy chế biến tôm`);
  // No cell of the file starts with a formula character.
  for (const rec of records) for (const c of rec) expect({ cell: c, formula: /^[=+\-@\t\r]/.test(c) }).toEqual({ cell: c, formula: false });

  const en = parseCsv((await fetchRaw('/api/v1/projects.csv?lang=en')).body, { bom: true, record_delimiter: '\r\n' }) as string[][];
  const enTitle = (slug: string) => en.find((r) => r[12] === `${PUBLIC_URL}/en/projects/${slug}`)?.[1];
  expect(enTitle(made.quoted.slug)).toBe(quotedTitle); // no English title: the Vietnamese one
  expect(enTitle(made.eq.slug)).toBe(`'=SUM(1+2) wind farm`);
  expect(enTitle(made.plus.slug)).toBe(`'+84 Khu nhà ở công nhân Mỹ Xuyên`);
  expect(enTitle(made.at.slug)).toBe(`'@Shrimp processing plant`);
});

it('items kept from view by this file (draft, submitted, rejected) appear in no feed or export', async () => {
  const statuses = (await stack.db.query(`SELECT status FROM projects WHERE id = ANY($1) ORDER BY status`, [hidden.map((h) => h.id)])).map((r: { status: string }) => r.status);
  expect(statuses).toEqual(['draft', 'rejected', 'submitted']);
  const demoStatuses = (await stack.db.query(`SELECT DISTINCT status FROM projects`)).map((r: { status: string }) => r.status);
  for (const s of NON_PUBLIC_PROJECT) expect(demoStatuses).toContain(s);
  for (const lang of ['vi', 'en']) {
    for (const path of [`/feeds/projects.rss?lang=${lang}`, `/feeds/projects.atom?lang=${lang}`, `/api/v1/projects.geojson?lang=${lang}`, `/api/v1/projects.csv?lang=${lang}`]) {
      const { text: body } = await fetchRaw(path);
      for (const h of hidden) {
        expect(body).not.toContain(h.id);
        expect(body).not.toContain(`/projects/${h.slug}`);
      }
      expect(body).not.toMatch(/không công khai FS|chờ duyệt FS|bị trả lại FS|Private draft FS|Awaiting review FS|Rejected FS/);
    }
  }
});

// Last: it changes what the feeds contain.
it('publishing a project changes the ETag, so caches revalidate to the new content', async () => {
  const paths = ['/feeds/projects.rss?lang=vi', '/feeds/projects.atom?lang=vi', '/api/v1/projects.geojson?lang=vi', '/api/v1/projects.csv?lang=vi'];
  const before = await Promise.all(paths.map((p) => fetchRaw(p)));
  const fresh = await publishNew({ vi: 'Khu đô thị mới Vĩnh Châu FS', en: 'Vinh Chau new urban area FS' });
  for (const [n, path] of paths.entries()) {
    const after = await fetchRaw(path, { 'If-None-Match': before[n]!.headers.etag! });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before[n]!.headers.etag);
    expect(after.text).toContain(`${PUBLIC_URL}/vi/projects/${fresh.slug}`);
  }
});
