import { css } from 'lit';

/** Roles told apart by pattern, not colour alone: full is solid, shared hatched, partial a dot. */
const roles = css`
  .role-full,
  .role-shared,
  .role-partial {
    box-shadow: inset 0 0 0 1px var(--pa-level-edge);
  }
  .role-full {
    background: var(--pa-level-color);
  }
  .role-shared {
    background: repeating-linear-gradient(
      -45deg,
      var(--pa-level-color) 0 0.2em,
      color-mix(in srgb, var(--pa-level-color) 12%, var(--pa-surface)) 0.2em 0.45em
    );
  }
  .role-partial {
    background: radial-gradient(circle, var(--pa-level-color) 0 0.32em, transparent 0.36em),
      color-mix(in srgb, var(--pa-level-color) 10%, var(--pa-surface));
  }
  .role-none {
    background: var(--pa-subtle);
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 1.1em;
    height: 1.1em;
    border-radius: 0.2em;
    border: 1px solid var(--pa-level-color, var(--pa-text));
    vertical-align: -0.2em;
  }
  .unverified.swatch,
  .cell.unverified {
    outline: 0.14em dashed var(--pa-warning);
    outline-offset: -0.14em;
  }
`;

/**
 * - `.date-field input:focus-within`: A date field's focus is in its day, month and year parts and
 *   its calendar button, where :focus-visible does not reach it: ring the whole field.
 * - `table`: Fixed widths: the part column as wide as its widest label (measured), the governments
 *   sharing the rest, names wrapping inside them. So a date change neither moves a column nor makes
 *   the browser measure every cell again.
 * - `th.government .ministers` (its `contain`): Names wrap in their column, which keeps its width,
 *   and room is kept for the most names any date lists.
 * - `@media (prefers-reduced-motion: reduce)`: Only the cells move: a rule for every element (*)
 *   made each of the chart's thousands of marks dearer to style, 0.8 s of 1.9 s at 10,000 events,
 *   though none of them moves.
 * - `.either .cards`: The element renders the table or the cards by its width (NARROW_EM); both
 *   only while it has none (hidden), and then the width it gets picks one.
 */
