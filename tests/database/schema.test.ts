import { createDataSource } from '@invest-portal/backend/database/data-source.js';
import { pendingSchemaChanges, runMigrations } from '@invest-portal/backend/database/migrate.js';
import { seedDemoData, DEMO_DEPARTMENTS } from '@invest-portal/backend/database/seed/demo.js';
import type { EmbeddedServices } from '@invest-portal/backend/embedded/index.js';
import { startTestServices } from '../harness/stack.js';
import type { DataSource } from 'typeorm';

let services: EmbeddedServices;
let db: DataSource;

beforeAll(async () => {
  services = await startTestServices({ postgres: true, meilisearch: false });
  db = createDataSource(services.databaseUrl!);
  await db.initialize();
});

afterAll(async () => {
  if (db?.isInitialized) await db.destroy();
  await services?.stop();
});

async function ourTables(): Promise<string[]> {
  const rows = await db.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`);
  return rows.map((r: { tablename: string }) => r.tablename);
}

it('a fresh database has pending migrations and no tables of ours', async () => {
  expect(await ourTables()).toEqual([]);
  expect(await db.showMigrations()).toBe(true);
});

it('migrations apply, and then entities and migrations agree (no drift)', async () => {
  const { applied } = await runMigrations(db);
  expect(applied.length).toBe(db.migrations.length);
  expect(await ourTables()).toContain('departments');
  expect(await pendingSchemaChanges(db)).toEqual([]);
  expect(await db.showMigrations()).toBe(false);
});

it('running migrations again is a no-op, also from two callers at once', async () => {
  const results = await Promise.all([runMigrations(db), runMigrations(db)]);
  expect(results.map((r) => r.applied)).toEqual([[], []]);
});

it('every migration can be reverted and re-applied', async () => {
  for (let i = 0; i < db.migrations.length; i++) await db.undoLastMigration({ transaction: 'all' });
  expect(await ourTables()).toEqual([]);
  await runMigrations(db);
  expect(await pendingSchemaChanges(db)).toEqual([]);
});

it('demo data loads once, concurrently safe, and never into a database that has data', async () => {
  const added = await Promise.all([seedDemoData(db), seedDemoData(db)]);
  expect(added.filter((a) => a === null)).toHaveLength(1);
  expect(added.find((a) => a !== null)).toMatchObject({ departments: DEMO_DEPARTMENTS.length, users: 4 });
  expect(added.find((a) => a !== null)!.projects).toBeGreaterThanOrEqual(40);
  expect(added.find((a) => a !== null)!.policies).toBeGreaterThanOrEqual(10);
  expect(await seedDemoData(db)).toBeNull();
  const [{ count }] = await db.query('SELECT count(*)::int AS count FROM departments');
  expect(count).toBe(DEMO_DEPARTMENTS.length);
});

it('the database refuses a department of an unknown kind', async () => {
  await expect(
    db.query(`INSERT INTO departments (code, name_vi, kind) VALUES ('X1', 'Thử', 'ministry')`),
  ).rejects.toThrow(/departments_kind_check/);
});
