// The benchmark pages: each loads one build (scripts/bench/build.js) and one dataset, with the probe
// (scripts/bench/probe.js) inlined first in <head> so it sees everything from navigation start. The
// empty icon spares each sample a favicon request.
import { readFileSync } from 'node:fs';

const probe = readFileSync(new URL('probe.js', import.meta.url), 'utf8');

/** @typedef {'plain' | 'timeline' | 'placeholder' | 'map' | 'atlas'} Kind  the probe's rules and the build a page uses */

/** @type {Record<Kind, (src: string | undefined, placeholder: string | undefined) => string>} */
const BODIES = {
  plain: (src) => `<div id="timeline" data-src="${src ?? '/data/belgium.json'}"></div>`,
  // Without src the elements load the Belgian data they embed, as a user's page would.
  timeline: (src) => `<policy-timeline${src ? ` src="${src}"` : ''}></policy-timeline>`,
  // The element's own image of its view, pasted inline in its placeholder slot, as the README shows.
  placeholder: (src, placeholder) => `<policy-timeline${src ? ` src="${src}"` : ''}>\n${placeholder ?? ''}\n</policy-timeline>`,
  map: () => '<competence-map></competence-map>',
  atlas: () => '<policy-atlas></policy-atlas>',
};

/** The build a kind of page loads, where it is not its own. */
const BUILDS = { placeholder: 'timeline' };

/**
 * @param {Kind} kind
 * @param {string} [src] a generated dataset's URL; the Belgian data without it
 * @param {string} [placeholder] the placeholder page's image, an SVG with `slot="placeholder"`
 */
export function pageHtml(kind, src, placeholder) {
  const build = BUILDS[kind] ?? kind;
  return `<!doctype html>
<html lang="en" data-bench="${kind}">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>bench: ${kind}</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; }</style>
<script>${probe}</script>
<script type="module" src="/build/${build}/${build}.js"></script>
</head>
<body>
${BODIES[kind](src, placeholder)}
</body>
</html>
`;
}
