import type { DataSource } from 'typeorm';

/** Arbitrary but fixed: serialises migrations when several API instances start at once. */
const MIGRATION_LOCK = 7_311_402_1;

export interface MigrationResult {
  applied: string[];
}

export async function runMigrations(dataSource: DataSource, log: (m: string) => void = () => undefined): Promise<MigrationResult> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    for (const m of applied) log(`applied migration ${m.name}`);
    return { applied: applied.map((m) => m.name) };
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/** SQL that TypeORM would still need to make the database match the entities; empty when in sync. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
