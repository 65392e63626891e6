// Generated data set for the benchmarks: N published calls for investment written straight into
// PostgreSQL in multi-row batches (bilingual texts with diacritics, the demo taxonomies, locations
// inside the province), then indexed with the documents the app itself builds (documentsFor).
import { randomUUID } from 'node:crypto';
import { slugify } from '../../backend/dist/common/pagination.js';
import { createDataSource } from '../../backend/dist/database/data-source.js';
import { runMigrations } from '../../backend/dist/database/migrate.js';
import { seedDemoData } from '../../backend/dist/database/seed/demo.js';
import { documentsFor, INDEXED_ITEMS } from '../../backend/dist/search-sync/sources.js';
import { applyIndexDefinition, createSearchClient, INDEXES, LAND_STATUSES } from '../../search/dist/index.js';

/** Codes of generated projects start with this, so they can be told from the demo data. */
export const CODE_PREFIX = 'BM-';
const DAY = 86_400_000;

/** A migrated database with the demo data set (taxonomies, departments, policies, 44 projects, news). */
export async function openDatabase(services, log = () => undefined) {
  const db = createDataSource(services.databaseUrl);
  await db.initialize();
  await runMigrations(db);
  const seeded = await seedDemoData(db);
  if (seeded) log(`demo data: ${seeded.projects} projects, ${seeded.policies} policies, ${seeded.news} news items`);
  return db;
}

export function searchClient(services) {
  return createSearchClient({ url: services.meiliUrl, apiKey: services.meiliMasterKey, taskTimeoutMs: 1_800_000 });
}

/** Public projects in the database (what the projects index must hold). */
export async function countPublicProjects(db) {
  return (await db.query(`SELECT count(*)::int AS n FROM (${INDEXED_ITEMS.project}) items`))[0].n;
}

// Small deterministic PRNG: the same N gives the same texts and numbers on every run.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KINDS = {
  'wind-power': [
    { vi: 'Nhà máy điện gió ven biển', en: 'Nearshore wind farm', dept: 'SCT' },
    { vi: 'Trang trại điện gió trên bờ', en: 'Onshore wind farm', dept: 'SCT' },
  ],
  'solar-power': [
    { vi: 'Nhà máy điện mặt trời áp mái', en: 'Rooftop solar power plant', dept: 'SCT' },
    { vi: 'Hệ thống lưu trữ năng lượng bằng pin', en: 'Battery energy storage system', dept: 'SCT' },
  ],
  aquaculture: [
    { vi: 'Vùng nuôi tôm siêu thâm canh công nghệ cao', en: 'High-tech super-intensive shrimp farm', dept: 'SNNMT' },
    { vi: 'Trại sản xuất tôm giống chất lượng cao', en: 'High-quality shrimp hatchery', dept: 'SNNMT' },
  ],
  'seafood-processing': [
    { vi: 'Nhà máy chế biến thủy sản xuất khẩu', en: 'Export seafood processing plant', dept: 'SCT' },
    { vi: 'Kho lạnh bảo quản thủy sản', en: 'Seafood cold storage', dept: 'BQLKCN' },
  ],
  'industrial-park': [
    { vi: 'Đầu tư hạ tầng cụm công nghiệp', en: 'Industrial cluster infrastructure', dept: 'BQLKCN' },
    { vi: 'Khu công nghiệp sinh thái', en: 'Eco-industrial park', dept: 'BQLKCN' },
  ],
  'seaport-logistics': [
    { vi: 'Trung tâm logistics và kho ngoại quan', en: 'Logistics centre and bonded warehouse', dept: 'STC' },
    { vi: 'Cảng tổng hợp đường thủy nội địa', en: 'Inland waterway general cargo port', dept: 'STC' },
  ],
  agriculture: [
    { vi: 'Nhà máy xay xát và chế biến gạo ST25', en: 'ST25 rice milling and processing plant', dept: 'SNNMT' },
    { vi: 'Vùng trồng cây ăn trái đạt chuẩn xuất khẩu', en: 'Export-grade fruit growing area', dept: 'SNNMT' },
    { vi: 'Nhà máy chế biến hành tím Vĩnh Châu', en: 'Vinh Chau shallot processing plant', dept: 'SNNMT' },
  ],
  tourism: [
    { vi: 'Khu du lịch sinh thái rừng ngập mặn', en: 'Mangrove eco-tourism site', dept: 'SVHTTDL' },
    { vi: 'Khu nghỉ dưỡng ven biển', en: 'Coastal resort', dept: 'SVHTTDL' },
  ],
  'urban-development': [
    { vi: 'Khu đô thị mới', en: 'New urban area', dept: 'STC' },
    { vi: 'Khu dân cư thương mại dịch vụ', en: 'Residential and commercial quarter', dept: 'STC' },
  ],
  education: [
    { vi: 'Trường phổ thông liên cấp chất lượng cao', en: 'High-quality K-12 school', dept: 'SKHCN' },
    { vi: 'Trung tâm đào tạo nghề kỹ thuật', en: 'Technical vocational training centre', dept: 'SKHCN' },
  ],
  health: [
    { vi: 'Bệnh viện đa khoa tư nhân', en: 'Private general hospital', dept: 'SKHCN' },
    { vi: 'Trung tâm chăm sóc sức khỏe người cao tuổi', en: 'Elderly care centre', dept: 'SKHCN' },
  ],
  'trade-services': [
    { vi: 'Trung tâm thương mại và siêu thị', en: 'Shopping centre and supermarket', dept: 'SCT' },
    { vi: 'Chợ đầu mối nông sản', en: 'Wholesale farm produce market', dept: 'SCT' },
  ],
};

