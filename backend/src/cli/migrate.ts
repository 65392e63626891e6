import 'reflect-metadata';
import { startEmbeddedServices, type EmbeddedServices } from '../embedded/index.js';
import { loadConfigFromEnvironment } from '../config/config.js';
import { createDataSource } from '../database/data-source.js';
import { runMigrations } from '../database/migrate.js';

/** npm run db:migrate: against DATABASE_URL, or against the embedded database in .data/. */
const config = loadConfigFromEnvironment();
let embedded: EmbeddedServices | undefined;
let url = config.databaseUrl;
if (!url) {
  process.stdout.write(`DATABASE_URL not set: using the embedded PostgreSQL in ${config.dataDir}\n`);
  embedded = await startEmbeddedServices({
    dataDir: config.dataDir,
    postgres: true,
    meilisearch: false,
    postgresPort: config.embeddedPgPort,
  });
  url = embedded.databaseUrl!;
}
const ds = createDataSource(url);
try {
  await ds.initialize();
  const { applied } = await runMigrations(ds, (m) => process.stdout.write(`${m}\n`));
  process.stdout.write(applied.length ? `${applied.length} migration(s) applied\n` : 'nothing to migrate: schema is up to date\n');
} finally {
  if (ds.isInitialized) await ds.destroy();
  await embedded?.stop();
}
