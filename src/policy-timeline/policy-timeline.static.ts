/**
 * The static drawing of a timeline: one SVG from a {@link TimelineLayout}. It is the first paint
 * (before vis-timeline has loaded and drawn), presentation mode, the print view and the source of
 * `toSVG()` and `toPNG()`: one renderer for every picture that does not need vis-timeline.
 */
import { css, nothing, svg, type SVGTemplateResult } from 'lit';
import { levelColor } from '../shared/render.js';
import { LINE_HEIGHT, MILESTONE_LABEL, type LaidOutMark, type TimelineLayout } from './policy-timeline.layout.js';

export interface StaticTimelineOptions {
  /** The accessible name of the drawing. */
  label: string;
  /** Whether assistive technology should skip it (the first paint, which the chart replaces). */
  decorative: boolean;
  /** The mark shown as current: the last one revealed by a step, or the one with the keyboard. */
  currentId?: string | null;
  selectedId?: string | null;
  /** The date cursor, in UTC milliseconds. */
  cursor?: number | null;
}

const SHAPES = ['circle', 'diamond', 'square', 'triangle'];

function markShape(mark: LaidOutMark, size: number): SVGTemplateResult {
  const { x, y } = mark;
  const r = size / 2;
  const shapeClass = /pa-shape-(\d)/.exec(mark.item.className);
  const shape = shapeClass ? SHAPES[Number(shapeClass[1])] : 'context';
  switch (shape) {
    case 'diamond':
      return svg`<path class="static-shape" d="M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z"/>`;
    case 'square':
      return svg`<rect class="static-shape" x=${x - r * 0.85} y=${y - r * 0.85} width=${r * 1.7} height=${r * 1.7} rx=${r * 0.2}/>`;
    case 'triangle':
      return svg`<path class="static-shape" d="M${x} ${y - r}L${x + r} ${y + r * 0.8}L${x - r} ${y + r * 0.8}Z"/>`;
    case 'circle':
      return svg`<circle class="static-shape" cx=${x} cy=${y} r=${r}/>`;
    default:
      return svg`<circle class="static-shape static-ring" cx=${x} cy=${y} r=${r * 0.62} stroke-width=${r * 0.36}/>`;
  }
}

function renderMark(mark: LaidOutMark, layout: TimelineLayout, options: StaticTimelineOptions): SVGTemplateResult {
  const { item } = mark;
  const size = layout.markFontSize;
  const rowHeight = 1.4 * layout.fontSize;
  const classes = [
    'static-item',
    item.className,
    item.id === options.currentId ? 'is-current' : '',
    item.id === options.selectedId ? 'is-selected' : '',
  ].join(' ');
  return svg`<g class=${classes} data-id=${item.id} ${levelColor(item.color)}>
    ${item.type === 'range'
      ? svg`<rect class="static-range" x=${mark.x} y=${mark.y - rowHeight * 0.42} width=${Math.max(mark.x2 - mark.x, 2)} height=${rowHeight * 0.84} rx=${size * 0.2}/>
          <rect class="static-range-edge" x=${mark.x} y=${mark.y - rowHeight * 0.42} width=${size * 0.2} height=${rowHeight * 0.84}/>`
      : markShape(mark, size)}
    ${item.id === options.currentId && item.type === 'point' ? svg`<circle class="static-halo" cx=${mark.x} cy=${mark.y} r=${size * 0.95}/>` : nothing}
    ${mark.label
      ? svg`<text class="static-label" x=${mark.labelX} y=${mark.y} font-size=${size} lang=${item.title.lang ?? nothing}>${mark.label}</text>`
      : nothing}
  </g>`;
}

