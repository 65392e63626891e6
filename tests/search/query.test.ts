import { SearchSyncWorker } from '@invest-portal/backend/search-sync/sync.worker.js';
import request from 'supertest';
import { startTestStack, type TestStack } from '../harness/stack.js';
import { Client, DEMO } from '../harness/session.js';

// The search API over the demo data set in real Meilisearch.
let stack: TestStack;
let officer: Client;
let editor: Client;
const search = (qs: string) => request(stack.url).get(`/api/v1/search/projects?${qs}`);
const text = (h: { title: string; summary: string }) => `${h.title} ${h.summary}`;

async function publish(title: string, summary: string, extra: Record<string, unknown> = {}): Promise<string> {
  const tax = (await officer.get('/api/v1/taxonomies')).body;
  const created = await officer.post('/api/v1/workspace/projects', {
    code: `Q-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
    title: { vi: title, en: null },
    summary: { vi: summary, en: null },
    description: { vi: summary, en: null },
    sectorIds: [tax.sectors[0].id],
    unitId: tax.units.find((u: { parentId: string | null }) => u.parentId).id,
    location: { lat: 9.6, lng: 105.97 },
    ...extra,
  });
  const submitted = (await officer.post(`/api/v1/workspace/projects/${created.body.id}/submit`)).body;
  await editor.post(`/api/v1/workspace/projects/${created.body.id}/publish`, { version: submitted.version });
  return created.body.slug;
}

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  [officer, editor] = [new Client(stack.url), new Client(stack.url)];
  await officer.signIn(DEMO.officerA.email, DEMO.officerA.password);
  await editor.signIn(DEMO.editor.email, DEMO.editor.password);
  await publish('Vị trí đặt trạm sạc xe điện ven biển', 'Vị trí đặt trạm sạc cho xe điện và tàu cá.');
  await stack.app.get(SearchSyncWorker).drain();
});

afterAll(async () => {
  await stack?.stop();
});

describe('Vietnamese', () => {
  it.each([
    ['dien gio', 'điện gió'],
    ['dau tu', 'đầu tư'],
    ['soc trang', 'sóc trăng'],
    ['thuy san', 'thủy sản'],
  ])('"%s" finds what "%s" finds', async (folded, toned) => {
    // Whole result sets (tones reorder the ranking, so the first page alone may differ).
    const a = (await search(`q=${encodeURIComponent(folded)}&pageSize=100`)).body;
    const b = (await search(`q=${encodeURIComponent(toned)}&pageSize=100`)).body;
    expect(a.total).toBeGreaterThan(0);
    expect(a.total).toBe(b.total);
    expect(new Set(a.hits.map((h: { slug: string }) => h.slug))).toEqual(new Set(b.hits.map((h: { slug: string }) => h.slug)));
  });

  it('decomposed (NFD) input behaves like composed', async () => {
    const nfc = (await search(`q=${encodeURIComponent('điện gió')}`)).body;
    const nfd = (await search(`q=${encodeURIComponent('điện gió'.normalize('NFD'))}`)).body;
    expect(nfd.hits.map((h: { slug: string }) => h.slug)).toEqual(nfc.hits.map((h: { slug: string }) => h.slug));
  });

  it('the right tones rank first: "đặt" (to place) above "đất" (land), and the reverse', async () => {
    const place = (await search(`q=${encodeURIComponent('đặt')}`)).body;
    expect(text(place.hits[0]).toLowerCase()).toContain('đặt');
    const land = (await search(`q=${encodeURIComponent('đất')}`)).body;
    expect(text(land.hits[0]).toLowerCase()).toContain('đất');
    // Folded matches still come, after the exact ones.
    expect(land.hits.some((h: { title: string; summary: string }) => text(h).includes('đặt') && !text(h).includes('đất'))).toBe(true);
  });

  it('tolerates typos in longer English words', async () => {
    const res = (await search('q=industial%20park&lang=en')).body;
    expect(res.total).toBeGreaterThan(0);
  });

  it('synonyms work across languages (kcn ↔ khu công nghiệp)', async () => {
    const kcn = (await search('q=kcn')).body;
    expect(kcn.total).toBeGreaterThan(0);
    expect(kcn.hits.some((h: { title: string; summary: string }) => /khu công nghiệp/i.test(text(h)))).toBe(true);
  });
});

describe('facets, filters, geo, sort', () => {
  it('selected facet keeps the counts of its other values (disjunctive) and labels sort the Vietnamese way', async () => {
    const all = (await search('')).body;
    const wind = (await search('sector=wind-power')).body;
    expect(wind.hits.every((h: { sectors: string[] }) => h.sectors.includes('Điện gió'))).toBe(true);
    expect(wind.facets.sector.length).toBe(all.facets.sector.length);
    expect(wind.facets.sector.find((f: { code: string }) => f.code === 'solar-power').count).toBeGreaterThan(0);
    const labels = all.facets.unit.map((f: { label: string }) => f.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('vi').compare));
  });

  it('totals are exact (not capped) and match PostgreSQL', async () => {
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE status IN ('published', 'awarded')`);
    expect((await search('pageSize=5')).body.total).toBe(n);
  });

  it('capital and area ranges, and sort by capital', async () => {
    const res = (await search('capitalMin=1000000000000&sort=capital_desc&pageSize=50')).body;
    const capitals = res.hits.map((h: { capitalVnd: number }) => h.capitalVnd);
    expect(capitals.every((c: number) => c >= 1e12)).toBe(true);
    expect(capitals).toEqual([...capitals].sort((a, b) => b - a));
    const small = (await search('areaMax=10&pageSize=50')).body;
    expect(small.hits.every((h: { areaHa: number }) => h.areaHa <= 10)).toBe(true);
  });

  it('land status, capital band and area band facets: counts match the database, bands filter and read small to large', async () => {
    const all = (await search('pageSize=1')).body;
    const [db] = await stack.db.query(`
      SELECT count(*) FILTER (WHERE land_status_kind = 'cleared')::int AS cleared,
             count(*) FILTER (WHERE capital_vnd < 500000000000)::int AS lt500,
             count(*) FILTER (WHERE capital_vnd >= 500000000000 AND capital_vnd < 2000000000000)::int AS b500,
             count(*) FILTER (WHERE area_ha >= 50 AND area_ha < 200)::int AS a50
        FROM projects WHERE status IN ('published', 'awarded')`);
    const count = (facet: string, code: string) => all.facets[facet].find((v: { code: string }) => v.code === code)?.count ?? 0;
    expect(count('land', 'cleared')).toBe(db.cleared);
    expect(count('capital', 'lt-500b')).toBe(db.lt500);
    expect(count('capital', '500b-2000b')).toBe(db.b500);
    expect(count('area', '50-200')).toBe(db.a50);
    expect(all.facets.capital.map((v: { code: string }) => v.code)).toEqual(
      ['lt-500b', '500b-2000b', '2000b-5000b', 'gte-5000b'].filter((c) => count('capital', c) > 0),
    );
    expect(all.facets.land.find((v: { code: string }) => v.code === 'cleared').label).toBe('Đã giải phóng mặt bằng');
    const en = (await search('pageSize=1&lang=en')).body;
    expect(en.facets.land.find((v: { code: string }) => v.code === 'cleared').label).toBe('Site cleared');

    // Two bands of one facet are OR-ed; another facet narrows (AND).
    const two = (await search('capital=lt-500b,500b-2000b&pageSize=100')).body;
    expect(two.total).toBe(db.lt500 + db.b500);
    expect(two.hits.every((h: { capitalVnd: number }) => h.capitalVnd < 2e12)).toBe(true);
    const narrowed = (await search('capital=lt-500b,500b-2000b&land=cleared&pageSize=100')).body;
    const [{ n }] = await stack.db.query(
      `SELECT count(*)::int AS n FROM projects WHERE status IN ('published', 'awarded') AND land_status_kind = 'cleared' AND capital_vnd < 2000000000000`,
    );
    expect(narrowed.total).toBe(n);
    expect(narrowed.total).toBeLessThan(two.total);
    // Disjunctive: the capital facet still counts every band under the land filter.
    expect(narrowed.facets.capital.reduce((sum: number, v: { count: number }) => sum + v.count, 0)).toBeGreaterThanOrEqual(narrowed.total);
  });

  it.each([
    ['land=swamp', 'land'],
    ['capital=huge', 'capital'],
    ['area=lt-10,10-50,50-200,gte-200,lt-10', 'area'],
  ])('%s → 400 naming %s', async (qs, field) => {
    const res = await search(qs);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('map points: every matching project as a point, with the same filters as the list', async () => {
    const list = (await search('land=cleared,clearing&pageSize=1')).body;
    const map = (await request(stack.url).get('/api/v1/search/projects/map?land=cleared,clearing&lang=en')).body;
    expect(map.degraded).toBe(false);
    expect(map.total).toBe(list.total);
    expect(map.points).toHaveLength(list.total);
    const slugs = new Set(map.points.map((p: { slug: string }) => p.slug));
    const [row] = await stack.db.query(
      `SELECT slug, title->>'en' AS en, lat, lng FROM projects WHERE status = 'published' AND land_status_kind = 'cleared' AND title->>'en' IS NOT NULL LIMIT 1`,
    );
    expect(slugs.has(row.slug)).toBe(true);
    expect(map.points.find((p: { slug: string }) => p.slug === row.slug)).toEqual({ slug: row.slug, title: row.en, lat: row.lat, lng: row.lng });
  });

  it('bounding box and radius with distance sort', async () => {
    const box = (await search('bbox=105.9,9.2,106.1,9.45&pageSize=100')).body;
    expect(box.total).toBeGreaterThan(0);
    expect(box.hits.every((h: { lat: number; lng: number }) => h.lng >= 105.9 && h.lng <= 106.1 && h.lat >= 9.2 && h.lat <= 9.45)).toBe(true);
    const near = (await search('near=9.52,106.2,15&sort=distance&pageSize=100')).body;
    const d = near.hits.map((h: { distanceM: number }) => h.distanceM);
    expect(d.every((m: number) => m <= 15_000)).toBe(true);
    expect(d).toEqual([...d].sort((a, b) => a - b));
  });

  it('highlights matches with <mark> and escapes everything else', async () => {
    const res = (await search(`q=${encodeURIComponent('trạm sạc')}`)).body;
    expect(res.hits[0].titleHighlighted).toMatch(/<mark>trạm<\/mark>/i);
    expect(res.hits[0].titleHighlighted).not.toMatch(/<(?!\/?mark>)/);
  });
});

