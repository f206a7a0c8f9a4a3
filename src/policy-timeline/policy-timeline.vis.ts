/**
 * The one place that speaks vis-timeline: turns a {@link TimelineModel} into vis items and groups,
 * builds their content as DOM nodes (never as HTML strings), and labels the axis with Intl.
 */
import moment from 'moment';
import { DataSet } from 'vis-data/esnext';
import * as visTimeline from 'vis-timeline/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import { dateLocale, formatPeriod } from '../data/dates.js';
import type { IsoDate } from '../data/types.js';
import type { MarkMeasures } from './policy-timeline.layout.js';
import { CHART_MARGIN, CHART_MAX_HEIGHT_EM, fitWindow, type TimelineItem, type TimelineLane, type TimelineModel, type TimeWindow } from './policy-timeline.model.js';
import { visTimelineStyles } from './vis-timeline.styles.js';

const DAY = 24 * 60 * 60 * 1000;
/** The id of the draggable date cursor among vis-timeline's custom times. */
const CURSOR = 'pa-cursor';
/** Above this many changed items, they go in with the window parked (see withWindowParked). */
const PARK_ABOVE = 20;
const YEAR = 365.25 * DAY;

interface VisItem extends DataItem {
  id: string;
  label: string;
  labelLang: string | undefined;
  startDate: IsoDate;
  endDate: IsoDate | undefined;
  /** The reader's language, for the dates of the tooltip. */
  lang: string;
}
/** Present at run time since vis-timeline 7, missing from its type declarations. */
interface TimelineWithMarkers extends Timeline {
  setCustomTimeMarker(title: string, id: string, editable: boolean): void;
  customTimes: { options: { id: string }; marker?: HTMLElement }[];
}

/**
 * vis-timeline's item set, which its public API does not reach (vis-timeline 8.5.4, pinned). Its
 * `redraw()` marks every item for measuring and redraws those shown one by one, a forced layout
 * each. Its own redraw measures in one batch the items it brings into view: hidden and marked
 * here, the items in view are drawn that way.
 */
interface TimelineInternals {
  itemSet: {
    items: Record<string, { dirty: boolean; displayed: boolean; hide(): void }>;
    markDirty(options: { restackGroups: boolean }): void;
    /** Until it is set (by its first draw), every change of lanes or items redraws the whole chart at once. */
    initialItemSetDrawn: boolean;
  };
  body: { emitter: { emit(event: '_change', properties: { queue: boolean }): void } };
  /** Its first draw sets the window from the options (or fits it to the items) unless this is set. */
  initialFitDone: boolean;
  /**
   * With a window in the options, the chart stays invisible until a window change has settled,
   * which vis-timeline tells 200 ms after it (rangechanged): set, the first draw shows it.
   */
  initialRangeChangeDone: boolean;
}

/**
 * vis-timeline's item classes (vis-timeline 8.5.4, pinned), exported at run time but not in its
 * type declarations. Each measures its DOM in `_getDomComponentsSizes`.
 */
interface ItemClass {
  prototype: { _getDomComponentsSizes(this: object): unknown };
}
const { PointItem, RangeItem } = (visTimeline as unknown as { timeline: { components: { items: Record<'PointItem' | 'RangeItem', ItemClass> } } }).timeline.components.items;

/**
 * What the chart is told of marks instead of measuring them, until its next draw. vis-timeline
 * measures the marks it brings into view lane by lane, each lane a forced style and layout of the
 * whole chart (six lanes: six); marks whose measures are known (the static layout's, which match the
 * page's to the pixel) need none, and the page lays them out once, as it paints.
 */
const knownMeasures = new WeakMap<object, object>();
for (const itemClass of [PointItem, RangeItem]) {
  const measureDom = itemClass.prototype._getDomComponentsSizes;
  itemClass.prototype._getDomComponentsSizes = function (this: object & { overflow?: boolean; whiteSpace?: boolean }) {
    const sizes = knownMeasures.get(this);
    if (!sizes) return measureDom.call(this);
    knownMeasures.delete(this);
    // What the range measures with getComputedStyle: our stylesheet clips its label on one line.
    this.overflow = false;
    this.whiteSpace = false;
    return sizes;
  };
}

