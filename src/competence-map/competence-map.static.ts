/**
 * The competence map drawn as one SVG: governments as columns, parts of the care continuum as rows,
 * roles told apart by fill (full solid, shared hatched, partial a dot) and a "?" where unverified.
 * It is the map in presentation mode (scaled to the slide) and the source of `toSVG()` and
 * `toPNG()`. The layout is computed here from the model and a text measure; colours come from
 * the element's tokens through classes.
 */
import { css, nothing, svg, type SVGTemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';
import { fitText, wrapText, type MeasureText } from '../shared/measure.js';
import { levelColor } from '../shared/render.js';
import type { CompetenceMapModel, MapCell, MapColumn } from './competence-map.model.js';

export interface StaticMapOptions {
  width: number;
  fontSize: number;
  measure: MeasureText;
  strings: Strings;
  /** Cells that changed since the previous date (`"part government"`), drawn with a ring. */
  changed: ReadonlySet<string>;
}

/** The hatch of a shared cell: diagonal strokes clipped to the cell, drawn as lines (no pattern ids to collide). */
function hatch(x: number, y: number, size: number, height: number): SVGTemplateResult {
  const step = size / 4;
  const lines = [];
  for (let offset = -height; offset < size; offset += step) {
    const x1 = Math.max(x + offset, x);
    const y1 = y + height - Math.max(-offset, 0);
    const x2 = Math.min(x + offset + height, x + size);
    const y2 = y + height - (x2 - x - offset);
    lines.push(svg`<line x1=${x1} y1=${y1} x2=${x2} y2=${y2}/>`);
  }
  return svg`<g class="map-hatch">${lines}</g>`;
}

function cellMark(cell: MapCell, x: number, y: number, width: number, height: number): SVGTemplateResult {
  const inset = height * 0.12;
  const box = { x: x + inset, y: y + inset, width: width - 2 * inset, height: height - 2 * inset };
  const outline = svg`<rect class="map-cell-outline" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx=${height * 0.1}/>`;
  switch (cell.role) {
    case 'full':
      return svg`<rect class="map-full" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx=${height * 0.1}/>`;
    case 'shared':
      return svg`${outline}${hatch(box.x, box.y, box.width, box.height)}`;
    case 'partial':
      return svg`${outline}<circle class="map-dot" cx=${x + width / 2} cy=${y + height / 2} r=${height * 0.18}/>`;
    default:
      return svg``;
  }
}

/** The map as an SVG template, with its height in pixels. */
export function renderStaticMap(model: CompetenceMapModel, options: StaticMapOptions): { drawing: SVGTemplateResult; height: number } {
  const { fontSize: em, measure, strings, width } = options;
  const columns: MapColumn[] = model.columnGroups.flatMap((group) => group.columns);
  const rows = model.rowGroups.flatMap((group) => group.rows);
  const labelSize = 0.875 * em;
  const widest = Math.max(...rows.map((row) => measure(row.label.value, labelSize, false)), 0);
  const labelColumn = Math.min(Math.max(widest + 1.5 * em, 8 * em), width * 0.38);
  const columnWidth = (width - labelColumn) / Math.max(columns.length, 1);
  const rowHeight = 1.75 * em;
  const groupHeight = 1.6 * em;
  const smallSize = 0.7 * em;
  const levelRow = 1.4 * em;
  const shortRow = 1.4 * em;
  const header = levelRow + shortRow + model.ministerLines * smallSize * 1.3 + 0.5 * em;

  const parts: SVGTemplateResult[] = [];
  let y = header;
  for (const group of model.rowGroups) {
    if (group.label) {
      parts.push(svg`<text class="map-group" x="0" y=${y + groupHeight * 0.62} font-size=${0.75 * em}>${fitText(group.label.value.toUpperCase(), width, 0.75 * em, true, measure)}</text>`);
      y += groupHeight;
    }
    for (const row of group.rows) {
      const top = y;
      parts.push(svg`<g class="map-row" data-part=${row.id}>
        <line class="map-rule" x1="0" x2=${width} y1=${top + rowHeight} y2=${top + rowHeight}/>
        <text class="map-row-label" x="0" y=${top + rowHeight / 2} font-size=${labelSize} lang=${row.label.lang ?? nothing}>${fitText(row.label.value, labelColumn - 0.75 * em, labelSize, false, measure)}</text>
        ${row.cells.map((cell, index) => {
          const column = columns[index]!;
          const x = labelColumn + index * columnWidth;
          const changed = options.changed.has(`${row.id} ${cell.government}`);
          return svg`<g class="map-cell pa-level-${column.colorIndex} ${cell.unverified ? 'is-unverified' : ''}" ${levelColor(column.color)}>
            ${cellMark(cell, x, top, columnWidth, rowHeight)}
            ${cell.unverified && cell.role
              ? svg`<text class="map-unverified" x=${x + columnWidth / 2} y=${top + rowHeight / 2} font-size=${smallSize} text-anchor="middle">?</text>`
              : nothing}
            ${changed ? svg`<rect class="map-changed" x=${x + 1} y=${top + 1} width=${columnWidth - 2} height=${rowHeight - 2} rx=${rowHeight * 0.12}/>` : nothing}
          </g>`;
        })}
      </g>`);
      y += rowHeight;
    }
  }

  const legendY = y + 1.2 * em;
  let legendX = 0;
  const legend = (['full', 'shared', 'partial'] as const).map((role) => {
    const x = legendX;
    const label = `${strings.roles[role]}: ${strings.roleHelp[role]}`;
    legendX += 2.1 * em + measure(label, smallSize, false) + 1.5 * em;
    return svg`<g class="map-cell pa-level-0">
      ${cellMark({ role, government: '', sources: [], unverified: false }, x, legendY - 0.7 * em, 1.8 * em, 1.4 * em)}
      <text class="map-legend" x=${x + 2.1 * em} y=${legendY} font-size=${smallSize}>${label}</text>
    </g>`;
  });
  const height = legendY + 0.9 * em;

  const columnHeads = columns.map((column, index) => {
    const x = labelColumn + index * columnWidth + columnWidth / 2;
    const names = column.ministers.map((minister) => `${minister.holder}${minister.possible || minister.unverified ? ' ?' : ''}`);
    return svg`<g class="map-column pa-level-${column.colorIndex}" ${levelColor(column.color)}>
      <rect class="map-column-bar" x=${x - columnWidth / 2 + 2} y=${levelRow - 0.3 * em} width=${columnWidth - 4} height=${0.2 * em}/>
      <text class="map-short" x=${x} y=${levelRow + shortRow * 0.55} font-size=${em} text-anchor="middle">${column.short.value}</text>
      ${names.map(
        (name, line) =>
          svg`<text class="map-minister" x=${x} y=${levelRow + shortRow + (line + 0.6) * smallSize * 1.3} font-size=${smallSize} text-anchor="middle">${fitText(name, columnWidth - 4, smallSize, false, measure)}</text>`,
      )}
    </g>`;
  });
  const levelHeads = model.columnGroups.map((group) => {
    const first = columns.indexOf(group.columns[0]!);
    const x = labelColumn + first * columnWidth;
    const span = group.columns.length * columnWidth;
    const label = wrapText(group.label.value, span - 4, smallSize, true, measure, 1)[0] ?? '';
    return svg`<text class="map-level" x=${x + span / 2} y=${levelRow * 0.45} font-size=${smallSize} text-anchor="middle">${label}</text>`;
  });

  const drawing = svg`<svg
    class="static-view"
    part="static"
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 ${width} ${height}"
    preserveAspectRatio="xMidYMin meet"
    width=${width}
    height=${height}
    role="img"
    aria-label=${strings.mapCaption(model.when)}
  >
    <rect class="static-background" width=${width} height=${height}/>
    ${levelHeads}${columnHeads}
    <line class="map-rule" x1="0" x2=${width} y1=${header - 0.25 * em} y2=${header - 0.25 * em}/>
    ${parts}
    ${legend}
  </svg>`;
  return { drawing, height };
}

export const staticMapStyles = css`
  .static-view {
    display: block;
    max-width: 100%;
    height: auto;
    font-family: var(--pa-font);
  }
  .static-view text {
    dominant-baseline: central;
    fill: var(--pa-text);
  }
  .static-background {
    fill: var(--pa-surface);
  }
  .map-rule {
    stroke: var(--pa-line);
  }
  .static-view .map-group,
  .static-view .map-level,
  .static-view .map-minister,
  .static-view .map-legend {
    fill: var(--pa-muted);
  }
  .map-group,
  .map-level,
  .map-short {
    font-weight: 600;
  }
  .map-column-bar,
  .map-full,
  .map-dot {
    fill: var(--pa-level-color);
  }
  .map-full {
    stroke: var(--pa-level-edge);
  }
  .map-cell-outline {
    fill: color-mix(in srgb, var(--pa-level-color) 10%, var(--pa-surface));
    stroke: var(--pa-level-edge);
    stroke-width: 1.5;
  }
  .is-unverified .map-cell-outline,
  .is-unverified .map-full {
    stroke: var(--pa-warning);
    stroke-width: 2;
    stroke-dasharray: 4 3;
  }
  .map-hatch line {
    stroke: var(--pa-level-color);
    stroke-width: 2;
  }
  .static-view .map-unverified {
    font-weight: 700;
    fill: var(--pa-text);
    paint-order: stroke;
    stroke: var(--pa-surface);
    stroke-width: 3;
  }
  .map-changed {
    fill: none;
    stroke: var(--pa-focus);
    stroke-width: 2.5;
  }
`;
