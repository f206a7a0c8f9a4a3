import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { formatPeriod, parseIsoDate, startOf } from '../data/dates.js';
import { byId, eventsInTimeOrder, textIn } from '../data/query.js';
import type { Dataset, PolicyEvent, Text } from '../data/types.js';
import type { Language } from '../i18n/strings.js';
import { DatasetElement } from '../shared/dataset-element.js';
import { emit, type CursorChangeDetail, type PolicySelectDetail, type StepChangeDetail } from '../shared/events.js';
import { ImageExport, type ImageFrame } from '../shared/export.js';
import { canvasMeasure, scrollbarWidth, type MeasureText } from '../shared/measure.js';
import { closeIcon, creditLine, levelColor, localizedSpan, renderLoading } from '../shared/render.js';
import { sheetStyles } from '../shared/sheet.styles.js';
import { StepController } from '../shared/steps.js';
import { tokens } from '../shared/tokens.styles.js';
import { SHEET_BESIDE_EM, WidthController } from '../shared/width.js';
import { laneLabelWidth, layoutTimeline, measureMark, type TimelineLayout } from './policy-timeline.layout.js';
import { buildTimelineModel, CHART_MAX_HEIGHT_EM, fitWindow, ZOOM_LABELLED, type TimelineItem, type TimelineModel, type TimeWindow } from './policy-timeline.model.js';
import { renderStaticTimeline, staticTimelineStyles } from './policy-timeline.static.js';
import { policyTimelineStyles } from './policy-timeline.styles.js';
import type { VisTimeline } from './policy-timeline.vis.js';

/**
 * vis-timeline (its code and its stylesheet) is fetched as a chart element connects, alongside its
 * data, and drawn after the static drawing is painted: a page pays for it only where a chart is
 * shown, its download overlaps the first picture's, and its drawing never delays that picture.
 */
let visModule: Promise<typeof import('./policy-timeline.vis.js')> | undefined;
const loadVis = () => (visModule ??= import('./policy-timeline.vis.js'));
const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