export const competenceMapStyles = css`
  ${roles}

  .frame {
    container-type: inline-size;
  }

  .header {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.5em 1.5em;
    align-items: start;
    margin-bottom: 0.75em;
  }
  .headline {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.3;
    max-width: 36em;
  }
  .date-field {
    display: grid;
    gap: 0.2em;
    font-size: 0.875em;
    color: var(--pa-muted);
  }
  .date-field input {
    font: inherit;
    color: var(--pa-text);
    padding: 0.35em 0.5em;
    border: 1px solid var(--pa-line);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
  }
  .date-field input:focus-within {
    outline: 0.15em solid var(--pa-focus);
    outline-offset: 0.15em;
  }
  .notes {
    grid-column: 1 / -1;
    font-size: 0.8125em;
    color: var(--pa-muted);
    max-width: 60em;
  }
  .notes p {
    margin: 0 0 0.25em;
  }
  .notes .figure strong {
    color: var(--pa-text);
  }
  .notes a {
    color: var(--pa-focus);
    margin-left: 0.15em;
  }

  .change {
    margin: 0 0 0.75em;
    min-height: 1.4em;
    font-size: 0.9375em;
  }
  .change:empty {
    display: none;
  }

  .legend {
    --pa-level-color: var(--pa-text);
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em 1.25em;
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
    color: var(--pa-muted);
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend strong {
    color: var(--pa-text);
    font-weight: 600;
  }

  .grid {
    overflow-x: auto;
  }

  table {
    table-layout: fixed;
    width: 100%;
    min-width: calc(var(--pa-part-column) + var(--pa-columns) * 7em);
    border-collapse: separate;
    border-spacing: 0.2em;
    font-size: 0.875em;
  }
  caption {
    text-align: left;
    caption-side: top;
    font-weight: 600;
    padding: 0 0.2em 0.4em;
    color: var(--pa-muted);
    font-size: 0.9em;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--pa-surface);
    z-index: 1;
  }
  th.level {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--pa-muted);
    text-align: left;
    border-bottom: 0.2em solid var(--pa-level-color);
    padding: 0 0.2em 0.2em;
    vertical-align: bottom;
  }
  col.part {
    width: var(--pa-part-column);
  }
  th.part-head {
    text-align: left;
    vertical-align: bottom;
    font-size: 0.8em;
    font-weight: 400;
    color: var(--pa-muted);
  }
  th.government {
    vertical-align: bottom;
    text-align: left;
    padding: 0.35em 0.2em;
    font-weight: 400;
    border-bottom: 1px solid var(--pa-line);
  }
  th.government abbr {
    display: block;
    text-decoration: none;
    font-weight: 700;
    font-size: 1.05em;
  }
  th.government .ministers {
    display: flex;
    flex-direction: column;
    font-size: 0.75em;
    color: var(--pa-muted);
    line-height: 1.25;
    margin-top: 0.2em;
    contain: inline-size;
    min-height: calc(var(--pa-minister-lines, 1) * 1.25em);
  }
  th.government .ministers .unverified,
  th.government .ministers .possible {
    font-style: italic;
  }
  th.government.lit abbr {
    text-decoration: underline 0.15em var(--pa-level-color);
    text-underline-offset: 0.25em;
  }
  tr.group th {
    text-align: left;
    padding: 0.9em 0.2em 0.2em;
  }
  th[scope='row'] {
    text-align: left;
    font-weight: 400;
    padding: 0 0.75em 0 0.2em;
    white-space: nowrap;
  }
  th[scope='row'] .count {
    display: inline-block;
    min-width: 1.4em;
    margin-left: 0.3em;
    padding: 0 0.3em;
    border-radius: 999px;
    background: var(--pa-subtle);
    color: var(--pa-muted);
    font-size: 0.8em;
    text-align: center;
  }
  tr.lit-row th[scope='row'] {
    font-weight: 600;
  }

  .cell {
    position: relative;
    height: 1.9em;
    min-width: 5.5em;
    border-radius: 0.2em;
    cursor: pointer;
    transition: opacity 0.2s, background 0.4s;
  }
  .cell .mark {
    position: absolute;
    right: 0.25em;
    bottom: 0.05em;
    font-size: 0.8em;
    font-weight: 700;
    color: var(--pa-warning);
  }
  .cell.role-full .mark {
    color: var(--pa-surface);
  }
  .cell.dim {
    opacity: 0.25;
  }
  .cell.lit {
    box-shadow: 0 0 0 0.15em var(--pa-text);
  }
  .cell:focus-visible {
    outline: 0.2em solid var(--pa-focus);
    outline-offset: 0.1em;
  }
  .cell[aria-selected='true'] {
    box-shadow: 0 0 0 0.2em var(--pa-focus);
  }
  .cell.changed {
    animation: changed 1.6s ease-out;
  }
  @keyframes changed {
    from {
      box-shadow: 0 0 0 0.3em color-mix(in srgb, var(--pa-focus) 60%, transparent);
    }
    to {
      box-shadow: 0 0 0 0 transparent;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .cell {
      transition: none;
    }
    .cell.changed {
      animation: none;
    }
  }

  .either .cards {
    display: none;
  }
  @container (max-width: 37.5em) {
    .either table {
      display: none;
    }
    .either .cards {
      display: block;
    }
    .header {
      grid-template-columns: 1fr;
    }
  }
  .cards h3 {
    margin: 1em 0 0.4em;
  }
  .card {
    padding: 0.6em 0.75em;
    border: 1px solid var(--pa-line);
    border-radius: var(--pa-radius);
    margin-bottom: 0.5em;
  }
  .card h4 {
    margin: 0 0 0.4em;
    font-size: 0.95em;
  }
  .card h4 .count {
    font-weight: 400;
    color: var(--pa-muted);
    font-size: 0.85em;
  }
  .card ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card .none {
    margin: 0;
    color: var(--pa-muted);
    font-size: 0.875em;
  }
  .holder {
    display: flex;
    width: 100%;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em 0;
    border: none;
    background: none;
    text-align: left;
    font-size: 0.875em;
    cursor: pointer;
  }
  .holder .role {
    margin-left: auto;
    color: var(--pa-muted);
  }

  .detail .period {
    font-size: 0.875em;
    font-weight: 600;
    margin: 0 0 0.75em;
  }
  .ministers-list {
    margin: 0;
    padding-left: 1.2em;
    font-size: 0.875em;
  }

  :host([presentation]) .headline {
    font-size: 1.25em;
    margin: 0 0 0.25em;
  }
  :host([presentation]) .static-stage {
    flex: 1 1 0;
    min-height: 0;
  }
`;
