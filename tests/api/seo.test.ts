import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';

// What crawlers and chat apps (no JavaScript) get: page metadata in the HTML, robots.txt, sitemap.xml.
let stack: TestStack;
let project: { slug: string; vi: string; en: string; summary_en: string };
let untranslated: { slug: string; vi: string };
let policy: { slug: string; vi: string };

const meta = (html: string, attr: 'name' | 'property', key: string) =>
  new RegExp(`<meta ${attr}="${key}" content="([^"]*)">`).exec(html)?.[1];
const link = (html: string, rel: string, hreflang?: string) =>
  new RegExp(`<link rel="${rel}"${hreflang ? ` hreflang="${hreflang}"` : ''} href="([^"]*)">`).exec(html)?.[1];
const unescape = (s: string | undefined) => s?.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

beforeAll(async () => {
  stack = await startTestStack({ demoData: true, env: { PUBLIC_URL: 'https://dautu.soctrang.example' } });
  [project] = await stack.db.query(
    `SELECT slug, title->>'vi' AS vi, title->>'en' AS en, summary->>'en' AS summary_en FROM projects WHERE status = 'published' AND title->>'en' IS NOT NULL ORDER BY code LIMIT 1`,
  );
  [untranslated] = await stack.db.query(`SELECT slug, title->>'vi' AS vi FROM projects WHERE status = 'published' AND title->>'en' IS NULL LIMIT 1`);
  [policy] = await stack.db.query(`SELECT slug, title->>'vi' AS vi FROM policies WHERE status = 'published' ORDER BY code LIMIT 1`);
});

afterAll(async () => {
  await stack?.stop();
});

it('a project page carries its own title, description, Open Graph tags, canonical URL and alternates', async () => {
  const res = await request(stack.url).get(`/en/projects/${project.slug}`);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/text\/html/);
  expect(res.headers['cache-control']).toBe('no-cache');
  const html = res.text;
  expect(html).toMatch(/<html lang="en"[ >]/);
  expect(unescape(/<title>([^<]*)<\/title>/.exec(html)?.[1])).toBe(`${project.en} | ${stack.config.portal.name.en}`);
  expect(unescape(meta(html, 'property', 'og:title'))).toBe(`${project.en} | ${stack.config.portal.name.en}`);
  expect(unescape(meta(html, 'name', 'description'))!.replace(/…$/, '')).toBe(unescape(meta(html, 'property', 'og:description'))!.replace(/…$/, ''));
  expect(project.summary_en.replace(/\s+/g, ' ').startsWith(unescape(meta(html, 'name', 'description'))!.replace(/…$/, ''))).toBe(true);
  expect(meta(html, 'property', 'og:type')).toBe('article');
  expect(meta(html, 'property', 'og:url')).toBe(`https://dautu.soctrang.example/en/projects/${project.slug}`);
  expect(link(html, 'canonical')).toBe(`https://dautu.soctrang.example/en/projects/${project.slug}`);
  expect(link(html, 'alternate', 'vi')).toBe(`https://dautu.soctrang.example/vi/projects/${project.slug}`);
  expect(link(html, 'alternate', 'x-default')).toBe(`https://dautu.soctrang.example/vi/projects/${project.slug}`);
  expect(html.match(/<meta name="description"/g)).toHaveLength(1);
  expect(html.match(/<title>/g)).toHaveLength(1);
  expect(html).toContain('<app-root>');
});

it('the Vietnamese page is in Vietnamese; a project without English falls back to Vietnamese', async () => {
  const vi = (await request(stack.url).get(`/vi/projects/${project.slug}`)).text;
  expect(vi).toMatch(/<html lang="vi"[ >]/);
  expect(unescape(meta(vi, 'property', 'og:title'))).toBe(`${project.vi} | ${stack.config.portal.name.vi}`);
  const en = (await request(stack.url).get(`/en/projects/${untranslated.slug}`)).text;
  expect(unescape(meta(en, 'property', 'og:title'))).toBe(`${untranslated.vi} | ${stack.config.portal.name.en}`);
});

