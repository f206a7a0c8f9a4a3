/** Pieces of template every policy-atlas element renders the same way. */
import { html, noChange, nothing, svg, type ElementPart, type TemplateResult } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizedText } from '../data/text.js';
import { byId, textIn } from '../data/query.js';
import type { Dataset, Problem } from '../data/types.js';
import type { Strings } from '../i18n/strings.js';

/** How many problems an element lists itself; the `data-error` event carries them all. */
const PROBLEMS_SHOWN = 20;
/** How many sources an image's credit line names before it says how many more. */
const CREDITED_SOURCES = 2;

/** Text that fell back to another language carries its own `lang`, so screen readers pronounce it right. */
export function localizedSpan(text: LocalizedText, language: string): TemplateResult {
  return text.lang && text.lang !== language ? html`<span lang=${text.lang}>${text.value}</span>` : html`${text.value}`;
}

/**
 * Sets a CSS custom property on an element through the CSSOM, which a strict Content-Security-Policy
 * allows. A `style` attribute (and `styleMap`, which writes one on its first render) is blocked by
 * `style-src 'self'`.
 */
class CustomPropertyDirective extends Directive {
  /** The value on the element: a render with the same one writes no style (each write is a style change for the browser to look at). */
  private value: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('customProperty() goes on an element: <td ${customProperty(name, value)}>');
  }

  render(_name: `--${string}`, _value: string | undefined) {
    return nothing;
  }

  override update(part: ElementPart, [name, value]: [`--${string}`, string | undefined]) {
    if (value === this.value) return noChange;
    this.value = value;
    const { style } = part.element as HTMLElement;
    if (value) style.setProperty(name, value);
    else style.removeProperty(name);
    return noChange;
  }
}
export const customProperty = directive(CustomPropertyDirective);

/** A dataset's own colour for a level (else the theme's): `--pa-level-color`. */
export const levelColor = (color: string | undefined) => customProperty('--pa-level-color', color);

/**
 * What an element shows while its data loads: the page's placeholder (its `placeholder` slot: an
 * image of the element, which the page shows before any script has run), else a loading message.
 */
export function renderLoading(strings: Strings) {
  return html`<slot name="placeholder"><div class="message" part="message">${strings.loading}</div></slot>`;
}

/**
 * The problems found in the data, each with its JSON pointer; an alert when nothing could be shown;
 * a "Try again" button when the load failed on the way (network, server, timeout).
 */
export function renderProblems(problems: Problem[], fatal: boolean, strings: Strings, retry?: () => void) {
  if (problems.length === 0) return nothing;
  const shown = problems.slice(0, PROBLEMS_SHOWN);
  return html`
    <details class="problems" part="problems" open role=${ifDefined(fatal ? 'alert' : undefined)}>
      <summary>${strings.problemsTitle(problems.length)}${fatal ? html` — ${strings.noData}` : nothing}</summary>
      <ul>
        ${shown.map((problem) => html`<li><code>${problem.pointer || '/'}</code> ${problem.message}</li>`)}
        ${problems.length > shown.length ? html`<li>${strings.problemsMore(problems.length - shown.length)}</li>` : nothing}
      </ul>
      ${retry ? html`<button type="button" class="retry" @click=${retry}>${strings.retry}</button>` : nothing}
    </details>
  `;
}

export const closeIcon = html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">${svg`<path d="M6 6l12 12M18 6L6 18"/>`}</svg>`;

/**
 * The credit line of an exported image: the sources most cited by what is in view (then how many
 * more), the dataset's title and licence.
 */
export function creditLine(dataset: Dataset, citedIds: readonly string[], language: string, strings: Strings): string {
  const counts = new Map<string, number>();
  for (const id of citedIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const sources = byId(dataset.sources);
  const ranked = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .flatMap(([id]) => sources.get(id) ?? []);
  const named = ranked.slice(0, CREDITED_SOURCES).map((source) => textIn(dataset, source.citation, language).value.replace(/\.$/, ''));
  return strings.credit(named.join('; '), ranked.length - named.length, textIn(dataset, dataset.title, language).value, dataset.license);
}
