import type { EmbeddedServices } from '@invest-portal/backend/embedded/index.js';
import { startTestServices } from '../harness/stack.js';
import {
  applyIndexDefinition,
  checkSearchHealth,
  createSearchClient,
  settle,
  SearchTaskFailedError,
  type IndexDefinition,
} from '@invest-portal/search';
import type { Meilisearch } from 'meilisearch';

let services: EmbeddedServices;
let client: Meilisearch;

const definition: IndexDefinition = {
  uid: 'things',
  primaryKey: 'id',
  settings: {
    searchableAttributes: ['title_vi', 'title_en'],
    filterableAttributes: ['sector', '_geo'],
    sortableAttributes: ['capital', '_geo'],
    synonyms: { kcn: ['khu công nghiệp'], 'khu công nghiệp': ['kcn'] },
    pagination: { maxTotalHits: 10000 },
  },
};

beforeAll(async () => {
  services = await startTestServices({ postgres: false, meilisearch: true });
  client = createSearchClient({ url: services.meiliUrl!, apiKey: services.meiliMasterKey!, taskTimeoutMs: 60_000 });
});

afterAll(async () => {
  await services?.stop();
});

it('reports health and version with the right key, and failure with a wrong one', async () => {
  expect(await checkSearchHealth(client)).toEqual({ ok: true, version: '1.21.0' });
  const wrong = createSearchClient({ url: services.meiliUrl!, apiKey: 'wrong-key-wrong-key', taskTimeoutMs: 5000 });
  const health = await checkSearchHealth(wrong);
  expect(health.ok).toBe(false);
  expect(health.error).toBeTruthy();
});

it('creates the index with its settings before any document arrives', async () => {
  await applyIndexDefinition(client, definition, 't1_');
  const index = await client.getIndex('t1_things');
  expect(index.primaryKey).toBe('id');
  const settings = await client.index('t1_things').getSettings();
  expect(settings.searchableAttributes).toEqual(['title_vi', 'title_en']);
  expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['sector', '_geo']));
  expect(settings.synonyms).toEqual(definition.settings.synonyms);
  expect(settings.pagination).toEqual({ maxTotalHits: 10000 });
});

it('applying the same definition again is harmless', async () => {
  await applyIndexDefinition(client, definition, 't1_');
  const settings = await client.index('t1_things').getSettings();
  expect(settings.sortableAttributes?.sort()).toEqual(['_geo', 'capital']);
});

it('refuses to reuse an index whose primary key differs', async () => {
  await expect(applyIndexDefinition(client, { ...definition, primaryKey: 'uuid' }, 't1_')).rejects.toThrow(
    /has primary key "id", definition says "uuid"/,
  );
});

it('settle waits for success: a document is searchable right after, with folded Vietnamese', async () => {
  await settle(client.index('t1_things').addDocuments([{ id: 'project-1', title_vi: 'Khu công nghiệp Trần Đề', title_en: 'Tran De industrial park' }]));
  const hits = await client.index('t1_things').search('tran de');
  expect(hits.hits.map((h) => h.id)).toEqual(['project-1']);
  const synonym = await client.index('t1_things').search('kcn');
  expect(synonym.hits.map((h) => h.id)).toEqual(['project-1']);
});

it('settle turns a task that failed after its 202 into an error naming the cause', async () => {
  const bad = client.index('t1_things').addDocuments([{ id: 'not valid id!', title_vi: 'x' }]);
  const err = await settle(bad).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(SearchTaskFailedError);
  expect((err as SearchTaskFailedError).task.status).toBe('failed');
  expect((err as Error).message).toMatch(/invalid_document_id/);
});
