/**
 * Where the static drawing of a timeline puts things: lanes, stacked marks, axis ticks and milestone
 * rules, in CSS pixels. Pure and DOM-free (text is measured through a callback), so the same layout
 * serves the first paint, presentation mode, print and image export, and is tested without a page.
 */
import { dateLocale } from '../data/dates.js';
import { fitText, WORD, wrapText, type MeasureText } from '../shared/measure.js';
import { CHART_MARGIN, ZOOM_LABELLED, type TimelineItem, type TimelineLane, type TimelineModel, type TimeWindow } from './policy-timeline.model.js';

export interface LayoutOptions {
  /** Width of the drawing in CSS pixels. */
  width: number;
  /** The element's font size in CSS pixels: every length below is a multiple of it. */
  fontSize: number;
  window: TimeWindow;
  lang: string;
  measure: MeasureText;
  /** Label every event, context points too (a narrow window); otherwise only key policies and ranges. */
  labelAll?: boolean;
  /** An event labelled whatever the window (the current step). */
  labelled?: string | null;
  /**
   * Cut the drawing at this height in pixels, as the chart cuts its lanes (it scrolls them): for
   * the drawing that stands in for the chart. A figure (print, slides, export) shows every lane.
   */
  maxHeight?: number;
  /**
   * The room a scrollbar takes (0 where scrollbars overlay the page): where the lanes scroll, the
   * chart keeps it left of the lane labels. Asked only then (measuring it costs a layout).
   */
  scrollbarWidth?: () => number;
}

export interface LaidOutLane {
  lane: TimelineLane;
  /** The label broken into lines that fit the label column. */
  lines: string[];
  /** Top of the label's first line. */
  labelY: number;
  y: number;
  height: number;
}

export interface LaidOutMark {
  item: TimelineItem;
  x: number;
  /** Right edge of a range; equal to `x` for a point. */
  x2: number;
  /** Vertical centre of the mark. */
  y: number;
  /** The label as it fits, shortened with an ellipsis; empty when the mark is unlabelled. */
  label: string;
  labelX: number;
}

export interface LaidOutTick {
  x: number;
  label: string;
}

export interface LaidOutMilestone {
  x: number;
  label: string;
  /** Width of the label's box. */
  width: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  fontSize: number;
  /** Font size of mark labels. */
  markFontSize: number;
  /** Font size of lane labels. */
  laneFontSize: number;
  /** Left edge of the lane labels: after the room for a scrollbar where the lanes scroll. */
  laneX: number;
  /** The plotting area, right of the lane labels and below the axis. */
  chart: { x: number; y: number; width: number; height: number };
  /** Baseline of the axis labels. */
  axisY: number;
  lanes: LaidOutLane[];
  marks: LaidOutMark[];
  ticks: LaidOutTick[];
  milestones: LaidOutMilestone[];
  /** Maps an instant (UTC milliseconds) to x. */
  x(time: number): number;
}

/** Line height of the element's text, in em of its font size. */
export const LINE_HEIGHT = 1.4;
/** Font size of milestone labels, in em. */
export const MILESTONE_LABEL = 0.75;
const DAY = 24 * 60 * 60 * 1000;

/** Lengths in em of the element's font, as the interactive chart's stylesheet makes them. */
const EM = {
  laneLabelSize: 0.875,
  /** Right of the lane labels, before the plot. */
  laneLabelPadding: 0.75,
  /** The lane label's padding, above and below. */
  laneLabelPaddingBlock: 0.35,
  markSize: 0.8125,
  /** The band above the lanes: the axis, with the milestone labels over it. */
  axis: 3.15,
  axisLabel: 2.3,
  markLabelMaximum: 12,
  markGap: 0.5,
  tickSpacing: 3.2,
};

/** Widths of a lane label in em of its own font. */
const LANE_EM = { width: 9, maximum: 13, /** Its colour bar and the gap after it. */ bar: 0.75 };

/**
 * The width of a lane label in CSS pixels, in an element of font size `fontSize`: 9em of its font,
 * wider where a name has a longer word (up to 13em), so that names break only between words.
 */
