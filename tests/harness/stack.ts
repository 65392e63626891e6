import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '@invest-portal/backend/bootstrap.js';
import { loadConfig, type AppConfig } from '@invest-portal/backend/config/config.js';
import { createDataSource } from '@invest-portal/backend/database/data-source.js';
import { runMigrations } from '@invest-portal/backend/database/migrate.js';
import { seedDemoData } from '@invest-portal/backend/database/seed/demo.js';
import { startEmbeddedServices, type EmbeddedServices } from '@invest-portal/backend/embedded/index.js';
import type { DataSource } from 'typeorm';
import { isAlive } from './processes.js';

export interface TestServices extends EmbeddedServices {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
}

/**
 * Real PostgreSQL + Meilisearch from npm packages, on free ports in a temp folder removed on stop.
 * The watchdog also watches our parent: a Jest worker orphaned by a killed Jest counts as gone.
 */
export async function startTestServices(
  which: { postgres: boolean; meilisearch: boolean } = { postgres: true, meilisearch: true },
): Promise<TestServices> {
  exitWhenOrphaned();
  const services = await startEmbeddedServices({ ...which, alsoWatch: [process.ppid] });
  return services as TestServices;
}

let orphanCheck: NodeJS.Timeout | undefined;

/**
 * A Jest worker whose Jest was killed keeps running a hung test forever; the watchdog stops its
 * servers, and this makes the worker itself leave too.
 */
function exitWhenOrphaned(): void {
  if (orphanCheck) return;
  // Jest's sandboxed `process` is a snapshot (its ppid never changes), so ask whether the parent lives.
  const parent = process.ppid;
  orphanCheck = setInterval(() => {
    if (!isAlive(parent)) process.exit(1);
  }, 500);
  orphanCheck.unref();
}

export interface TestStack {
  url: string;
  app: NestExpressApplication;
  config: AppConfig;
  services: TestServices;
  /** A second connection for assertions straight against the database. */
  db: DataSource;
  stop(): Promise<void>;
}

export interface TestStackOptions {
  demoData?: boolean;
  env?: Record<string, string>;
}

/** The whole API as `npm start` runs it (migrations, optional demo data), listening on a free port. */
export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const services = await startTestServices();
  let app: NestExpressApplication | undefined;
  let db: DataSource | undefined;
  try {
    const config: AppConfig = {
      ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', ...options.env }),
      databaseUrl: services.databaseUrl,
      meiliUrl: services.meiliUrl,
      meiliMasterKey: services.meiliMasterKey,
    };
    db = createDataSource(services.databaseUrl);
    await db.initialize();
    await runMigrations(db);
    if (options.demoData) await seedDemoData(db);
    app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const stack: TestStack = {
      url: `http://127.0.0.1:${port}`,
      app,
      config,
      services,
      db,
      async stop() {
        await app?.close();
        await db?.destroy();
        await services.stop();
      },
    };
    return stack;
  } catch (err) {
    await app?.close().catch(() => undefined);
    if (db?.isInitialized) await db.destroy().catch(() => undefined);
    await services.stop();
    throw err;
  }
}
