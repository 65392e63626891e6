// npm run bench:bundle — sizes of the production build of the public site: the JavaScript that
// index.html loads up front (scripts + modulepreload) and every lazy chunk, raw and gzip -9.
// Which chunks each page type loads in a browser is measured by tests/browser/budget.test.ts.
// Prints figures; asserts nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const DIST = path.resolve(import.meta.dirname, '../../frontend/dist/browser');
const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]));
const size = (f) => {
  const raw = fs.readFileSync(path.join(DIST, f));
  return { raw: raw.length, gzip: zlib.gzipSync(raw, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const angular = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../frontend/package.json'), 'utf8')).dependencies['@angular/core'];

console.log(`bundle sizes — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Angular ${angular}`);
let total = { raw: 0, gzip: 0 };
for (const f of initial) {
  const s = size(f);
  total = { raw: total.raw + s.raw, gzip: total.gzip + s.gzip };
  console.log(`  initial  ${f.padEnd(28)} ${kb(s.raw).padStart(10)} ${kb(s.gzip).padStart(10)} gzip`);
}
console.log(`  initial total                         ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)} gzip`);
// widgets.js and widgets-map.js are for other sites, not chunks of the app: npm run bench:widgets.
const lazy = fs.readdirSync(DIST).filter((f) => f.endsWith('.js') && !initial.has(f) && !f.startsWith('widgets')).map((f) => ({ f, ...size(f) })).sort((a, b) => b.gzip - a.gzip);
for (const { f, raw, gzip } of lazy) console.log(`  lazy     ${f.padEnd(28)} ${kb(raw).padStart(10)} ${kb(gzip).padStart(10)} gzip`);