const PHASES = [
  { vi: '', en: '' },
  { vi: ' – giai đoạn 2', en: ' – Phase 2' },
  { vi: ' – giai đoạn 3', en: ' – Phase 3' },
  { vi: ' mở rộng', en: ' (expansion)' },
  { vi: ' số 2', en: ' No. 2' },
];

const SENTENCES = [
  (x) => ({
    vi: `Khu đất nằm cách quốc lộ 1A khoảng ${x.km} km, cách cảng Trần Đề ${x.km2} km, giao thông thủy bộ thuận lợi.`,
    en: `The site is about ${x.km} km from National Highway 1A and ${x.km2} km from Tran De port, with good road and waterway access.`,
  }),
  (x) => ({
    vi: `Điện lưới trung thế 22 kV và nước sạch đã có đến hàng rào dự án; trạm biến áp 110 kV cách ${x.km} km.`,
    en: `22 kV power and clean water reach the site boundary; a 110 kV substation is ${x.km} km away.`,
  }),
  (x) => ({
    vi: `Nguồn lao động tại chỗ dồi dào, khoảng ${fmtVi(x.workers)} lao động trong bán kính 10 km, chi phí nhân công cạnh tranh.`,
    en: `Plenty of local labour, about ${fmtEn(x.workers)} workers within 10 km, at competitive wage levels.`,
  }),
  () => ({
    vi: 'Dự án được hưởng ưu đãi miễn, giảm thuế thu nhập doanh nghiệp và tiền thuê đất theo Luật Đầu tư và Nghị định 31/2021/NĐ-CP.',
    en: 'The project qualifies for corporate income tax and land rent exemptions under the Law on Investment and Decree 31/2021/ND-CP.',
  }),
  () => ({
    vi: 'Vùng nguyên liệu lúa, tôm, hành tím và trái cây của tỉnh bảo đảm đầu vào ổn định quanh năm.',
    en: "The province's rice, shrimp, shallot and fruit growing areas ensure a steady supply all year round.",
  }),
  (x) => ({
    vi: `Ủy ban nhân dân tỉnh cam kết hỗ trợ thủ tục đầu tư trong ${x.days} ngày làm việc và bố trí cán bộ đầu mối theo dõi dự án.`,
    en: `The Provincial People's Committee undertakes to handle investment procedures within ${x.days} working days and to assign a contact officer.`,
  }),
  () => ({
    vi: 'Khu vực đã có quy hoạch phân khu tỷ lệ 1/2000 được phê duyệt, phù hợp quy hoạch tỉnh thời kỳ 2021–2030, tầm nhìn đến năm 2050.',
    en: 'A 1:2000 zoning plan has been approved, in line with the provincial plan for 2021–2030 with a vision to 2050.',
  }),
  () => ({
    vi: 'Nhà đầu tư cần có năng lực tài chính, kinh nghiệm triển khai dự án tương tự và cam kết sử dụng công nghệ thân thiện với môi trường.',
    en: 'Investors need financial capacity, experience with similar projects and a commitment to environmentally friendly technology.',
  }),
  () => ({
    vi: 'Đường tỉnh 934 và tuyến cao tốc Cần Thơ – Cà Mau đang triển khai sẽ rút ngắn thời gian vận chuyển hàng hóa về Thành phố Hồ Chí Minh.',
    en: 'Provincial Road 934 and the Can Tho – Ca Mau expressway under construction will cut haulage times to Ho Chi Minh City.',
  }),
];

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Lâm', 'Thạch', 'Sơn', 'Đặng'];
const GIVEN = ['Văn An', 'Thị Bích', 'Minh Đức', 'Thanh Hà', 'Quốc Khánh', 'Ngọc Lan', 'Hoàng Long', 'Thị Mỹ', 'Văn Sang', 'Thu Trang'];

