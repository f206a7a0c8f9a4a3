// The bundle for pages with no build tools: dist/policy-atlas.bundle.js and its chunks in
// dist/policy-atlas.bundle/ (see bundle-options.js). Prints each file's size, minified and gzipped.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BUNDLE_NAME, bundleOptions } from './bundle-options.js';

rmSync(`dist/${BUNDLE_NAME}`, { recursive: true, force: true });
const { metafile } = await build({ ...bundleOptions('dist'), sourcemap: true, metafile: true });
for (const file of Object.keys(metafile.outputs).filter((name) => name.endsWith('.js'))) {
  const code = readFileSync(file);
  console.log(`${file}: ${(code.length / 1024).toFixed(0)} KB minified, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(0)} KB gzip`);
}