it('a policy page, list pages and the home page get their titles', async () => {
  const p = (await request(stack.url).get(`/vi/policies/${policy.slug}`)).text;
  expect(unescape(meta(p, 'property', 'og:title'))).toBe(`${policy.vi} | ${stack.config.portal.name.vi}`);
  expect(unescape(meta((await request(stack.url).get('/en/projects?sector=x')).text, 'property', 'og:title'))).toBe(`Calls for investment | ${stack.config.portal.name.en}`);
  const listCanonical = link((await request(stack.url).get('/en/projects?sector=x')).text, 'canonical');
  expect(listCanonical).toBe('https://dautu.soctrang.example/en/projects');
  expect(unescape(meta((await request(stack.url).get('/en')).text, 'property', 'og:title'))).toBe(stack.config.portal.name.en);
});

it('a project that is not public answers 404 with the app (which shows its not-found page)', async () => {
  const [draft] = await stack.db.query(`SELECT slug FROM projects WHERE status = 'draft' LIMIT 1`);
  for (const path of [`/vi/projects/${draft.slug}`, '/en/projects/no-such-project', '/en/policies/no-such-policy', '/vi/projects/Vi%E1%BB%87t']) {
    const res = await request(stack.url).get(path);
    expect(res.status).toBe(404);
    expect(res.text).toContain('<app-root>');
  }
  // A broken percent-encoding is the client's mistake: 400, not a crash.
  expect((await request(stack.url).get('/vi/projects/%E0%A4%A')).status).toBe(400);
});

it('a tracking page is never indexed and does not leak its token', async () => {
  const token = 'A'.repeat(43);
  const res = await request(stack.url).get(`/en/inquiries/track/${token}`);
  expect(res.status).toBe(200);
  expect(res.headers['x-robots-tag']).toBe('noindex');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.text).toContain('<meta name="robots" content="noindex">');
  expect(res.text).not.toContain(token);
});

it('the site search page has its title, is never indexed and is not in the sitemap', async () => {
  const res = await request(stack.url).get(`/en/search?q=${encodeURIComponent('điện gió')}`);
  expect(res.status).toBe(200);
  expect(res.headers['x-robots-tag']).toBe('noindex');
  expect(res.text).toContain('<meta name="robots" content="noindex">');
  expect(unescape(/<title>([^<]*)<\/title>/.exec(res.text)?.[1])).toBe(`Search | ${stack.config.portal.name.en}`);
  expect(link(res.text, 'canonical')).toBe('https://dautu.soctrang.example/en/search');
  const vi = await request(stack.url).get('/vi/search');
  expect(vi.headers['x-robots-tag']).toBe('noindex');
  expect(unescape(meta(vi.text, 'property', 'og:title'))).toBe(`Tìm kiếm | ${stack.config.portal.name.vi}`);
  expect((await request(stack.url).get('/sitemap.xml')).text).not.toContain('/search');
});

it('robots.txt points to the sitemap and keeps crawlers out of the API, workspace and tracking links', async () => {
  const res = await request(stack.url).get('/robots.txt');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain/);
  expect(res.text).toContain('Sitemap: https://dautu.soctrang.example/sitemap.xml');
  for (const rule of ['Disallow: /api/', 'Disallow: /workspace', 'Disallow: /vi/inquiries/', 'Disallow: /en/inquiries/']) expect(res.text).toContain(rule);
});

it('sitemap.xml lists every public project and policy in both languages with alternates, and nothing else', async () => {
  const res = await request(stack.url).get('/sitemap.xml');
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^application\/xml/);
  const xml = res.text;
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"')).toBe(true);
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
  const [{ n }] = await stack.db.query(
    `SELECT (SELECT count(*) FROM projects WHERE status IN ('published', 'awarded')) + (SELECT count(*) FROM policies WHERE status = 'published') AS n`,
  );
  expect(locs).toHaveLength((4 + Number(n)) * 2);
  expect(new Set(locs).size).toBe(locs.length);
  expect(locs).toContain(`https://dautu.soctrang.example/en/projects/${project.slug}`);
  const [draft] = await stack.db.query(`SELECT slug FROM projects WHERE status = 'draft' LIMIT 1`);
  expect(xml).not.toContain(draft.slug);
  // Well-formed enough for a strict parser: every <url> closes, every attribute is quoted.
  expect((xml.match(/<url>/g) ?? []).length).toBe((xml.match(/<\/url>/g) ?? []).length);
  expect(xml.match(/<xhtml:link rel="alternate" hreflang="(vi|en)" href="https:\/\/[^"]+"\/>/g)).toHaveLength(locs.length * 2);
});
