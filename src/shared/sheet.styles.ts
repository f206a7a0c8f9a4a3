import { css } from 'lit';

/**
 * What every element shows the same way: messages, the detail sheet, chips, badges, problems.
 *
 * - `.body`: The content, and the detail sheet beside it when there is room, else below it.
 * - `.body.wide.has-detail .detail`: As tall as the content beside it (at least 24em), scrolling
 *   inside, not a long column.
 * - `.detail h3`: Small headings over groups of things: the detail's sections, the map's row groups
 *   and cards.
 * - `::slotted([slot='placeholder'])`: The page's image of the element, at most as wide as the element,
 *   as it was before the element's script ran.
 * - `.export-stage`: A drawing made only for an image export: laid out and styled, never seen.
 * - `:host([presentation])`: Presentation: projector type, the drawing fitted to the element's box.
 */
export const sheetStyles = css`
  .message {
    display: grid;
    place-items: center;
    min-height: 8em;
    padding: var(--pa-gap);
    color: var(--pa-muted);
    background: var(--pa-subtle);
    border-radius: var(--pa-radius);
    text-align: center;
  }

  ::slotted([slot='placeholder']) {
    display: block;
    max-width: 100%;
    height: auto;
  }

  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--pa-gap);
  }
  .body.wide.has-detail {
    grid-template-columns: minmax(0, 1fr) 21em;
  }
  .body.wide.has-detail .detail {
    height: 0;
    min-height: max(100%, 24em);
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .detail {
    box-sizing: border-box;
    position: relative;
    padding: 1em 1.25em 1.25em;
    border: 1px solid var(--pa-line);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    box-shadow: 0 0.1em 0.4em rgb(0 0 0 / 0.08);
    font-size: 0.9375em;
    align-self: start;
  }
  .detail h2 {
    margin: 0 2em 0.35em 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  .detail .official {
    margin: 0 0 0.75em;
    color: var(--pa-muted);
    font-style: italic;
  }
  .detail .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.6em;
    margin: 0 0 0.75em;
    font-size: 0.875em;
  }
  .detail .meta time {
    font-weight: 600;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.55em;
    border-radius: 999px;
    background: color-mix(in srgb, var(--pa-level-color) 18%, var(--pa-surface));
    border: 1px solid var(--pa-level-color);
  }
  .chip.plain {
    background: var(--pa-subtle);
    border-color: var(--pa-line);
  }
  .badge-unverified {
    display: inline-block;
    padding: 0.1em 0.55em;
    border: 1px dashed var(--pa-warning);
    border-radius: 999px;
    color: var(--pa-warning);
    background: var(--pa-warning-surface);
    font-weight: 600;
  }
  .detail .summary {
    margin: 0 0 0.75em;
  }
  .detail dl {
    margin: 0 0 0.75em;
    font-size: 0.875em;
  }
  .detail dt {
    color: var(--pa-muted);
    font-size: 0.9em;
  }
  .detail dd {
    margin: 0 0 0.4em;
  }
  .detail .official span[lang] + span[lang]::before {
    content: ' / ';
    font-style: normal;
  }
  .detail h3,
  .cards h3,
  tr.group th {
    font-size: 0.75em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--pa-muted);
  }
  .detail h3 {
    margin: 0.75em 0 0.35em;
  }
  .detail ol {
    margin: 0;
    padding-left: 1.5em;
    font-size: 0.8125em;
  }
  .detail li + li {
    margin-top: 0.3em;
  }
  .detail a {
    color: var(--pa-focus);
    overflow-wrap: anywhere;
  }
  .detail .close {
    position: absolute;
    top: 0.6em;
    right: 0.6em;
    width: 2em;
    height: 2em;
    border: none;
    border-radius: var(--pa-radius);
    background: transparent;
    cursor: pointer;
    font-size: 1em;
  }
  .detail .close:hover {
    background: var(--pa-subtle);
  }

  .problems {
    margin-top: var(--pa-gap);
    padding: 0.75em 1em;
    border: 1px solid var(--pa-warning);
    border-left-width: 0.3em;
    border-radius: var(--pa-radius);
    background: var(--pa-warning-surface);
    color: var(--pa-text);
    font-size: 0.875em;
  }
  .problems summary {
    font-weight: 600;
    cursor: pointer;
  }
  .problems ul {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }
  .problems code {
    font-size: 0.95em;
    background: rgb(0 0 0 / 0.06);
    padding: 0 0.25em;
    border-radius: 0.2em;
  }
  .problems .retry {
    margin-top: 0.5em;
    padding: 0.35em 0.9em;
    border: 1px solid var(--pa-text);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    color: var(--pa-text);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .export-stage {
    position: absolute;
    inset: 0 0 auto 0;
    height: 0;
    overflow: hidden;
  }

  :host([presentation]) {
    font-size: 1.375em;
    height: 100%;
  }
  :host([presentation]) .frame {
    display: flex;
    flex-direction: column;
    height: 100%;
  }
  :host([presentation]) .static-view {
    width: 100%;
    height: 100%;
  }
`;