const ZOOM_STEP = 0.5;
/** Below this visible span every event is labelled; above it only key policies and ranges. */
const LABEL_ALL_BELOW = 7 * 365.25 * 24 * 60 * 60 * 1000;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * An interactive timeline of health-policy events in lanes by level of government. With no
 * attributes it shows Belgium's integrated chronic care policies, 2008-2024; `src` or `.data` shows
 * any dataset in the policy-atlas format.
 *
 * @tagname policy-timeline
 * @summary Policy events over time, by level of government, with details and sources.
 *
 * @fires policy-select - The reader selected an event or closed its details. Detail: `{ id, event }`.
 * @fires cursor-change - The reader dragged the date cursor or clicked the time axis. Detail: `{ date }` (an ISO day).
 * @fires data-load - A dataset was loaded and is shown. Detail: `{ dataset, problems }`.
 * @fires data-error - The data has problems; the valid records are still shown. Detail: `{ problems, partial }`.
 * @fires step-change - `next()`, `prev()` or the fragments inside the element moved the step. Detail: `{ step, count, id, date }`.
 *
 * @slot - Nothing is shown; a slide deck's fragments placed here (elements with the class `fragment`) set `step`: one step per fragment made `visible`.
 * @slot placeholder - Shown while the element's data loads, before it draws its own picture, and where scripts do not run: an image of the element (`npm run export`, or `toSVG()`), so readers see the picture before the script and data arrive.
 *
 * @csspart header - The bar above the chart with the legend and the zoom buttons.
 * @csspart legend - The key-policy legend; its buttons filter the events.
 * @csspart toolbar - The zoom in, zoom out and show-all buttons.
 * @csspart timeline - The chart area (vis-timeline).
 * @csspart static - The static drawing: the first paint, presentation mode, print and image export.
 * @csspart list - The events as a list in time order ("Show as list").
 * @csspart caption - In presentation mode, the current step's event under the drawing.
 * @csspart detail - The panel with the selected event's details and sources.
 * @csspart problems - The list of problems found in the data.
 * @csspart message - The loading, empty and no-data messages.
 *
 * @cssprop [--policy-atlas-font=system-ui] - Font family.
 * @cssprop [--policy-atlas-color-text=#1f2933] - Text colour.
 * @cssprop [--policy-atlas-color-muted=#52606d] - Secondary text colour.
 * @cssprop [--policy-atlas-color-surface=#ffffff] - Background colour.
 * @cssprop [--policy-atlas-color-line=#d9e2ec] - Hairlines and borders.
 * @cssprop [--policy-atlas-color-focus=#1a56db] - Focus rings and links.
 * @cssprop [--policy-atlas-level-1=#0072b2] - Colour of the first lane (federal); `--policy-atlas-level-2` to `-7` colour the others.
 */
export class PolicyTimeline extends DatasetElement {
  static override styles = [tokens, sheetStyles, staticTimelineStyles, policyTimelineStyles];

  /** Start of the initial window, as a date at any precision (`2014`, `2014-07`, `2014-07-01`). */
  @property() start?: string;

  /** End of the initial window, as a date at any precision. */
  @property() end?: string;

  /** Space-separated level ids: show only these lanes. */
  @property() levels?: string;

  /** A key policy id: show only that key policy's events. */
  @property({ attribute: 'key-policy', reflect: true }) keyPolicy?: string;

  /** The id of the event whose details are open. */
  @property({ reflect: true }) selected?: string;

  /** A date at any precision: shows a draggable date cursor there (used by `<policy-atlas>` to link the map). */
  @property({ reflect: true }) cursor?: string;

  /**
   * Presentation mode, for slides: large type, no buttons or details, the drawing fitted to the
   * element's box, the current step's event as a caption. Drawn without vis-timeline, so it also
   * prints and exports to PDF as shown.
   */
  @property({ type: Boolean, reflect: true }) presentation = false;

  /**
   * Step-through: only the first `step` events in time order are shown, the last of them as the
   * current one. `next()` and `prev()` move it; so do fragments placed inside the element.
   */
  @property({ type: Number, reflect: true }) step?: number;

  @state() private focusedId: string | null = null;
  @state() private announcement = '';
  @state() private labelAll = false;
  /** vis-timeline has drawn the events: the static first paint can go. */
  @state() private chartDrawn = false;
  /** The page is being printed: the static drawing prints, the interactive chart does not. */
  @state() private printing = false;
  @state() private listShown = false;
  @state() private drawingWidth = 0;
  /** The model the chart's lane labels were last sized for. */
  private laneLabelsSizedFor?: TimelineModel;

  @query('.timeline') private container!: HTMLDivElement;
  @query('.chart') private chartArea!: HTMLDivElement;

  private readonly steps = new StepController(this);
  private readonly width = new WidthController(this, [SHEET_BESIDE_EM]);
  private readonly images = new ImageExport(this, () => this.loader.task.taskComplete.catch(() => undefined), () => this.imageFrame());
  private vis: VisTimeline | undefined;
  private model: TimelineModel | undefined;
  private modelInputs: { dataset: Dataset; key: string } | undefined;
  private shownDataset: Dataset | undefined;
  /** The window to show once the chart is drawn: from `start`/`end`, or all events. */
  private initialWindow: TimeWindow | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private firstPaintMeasure: { fontFamily: string; measure: MeasureText } | undefined;

  private readonly beforePrint = () => (this.printing = true);
  private readonly afterPrint = () => (this.printing = false);

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
    // A failed fetch is reported where the chart is drawn (updated): here it only starts early.
    if (!this.presentation) loadVis().catch(() => undefined);
    // Reconnected (moved in the page): the chart was destroyed on disconnect, draw it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.destroyChart();
  }

  private destroyChart(): void {
    this.vis?.destroy();
    this.vis = undefined;
    this.shownDataset = undefined;
    this.chartDrawn = false;
  }

  /** Reveals the next event in time order (the first, when not stepping yet); returns whether there was one. */
  next(): boolean {
    return this.steps.move(1);
  }

  /** Hides the current step's event; returns whether there was one. */
  prev(): boolean {
    return this.steps.move(-1);
  }

  /** How many steps `next()` can take: the events shown by the filters. `undefined` until data is shown. */
  get stepCount(): number | undefined {
    return this.model?.steps.length;
  }

  /** @internal */
  stepDetail(step: number): Pick<StepChangeDetail, 'id' | 'date'> {
    const id = this.model?.steps[step - 1] ?? null;
    const event = id === null ? undefined : this.loaded?.events.find((candidate) => candidate.id === id);
    return { id, date: event?.start ?? null };
  }

  /**
   * An SVG image of the current view (the same window, filters and step), with the dataset's title
   * and a credit line naming the sources of the events in view; colours and fonts written in.
   */
  toSVG(): Promise<string> {
    return this.images.toSVG();
  }

  /** A PNG of `toSVG()`'s image, at `scale` pixels per CSS pixel (2 by default, sharp on slides). */
  toPNG(scale = 2): Promise<Blob> {
    return this.images.toPNG(scale);
  }

  /** The title and credit line of an exported image of the current view. */
  private imageFrame(): ImageFrame | undefined {
    const dataset = this.loaded;
    if (!dataset || !this.model) return undefined;
    const inView = new Set(this.layoutNow(this.model).marks.map((mark) => mark.item.id));
    const cited = dataset.events.filter((event) => inView.has(event.id)).flatMap((event) => event.sources);
    return {
      title: textIn(dataset, dataset.title, this.language).value,
      credit: creditLine(dataset, cited, this.language, this.strings),
      lang: this.language,
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const dataset = this.loaded;
    if (!dataset) {
      this.model = undefined;
      return;
    }
    if (changed.has('keyPolicy') || changed.has('levels')) this.focusedId = null;
    this.model = this.buildModel(dataset);
    const current = this.currentId;
    if (changed.has('step') && current) {
      this.focusedId = current;
      this.announcement = this.describeEvent(current);
    }
    if (dataset !== this.shownDataset || changed.has('start') || changed.has('end')) {
      // Decide the labelling from the window it will open on, so the first frame is the final one.
      this.initialWindow = this.windowFromAttributes(this.model);
      this.labelAll = this.initialWindow !== undefined && this.initialWindow.end - this.initialWindow.start < LABEL_ALL_BELOW;
    }
  }

  /** The model for the current inputs; the same object while they stay the same, so the chart is not rebuilt. */
  private buildModel(dataset: Dataset): TimelineModel {
    const options = {
      lang: this.language,
      ...(this.levels ? { levels: this.levels.split(/\s+/).filter(Boolean) } : {}),
      ...(this.keyPolicy ? { keyPolicy: this.keyPolicy } : {}),
      ...(this.step === undefined || Number.isNaN(this.step) ? {} : { step: this.step }),
    };
    const key = JSON.stringify(options);
    if (this.model && this.modelInputs?.dataset === dataset && this.modelInputs.key === key) return this.model;
    this.modelInputs = { dataset, key };
    return buildTimelineModel(dataset, options);
  }

  /** The current step's event: the last one revealed. */
  private get currentId(): string | null {
    return this.step ? (this.model?.order[this.step - 1] ?? null) : null;
  }

  /** Whether the static drawing is shown instead of the chart. */
  private get drawsStatic(): boolean {
    return this.presentation || this.printing || !this.chartDrawn;
  }

  /** The window of the static drawing: the chart's once it has drawn (the reader may have zoomed); before, the one it will open on. */
  private drawingWindow(model: TimelineModel): TimeWindow {
    const shown = this.chartDrawn ? this.vis?.window : undefined;
    return shown ?? this.windowFromAttributes(model) ?? { start: 0, end: 1 };
  }

  /**
   * The static layout of the current view, at the drawing's width and the element's font; cut at
   * the chart's height where it stands in for the chart.
   */
  private layoutNow(model: TimelineModel, standsIn = false): TimelineLayout {
    const { fontSize, measure } = this.font();
    return layoutTimeline(model, {
      width: this.drawingWidth || this.clientWidth,
      fontSize,
      window: this.drawingWindow(model),
      lang: this.language,
      measure,
      labelAll: this.labelAll,
      labelled: this.currentId,
      ...(standsIn ? { maxHeight: CHART_MAX_HEIGHT_EM * fontSize, scrollbarWidth } : {}),
    });
  }

  /** The element's font size in pixels, and a measurer of text in its font. */
  private font(): { fontSize: number; measure: MeasureText } {
    const style = getComputedStyle(this);
    return { fontSize: parseFloat(style.fontSize) || 16, measure: this.textMeasure(style.fontFamily) };
  }

  /**
   * A text measurer in a font. Until the chart has drawn, the first paint's, whose widths the chart's
   * first draw takes (the same labels: measured once); then one for each use.
   */
  private textMeasure(fontFamily: string): MeasureText {
    if (this.chartDrawn || this.presentation) return canvasMeasure(fontFamily);
    if (this.firstPaintMeasure?.fontFamily !== fontFamily) this.firstPaintMeasure = { fontFamily, measure: canvasMeasure(fontFamily) };
    return this.firstPaintMeasure.measure;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const dataset = this.loaded;
    const model = this.model;
    // Stepping from 0 shows the lanes before the first event: the chart is wanted while any event can be stepped to.
    if (!dataset || !model || model.steps.length === 0 || this.presentation) {
      if (this.vis) this.destroyChart();
      return;
    }
    if (!this.resizeObserver) {
      // Redraws after a size change; a chart hidden at 0 px (a slide not yet shown) is drawn once it has a width.
      this.resizeObserver = new ResizeObserver(([entry]) => {
        const width = entry?.contentRect.width ?? 0;
        if (width === this.drawingWidth) return;
        // Next frame: a drawing resized inside the observer's callback would be a resize loop.
        requestAnimationFrame(() => {
          this.drawingWidth = width;
          this.vis?.redraw();
        });
      });
      this.resizeObserver.observe(this.chartArea);
    }
    if (this.container.clientWidth === 0) return;
    if (this.laneLabelsSizedFor !== model) {
      // The chart's lane labels as wide as the static drawing's; through the style object, which a
      // strict Content-Security-Policy allows (a style attribute it does not).
      const { fontSize, measure } = this.font();
      this.container.style.setProperty('--pa-lane-label-width', `${laneLabelWidth(model.lanes, fontSize, measure)}px`);
      this.laneLabelsSizedFor = model;
    }
    // The first drawing took the element's width before it had a height: where it brought the
    // page's scrollbar, it is laid out again at the narrower width before that frame is painted
    // (in a microtask: an update asked for inside this one would warn in Lit's development build).
    if (!this.drawingWidth) {
      const width = this.chartArea.getBoundingClientRect().width;
      queueMicrotask(() => (this.drawingWidth ||= width));
    }
    if (!this.vis) {
      void Promise.all([loadVis(), afterNextPaint()]).then(([{ VisTimeline }]) => {
        const model = this.model;
        if (this.vis || !this.isConnected || !model) return;
        const callbacks = {
          select: (id: string | null) => this.selectFromChart(id),
          windowChanged: (start: number, end: number) => (this.labelAll = end - start < LABEL_ALL_BELOW),
          cursorMoved: (time: number) => this.moveCursor(time),
          drawn: () => {
            this.chartDrawn = true;
            this.firstPaintMeasure = undefined;
          },
          markMeasurer: (labelAll: boolean) => {
            const { fontSize, measure } = this.font();
            return (item: TimelineItem) => measureMark(item, fontSize, labelAll || !item.className.includes(ZOOM_LABELLED), measure);
          },
        };
        this.vis = new VisTimeline(this.container, callbacks, model, this.language, this.initialWindow);
        // It opens on that window: the next update need not set it again.
        this.initialWindow = undefined;
        this.shownDataset = undefined;
        this.requestUpdate();
      });
      return;
    }
    const vis = this.vis;
    vis.setModel(model, this.language);
    vis.setFocused(this.focusedId);
    // The window first: relabelled, the marks are measured for the window the next draw shows.
    if (this.initialWindow) vis.setWindow(this.initialWindow, false);
    this.initialWindow = undefined;
    vis.setLabelAll(this.labelAll);
    this.shownDataset = dataset;
    vis.setSelected(this.selectedEvent ? this.selected! : null);
    vis.setCursor(this.cursorTime);
    if (changed.has('selected') && this.selectedEvent) vis.reveal(this.selected!, !reducedMotion());
    else if (changed.has('step') && this.currentId) vis.reveal(this.currentId, !reducedMotion());
  }

  private get cursorTime(): number | null {
    return this.cursor && typeof parseIsoDate(this.cursor) !== 'string' ? startOf(this.cursor) : null;
  }

  /** The window `start` and `end` ask for (either may be left out), or all events. */
  private windowFromAttributes(model: TimelineModel): TimeWindow | undefined {
    const extent = model.extent;
    if (!extent) return undefined;
    const start = this.start ? parseWindowDate(this.start, 'start') : undefined;
    const end = this.end ? parseWindowDate(this.end, 'end') : undefined;
    if (start === undefined && end === undefined) return fitWindow(extent);
    return { start: start ?? extent.start, end: end ?? extent.end };
  }

  private moveCursor(time: number): void {
    const date = new Date(time).toISOString().slice(0, 10);
    this.cursor = date;
    emit<CursorChangeDetail>(this, 'cursor-change', { date });
  }

  private get selectedEvent(): PolicyEvent | undefined {
    if (!this.selected || !this.model?.order.includes(this.selected)) return undefined;
    return this.loaded?.events.find((event) => event.id === this.selected);
  }

  private selectFromChart(id: string | null): void {
    this.select(id);
    if (id) this.focusedId = id;
  }

  private select(id: string | null): void {
    if ((this.selected ?? null) === id) return;
    this.selected = id ?? undefined;
    const event = id === null ? null : (this.loaded?.events.find((candidate) => candidate.id === id) ?? null);
    emit<PolicySelectDetail>(this, 'policy-select', { id, event });
  }

  // ---- keyboard ----------------------------------------------------------------------------

  private onKeydown(event: KeyboardEvent): void {
    const order = this.model?.order ?? [];
    if (order.length === 0) return;
    const current = this.focusedId === null ? -1 : order.indexOf(this.focusedId);
    const animate = !reducedMotion();
    const handled = (() => {
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          return this.moveFocus(order[Math.min(current + 1, order.length - 1)]);
        case 'ArrowLeft':
        case 'ArrowUp':
          return this.moveFocus(order[Math.max(current - 1, 0)]);
        case 'Home':
          return this.moveFocus(order[0]);
        case 'End':
          return this.moveFocus(order[order.length - 1]);
        case '+':
        case '=':
          return this.vis?.zoom(ZOOM_STEP, animate), true;
        case '-':
        case '_':
          return this.vis?.zoom(-ZOOM_STEP, animate), true;
        case 'Enter':
        case ' ':
          if (this.focusedId === null) return false;
          this.select(this.focusedId);
          return true;
        case 'Escape':
          if (!this.selected) return false;
          this.select(null);
          return true;
        default:
          return false;
      }
    })();
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  private moveFocus(id: string | undefined): boolean {
    if (id === undefined) return false;
    this.focusedId = id;
    this.vis?.reveal(id, !reducedMotion());
    this.announcement = this.describeEvent(id);
    return true;
  }

  private describeEvent(id: string): string {
    const dataset = this.loaded;
    const event = dataset?.events.find((candidate) => candidate.id === id);
    if (!dataset || !event) return '';
    const lang = this.language;
    const level = dataset.levels.find((candidate) => candidate.id === event.level);
    const parts = [
      this.strings.focused(
        textIn(dataset, event.title, lang).value,
        formatPeriod(event.start, event.end, lang),
        level ? textIn(dataset, level.label, lang).value : event.level,
      ),
    ];
    if (event.status === 'unverified') parts.push(this.strings.unverified);
    return parts.join('. ');
  }

  /** Focusing the chart puts the keyboard on the selected event, or the first one in view. */
  private onFocus(): void {
    if (this.focusedId !== null || !this.model) return;
    this.moveFocus(this.selectedEvent ? this.selected : this.model.order[0]);
  }

  // ---- rendering ---------------------------------------------------------------------------

  private text(dataset: Dataset, value: Text): TemplateResult {
    const localized = textIn(dataset, value, this.language);
    return localizedSpan(localized, this.language);
  }

  override render() {
    const strings = this.strings;
    const language = this.language;
    const dataset = this.loaded;
    const model = this.model;
    const pending = this.pending;
    const hasItems = Boolean(model && model.steps.length > 0);
    const detail = dataset && !this.presentation ? this.selectedEvent : undefined;
    const listShown = this.listShown && !this.presentation;
    return html`
      <div class="frame" lang=${language}>
        ${dataset && model ? this.renderHeader(model) : nothing}
        <div class=${classMap({ body: true, 'has-detail': Boolean(detail), wide: Boolean(detail) && (this.width.em ?? 0) >= SHEET_BESIDE_EM })}>
          <div class="chart ${this.drawsStatic ? 'is-static' : ''}" ?hidden=${!hasItems || listShown}>
            ${hasItems && model && (this.drawsStatic || this.images.active) ? this.renderStatic(model) : nothing}
            <div
              class="timeline"
              part="timeline"
              tabindex=${hasItems && !this.drawsStatic ? 0 : -1}
              aria-hidden=${this.drawsStatic ? 'true' : 'false'}
              role="group"
              aria-roledescription=${strings.timelineLabel}
              aria-label=${`${strings.timelineLabel}: ${strings.eventCount(model?.items.length ?? 0)}`}
              aria-describedby="help"
              ?hidden=${!hasItems || this.presentation}
              @keydown=${this.onKeydown}
              @focus=${this.onFocus}
            ></div>
          </div>
          ${listShown && dataset && model ? this.renderList(dataset, model) : nothing}
          ${hasItems ? nothing : pending ? renderLoading(strings) : this.renderMessage(dataset)}
          ${detail && dataset ? this.renderDetail(dataset, detail) : nothing}
        </div>
        ${this.presentation && dataset && model ? this.renderCaption(dataset, model) : nothing}
        ${this.renderProblems(dataset === undefined && !pending)}
        <p id="help" class="visually-hidden">${strings.timelineHelp}</p>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  /** The static drawing: shown until the chart has drawn, in presentation mode and in print; kept out of sight for an export. */
  private renderStatic(model: TimelineModel) {
    const shown = this.drawsStatic;
    const standsIn = !this.presentation && !this.printing && !this.images.active;
    const window = this.drawingWindow(model);
    const selectedId = this.selectedEvent ? this.selected! : null;
    const inputs = [model, this.drawingWidth || this.clientWidth, getComputedStyle(this).fontSize, window.start, window.end];
    // Laid out and drawn again only when what it shows changed, not on every update while the chart loads.
    const drawing = guard([...inputs, this.labelAll, this.currentId, selectedId, this.cursorTime, this.presentation, standsIn, this.language], () =>
      renderStaticTimeline(this.layoutNow(model, standsIn), {
        label: `${this.strings.timelineLabel}: ${this.strings.eventCount(model.items.length)}`,
        decorative: !this.presentation,
        currentId: this.currentId,
        selectedId,
        cursor: this.cursorTime,
      }),
    );
    return html`<div class=${shown ? 'static-stage' : 'export-stage'}>${drawing}</div>`;
  }

  /** The current step's event, large, under the drawing in presentation mode. */
  private renderCaption(dataset: Dataset, model: TimelineModel) {
    const id = this.currentId;
    const event = id === null ? undefined : dataset.events.find((candidate) => candidate.id === id);
    if (!event || this.step === undefined) return nothing;
    return html`<p class="caption" part="caption">
      <span class="caption-step">${this.strings.step(this.step, model.steps.length)}</span>
      <time datetime=${event.start}>${formatPeriod(event.start, event.end, this.language)}</time>
      <strong>${this.text(dataset, event.title)}</strong>
    </p>`;
  }

  /** The text alternative to the chart: every shown event in time order, with its date, level and summary. */
  private renderList(dataset: Dataset, model: TimelineModel) {
    const strings = this.strings;
    const lang = this.language;
    const levels = byId(dataset.levels);
    const shown = new Set(model.order);
    const events = eventsInTimeOrder(dataset.events.filter((event) => shown.has(event.id)));
    return html`<ol class="event-list" part="list" aria-label=${strings.listLabel}>
      ${events.map((event) => {
        const level = levels.get(event.level);
        return html`<li>
          <time datetime=${event.end ? `${event.start}/${event.end}` : event.start}>${formatPeriod(event.start, event.end, lang)}</time>
          <button type="button" class="event-title" aria-pressed=${this.selected === event.id ? 'true' : 'false'} @click=${() => this.select(event.id)}>
            ${this.text(dataset, event.title)}
          </button>
          ${event.status === 'unverified' ? html`<span class="badge-unverified">${strings.unverified}</span>` : nothing}
          <span class="event-level">${level ? this.text(dataset, level.label) : event.level}</span>
          <p>${this.text(dataset, event.summary)}</p>
        </li>`;
      })}
    </ol>`;
  }

  private renderMessage(dataset: Dataset | undefined) {
    const strings = this.strings;
    return html`<div class="message" part="message">${dataset ? strings.empty : strings.noData}</div>`;
  }

  private renderHeader(model: TimelineModel) {
    const strings = this.strings;
    const presentation = this.presentation;
    const key = (policy: TimelineModel['keyPolicies'][number]) =>
      html`<span class="shape shape-${policy.shapeIndex}" aria-hidden="true"></span>${localizedSpan(policy.label, this.language)}`;
    return html`
      <div class="header" part="header">
        ${model.keyPolicies.length > 0
          ? html`<div class="legend" part="legend" role="group" aria-label=${strings.keyPolicies}>
              <span class="legend-title" aria-hidden="true">${strings.keyPolicies}</span>
              ${model.keyPolicies.map((policy) =>
                presentation
                  ? html`<span class="key">${key(policy)}</span>`
                  : html`<button type="button" aria-pressed=${this.keyPolicy === policy.id ? 'true' : 'false'} @click=${() => this.toggleKeyPolicy(policy.id)}>
                      ${key(policy)}
                    </button>`,
              )}
              <span class="other"><span class="shape shape-context" aria-hidden="true"></span>${strings.otherEvents}</span>
            </div>`
          : html`<span></span>`}
        ${presentation
          ? nothing
          : html`<div class="toolbar" part="toolbar">
              <button type="button" class="list-toggle" aria-pressed=${this.listShown ? 'true' : 'false'} @click=${() => (this.listShown = !this.listShown)}>
                ${strings.showList}
              </button>
              ${toolButton(strings.zoomIn, () => this.vis?.zoom(ZOOM_STEP, !reducedMotion()), icons.zoomIn)}
              ${toolButton(strings.zoomOut, () => this.vis?.zoom(-ZOOM_STEP, !reducedMotion()), icons.zoomOut)}
              ${toolButton(strings.fitAll, () => this.vis?.fit(!reducedMotion()), icons.fit)}
            </div>`}
      </div>
    `;
  }

  private toggleKeyPolicy(id: string): void {
    this.keyPolicy = this.keyPolicy === id ? undefined : id;
  }

  private renderDetail(dataset: Dataset, event: PolicyEvent) {
    const strings = this.strings;
    const lang = this.language;
    const levels = byId(dataset.levels);
    const level = levels.get(event.level);
    const laneIndex = dataset.levels.findIndex((candidate) => candidate.id === event.level);
    const keyPolicy = event.keyPolicy ? dataset.keyPolicies.find((policy) => policy.id === event.keyPolicy) : undefined;
    const governments = byId(dataset.governments);
    const parts = byId(dataset.continuum);
    const sources = byId(dataset.sources);
    const touchedGovernments = (event.governments ?? []).flatMap((id) => governments.get(id) ?? []);
    const touchedParts = (event.parts ?? []).flatMap((id) => parts.get(id) ?? []);
    const cited = event.sources.flatMap((id) => sources.get(id) ?? []);
    return html`
      <aside class="detail" part="detail" aria-labelledby="detail-title" @keydown=${this.onDetailKeydown}>
        <button class="close" type="button" aria-label=${strings.close} title=${strings.close} @click=${() => this.closeDetail()}>
          ${closeIcon}
        </button>
        <h2 id="detail-title">${this.text(dataset, event.title)}</h2>
        ${event.officialTitle
          ? html`<p class="official"><span class="visually-hidden">${strings.officialTitle}: </span>${officialTitles(event.officialTitle, lang)}</p>`
          : nothing}
        <p class="meta">
          <time datetime=${event.end ? `${event.start}/${event.end}` : event.start}>${formatPeriod(event.start, event.end, lang)}</time>
          ${level
            ? html`<span class="chip pa-level-${laneIndex % 7}" ${levelColor(level.color)}
                ><span class="visually-hidden">${strings.level}: </span>${this.text(dataset, level.label)}</span
              >`
            : nothing}
          <span class="chip plain"><span class="visually-hidden">${strings.kind}: </span>${strings.kinds[event.kind] ?? event.kind}</span>
          ${event.status === 'unverified'
            ? html`<span class="badge-unverified" title=${strings.unverifiedNote}>${strings.unverified}</span>`
            : nothing}
        </p>
        <p class="summary">${this.text(dataset, event.summary)}</p>
        <dl>
          ${event.actor ? html`<dt>${strings.actor}</dt><dd>${this.text(dataset, event.actor)}</dd>` : nothing}
          ${keyPolicy ? html`<dt>${strings.keyPolicy}</dt><dd>${this.text(dataset, keyPolicy.label)}</dd>` : nothing}
          ${touchedGovernments.length > 0
            ? html`<dt>${strings.touchesGovernments}</dt>
                <dd>${joined(touchedGovernments.map((government) => this.text(dataset, government.label)))}</dd>`
            : nothing}
          ${touchedParts.length > 0
            ? html`<dt>${strings.touchesParts}</dt><dd>${joined(touchedParts.map((part) => this.text(dataset, part.label)))}</dd>`
            : nothing}
        </dl>
        ${event.status === 'unverified' ? html`<p class="summary"><em>${strings.unverifiedNote}</em></p>` : nothing}
        <h3>${strings.sources}</h3>
        <ol>
          ${cited.map((source) => {
            const href = source.url ?? (source.doi ? `https://doi.org/${source.doi}` : undefined);
            const citation = this.text(dataset, source.citation);
            return html`<li>${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${citation}</a>` : citation}</li>`;
          })}
        </ol>
      </aside>
    `;
  }

  private onDetailKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.closeDetail();
  }

  private closeDetail(): void {
    this.select(null);
    this.container.focus();
  }
}

/** A window edge from an attribute: a start begins with its period, an end finishes with it. */
function parseWindowDate(value: string, edge: 'start' | 'end'): number | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  if (edge === 'start') return Date.UTC(year, month - 1, day);
  if (match[3]) return Date.UTC(year, month - 1, day + 1);
  return match[2] ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1);
}

/**
 * An official title in the reader's language when it was published in it; otherwise every published
 * version, each marked with its language (an official title is never translated).
 */
function officialTitles(title: Text, language: Language): TemplateResult {
  if (typeof title === 'string') return html`${title}`;
  const own = title[language];
  if (own !== undefined) return html`${own}`;
  return html`${Object.entries(title).map(([lang, value]) => html`<span lang=${lang}>${value}</span>`)}`;
}

function joined(items: TemplateResult[]): TemplateResult[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : [html`, `, item]));
}

function toolButton(label: string, action: () => void, icon: TemplateResult) {
  return html`<button type="button" aria-label=${label} title=${label} @click=${action}>${icon}</button>`;
}

const icon = (paths: TemplateResult) =>
  html`<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">${paths}</svg>`;
const icons = {
  zoomIn: icon(svg`<circle cx="11" cy="11" r="7"/><path d="M11 8v6M8 11h6M20 20l-4-4"/>`),
  zoomOut: icon(svg`<circle cx="11" cy="11" r="7"/><path d="M8 11h6M20 20l-4-4"/>`),
  fit: icon(svg`<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/>`),
};

declare global {
  interface HTMLElementTagNameMap {
    'policy-timeline': PolicyTimeline;
  }
}
