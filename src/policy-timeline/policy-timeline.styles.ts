import { css } from 'lit';

/**
 * One marker shape per key policy: circle, diamond, square, triangle. On the chart the shape is drawn
 * by the dot's ::before: vis-timeline positions the dot itself with an inline transform, which a
 * rotation or scale on the dot would skew off its date.
 */
const shapes = css`
  .shape,
  .vis-item.vis-point.pa-event .vis-dot::before {
    display: inline-block;
    background: var(--pa-level-color, var(--pa-text));
  }
  .shape {
    flex: none;
    width: 0.8em;
    height: 0.8em;
  }
  .vis-item.vis-point.pa-event .vis-dot::before {
    content: '';
    position: absolute;
    inset: 0;
    box-shadow: inset 0 0 0 0.09em var(--pa-level-edge);
  }
  .pa-shape-0 .vis-dot::before, .shape-0 { border-radius: 50%; }
  .pa-shape-1 .vis-dot::before, .shape-1 { rotate: 45deg; scale: 0.78; border-radius: 0.1em; }
  .pa-shape-2 .vis-dot::before, .shape-2 { border-radius: 0.1em; scale: 0.88; }
  .pa-shape-3 .vis-dot::before, .shape-3 { clip-path: polygon(50% 0, 100% 100%, 0 100%); border-radius: 0; }
  .vis-item.vis-point.pa-context .vis-dot::before,
  .shape-context {
    border-radius: 50%;
    background: var(--pa-surface);
    box-shadow: inset 0 0 0 0.18em var(--pa-level-edge, var(--pa-muted));
  }
  .shape-context {
    width: 0.6em;
    height: 0.6em;
  }
`;

/**
 * vis-timeline restyled as a published figure: hairlines, system type, no default blue boxes.
 *
 * - `.vis-timeline` (its `touch-action`): A vertical swipe scrolls the page, even over lanes taller
 *   than the chart (they scroll in the lane column): vis-timeline would switch to none there, a
 *   scroll trap on a phone, and that switch restyles every mark once (10,000 elements at 2,000
 *   events).
 * - `.pa-lane-label`, `.pa-lane-name`: The lane column is as wide as the first paint draws it (9em of
 *   its font, wider for a name with a longer word), and a name takes at most two lines, broken
 *   between words: as the first paint, so nothing moves when the chart replaces it. No hyphenation:
 *   where it is available, it would break lines the first paint cannot know.
 * - `.vis-item.pa-event:not(.vis-dot)`: vis-timeline gives a point's dot the item's classes too:
 *   item rules skip the dot.
 * - `.timeline:not(.pa-label-all) .vis-item.pa-zoom-labelled .pa-label`: A class on the chart, not
 *   on each item: switching it re-measures only the items in view.
 * - `.vis-custom-time[class*='milestone-']`: The milestone rule (the 2014 state reform in the
 *   Belgian data) is a fact, not a handle.
 * - `.vis-custom-time.pa-cursor`: The date cursor is a handle: drag it and the linked map follows.
 * - `.vis-custom-time.pa-cursor::after` (its `pointer-events`): Drawn over vis-timeline's drag
 *   area: the press must reach that area, or the handle cannot be dragged.
 */