export function laneLabelWidth(lanes: readonly TimelineLane[], fontSize: number, measure: MeasureText): number {
  const size = EM.laneLabelSize * fontSize;
  const words = lanes.flatMap((lane) => lane.label.value.match(WORD) ?? []);
  const longest = Math.max(0, ...words.map((word) => measure(word, size, true)));
  return Math.min(Math.max(Math.ceil(longest + LANE_EM.bar * size), LANE_EM.width * size), LANE_EM.maximum * size);
}

/** Sizes of vis-timeline's item boxes in em of the mark font, from its stylesheet and ours. */
const MARK_EM = {
  labelledHeight: 1.4,
  rangeHeight: 1.46,
  /** A point without a label is only its dot, which vis-timeline draws outside the item's box. */
  unlabelledHeight: 0.1,
  dot: 0.85,
  contextDot: 0.7,
  /** The content's padding, both sides. */
  padding: 0.7,
};

/**
 * What vis-timeline measures of a mark as it first draws it, in whole pixels (it reads offsetWidth
 * and offsetHeight): the static drawing stacks with these, and the chart can be handed them.
 */
export interface MarkMeasures {
  /** A point's dot, as wide as it is high. */
  dot: number;
  /**
   * The content box: a point's label (up to its maximum width, hidden when not labelled) and
   * padding, which is also the point's box, measured before the label moves half a dot right; a
   * range's label and padding, wider than the range where the range clips it.
   */
  contentWidth: number;
  height: number;
}

/**
 * Measures a mark as the chart's stylesheet sizes it, in an element of font size `fontSize`.
 * `labelled`: whether a point shows its label (ranges always do).
 */
export function measureMark(item: TimelineItem, fontSize: number, labelled: boolean, measure: MeasureText): MarkMeasures {
  const markFontSize = EM.markSize * fontSize;
  const isRange = item.type === 'range';
  const bold = item.className.includes('pa-key');
  const text = item.title.value + (item.className.includes('pa-unverified') ? ' ?' : '');
  const showsLabel = isRange || labelled;
  const labelWidth = showsLabel ? Math.min(measure(text, markFontSize, bold), EM.markLabelMaximum * markFontSize) : 0;
  return {
    dot: Math.round((item.className.includes('pa-context') ? MARK_EM.contextDot : MARK_EM.dot) * markFontSize),
    contentWidth: Math.round(MARK_EM.padding * markFontSize + labelWidth),
    height: Math.round((isRange ? MARK_EM.rangeHeight : showsLabel ? MARK_EM.labelledHeight : MARK_EM.unlabelledHeight) * markFontSize),
  };
}

/** A mark's box as vis-timeline stacks it. */
interface Box {
  left: number;
  width: number;
  height: number;
  top: number;
}

/**
 * Puts a box as low as vis-timeline 8 would: below each box already placed that it overlaps, taken
 * from the top, keeping its margins. Boxes come in time order.
 */
function stackBox(box: Box, placed: Box[]): void {
  const { horizontal, vertical } = CHART_MARGIN.item;
  const beside = placed
    .filter((other) => box.left < other.left + other.width + horizontal && box.left + box.width + horizontal > other.left)
    .sort((a, b) => a.top - b.top);
  for (const other of beside) {
    if (box.top - vertical < other.top + other.height && box.top + box.height + vertical > other.top) box.top = other.top + other.height + vertical;
  }
  placed.push(box);
}

/**
 * Forgets the boxes that end left of `edge`. Boxes come in time order, and a box starts at most a
 * dot left of its date, so a box that ends (with its margin) a dot before the current date can
 * touch no later box: stacking then looks only at the few boxes that can, not at every box of the
 * lane (quadratic: a quarter of a second at 10,000 events).
 */
function forgetBoxesBefore(placed: Box[], edge: number): void {
  let kept = 0;
  for (const box of placed) if (box.left + box.width > edge) placed[kept++] = box;
  placed.length = kept;
}

