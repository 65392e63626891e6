import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config/config.js';
import { portInUse, startEmbeddedServices, type EmbeddedServices } from '../embedded/index.js';

export interface Connected {
  config: AppConfig;
  stop(): Promise<void>;
}

/**
 * For command-line tools: external servers when configured; else the embedded ones of a running
 * `npm start` (same data folder, its credentials); else start the embedded ones for the duration.
 */
export async function connect(config: AppConfig, log: (m: string) => void): Promise<Connected> {
  if (config.databaseUrl && config.meiliUrl) return { config, stop: async () => undefined };
  const running = (await portInUse(config.embeddedPgPort)) || (await portInUse(config.embeddedMeiliPort));
  if (running) {
    const file = path.join(config.dataDir, 'credentials.json');
    if (!fs.existsSync(file)) throw new Error(`embedded ports are in use but ${file} is missing: is another program using them?`);
    const creds = JSON.parse(fs.readFileSync(file, 'utf8')) as { postgresPassword: string; meiliMasterKey: string };
    log('using the servers of the running "npm start"');
    return {
      config: {
        ...config,
        databaseUrl:
          config.databaseUrl ?? `postgres://postgres:${encodeURIComponent(creds.postgresPassword)}@127.0.0.1:${config.embeddedPgPort}/invest_portal`,
        meiliUrl: config.meiliUrl ?? `http://127.0.0.1:${config.embeddedMeiliPort}`,
        meiliMasterKey: config.meiliMasterKey ?? creds.meiliMasterKey,
      },
      stop: async () => undefined,
    };
  }
  log(`starting the embedded servers (data in ${config.dataDir})…`);
  const embedded: EmbeddedServices = await startEmbeddedServices({
    dataDir: config.dataDir,
    postgres: !config.databaseUrl,
    meilisearch: !config.meiliUrl,
    postgresPort: config.embeddedPgPort,
    meilisearchPort: config.embeddedMeiliPort,
  });
  return {
    config: {
      ...config,
      databaseUrl: config.databaseUrl ?? embedded.databaseUrl,
      meiliUrl: config.meiliUrl ?? embedded.meiliUrl,
      meiliMasterKey: config.meiliMasterKey ?? embedded.meiliMasterKey,
    },
    stop: () => embedded.stop(),
  };
}
