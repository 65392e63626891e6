import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildOpenApi, createApp } from '../bootstrap.js';
import { loadConfig } from '../config/config.js';
import { startEmbeddedServices } from '../embedded/index.js';

export const OPENAPI_FILE = path.resolve(import.meta.dirname, '../../../docs/api/openapi.json');

/** Serialised the same way every time, so the committed spec diffs cleanly. */
export function serialiseOpenApi(spec: object): string {
  return `${JSON.stringify(spec, null, 2)}\n`;
}

// The document comes from the fully wired app (route prefixes are only known after init), so it
// needs a database and Meilisearch: throwaway embedded ones, removed afterwards.
const services = await startEmbeddedServices({ postgres: true, meilisearch: true });
try {
  const config = {
    ...loadConfig({ LOG_LEVEL: 'error' }),
    databaseUrl: services.databaseUrl,
    meiliUrl: services.meiliUrl,
    meiliMasterKey: services.meiliMasterKey,
  };
  const app = await createApp(config);
  try {
    await app.init();
    fs.mkdirSync(path.dirname(OPENAPI_FILE), { recursive: true });
    fs.writeFileSync(OPENAPI_FILE, serialiseOpenApi(buildOpenApi(app)));
    process.stdout.write(`wrote ${path.relative(process.cwd(), OPENAPI_FILE)}\n`);
  } finally {
    await app.close();
  }
} finally {
  await services.stop();
}