const visTheme = css`
  .vis-timeline {
    border: none;
    font-family: var(--pa-font);
    font-size: 1em;
    color: var(--pa-text);
    touch-action: pan-y !important;
  }
  .vis-panel.vis-center,
  .vis-panel.vis-left,
  .vis-panel.vis-right,
  .vis-panel.vis-top,
  .vis-panel.vis-bottom {
    border-color: var(--pa-line);
  }
  .vis-labelset .vis-label {
    border-bottom: 1px solid var(--pa-line);
    color: var(--pa-text);
  }
  .vis-labelset .vis-label .vis-inner {
    padding: 0.35em 0.75em 0.35em 0;
  }
  .vis-foreground .vis-group {
    border-bottom: 1px solid var(--pa-line);
  }
  .vis-time-axis .vis-text {
    color: var(--pa-muted);
    font-size: 0.8em;
    padding-top: 0.35em;
  }
  .vis-time-axis .vis-text.vis-major {
    font-weight: 600;
    color: var(--pa-text);
  }
  .vis-time-axis .vis-grid.vis-minor {
    border-color: var(--pa-line);
    opacity: 0.6;
  }
  .vis-time-axis .vis-grid.vis-major {
    border-color: var(--pa-line);
  }

  .pa-lane-label {
    width: var(--pa-lane-label-width, 9em);
    display: flex;
    align-items: center;
    gap: 0.5em;
    font-weight: 600;
    font-size: 0.875em;
  }
  .pa-lane-name {
    flex: 1;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .pa-lane-label::before {
    content: '';
    flex: none;
    width: 0.25em;
    height: 1.2em;
    border-radius: 0.125em;
    background: var(--pa-level-color);
  }

  .vis-item.pa-event:not(.vis-dot) {
    border: none;
    background: transparent;
    color: var(--pa-text);
    font-size: 0.8125em;
    cursor: pointer;
  }
  .vis-item.pa-event .vis-item-content {
    padding: 0.05em 0.35em;
    line-height: 1.3;
  }
  .pa-label {
    display: inline-block;
    max-width: 12em;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    vertical-align: bottom;
  }
  .vis-item.vis-point.pa-event .vis-dot {
    border: none;
    border-radius: 0;
    width: 0.85em;
    height: 0.85em;
    background: transparent;
  }
  .timeline:not(.pa-label-all) .vis-item.pa-zoom-labelled .pa-label {
    display: none;
  }
  .vis-item.vis-point.pa-key .pa-label {
    font-weight: 600;
  }
  .vis-item.vis-point.pa-context {
    color: var(--pa-muted);
  }
  .vis-item.vis-point.pa-context .vis-dot {
    width: 0.7em;
    height: 0.7em;
  }
  .vis-item.vis-range.pa-event {
    background: color-mix(in srgb, var(--pa-level-color) 16%, var(--pa-surface));
    border-left: 0.2em solid var(--pa-level-edge);
    border-radius: 0.2em;
    box-shadow: inset 0 0 0 1px var(--pa-level-edge);
  }
  .vis-item.vis-range.pa-key {
    background: color-mix(in srgb, var(--pa-level-color) 32%, var(--pa-surface));
    font-weight: 600;
  }
  .vis-item.pa-unverified .pa-label::after {
    content: ' ?';
    font-weight: 700;
    color: var(--pa-warning);
  }
  .vis-item.pa-unverified .vis-dot {
    outline: 0.12em dashed var(--pa-warning);
    outline-offset: 0.15em;
  }
  .vis-item.vis-selected.pa-event:not(.vis-dot) {
    background: transparent;
    z-index: 2;
  }
  .vis-item.vis-range.vis-selected.pa-event {
    background: color-mix(in srgb, var(--pa-level-color) 45%, var(--pa-surface));
  }
  .vis-item.vis-selected.pa-event .pa-label {
    text-decoration: underline;
    text-decoration-thickness: 0.12em;
    text-underline-offset: 0.2em;
  }
  .vis-item.vis-selected.pa-event .vis-dot {
    border-radius: 50%;
    box-shadow: 0 0 0 0.2em var(--pa-surface), 0 0 0 0.35em var(--pa-level-color);
  }
  .vis-item.is-focused:not(.vis-dot) {
    outline: 0.15em solid var(--pa-focus);
    outline-offset: 0.15em;
    border-radius: 0.2em;
  }
  .timeline:not(:focus-visible) .vis-item.is-focused {
    outline: none;
  }

  .vis-custom-time[class*='milestone-'] {
    background-color: var(--pa-text);
    width: 2px;
    pointer-events: none;
  }
  .vis-custom-time[class*='milestone-'] > div {
    pointer-events: none;
  }
  .vis-custom-time.pa-cursor {
    background-color: var(--pa-focus);
    width: 3px;
    cursor: ew-resize;
  }
  .vis-custom-time.pa-cursor::after {
    content: '';
    position: absolute;
    top: 0;
    left: -0.45em;
    width: 0.9em;
    height: 0.9em;
    border-radius: 50%;
    background: var(--pa-focus);
    box-shadow: 0 0 0 0.15em var(--pa-surface);
    pointer-events: none;
  }
  .vis-custom-time .vis-custom-time-marker {
    background: var(--pa-text);
    color: var(--pa-surface);
    font-size: 0.75em;
    font-weight: 600;
    padding: 0.1em 0.5em;
    border-radius: 0.2em;
    top: 0;
    white-space: nowrap;
  }
`;

/**
 * - `.chart.is-static .timeline`: While the static drawing shows, the chart draws underneath,
 *   measured but unseen: by opacity alone, which also hides the parts vis-timeline makes visible
 *   (the rule labels). An inherited property (`visibility`, `pointer-events`) changed on the swap
 *   would restyle every mark, doubling the swap's cost; the static stage takes the pointer instead,
 *   and attributes keep the chart from the keyboard and assistive technology.
 * - `:host([presentation]) .body`: Presentation: the drawing takes the room the legend and the
 *   caption leave.
 */