/** A mark's measures in the shape vis-timeline's item class reads them. */
function visSizes(type: TimelineItem['type'], { dot, contentWidth, height }: MarkMeasures): object {
  return type === 'range'
    ? { content: { width: contentWidth }, box: { height } }
    : { dot: { width: dot, height: dot }, content: { width: contentWidth, height }, point: { width: contentWidth, height } };
}

interface VisGroup extends DataGroup {
  id: string;
  lane: TimelineLane;
}

export interface VisCallbacks {
  /** The reader picked an event (click or tap) or clicked empty space (`null`). */
  select(id: string | null): void;
  /** The visible window moved (at each frame of a zoom or pan), in UTC milliseconds. */
  windowChanged(start: number, end: number): void;
  /** The reader dragged the date cursor, or clicked the time axis, to this instant. */
  cursorMoved(time: number): void;
  /** The first frame with the events in place is drawn: the chart can replace the static first paint. */
  drawn(): void;
  /** Measures marks as the page will lay them out, every point labelled or only those always labelled. */
  markMeasurer(labelAll: boolean): (item: TimelineItem) => MarkMeasures;
}

/**
 * Where the chart waits for its window: the 40 years (its widest zoom) before the first event. No
 * event is in view, and the axis is labelled in years however wide the chart, as in the window shown
 * next: a month or day scale would make the page's first date format (35-60 ms) for a draw nobody sees.
 */