describe('bad and hostile parameters', () => {
  it.each([
    ['sector=wind-power%22%5D%20OR%20status%20%3D%20%22draft', 'sector'],
    ['unit=a)%20OR%20(1=1', 'unit'],
    ['colour=red', 'colour'],
    ['bbox=106.3,9.2,105.5,9.9', 'bbox'],
    ['bbox=1,2,3', 'bbox'],
    ['near=9.5,106,0', 'near'],
    ['sort=random', 'sort'],
    ['capitalMin=abc', 'capitalMin'],
    ['status=draft', 'status'],
  ])('%s → 400 naming %s', async (qs, field) => {
    const res = await search(qs);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('drafts never come back, whatever is asked', async () => {
    const res = (await search('pageSize=100&status=published,awarded')).body;
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM projects WHERE status IN ('published', 'awarded')`);
    expect(res.total).toBe(n);
  });
});

it('each search is logged without personal data', async () => {
  await search(`q=${encodeURIComponent('  Điện   GIÓ ')}&sector=wind-power`);
  await new Promise((r) => setTimeout(r, 200));
  const [row] = await stack.db.query(`SELECT * FROM search_queries ORDER BY id DESC LIMIT 1`);
  expect(row).toMatchObject({ index_name: 'projects', query: 'điện gió', lang: 'vi', degraded: false });
  expect(row.filters.sector).toEqual(['wind-power']);
  expect(Object.keys(row).sort()).toEqual(['created_at', 'degraded', 'filters', 'id', 'index_name', 'lang', 'query', 'result_count']);
});

describe('policies, suggestions, site search', () => {
  const get = (path: string) => request(stack.url).get(path);

  it('policies: text, incentive facet with disjunctive counts, province-wide policies match any unit', async () => {
    const all = (await get('/api/v1/search/policies?pageSize=100')).body;
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM policies WHERE status = 'published'`);
    expect(all.total).toBe(n);
    const land = (await get('/api/v1/search/policies?incentive=land_rent&pageSize=100')).body;
    expect(land.total).toBeGreaterThan(0);
    expect(land.hits.every((h: { incentiveTypes: string[] }) => h.incentiveTypes.includes('land_rent'))).toBe(true);
    expect(land.facets.incentive.length).toBe(all.facets.incentive.length);
    const [{ n: wide }] = await stack.db.query(
      `SELECT count(*)::int AS n FROM policies p WHERE status = 'published' AND NOT EXISTS (SELECT 1 FROM policy_units pu WHERE pu.policy_id = p.id)`,
    );
    const inCommune = (await get('/api/v1/search/policies?unit=xa-tran-de&pageSize=100')).body;
    expect(inCommune.total).toBeGreaterThanOrEqual(wide);
    const law = (await get(`/api/v1/search/policies?q=${encodeURIComponent('luat dau tu')}`)).body;
    expect(law.hits.map((h: { legalNumber: string }) => h.legalNumber)).toContain('61/2020/QH14');
  });

  it('policies refuse unknown facets and hostile codes', async () => {
    expect((await get('/api/v1/search/policies?colour=red')).status).toBe(400);
    expect((await get('/api/v1/search/policies?incentive=x%22%20OR%201')).status).toBe(400);
  });

  it('suggest answers a prefix typed without diacritics, from both kinds', async () => {
    const res = (await get('/api/v1/search/suggest?q=dien%20gi')).body;
    expect(res.degraded).toBe(false);
    expect(res.suggestions.length).toBeGreaterThan(0);
    expect(res.suggestions.some((s: { title: string }) => /điện gió/i.test(s.title))).toBe(true);
    expect((await get('/api/v1/search/suggest')).status).toBe(400);
  });

  it('site search returns the first projects and policies', async () => {
    const res = (await get(`/api/v1/search?q=${encodeURIComponent('khu công nghiệp')}&lang=en`)).body;
    expect(res.projects.total).toBeGreaterThan(0);
    expect(res.policies.hits.length).toBeLessThanOrEqual(10);
    expect(res.projects.lang).toBe('en');
  });
});