export const policyTimelineStyles = css`
  ${shapes}
  ${visTheme}

  .frame {
    background: var(--pa-surface);
  }

  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em var(--pa-gap);
    padding-bottom: 0.75em;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin: 0;
    padding: 0;
    border: 0;
    font-size: 0.875em;
  }
  .legend-title {
    color: var(--pa-muted);
    margin-right: 0.25em;
    padding: 0;
  }
  .legend button,
  .legend .other {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    padding: 0.3em 0.65em;
    border: 1px solid var(--pa-line);
    border-radius: 999px;
    background: var(--pa-surface);
    --pa-level-color: var(--pa-text);
  }
  .legend button {
    cursor: pointer;
  }
  .legend button:hover {
    border-color: var(--pa-muted);
  }
  .legend button[aria-pressed='true'] {
    background: var(--pa-text);
    color: var(--pa-surface);
    border-color: var(--pa-text);
    --pa-level-color: var(--pa-surface);
  }
  .legend .other {
    border-color: transparent;
    color: var(--pa-muted);
  }

  .toolbar {
    display: flex;
    flex: none;
    gap: 0.25em;
    margin-left: auto;
  }
  .toolbar button {
    display: inline-grid;
    place-items: center;
    width: 2.25em;
    height: 2.25em;
    padding: 0;
    border: 1px solid var(--pa-line);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    cursor: pointer;
  }
  .toolbar button:hover {
    background: var(--pa-subtle);
  }
  .toolbar svg {
    width: 1.1em;
    height: 1.1em;
  }

  .timeline {
    position: relative;
    min-height: 12em;
    border-top: 1px solid var(--pa-line);
    border-bottom: 1px solid var(--pa-line);
  }
  .timeline:focus-visible {
    outline: 0.15em solid var(--pa-focus);
    outline-offset: 0.2em;
  }
  .timeline[hidden] {
    display: none;
  }


  .chart {
    position: relative;
  }
  .chart[hidden] {
    display: none;
  }
  .chart.is-static .timeline {
    position: absolute;
    inset: 0 0 auto 0;
    opacity: 0;
  }
  .static-stage {
    position: relative;
    z-index: 1;
    border-top: 1px solid var(--pa-line);
    border-bottom: 1px solid var(--pa-line);
  }

  .toolbar .list-toggle {
    width: auto;
    white-space: nowrap;
    height: 2.25em;
    padding: 0 0.75em;
    border: 1px solid var(--pa-line);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    font-size: 0.875em;
    cursor: pointer;
  }
  .toolbar .list-toggle[aria-pressed='true'] {
    background: var(--pa-text);
    color: var(--pa-surface);
  }
  .event-list {
    margin: 0;
    padding: 0;
    list-style: none;
    border-top: 1px solid var(--pa-line);
  }
  .event-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    padding: 0.6em 0;
    border-bottom: 1px solid var(--pa-line);
  }
  .event-list time {
    min-width: 9em;
    color: var(--pa-muted);
    font-variant-numeric: tabular-nums;
  }
  .event-list .event-title {
    padding: 0;
    border: none;
    background: none;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-decoration-color: var(--pa-line);
    text-underline-offset: 0.2em;
    cursor: pointer;
  }
  .event-list .event-level {
    color: var(--pa-muted);
    font-size: 0.875em;
  }
  .event-list p {
    flex-basis: 100%;
    margin: 0;
    padding-left: 9.75em;
    font-size: 0.875em;
    max-width: 60em;
  }

  :host([presentation]) .body {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-height: 0;
  }
  :host([presentation]) .chart {
    flex: 1 1 0;
    min-height: 0;
  }
  :host([presentation]) .static-stage {
    height: 100%;
    border: none;
  }
  .legend .key {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    padding: 0.3em 0.65em 0.3em 0;
    --pa-level-color: var(--pa-text);
  }
  .caption {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin: 0.5em 0 0;
    font-size: 1.125em;
  }
  .caption-step {
    color: var(--pa-muted);
    font-size: 0.75em;
  }
  .caption time {
    color: var(--pa-muted);
    font-variant-numeric: tabular-nums;
  }

  @media print {
    .toolbar,
    .chart .timeline {
      display: none;
    }
  }
`;