function parkedWindow(model: TimelineModel): TimeWindow | undefined {
  if (!model.extent) return undefined;
  return { start: model.extent.start - 40 * YEAR, end: model.extent.start - DAY };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(dateLocale(lang), { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/**
 * Axis labels in the reader's language: vis-timeline would use moment's locale data instead. Years
 * and days of the month are digits in every language offered, written without a date format: the
 * page's first one costs tens of milliseconds, and the opening window shows only years.
 */
function axisFormat(lang: string): TimelineOptions['format'] {
  const label = (options: Intl.DateTimeFormatOptions) => (date: Date | moment.Moment) =>
    formatter(lang, options).format(date.valueOf());
  const year = (date: Date | moment.Moment) => String(new Date(date.valueOf()).getUTCFullYear());
  const day = (date: Date | moment.Moment) => String(new Date(date.valueOf()).getUTCDate());
  const minor = { year, month: label({ month: 'short' }), day };
  const major = { month: year, day: label({ month: 'long', year: 'numeric' }) };
  return {
    minorLabels: (date, scale) =>
      scale === 'year' ? minor.year(date) : scale === 'month' ? minor.month(date) : minor.day(date),
    majorLabels: (date, scale) => (scale === 'year' ? '' : scale === 'month' ? major.month(date) : major.day(date)),
  };
}

/**
 * Puts vis-timeline's stylesheet into the chart's shadow root, first, so the element's own rules
 * override it. It comes with this module: a page without a chart never parses it.
 */
function adoptVisStyles(container: HTMLElement): void {
  const root = container.getRootNode();
  const sheet = visTimelineStyles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}

/** Marks show the start of a title; the details show it whole. Layout of a huge one would stall the chart. */
const LABEL_LENGTH = 160;
const shorten = (text: string) => (text.length > LABEL_LENGTH ? `${text.slice(0, LABEL_LENGTH - 1)}…` : text);

/** The item each drawn label shows, for its tooltip. */
const labelItems = new WeakMap<Element, VisItem>();

function itemContent(item: VisItem): HTMLElement {
  const label = document.createElement('span');
  label.className = 'pa-label';
  label.textContent = shorten(item.label);
  if (item.labelLang) label.lang = item.labelLang;
  labelItems.set(label, item);
  return label;
}

/**
 * Gives a label its tooltip (title and dates) as the pointer comes over it: the page's first date
 * format costs 35-60 ms, which the chart's first draw would otherwise pay for tooltips not yet shown.
 */
function addTooltip(event: Event): void {
  const label = event.target instanceof Element ? event.target.closest('.pa-label') : null;
  const item = label && labelItems.get(label);
  if (!item || label.hasAttribute('title')) return;
  label.setAttribute('title', `${shorten(item.label)} (${formatPeriod(item.startDate, item.endDate, item.lang)})`);
}

/** vis-timeline also asks for the content of its internal ungrouped lane, with no group (`null`). */
function laneContent(group: VisGroup | null): HTMLElement {
  const label = document.createElement('span');
  if (!group) return label;
  label.className = 'pa-lane-label';
  if (group.lane.label.lang) label.lang = group.lane.label.lang;
  const name = document.createElement('span');
  name.className = 'pa-lane-name';
  name.textContent = group.lane.label.value;
  label.append(name);
  return label;
}

function toVisItem(item: TimelineItem, focusedId: string | null, lang: string): VisItem {
  return {
    id: item.id,
    group: item.lane,
    start: new Date(item.start),
    ...(item.end === undefined ? {} : { end: new Date(item.end) }),
    type: item.type,
    className: item.id === focusedId ? `${item.className} is-focused` : item.className,
    ...(item.color ? { style: `--pa-level-color: ${item.color}` } : {}),
    label: item.title.value,
    labelLang: item.title.lang,
    startDate: item.startDate,
    endDate: item.endDate,
    lang,
    content: '',
  };
}

/** What vis-timeline draws of records, to tell whether they changed. */
const signature = (records: readonly unknown[]) => JSON.stringify(records);
const itemSignature = (item: VisItem) =>
  [item.group, item.start.valueOf(), item.end?.valueOf(), item.className, item.style, item.label, item.labelLang, item.startDate, item.endDate, item.lang].join('\u0000');

/** What follows the model and the language: axis labels, and how far the reader can pan. */
function modelOptions(model: TimelineModel, lang: string): TimelineOptions {
  const extent = model.extent;
  return {
    format: axisFormat(lang),
    ...(extent ? { min: new Date(extent.start - 4 * YEAR), max: new Date(extent.end + 4 * YEAR) } : {}),
  };
}

function laneGroups(model: TimelineModel): VisGroup[] {
  return model.lanes.map((lane, order) => ({ id: lane.id, lane, order, content: '', className: `pa-lane pa-level-${lane.colorIndex}` }));
}

export class VisTimeline {
  private readonly items = new DataSet<VisItem, 'id'>();
  private readonly groups = new DataSet<VisGroup, 'id'>();
  private readonly timeline: TimelineWithMarkers;
  private model: TimelineModel;
  private lang: string;
  private milestoneIds: string[] = [];
  private focusedId: string | null = null;
  private selectedId: string | null = null;
  private cursor: number | null = null;
  private labelAll = false;
  /** The chart is not drawn yet: its first draw shows the events in place. */
  private itemsPending: boolean;
  /** vis-timeline's items told their measures for the next draw. */
  private measured: object[] = [];

  /**
   * Opens on `model`'s lanes, items, axis labels and range, and on `window` (all events when left
   * out), all given to vis-timeline's constructor: each option, lane or item set after it would cost
   * a redraw of its own before the first one that shows the events.
   */
  constructor(
    private readonly container: HTMLElement,
    private readonly callbacks: VisCallbacks,
    model: TimelineModel,
    lang: string,
    window?: TimeWindow,
  ) {
    this.model = model;
    this.lang = lang;
    this.groups.add(laneGroups(model));
    this.items.add(model.items.map((item) => toVisItem(item, null, lang)));
    // The items go in with the window parked where no event is, and the window is set after. Items
    // in view as they go in are drawn one at a time, a forced layout each (quadratic: passing the
    // window itself to the constructor); letting vis-timeline fit the window draws every item for
    // measuring and leaves those outside a narrower one stranded at the left edge. Parked, none is
    // drawn until the first draw in the window, which draws them all in place, together.
    const parked = parkedWindow(model);
    const bounds = modelOptions(model, lang);
    const options: TimelineOptions = {
      maxHeight: `${CHART_MAX_HEIGHT_EM}em`,
      autoResize: false,
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      editable: false,
      stack: true,
      verticalScroll: true,
      orientation: { axis: 'top', item: 'top' },
      margin: CHART_MARGIN,
      zoomMin: 14 * DAY,
      zoomMax: 40 * YEAR,
      groupOrder: 'order',
      showTooltips: false,
      // Item elements carry data-id, so pages and tests can find an event's mark.
      dataAttributes: ['id'],
      // Dates are calendar days, the same everywhere: draw the axis in UTC, as the items are.
      moment: (date?: moment.MomentInput) => moment(date).utc(),
      template: itemContent as unknown as TimelineOptions['template'],
      groupTemplate: laneContent as unknown as TimelineOptions['groupTemplate'],
      ...bounds,
      // Parked beyond the reader's bound, which comes back once the chart is made.
      ...(parked ? { start: new Date(parked.start), end: new Date(parked.end), min: new Date(parked.start) } : {}),
    };
    adoptVisStyles(container);
    // Made empty, then given its lanes and items: until its item set has drawn once, vis-timeline
    // draws the whole chart at once for each (50 ms for the lanes alone, in a window nobody sees).
    // Marked drawn, it draws them together in the next frame.
    this.timeline = new Timeline(container, undefined as unknown as DataSet<VisItem>, options) as TimelineWithMarkers;
    const { itemSet } = this.timeline as unknown as TimelineInternals;
    itemSet.initialItemSetDrawn = true;
    this.timeline.setGroups(this.groups);
    this.timeline.setItems(this.items);
    if (parked) this.timeline.setOptions({ min: bounds.min });
    const shown = window ?? (model.extent ? fitWindow(model.extent) : undefined);
    if (shown) {
      // Its first draw would otherwise put the window back to the parked one, and show it 200 ms late.
      Object.assign(this.timeline as unknown as TimelineInternals, { initialFitDone: true, initialRangeChangeDone: true });
      this.setWindow(shown, false);
    }
    this.itemsPending = true;
    container.addEventListener('pointerover', addTooltip);
    this.timeline.on('select', (properties: { items: string[] }) => callbacks.select(properties.items[0] ?? null));
    this.timeline.on('changed', () => {
      // Measures are good for the draw they were given for: a later one may show other labels.
      this.forgetMeasures();
      if (!this.itemsPending) return;
      this.itemsPending = false;
      callbacks.drawn();
      // The page's first date format costs 35-60 ms: made while the reader looks, not on the first zoom into months.
      const whenIdle = globalThis.requestIdleCallback ?? setTimeout;
      whenIdle(() => formatter(this.lang, { month: 'short' }));
    });
    this.timeline.on('timechange', (properties: { id: string; time: Date }) => {
      if (properties.id === CURSOR) callbacks.cursorMoved(properties.time.valueOf());
    });
    this.timeline.on('click', (properties: { what: string | null; time: Date }) => {
      if (properties.what === 'axis' && this.cursor !== null) callbacks.cursorMoved(properties.time.valueOf());
    });
    this.timeline.on('rangechange', (properties: { start: Date; end: Date }) =>
      callbacks.windowChanged(properties.start.valueOf(), properties.end.valueOf()),
    );
    this.showMilestones(model);
  }

  /**
   * Shows a model: lanes, items, milestone rules and axis labels in `lang`. Only what differs from
   * the model shown is handed to vis-timeline (a step adds one item, a filter removes some):
   * re-adding every item would make it lay them all out again.
   */
  setModel(model: TimelineModel, lang: string): void {
    const previous = this.model;
    if (model === previous) return;
    this.model = model;
    const extent = model.extent;
    if (lang !== this.lang || extent?.start !== previous.extent?.start || extent?.end !== previous.extent?.end) {
      this.lang = lang;
      this.timeline.setOptions(modelOptions(model, lang));
    }
    if (signature(model.lanes) !== signature(previous.lanes)) {
      this.groups.clear();
      this.groups.add(laneGroups(model));
    }
    this.showItems(model);
    if (signature(model.milestones) !== signature(previous.milestones)) this.showMilestones(model);
  }

  private showMilestones(model: TimelineModel): void {
    for (const id of this.milestoneIds) this.timeline.removeCustomTime(id);
    this.milestoneIds = model.milestones.map((milestone) => {
      const id = `milestone-${milestone.id}`;
      this.timeline.addCustomTime(new Date(milestone.time), id);
      // vis-timeline writes a marker's title as HTML: give it none, then put the label in as text.
      this.timeline.setCustomTimeMarker('', id, false);
      const marker = this.timeline.customTimes.find((customTime) => customTime.options.id === id)?.marker;
      if (marker) marker.textContent = shorten(milestone.label.value);
      return id;
    });
  }

  /** Brings vis-timeline's items in line with the model: removes, adds and updates only what changed. */
  private showItems(model: TimelineModel): void {
    const next = model.items.map((item) => toVisItem(item, this.focusedId, this.lang));
    const wanted = new Set(next.map((item) => item.id));
    const removed = this.items.getIds().filter((id) => !wanted.has(String(id)));
    const changedAt = next.flatMap((item, index) => {
      const shown = this.items.get(item.id);
      return !shown || itemSignature(shown) !== itemSignature(item) ? [index] : [];
    });
    const change = () => {
      this.items.remove(removed);
      this.items.update(changedAt.map((index) => next[index]!));
    };
    if (changedAt.length > PARK_ABOVE) {
      this.withWindowParked(model, change);
      // Parked, they wait for the next draw: it can take their measures instead of taking them lane by lane.
      this.tellMeasures(changedAt.map((index) => model.items[index]!));
    } else change();
    this.timeline.setSelection(this.selectedId === null ? [] : [this.selectedId]);
  }

  private forgetMeasures(): void {
    for (const item of this.measured) knownMeasures.delete(item);
    this.measured = [];
  }

  /** Tells the next draw what it would measure of these marks in the page (see knownMeasures). */
  private tellMeasures(items: readonly TimelineItem[]): void {
    const { itemSet } = this.timeline as unknown as TimelineInternals;
    const measure = this.callbacks.markMeasurer(this.labelAll);
    for (const item of items) {
      const visItem = itemSet.items[item.id];
      if (!visItem) continue;
      knownMeasures.set(visItem, visSizes(item.type, measure(item)));
      this.measured.push(visItem);
    }
  }

  /**
   * Runs a change of many items with the window moved, for that moment, to where no event is.
   * vis-timeline draws an item added or changed inside the window at once, on its own, with a
   * forced layout: quadratic in the items (10,000 events took two minutes). Outside the window
   * they wait, and its next redraw draws them together. No frame is painted in between.
   */
  private withWindowParked(model: TimelineModel, change: () => void): void {
    if (!model.extent) return change();
    const { start, end } = this.timeline.getWindow();
    const parked = parkedWindow(model)!;
    this.timeline.setWindow(new Date(parked.start), new Date(parked.end), { animation: false });
    change();
    this.timeline.setWindow(start, end, { animation: false });
  }

  /**
   * Labels every event, context points too (a narrow window), or only key policies and ranges.
   * The labels change width, so vis-timeline measures the items again and restacks them.
   */
  setLabelAll(labelAll: boolean): void {
    if (labelAll === this.labelAll) return;
    this.labelAll = labelAll;
    this.container.classList.toggle('pa-label-all', labelAll);
    const { itemSet, body } = this.timeline as unknown as TimelineInternals;
    for (const item of Object.values(itemSet.items)) {
      item.dirty = true;
      if (item.displayed) item.hide();
    }
    // The next draw measures the marks it shows, with the labels now shown: it can take their
    // measures instead. Only those of the window it draws (a zoom sets it first), not of the one left.
    this.forgetMeasures();
    this.tellMeasures(this.itemsInView(this.window));
    itemSet.markDirty({ restackGroups: true });
    // A redraw on the next frame, the same one a window change in this update asks for.
    body.emitter.emit('_change', { queue: true });
  }

  setWindow(window: TimeWindow, animate: boolean): void {
    this.tellMeasures(this.itemsComingIntoView(window));
    this.timeline.setWindow(new Date(window.start), new Date(window.end), { animation: animate });
  }

  /** The marks a draw of `window` shows (vis-timeline draws a quarter window beyond each side). */
  private itemsInView(window: TimeWindow): TimelineItem[] {
    const margin = (window.end - window.start) / 4;
    const [from, to] = [window.start - margin, window.end + margin];
    return this.model.items.filter((item) => item.start <= to && (item.end ?? item.start) >= from);
  }

  /** The marks a draw of `window` shows that are not drawn yet. */
  private itemsComingIntoView(window: TimeWindow): TimelineItem[] {
    const { itemSet } = this.timeline as unknown as TimelineInternals;
    return this.itemsInView(window).filter((item) => !itemSet.items[item.id]?.displayed);
  }

  /** The window shown, or about to be shown at the next draw. */
  get window(): TimeWindow {
    const { start, end } = this.timeline.getWindow();
    return { start: start.valueOf(), end: end.valueOf() };
  }

  /** Shows every event with a margin. */
  fit(animate: boolean): void {
    if (this.model.extent) this.setWindow(fitWindow(this.model.extent), animate);
  }

  zoom(factor: number, animate: boolean): void {
    if (factor > 0) this.timeline.zoomIn(factor, { animation: animate });
    else this.timeline.zoomOut(-factor, { animation: animate });
  }

  /** Moves the view so the event is visible, without zooming. */
  reveal(id: string, animate: boolean): void {
    const item = this.model.items.find((candidate) => candidate.id === id);
    if (!item) return;
    const { start, end } = this.timeline.getWindow();
    const itemEnd = item.end ?? item.start;
    if (item.start >= start.valueOf() && itemEnd <= end.valueOf()) return;
    this.timeline.moveTo(new Date(item.start), { animation: animate });
  }

  setFocused(id: string | null): void {
    const previous = this.focusedId;
    this.focusedId = id;
    // Only items in the chart: update() would add one the filters leave out.
    const changed = [previous, id].flatMap((itemId) => {
      const item = itemId === null || !this.items.get(itemId) ? undefined : this.model.items.find((candidate) => candidate.id === itemId);
      return item ? [toVisItem(item, this.focusedId, this.lang)] : [];
    });
    this.items.update(changed);
  }

  setSelected(id: string | null): void {
    this.selectedId = id;
    this.timeline.setSelection(id === null ? [] : [id]);
  }

  /** Shows the draggable date cursor at an instant, or removes it (`null`). */
  setCursor(time: number | null): void {
    if (time === this.cursor) return;
    if (time === null) this.timeline.removeCustomTime(CURSOR);
    else if (this.cursor === null) this.timeline.addCustomTime(new Date(time), CURSOR);
    else this.timeline.setCustomTime(new Date(time), CURSOR);
    this.cursor = time;
  }

  /** Re-measures after the container changed size (a slide became visible, a column resized). */
  redraw(): void {
    this.timeline.redraw();
  }

  destroy(): void {
    this.container.removeEventListener('pointerover', addTooltip);
    this.timeline.destroy();
  }
}
