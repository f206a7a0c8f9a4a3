// How the bundle for pages with no build tools is built, shared by scripts/bundle.js, the export
// CLI and the benchmark: one script tag loads `policy-atlas.bundle.js` (every element, Lit); the
// Belgian data and vis-timeline are chunks in the `policy-atlas.bundle/` folder beside it, fetched
// from there when an element needs them, so a page with only the map never loads vis-timeline.

/** The name of the entry file, without `.js`, and of the folder of its chunks. */
export const BUNDLE_NAME = 'policy-atlas.bundle';

/**
 * esbuild options that build the bundle into `outdir`.
 * @param {string} outdir
 */
export function bundleOptions(outdir) {
  return {
    entryPoints: { [BUNDLE_NAME]: 'src/define.ts' },
    outdir,
    chunkNames: `${BUNDLE_NAME}/[name]-[hash]`,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'linked',
    logLevel: 'warning',
  };
}