const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];
const fmtVi = (n) => n.toLocaleString('vi-VN');
const fmtEn = (n) => n.toLocaleString('en-US');

function project(n, tax, now) {
  const rng = mulberry32(Math.imul(n + 1, 2654435761) ^ 0x9e3779b9);
  const sector = pick(rng, tax.sectorCodes);
  const kind = pick(rng, KINDS[sector] ?? KINDS['trade-services']);
  const unit = pick(rng, tax.units);
  const phase = rng() < 0.6 ? PHASES[0] : pick(rng, PHASES);
  const code = `${CODE_PREFIX}${String(n).padStart(6, '0')}`;
  // Log-uniform: most projects are small, a few are very large (as in real calls for investment).
  const areaHa = Math.round(Math.exp(Math.log(0.5) + rng() * (Math.log(2500) - Math.log(0.5))) * 100) / 100;
  const capitalBillion = Math.round(Math.exp(Math.log(15) + rng() * (Math.log(40_000) - Math.log(15))));
  const english = rng() < 0.85;
  const x = { km: 1 + Math.floor(rng() * 25), km2: 5 + Math.floor(rng() * 60), workers: 2000 + Math.floor(rng() * 30_000), days: 5 + Math.floor(rng() * 20) };
  const chosen = [...SENTENCES].sort(() => rng() - 0.5).slice(0, 3 + Math.floor(rng() * 3)).map((s) => s(x));
  const unitEn = unit.nameEn ?? unit.nameVi;
  const title = { vi: `${kind.vi} ${unit.nameVi}${phase.vi}`, en: english ? `${kind.en}, ${unitEn}${phase.en}` : null };
  const summary = {
    vi: `Kêu gọi nhà đầu tư xây dựng và vận hành ${kind.vi.toLowerCase()} quy mô ${fmtVi(areaHa)} ha tại ${unit.nameVi}, tổng vốn đầu tư dự kiến khoảng ${fmtVi(capitalBillion)} tỷ đồng.`,
    en: english ? `Seeking an investor to build and operate a ${fmtEn(areaHa)} ha ${kind.en.toLowerCase()} in ${unitEn}, with estimated total capital of about VND ${fmtEn(capitalBillion)} billion.` : null,
  };
  const description = { vi: chosen.map((s) => s.vi).join(' '), en: english ? chosen.map((s) => s.en).join(' ') : null };
  const landKind = rng() < 0.1 ? null : pick(rng, Object.keys(LAND_STATUSES));
  const landStatus = landKind ? { vi: `${LAND_STATUSES[landKind].vi}.`, en: english ? `${LAND_STATUSES[landKind].en}.` : null } : null;
  const sectors = [tax.sectorIds.get(sector)];
  if (rng() < 0.2) {
    const other = tax.sectorIds.get(pick(rng, tax.sectorCodes));
    if (other !== sectors[0]) sectors.push(other);
  }
  const departmentCode = rng() < 0.85 ? kind.dept : pick(rng, ['XTRANDE', 'TTXTDT', 'STC']);
  const publishedAt = new Date(now - Math.floor(rng() * 720) * DAY - Math.floor(rng() * DAY));
  // Confirmed recently: the freshness jobs must not start mailing 100,000 reminders mid-benchmark.
  const verifiedAt = new Date(Math.max(publishedAt.getTime(), now - Math.floor(rng() * 45) * DAY));
  const contact =
    rng() < 0.6
      ? {
          name: `${pick(rng, SURNAMES)} ${pick(rng, GIVEN)}`,
          position: { vi: 'Chuyên viên xúc tiến đầu tư', en: english ? 'Investment promotion officer' : null },
          phone: `0299 3${String(Math.floor(rng() * 1e6)).padStart(6, '0')}`,
          email: `xuctien.${code.toLowerCase()}@soctrang.gov.vn`,
        }
      : null;
  return {
    id: randomUUID(),
    code,
    slug: `${slugify(title.vi).slice(0, 90).replace(/-+$/, '')}-${slugify(code)}`,
    departmentId: tax.departments.get(departmentCode) ?? tax.departments.values().next().value,
    title,
    summary,
    description,
    landStatus,
    landKind,
    infrastructure: rng() < 0.5 ? chosen[0] : null,
    timeline: rng() < 0.5 ? { vi: 'Lựa chọn nhà đầu tư: 2026; khởi công: 2027; hoàn thành: 2029.', en: english ? 'Investor selection: 2026; construction: 2027; completion: 2029.' : null } : null,
    unitId: unit.id,
    formId: rng() < 0.9 ? pick(rng, tax.forms) : null,
    lat: 9.25 + rng() * 0.6,
    lng: 105.55 + rng() * 0.73,
    areaHa,
    capitalVnd: `${capitalBillion}000000000`,
    contact,
    verifiedAt,
    publishedAt,
    sectors,
    policies: tax.policies.length ? [...new Set([pick(rng, tax.policies), pick(rng, tax.policies)])] : [],
  };
}

