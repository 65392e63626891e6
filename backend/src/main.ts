import 'reflect-metadata';
import { startEmbeddedServices, type EmbeddedServices } from './embedded/index.js';
import { createApp } from './bootstrap.js';
import { startDemoHost, type DemoHost } from './embed/demo-host.js';
import { ConfigError, loadConfigFromEnvironment, type AppConfig } from './config/config.js';
import { createDataSource } from './database/data-source.js';
import { runMigrations } from './database/migrate.js';
import { seedDemoData } from './database/seed/demo.js';

function say(message: string): void {
  process.stdout.write(`[invest-portal] ${message}\n`);
}

async function prepareDatabase(config: AppConfig & { databaseUrl: string }): Promise<void> {
  const ds = createDataSource(config.databaseUrl);
  await ds.initialize();
  try {
    say('applying database migrations…');
    const { applied } = await runMigrations(ds, (m) => say(`  ${m}`));
    say(applied.length ? `${applied.length} migration(s) applied` : 'database schema is up to date');
    if (config.demoData) {
      say('loading demo data into an empty database…');
      const added = await seedDemoData(ds);
      say(
        added
          ? `loaded demo data: ${added.projects} projects, ${added.policies} policies, ${added.departments} departments, ${added.users} demo accounts (see README)`
          : 'database already has data: demo data not loaded',
      );
    }
  } finally {
    await ds.destroy();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  let config: AppConfig;
  try {
    config = loadConfigFromEnvironment();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }

  // Kept as promises so that a signal arriving mid-start waits for what is starting, then stops it.
  let embeddedStart: Promise<EmbeddedServices> | undefined;
  let appStart: Promise<Awaited<ReturnType<typeof createApp>>> | undefined;
  let demoStart: Promise<DemoHost> | undefined;
  let stopping = false;
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    say(`${reason}: stopping…`);
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    const demo = await demoStart?.catch(() => undefined);
    await demo?.close().catch(() => undefined);
    const app = await appStart?.catch(() => undefined);
    await app?.close().catch(() => undefined);
    const embedded = await embeddedStart?.catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    say('stopped');
    process.exit(code);
  };
  failing = shutdown;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void shutdown(`${signal} received`, 0));
  }

  const needPostgres = !config.databaseUrl;
  const needMeili = !config.meiliUrl;
  if (needPostgres || needMeili) {
    say(
      `starting embedded ${[needPostgres && 'PostgreSQL', needMeili && 'Meilisearch'].filter(Boolean).join(' and ')} ` +
        `(data in ${config.dataDir})…`,
    );
    embeddedStart = startEmbeddedServices({
      dataDir: config.dataDir,
      postgres: needPostgres,
      meilisearch: needMeili,
      postgresPort: config.embeddedPgPort,
      meilisearchPort: config.embeddedMeiliPort,
      log: (m) => say(`  ${m}`),
    });
    const embedded = await embeddedStart;
    config = {
      ...config,
      databaseUrl: config.databaseUrl ?? embedded.databaseUrl,
      meiliUrl: config.meiliUrl ?? embedded.meiliUrl,
      meiliMasterKey: config.meiliMasterKey ?? embedded.meiliMasterKey,
    };
  } else {
    say('using external PostgreSQL and Meilisearch (DATABASE_URL, MEILI_URL)');
  }
  if (stopping) return;

  await prepareDatabase(config as AppConfig & { databaseUrl: string });
  if (stopping) return;
  say('starting the API…');
  appStart = createApp(config);
  const app = await appStart;
  if (stopping) return;
  await app.listen(config.port, config.host);
  const base = config.publicUrl;
  if (config.embed.demoPort) {
    // Development only (config refuses it in production): widgets embedded from a second origin.
    demoStart = startDemoHost({ portalUrl: base, host: config.host, port: config.embed.demoPort });
    const demo = await demoStart.catch((err: unknown) => {
      say(`embed demo host not started on port ${config.embed.demoPort}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    });
    if (demo) say(`  embed demo    ${demo.url} (another origin: every widget embedded)`);
  }
  say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  say(`  public site   ${base}/vi  ·  ${base}/en`);
  say(`  API docs      ${base}/api/docs`);
  say(`  readiness     ${base}/ready`);
  say('press Ctrl-C to stop');
}

let failing: (reason: string, code: number) => Promise<void> = async (_r, code) => process.exit(code);

main().catch(async (err: unknown) => {
  process.stderr.write(`[invest-portal] failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  await failing('start failed', 1);
});
