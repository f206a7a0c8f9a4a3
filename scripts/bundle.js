// The one-file bundle for pages with no build tools: Lit, vis-timeline, the Belgian data and every
// element in dist/policy-atlas.bundle.js. Prints its size, minified and gzipped.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const outfile = 'dist/policy-atlas.bundle.js';
await build({
  entryPoints: ['src/define.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: 'es2022',
  legalComments: 'linked',
  logLevel: 'warning',
});
const code = readFileSync(outfile);
console.log(`${outfile}: ${(code.length / 1024).toFixed(0)} KB minified, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(0)} KB gzip`);
