// Builds widgets.js (the web components other sites include) and widgets-map.js (Leaflet, loaded
// by widgets.js only when an <invest-map> is on the page) into the Angular build's browser folder.
// Runs after `ng build` (which empties that folder): `npm run build -w frontend`.
// Prints raw and gzip sizes; exits 1 when widgets.js is over its budget (25 KB gzip).
//
//   node widgets/build.mjs            production build (minified)
//   node widgets/build.mjs --check    the same, and only prints (no files written)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';

const FRONTEND = path.resolve(import.meta.dirname, '..');
const SRC = path.join(import.meta.dirname, 'src');
/** Budget of widgets.js, gzip (level 9, as tests/bench/bundle.mjs measures): 25 KB. */
export const WIDGETS_BUDGET = 25 * 1024;

// esbuild is the one @angular/build ships with (no second copy, no extra dependency to pin).
const require = createRequire(import.meta.url);
const esbuild = createRequire(require.resolve('@angular/build/package.json'))('esbuild');

/** The browser output folder of the Angular application builder, from angular.json. */
export function browserOutputDir() {
  const angular = JSON.parse(fs.readFileSync(path.join(FRONTEND, 'angular.json'), 'utf8'));
  const project = angular.projects.frontend;
  const outputPath = project.architect.build.options.outputPath;
  // outputPath is either "dist" (browser files in dist/browser) or { base, browser }.
  const base = typeof outputPath === 'string' ? outputPath : outputPath.base;
  const browser = typeof outputPath === 'string' ? 'browser' : (outputPath.browser ?? 'browser');
  return path.resolve(FRONTEND, project.root ?? '', base, browser);
}

/** Leaflet's CSS as minified text, without its image URLs (no marker or layer images are used). */
const leafletCssAsText = {
  name: 'leaflet-css-as-text',
  setup(build) {
    build.onLoad({ filter: /leaflet\.css$/ }, async (args) => {
      const css = await fs.promises.readFile(args.path, 'utf8');
      const { code } = await esbuild.transform(css.replace(/url\([^)]*\)/g, 'none'), { loader: 'css', minify: true });
      return { contents: code.trim(), loader: 'text' };
    });
  },
};

/** `import … from 'leaflet'` (typed by @types/leaflet) → Leaflet's ES build: it does not set window.L. */
const leafletEsm = {
  name: 'leaflet-esm',
  setup(build) {
    build.onResolve({ filter: /^leaflet$/ }, () => ({ path: require.resolve('leaflet/dist/leaflet-src.esm.js') }));
  },
};

const common = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  platform: 'browser',
  // ASCII output: the files work whatever charset a host page or proxy assumes.
  charset: 'ascii',
  tsconfig: path.join(import.meta.dirname, 'tsconfig.json'),
  logLevel: 'warning',
};

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export async function buildWidgets({ outDir = browserOutputDir(), write = true } = {}) {
  if (write && !fs.existsSync(outDir)) fs.mkdirSync(outDir, { recursive: true });
  const results = await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [path.join(SRC, 'index.ts')],
      outfile: path.join(outDir, 'widgets.js'),
      legalComments: 'none',
      write,
    }),
    esbuild.build({
      ...common,
      entryPoints: [path.join(SRC, 'map-chunk/index.ts')],
      outfile: path.join(outDir, 'widgets-map.js'),
      // Leaflet's BSD-2-Clause notice stays in the file.
      legalComments: 'inline',
      plugins: [leafletEsm, leafletCssAsText],
      write,
    }),
  ]);
  return results.map((r, i) => {
    const name = i === 0 ? 'widgets.js' : 'widgets-map.js';
    const bytes = write ? fs.readFileSync(path.join(outDir, name)) : Buffer.from(r.outputFiles[0].contents);
    return { name, raw: bytes.length, gzip: gzip(bytes) };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  const write = !process.argv.includes('--check');
  const outDir = browserOutputDir();
  const sizes = await buildWidgets({ outDir, write });
  console.log(`widgets → ${path.relative(process.cwd(), outDir) || '.'}${write ? '' : ' (not written: --check)'}`);
  for (const s of sizes) console.log(`  ${s.name.padEnd(16)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip (${s.raw} / ${s.gzip} bytes)`);
  const main = sizes[0];
  if (main.gzip > WIDGETS_BUDGET) {
    console.error(`widgets.js is ${kb(main.gzip)} gzip: over its budget of ${kb(WIDGETS_BUDGET)}`);
    process.exit(1);
  }
  console.log(`  widgets.js budget ${kb(WIDGETS_BUDGET)} gzip: ok (${((main.gzip / WIDGETS_BUDGET) * 100).toFixed(0)} % used)`);
}