/** Year ticks every 1, 2, 5, 10 ... years, or month ticks for windows under two years, spaced for their labels. */
function axisTicks(window: TimeWindow, width: number, minSpacing: number, lang: string): { time: number; label: string }[] {
  const span = window.end - window.start;
  const startDate = new Date(window.start);
  const years = span / (365.25 * DAY);
  if (years >= 2) {
    const step = [1, 2, 5, 10, 20, 50, 100].find((candidate) => (width / years) * candidate >= minSpacing) ?? 100;
    const first = Math.ceil(startDate.getUTCFullYear() / step) * step;
    const ticks = [];
    for (let year = first; Date.UTC(year, 0, 1) <= window.end; year += step) {
      const time = Date.UTC(year, 0, 1);
      if (time >= window.start) ticks.push({ time, label: String(year) });
    }
    return ticks;
  }
  const months = span / (30.44 * DAY);
  const step = [1, 2, 3, 6, 12].find((candidate) => (width / months) * candidate >= minSpacing) ?? 12;
  const format = new Intl.DateTimeFormat(dateLocale(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const ticks = [];
  let year = startDate.getUTCFullYear();
  let month = Math.ceil(startDate.getUTCMonth() / step) * step;
  for (;;) {
    const time = Date.UTC(year, month, 1);
    if (time > window.end) break;
    if (time >= window.start) ticks.push({ time, label: format.format(time) });
    month += step;
    if (month >= 12) {
      year += Math.floor(month / 12);
      month %= 12;
    }
  }
  return ticks;
}

interface PlotGeometry {
  chartX: number;
  chartWidth: number;
  x(time: number): number;
}

/**
 * Where vis-timeline puts its centre panel: after the room for a scrollbar and the lane column's
 * whole-pixel width, as wide as what is left plus the pixel it takes back for an empty right panel.
 */
function plotGeometry(options: LayoutOptions, scrollbar: number, labelColumn: number): PlotGeometry {
  const { fontSize: em, window } = options;
  const chartX = scrollbar + Math.round(labelColumn);
  const chartWidth = Math.max(Math.round(options.width) - chartX + 1, em);
  const span = Math.max(window.end - window.start, DAY);
  return { chartX, chartWidth, x: (time) => chartX + ((time - window.start) / span) * chartWidth };
}

interface PlacedMarks {
  /** Each lane's marks, with their boxes (tops relative to the lane). */
  marks: { mark: LaidOutMark; box: Box }[][];
  heights: number[];
}

/**
 * Stacks the marks in the window lane by lane, as vis-timeline stacks them (label included), with its
 * margins and box sizes. Where the axis and lanes together reach `maxHeight` the chart scrolls its
 * lanes: `undefined` then if `stopsThere()`, which tells whether they are to be placed again.
 */
function placeMarks(
  model: TimelineModel,
  options: LayoutOptions,
  labels: { height: number }[],
  { x }: PlotGeometry,
  maxHeight: number,
  stopsThere: () => boolean,
): PlacedMarks | undefined {
  const { fontSize: em, measure, window } = options;
  const markFontSize = EM.markSize * em;
  const gap = EM.markGap * em;
  const laneIndex = new Map(model.lanes.map((lane, index) => [lane.id, index]));
  const marks: PlacedMarks['marks'] = model.lanes.map(() => []);
  const boxes: Box[][] = model.lanes.map(() => []);
  const heights = labels.map((label) => label.height);
  let height = EM.axis * em + heights.reduce((sum, laneHeight) => sum + laneHeight, 0);
  let budget = maxHeight;
  const overBudget = () => {
    budget = Infinity;
    return stopsThere();
  };
  if (height >= budget && overBudget()) return undefined;
  for (const item of model.items) {
    const itemEnd = item.end ?? item.start;
    const lane = laneIndex.get(item.lane);
    if (itemEnd < window.start || item.start > window.end || lane === undefined) continue;
    const start = x(item.start);
    const end = item.end === undefined ? start : x(item.end);
    const labelled = options.labelAll || item.id === options.labelled || !item.className.includes(ZOOM_LABELLED);
    const bold = item.className.includes('pa-key');
    const unverified = item.className.includes('pa-unverified') ? ' ?' : '';
    const isRange = item.type === 'range';
    const labelX = isRange ? start + gap / 2 : start + markFontSize * 0.5 + gap / 2;
    const room = isRange ? Math.max(end - labelX - gap / 2, 0) : EM.markLabelMaximum * markFontSize;
    const label = labelled ? fitText(item.title.value + unverified, room, markFontSize, bold, measure) : '';
    const measures = measureMark(item, em, labelled, measure);
    // vis-timeline keeps the axis margin above the first lane's marks, half the item margin above the others'.
    const top = lane === 0 ? CHART_MARGIN.axis : CHART_MARGIN.item.vertical / 2;
    const box: Box = isRange
      ? { left: start, width: Math.max(end - start, 1), height: measures.height, top }
      : // A point's box starts a whole dot left of its date.
        { left: start - measures.dot, width: measures.contentWidth, height: measures.height, top };
    const placed = boxes[lane]!;
    forgetBoxesBefore(placed, start - Math.round(MARK_EM.dot * markFontSize) - CHART_MARGIN.item.horizontal);
    stackBox(box, placed);
    marks[lane]!.push({ mark: { item, x: start, x2: end, y: 0, label, labelX }, box });
    const bottom = box.top + box.height + CHART_MARGIN.item.vertical / 2;
    if (bottom > heights[lane]!) {
      height += bottom - heights[lane]!;
      heights[lane] = bottom;
      if (height >= budget && overBudget()) return undefined;
    }
  }
  return { marks, heights };
}

/**
 * Lays out a timeline model in a window. Marks stack as vis-timeline stacks them (label included),
 * with its margins and box sizes, so the drawing that stands in for the chart is the chart.
 */
export function layoutTimeline(model: TimelineModel, options: LayoutOptions): TimelineLayout {
  const { fontSize: em, measure, window } = options;
  const markFontSize = EM.markSize * em;
  const laneFontSize = EM.laneLabelSize * em;
  const chartY = EM.axis * em;
  const labelWidth = laneLabelWidth(model.lanes, em, measure);
  const labelColumn = labelWidth + EM.laneLabelPadding * em;
  const labels = model.lanes.map((lane) => {
    const lines = wrapText(lane.label.value, labelWidth - LANE_EM.bar * laneFontSize, laneFontSize, true, measure, 2);
    return { lines, height: 2 * EM.laneLabelPaddingBlock * em + lines.length * LINE_HEIGHT * laneFontSize };
  });

  // The chart decides whether its lanes scroll from their height beside the full-width plot, and
  // only then makes room for the scrollbar (which can only stack its marks higher).
  let scrollbar = 0;
  const keepsRoom = () => (scrollbar = options.scrollbarWidth?.() ?? 0) > 0;
  const atFullWidth = placeMarks(model, options, labels, plotGeometry(options, 0, labelColumn), options.maxHeight ?? Infinity, keepsRoom);
  const { chartX, chartWidth, x } = plotGeometry(options, scrollbar, labelColumn);
  const placed = atFullWidth ?? placeMarks(model, options, labels, { chartX, chartWidth, x }, Infinity, () => false)!;

  const laidOut: LaidOutLane[] = [];
  const marks: LaidOutMark[] = [];
  let y = chartY;
  for (const [index, lane] of model.lanes.entries()) {
    const { lines } = labels[index]!;
    laidOut.push({ lane, lines, labelY: y + EM.laneLabelPaddingBlock * em, y, height: placed.heights[index]! });
    for (const { mark, box } of placed.marks[index]!) marks.push({ ...mark, y: y + box.top + box.height / 2 });
    y += placed.heights[index]!;
  }

  const height = Math.min(y, options.maxHeight ?? y);
  const ticks = axisTicks(window, chartWidth, EM.tickSpacing * em, options.lang).map((tick) => ({ x: x(tick.time), label: tick.label }));
  const milestones = model.milestones
    .filter((milestone) => milestone.time >= window.start && milestone.time <= window.end)
    .map((milestone) => {
      const label = fitText(milestone.label.value, chartWidth / 2, MILESTONE_LABEL * em, true, measure);
      return { x: x(milestone.time), label, width: measure(label, MILESTONE_LABEL * em, true) + em };
    });

  return {
    width: options.width,
    height,
    fontSize: em,
    markFontSize,
    laneFontSize,
    laneX: scrollbar,
    chart: { x: chartX, y: chartY, width: chartWidth, height: height - chartY },
    axisY: EM.axisLabel * em,
    lanes: laidOut.filter((lane) => lane.y < height),
    marks: marks.filter((mark) => mark.y < height),
    ticks,
    milestones,
    x,
  };
}

