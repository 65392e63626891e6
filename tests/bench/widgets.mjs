// npm run bench:widgets — sizes of the embeddable widgets in the production build: widgets.js (what
// every host page loads; budget 25 KB gzip, enforced by frontend/widgets/build.mjs) and
// widgets-map.js (Leaflet, loaded only by pages with an <invest-map>), raw and gzip -9.
// Prints figures; asserts nothing (the build fails on an over-budget widgets.js).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const DIST = path.resolve(import.meta.dirname, '../../frontend/dist/browser');
const BUDGET = 25 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const size = (f) => {
  const raw = fs.readFileSync(path.join(DIST, f));
  return { raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
};

console.log(`widget sizes — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
const main = size('widgets.js');
const map = size('widgets-map.js');
const row = (name, s, note = '') => console.log(`  ${name.padEnd(30)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip  (${s.raw} / ${s.gzip} bytes)${note}`);
row('widgets.js', main, `  budget ${kb(BUDGET)}: ${main.gzip <= BUDGET ? 'ok' : 'OVER'}, ${((main.gzip / BUDGET) * 100).toFixed(0)} % used`);
row('widgets-map.js (lazy)', map);
row('page with a map (both)', { raw: main.raw + map.raw, gzip: main.gzip + map.gzip });
