// npm start: build what is missing or stale (Nx cache), then run the API, which starts embedded
// PostgreSQL + Meilisearch unless DATABASE_URL / MEILI_URL point elsewhere, and serves the UI.
import path from 'node:path';
import { NX, ROOT, onStopSignals, run, say, stoppedBy } from './lib.mjs';

onStopSignals('Invest Portal');
const t = Date.now();
say('building backend, search library and web interface (skipped when nothing changed)…');
const build = await run(process.execPath, [NX, 'run-many', '-t', 'build', '--outputStyle=static']);
if (stoppedBy()) process.exit(130);
if (build.code !== 0) {
  say('build failed; see the errors above');
  process.exit(build.code);
}
say(`build ready in ${((Date.now() - t) / 1000).toFixed(1)} s`);
const server = await run(process.execPath, ['--enable-source-maps', path.join(ROOT, 'backend/dist/main.js')]);
process.exit(stoppedBy() ? 0 : server.code);