async function taxonomy(db) {
  const departments = new Map((await db.query(`SELECT id, code FROM departments`)).map((r) => [r.code, r.id]));
  const sectors = await db.query(`SELECT id, code FROM sectors ORDER BY code`);
  const units = (await db.query(`SELECT id, code, name_vi, name_en FROM administrative_units WHERE kind <> 'province' ORDER BY code`)).map((u) => ({
    id: u.id,
    nameVi: u.name_vi,
    nameEn: u.name_en,
  }));
  const forms = (await db.query(`SELECT id FROM investment_forms ORDER BY code`)).map((r) => r.id);
  const policies = (await db.query(`SELECT id FROM policies WHERE status = 'published' ORDER BY code`)).map((r) => r.id);
  if (!sectors.length || !units.length || !departments.size) throw new Error('no taxonomies: load the demo data first (openDatabase)');
  return { departments, sectorCodes: sectors.map((s) => s.code), sectorIds: new Map(sectors.map((s) => [s.code, s.id])), units, forms, policies };
}

const BATCH = 2000;
const json = (v) => (v === null ? null : JSON.stringify(v));

/**
 * Adds `count` published projects (numbered after the ones already generated) in batches of
 * 2,000 rows: one INSERT … SELECT FROM unnest(…) per table and batch. Returns the new ids.
 */
