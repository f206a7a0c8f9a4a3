// Builds what the benchmark pages load, at bench time, as a user's app would be built: each entry on
// its own (so no chunk is shared with a page that does not use it), with code splitting, so what
// the library imports lazily stays lazy. Also measures every output, minified and gzipped.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUNDLE_NAME, bundleOptions } from '../bundle-options.js';

/** The pages' entries: each element's own entry, and the baseline. */
const ENTRIES = {
  plain: 'scripts/bench/plain-vis.js',
  timeline: 'src/policy-timeline/define.ts',
  map: 'src/competence-map/define.ts',
  atlas: 'src/policy-atlas/define.ts',
};

const COMMON = {
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  // Licence comments are left out of every build, as scripts/bundle.js links them out of the bundle.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

/**
 * @typedef {object} Chunk
 * @property {string} file      name of the output file
 * @property {number} bytes     minified size
 * @property {number} gzip      gzip size (zlib level 9)
 * @property {boolean} data     holds only JSON (a dataset), no code
 * @property {string[]} from    what it is built from: npm packages, "src" (the library) or a repository file
 */

/**
 * @typedef {object} EntrySizes
 * @property {Chunk[]} initial  what the entry's script tag loads (the entry and its static imports)
 * @property {Chunk[]} lazy     what it may load later with import()
 */

/**
 * Builds every page entry into `outDir/NAME/NAME.js` and returns each one's chunks.
 * @param {string} root the repository
 * @param {string} outDir
 * @returns {Promise<Record<string, EntrySizes>>}
 */
export async function buildEntries(root, outDir) {
  const sizes = {};
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const dir = join(outDir, name);
    const { metafile } = await build({
      ...COMMON,
      absWorkingDir: root,
      entryPoints: { [name]: entry },
      outdir: dir,
      splitting: true,
      chunkNames: 'chunk-[hash]',
    });
    sizes[name] = await entrySizes(root, metafile, join(dir, `${name}.js`));
  }
  return sizes;
}

/**
 * The bundle for pages with no build tools, built as scripts/bundle.js builds
 * dist/policy-atlas.bundle.js (see bundle-options.js), but into outDir.
 * @param {string} root
 * @param {string} outDir
 * @returns {Promise<EntrySizes>}
 */
export async function buildBundle(root, outDir) {
  const { metafile } = await build({ ...bundleOptions(outDir), absWorkingDir: root, legalComments: 'none', metafile: true });
  return entrySizes(root, metafile, join(outDir, `${BUNDLE_NAME}.js`));
}

/** Walks the metafile from the entry: static imports are initial, import() and what it pulls in are lazy. */
async function entrySizes(root, metafile, entryFile) {
  /** The outputs reachable from the entry through imports of these kinds. */
  const reachable = (kinds) => {
    const seen = new Set();
    const visit = (path) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const { path: next, kind } of metafile.outputs[path].imports) if (kinds.includes(kind)) visit(next);
    };
    visit(relative(root, entryFile));
    return seen;
  };
  const initial = reachable(['import-statement']);
  const lazy = [...reachable(['import-statement', 'dynamic-import'])].filter((path) => !initial.has(path));
  const chunks = (paths) => Promise.all([...paths].map((path) => measure(join(root, path), metafile.outputs[path])));
  return { initial: await chunks(initial), lazy: await chunks(lazy) };
}

/** @returns {Promise<Chunk>} */
async function measure(file, output) {
  const code = await readFile(file);
  const inputs = Object.keys(output.inputs);
  const from = new Set(inputs.map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? (input.startsWith('src/') ? 'src' : input)));
  return {
    file: basename(file),
    bytes: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    data: inputs.length > 0 && inputs.every((input) => input.endsWith('.json')),
    from: [...from].sort(),
  };
}