/** The static timeline as an SVG template; every colour comes from the element's tokens through classes. */
export function renderStaticTimeline(layout: TimelineLayout, options: StaticTimelineOptions): SVGTemplateResult {
  const { chart, fontSize: em, laneFontSize: laneFont } = layout;
  const laneLine = LINE_HEIGHT * laneFont;
  const cursorX = options.cursor === null || options.cursor === undefined ? undefined : layout.x(options.cursor);
  return svg`<svg
    class="static-view"
    part="static"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 ${layout.width} ${layout.height}"
    preserveAspectRatio="xMidYMin meet"
    width=${layout.width}
    height=${layout.height}
    role=${options.decorative ? 'presentation' : 'img'}
    aria-hidden=${options.decorative ? 'true' : 'false'}
    aria-label=${options.label}
  >
    <rect class="static-background" width=${layout.width} height=${layout.height}/>
    <g class="static-axis">
      ${layout.ticks.map(
        (tick) => svg`<line class="static-grid" x1=${tick.x} x2=${tick.x} y1=${chart.y - 0.5 * em} y2=${layout.height}/>
          <text class="static-tick" x=${tick.x + 0.3 * em} y=${layout.axisY} font-size=${0.8 * em}>${tick.label}</text>`,
      )}
      <line class="static-rule" x1="0" x2=${layout.width} y1=${chart.y} y2=${chart.y}/>
    </g>
    ${layout.lanes.map(
      (lane) => svg`<g class="static-lane pa-level-${lane.lane.colorIndex}" ${levelColor(lane.lane.color)}>
        <rect class="static-lane-bar" x=${layout.laneX} y=${lane.labelY + (lane.lines.length * laneLine - 1.2 * laneFont) / 2} width=${0.25 * laneFont} height=${1.2 * laneFont} rx=${0.125 * laneFont}/>
        <text class="static-lane-label" font-size=${laneFont} lang=${lane.lane.label.lang ?? nothing}>
          ${lane.lines.map((line, index) => svg`<tspan x=${layout.laneX + 0.75 * laneFont} y=${lane.labelY + (index + 0.5) * laneLine}>${line}</tspan>`)}
        </text>
        <line class="static-rule" x1="0" x2=${layout.width} y1=${lane.y + lane.height} y2=${lane.y + lane.height}/>
      </g>`,
    )}
    <svg x=${chart.x} y="0" width=${chart.width} height=${layout.height} viewBox="${chart.x} 0 ${chart.width} ${layout.height}" overflow="hidden">
      ${layout.milestones.map(
        (milestone) => svg`<g class="static-milestone">
          <line x1=${milestone.x} x2=${milestone.x} y1="0" y2=${layout.height} stroke-width="2"/>
          <rect x=${milestone.x} y="0" width=${milestone.width} height=${1.4 * em} rx=${0.2 * em}/>
          <text x=${milestone.x + 0.5 * em} y=${0.7 * em} font-size=${MILESTONE_LABEL * em}>${milestone.label}</text>
        </g>`,
      )}
      ${layout.marks.map((mark) => renderMark(mark, layout, options))}
      ${cursorX === undefined ? nothing : svg`<line class="static-cursor" x1=${cursorX} x2=${cursorX} y1=${chart.y} y2=${layout.height} stroke-width="3"/>`}
    </svg>
  </svg>`;
}

/**
 * Colours and type of the static drawing, from the same tokens as the chart.
 *
 * - `.static-shape:not(.static-ring)`: A thin edge on filled shapes; a ring is all edge, its width
 *   set on the shape.
 */
export const staticTimelineStyles = css`
  .static-view {
    display: block;
    max-width: 100%;
    height: auto;
    font-family: var(--pa-font);
    font-variant-numeric: tabular-nums;
  }
  .static-view text {
    dominant-baseline: central;
  }
  .static-background {
    fill: var(--pa-surface);
  }
  .static-grid {
    stroke: var(--pa-line);
    stroke-width: 1;
  }
  .static-rule {
    stroke: var(--pa-line);
    stroke-width: 1;
  }
  .static-tick {
    fill: var(--pa-muted);
  }
  .static-lane-bar {
    fill: var(--pa-level-color);
  }
  .static-lane-label {
    fill: var(--pa-text);
    font-weight: 600;
    dominant-baseline: auto;
  }
  .static-lane-label tspan {
    dominant-baseline: central;
  }
  .static-shape {
    fill: var(--pa-level-color, var(--pa-text));
  }
  .static-shape:not(.static-ring) {
    stroke: var(--pa-level-edge);
    stroke-width: 1;
  }
  .static-ring {
    fill: var(--pa-surface);
    stroke: var(--pa-level-edge, var(--pa-muted));
  }
  .static-range {
    fill: color-mix(in srgb, var(--pa-level-color) 16%, var(--pa-surface));
    stroke: var(--pa-level-edge);
    stroke-width: 1;
  }
  .pa-key .static-range {
    fill: color-mix(in srgb, var(--pa-level-color) 32%, var(--pa-surface));
  }
  .static-range-edge {
    fill: var(--pa-level-edge);
  }
  .static-label {
    fill: var(--pa-text);
  }
  .pa-key .static-label {
    font-weight: 600;
  }
  .pa-context .static-label {
    fill: var(--pa-muted);
  }
  .pa-unverified .static-shape {
    stroke: var(--pa-warning);
    stroke-dasharray: 2 2;
    stroke-width: 1.5;
  }
  .is-selected .static-label {
    text-decoration: underline;
  }
  .is-current .static-label {
    fill: var(--pa-text);
    font-weight: 700;
  }
  .static-halo {
    fill: none;
    stroke: var(--pa-focus);
    stroke-width: 2.5;
  }
  .static-milestone line {
    stroke: var(--pa-text);
  }
  .static-milestone rect {
    fill: var(--pa-text);
  }
  .static-milestone text {
    fill: var(--pa-surface);
    font-weight: 600;
  }
  .static-cursor {
    stroke: var(--pa-focus);
  }
`;