export async function generateProjects(db, count, log = () => undefined) {
  if (count <= 0) return [];
  const tax = await taxonomy(db);
  const [{ n: existing }] = await db.query(`SELECT count(*)::int AS n FROM projects WHERE code LIKE $1`, [`${CODE_PREFIX}%`]);
  const now = Date.now();
  const ids = [];
  const started = performance.now();
  for (let done = 0; done < count; ) {
    const rows = [];
    for (let i = 0; i < Math.min(BATCH, count - done); i++) rows.push(project(existing + done + i + 1, tax, now));
    const col = (f) => rows.map(f);
    await db.transaction(async (em) => {
      await em.query(
        `INSERT INTO projects (id, code, slug, department_id, title, summary, description, land_status, land_status_kind, infrastructure, timeline,
           unit_id, investment_form_id, lat, lng, area_ha, capital_vnd, contact, status, last_verified_at, submitted_at, published_at, created_at, updated_at)
         SELECT id, code, slug, dept, title::jsonb, summary::jsonb, description::jsonb, land::jsonb, land_kind, infra::jsonb, timeline::jsonb,
           unit, form, lat, lng, area, capital, contact::jsonb, 'published', verified, published - interval '3 days', published, published - interval '10 days', verified
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::varchar[], $10::text[], $11::text[],
           $12::uuid[], $13::uuid[], $14::float8[], $15::float8[], $16::numeric[], $17::bigint[], $18::text[], $19::timestamptz[], $20::timestamptz[])
           AS t(id, code, slug, dept, title, summary, description, land, land_kind, infra, timeline, unit, form, lat, lng, area, capital, contact, verified, published)`,
        [
          col((r) => r.id),
          col((r) => r.code),
          col((r) => r.slug),
          col((r) => r.departmentId),
          col((r) => json(r.title)),
          col((r) => json(r.summary)),
          col((r) => json(r.description)),
          col((r) => json(r.landStatus)),
          col((r) => r.landKind),
          col((r) => json(r.infrastructure)),
          col((r) => json(r.timeline)),
          col((r) => r.unitId),
          col((r) => r.formId),
          col((r) => r.lat),
          col((r) => r.lng),
          col((r) => r.areaHa),
          col((r) => r.capitalVnd),
          col((r) => json(r.contact)),
          col((r) => r.verifiedAt.toISOString()),
          col((r) => r.publishedAt.toISOString()),
        ],
      );
      const links = (key) => rows.flatMap((r) => r[key].map((other) => [r.id, other]));
      const sectors = links('sectors');
      await em.query(`INSERT INTO project_sectors (project_id, sector_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [sectors.map((l) => l[0]), sectors.map((l) => l[1])]);
      const policies = links('policies');
      await em.query(`INSERT INTO project_policies (project_id, policy_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [policies.map((l) => l[0]), policies.map((l) => l[1])]);
    });
    for (const r of rows) ids.push(r.id);
    done += rows.length;
    const rate = done / ((performance.now() - started) / 1000);
    if (done === count || (done / BATCH) % 5 === 0) log(`  generated ${done}/${count} projects (${rate.toFixed(0)} rows/s)`);
  }
  await db.query('ANALYZE projects, project_sectors, project_policies');
  return ids;
}

/**
 * Sends the app's own documents (documentsFor: the same rows and mapper as the sync worker and
 * the rebuild) to the live index in batches of 1,000 without waiting in between, then waits for
 * every task. Returns the number of documents sent.
 */
export async function indexDocuments(db, meili, type, ids, log = () => undefined, batch = 1000) {
  const def = INDEXES[type];
  await applyIndexDefinition(meili, def);
  const tasks = [];
  let sent = 0;
  const started = performance.now();
  for (let i = 0; i < ids.length; i += batch) {
    const docs = await documentsFor(db.manager, type, ids.slice(i, i + batch));
    tasks.push(meili.index(def.uid).addDocuments(docs, { primaryKey: 'id' }));
    sent += docs.length;
    if ((i / batch) % 10 === 9 || i + batch >= ids.length) log(`  ${def.uid}: ${sent}/${ids.length} documents sent`);
  }
  await waitTasks(meili, tasks, (done) => log(`  ${def.uid}: ${done}/${tasks.length} batches indexed (${((performance.now() - started) / 1000).toFixed(0)} s)`));
  return sent;
}

/**
 * Waits until every enqueued task has succeeded (throws on a failed one), polling once a second
 * and reporting progress every 10 s. (The client's own waitTask polls every 10 ms with one
 * AbortSignal, which fetch loads with a listener per poll over a long wait.)
 */
export async function waitTasks(meili, enqueued, progress = () => undefined) {
  const uids = [];
  for (const e of enqueued) uids.push((await e).taskUid);
  let shown = 0;
  let lastReport = performance.now();
  for (;;) {
    const statuses = new Map();
    for (let i = 0; i < uids.length; i += 100) {
      const chunk = uids.slice(i, i + 100);
      const { results } = await meili.tasks.getTasks({ uids: chunk, limit: chunk.length });
      for (const t of results) statuses.set(t.uid, t);
    }
    const failed = [...statuses.values()].find((t) => t.status === 'failed' || t.status === 'canceled');
    if (failed) throw new Error(`Meilisearch task ${failed.uid} ${failed.status}: ${failed.error?.message ?? ''}`);
    const done = [...statuses.values()].filter((t) => t.status === 'succeeded').length;
    if (done === uids.length || performance.now() - lastReport >= 10_000) {
      if (done !== shown || done === uids.length) progress(done);
      shown = done;
      lastReport = performance.now();
    }
    if (done === uids.length) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Every public item of every type that is not in its index yet (demo policies and news included). */
export async function indexMissing(db, meili, log = () => undefined) {
  for (const type of ['project', 'policy', 'news']) {
    const uid = INDEXES[type].uid;
    await applyIndexDefinition(meili, INDEXES[type]);
    const have = new Set();
    for (let offset = 0; ; offset += 10_000) {
      const page = await meili.index(uid).getDocuments({ fields: ['db_id'], offset, limit: 10_000 });
      for (const d of page.results) have.add(d.db_id);
      if (page.results.length < 10_000) break;
    }
    const ids = (await db.query(`SELECT id FROM (${INDEXED_ITEMS[type]}) items ORDER BY id`)).map((r) => r.id).filter((id) => !have.has(id));
    if (ids.length) await indexDocuments(db, meili, type, ids, log);
  }
}

/** Brings the database and the indexes to `size` public projects (generated ones added as needed). */
export async function ensureProjects(db, meili, size, log = () => undefined) {
  const have = await countPublicProjects(db);
  if (size > have) {
    const t = performance.now();
    log(`generating ${size - have} projects (to ${size} public projects)…`);
    await generateProjects(db, size - have, log);
    log(`  database: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const t = performance.now();
  log('indexing what is not indexed yet…');
  await indexMissing(db, meili, log);
  log(`  indexing: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return countPublicProjects(db);
}
