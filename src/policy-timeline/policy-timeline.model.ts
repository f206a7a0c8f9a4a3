/**
 * Dataset -> what the timeline draws: lanes, items and milestone rules. Pure and DOM-free, so it is
 * tested against golden files and shared by every renderer of the timeline.
 */
import { eventSpan, eventsInTimeOrder, levelsInOrder, textIn, timeExtent } from '../data/query.js';
import type { LocalizedText } from '../data/text.js';
import type { Dataset, IsoDate, PolicyEvent } from '../data/types.js';

/** Number of marker shapes (circle, diamond, square, triangle); key policies beyond reuse them. */
export const KEY_POLICY_SHAPES = 4;
/** Number of lane colours in the palette; further lanes reuse them. */
export const LANE_COLORS = 7;
/**
 * The class of a context point (no key policy, no duration): labelled only in a window narrow
 * enough (see `labelAll` where it is drawn), so an overview of many years stays legible.
 */
export const ZOOM_LABELLED = 'pa-zoom-labelled';

/** vis-timeline's margins around items, in pixels: the static drawing stacks its marks with the same. */
export const CHART_MARGIN = { item: { horizontal: 6, vertical: 3 }, axis: 4 } as const;

/** The chart grows with its lanes up to this height, in em, then scrolls them: the whole picture shows without a scrollbar. */
export const CHART_MAX_HEIGHT_EM = 48;

export interface TimelineLane {
  id: string;
  label: LocalizedText;
  /** Index into the lane palette (`--policy-atlas-level-N`). */
  colorIndex: number;
  /** The dataset's own colour for the lane, already checked to be a CSS colour. */
  color?: string;
  eventCount: number;
}

export interface TimelineKeyPolicy {
  id: string;
  label: LocalizedText;
  /** Which marker shape draws its events, 0-based. */
  shapeIndex: number;
}

export interface TimelineItem {
  id: string;
  lane: string;
  /** UTC milliseconds. */
  start: number;
  /** UTC milliseconds after the period's last day; present for ranges only. */
  end?: number;
  type: 'point' | 'range';
  title: LocalizedText;
  /** The event's own dates, at their precision: formatted where they are shown, not up front for every item. */
  startDate: IsoDate;
  endDate?: IsoDate;
  className: string;
  /** The lane colour the dataset sets itself, already checked to be a CSS colour. */
  color?: string;
}

export interface TimelineMilestone {
  id: string;
  time: number;
  label: LocalizedText;
}

export interface TimelineModel {
  lanes: TimelineLane[];
  keyPolicies: TimelineKeyPolicy[];
  items: TimelineItem[];
  milestones: TimelineMilestone[];
  /** The shown events in time order: the keyboard's path through the timeline. */
  order: string[];
  /** The span of every event the filters let through, revealed by a step or not: a stepped window stays put. */
  extent: TimeWindow | undefined;
  /** The events stepping reveals one by one, in time order: all those the filters let through. */
  steps: string[];
}

export interface TimelineModelOptions {
  lang: string;
  /** Lane ids to show; all when absent. */
  levels?: readonly string[];
  /** Show only the events of this key policy. */
  keyPolicy?: string;
  /** Show only the first `step` events in time order (a presenter steps through them). */
  step?: number;
}

/** A window in UTC milliseconds. */
export interface TimeWindow {
  start: number;
  end: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The window that shows every event: a margin of 3 % of the span (at least two months) before, and
 * 12 % (at least half a year) after, where the last events' labels run on to the right.
 */
export function fitWindow(extent: TimeWindow): TimeWindow {
  const span = extent.end - extent.start;
  return { start: extent.start - Math.max(span * 0.03, 60 * DAY), end: extent.end + Math.max(span * 0.12, 180 * DAY) };
}

export function buildTimelineModel(dataset: Dataset, options: TimelineModelOptions): TimelineModel {
  const { lang } = options;
  const laneIndex = new Map(dataset.levels.map((level, index) => [level.id, index]));
  const shownLevels = levelsInOrder(dataset, options.levels);
  const shownLevelIds = new Set(shownLevels.map((level) => level.id));
  const keyPolicies = dataset.keyPolicies.map((policy, index) => ({
    id: policy.id,
    label: textIn(dataset, policy.label, lang),
    shapeIndex: index % KEY_POLICY_SHAPES,
  }));
  const shapeOf = new Map(keyPolicies.map((policy) => [policy.id, policy.shapeIndex]));

  const filtered = eventsInTimeOrder(
    dataset.events.filter(
      (event) =>
        shownLevelIds.has(event.level) && (options.keyPolicy === undefined || event.keyPolicy === options.keyPolicy),
    ),
  );
  const shown = options.step === undefined ? filtered : filtered.slice(0, Math.max(options.step, 0));
  const items = shown.map((event) => toItem(dataset, event, options, laneIndex, shapeOf));

  return {
    lanes: shownLevels.map((level) => {
      const index = laneIndex.get(level.id) ?? 0;
      return {
        id: level.id,
        label: textIn(dataset, level.label, lang),
        colorIndex: index % LANE_COLORS,
        ...(level.color ? { color: level.color } : {}),
        eventCount: shown.filter((event) => event.level === level.id).length,
      };
    }),
    keyPolicies,
    items,
    milestones: shown
      .filter((event) => event.kind === 'milestone')
      .map((event) => ({ id: event.id, time: eventSpan(event).start, label: textIn(dataset, event.title, lang) })),
    order: shown.map((event) => event.id),
    extent: timeExtent(filtered),
    steps: filtered.map((event) => event.id),
  };
}

/**
 * One string for each class combination, however many items share it: a dataset has a few dozen
 * combinations, and a joined string per item weighed about half a megabyte at 10,000 events.
 */
const classNames = new Map<string, string>();
function oneCopy(className: string): string {
  const shared = classNames.get(className);
  if (shared !== undefined) return shared;
  classNames.set(className, className);
  return className;
}

function toItem(
  dataset: Dataset,
  event: PolicyEvent,
  { lang }: TimelineModelOptions,
  laneIndex: Map<string, number>,
  shapeOf: Map<string, number>,
): TimelineItem {
  const span = eventSpan(event);
  const shape = event.keyPolicy === undefined ? undefined : shapeOf.get(event.keyPolicy);
  const lane = laneIndex.get(event.level) ?? 0;
  const color = dataset.levels[lane]?.color;
  const classes = [
    'pa-event',
    `pa-level-${lane % LANE_COLORS}`,
    shape === undefined ? 'pa-context' : `pa-key pa-shape-${shape}`,
    event.status === 'unverified' ? 'pa-unverified' : '',
    event.kind === 'milestone' ? 'pa-milestone' : '',
    shape !== undefined || event.end !== undefined ? '' : ZOOM_LABELLED,
  ];
  return {
    id: event.id,
    lane: event.level,
    start: span.start,
    ...(event.end === undefined ? {} : { end: span.end }),
    type: event.end === undefined ? 'point' : 'range',
    title: textIn(dataset, event.title, lang),
    startDate: event.start,
    ...(event.end === undefined ? {} : { endDate: event.end }),
    className: oneCopy(classes.filter(Boolean).join(' ')),
    ...(color ? { color } : {}),
  };
}
