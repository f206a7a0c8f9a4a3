import { css, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatIsoDate, parseIsoDate, startOf } from '../data/dates.js';
import { competenceChangeDates, competenceChanges, dayBefore, latestDate, textIn } from '../data/query.js';
import type { Dataset, IsoDate } from '../data/types.js';
import { DatasetElement } from '../shared/dataset-element.js';
import type { CursorChangeEvent, DateChangeEvent, PolicySelectEvent } from '../shared/events.js';
import { renderLoading } from '../shared/render.js';
import { sheetStyles } from '../shared/sheet.styles.js';
import { tokens } from '../shared/tokens.styles.js';

/** The URL parameters `sync-url` keeps, prefixed so they do not collide with the host page's own. */
const PARAMS = { date: 'pa-date', selected: 'pa-event', lang: 'pa-lang' } as const;

/**
 * The timeline and the competence map, linked: picking an event moves the map to its date, the date
 * cursor on the timeline moves the map as it is dragged, and one click shows the state before or
 * after the pivotal reform (the date at which most competences changed: 1 July 2014 for Belgium).
 *
 * @tagname policy-atlas
 * @summary The policy timeline and the competence map, linked by date.
 *
 * @fires policy-select - From the timeline: the reader opened an event. Detail: `{ id, event }`.
 * @fires competence-select - From the map: the reader opened a cell. Detail: `{ part, government, competence }`.
 * @fires data-load - A dataset was loaded and is shown. Detail: `{ dataset, problems }`.
 * @fires data-error - The data has problems; the valid records are still shown. Detail: `{ problems, partial }`.
 *
 * @slot placeholder - Shown while the element's data loads, before it draws its own picture, and where scripts do not run: an image of the element, so readers see the picture before the script and data arrive.
 *
 * @csspart controls - The bar with the before/after switch.
 * @csspart timeline - The `<policy-timeline>` element.
 * @csspart map - The `<competence-map>` element.
 * @csspart problems - The list of problems found in the data.
 * @csspart message - The loading and no-data messages.
 */
export class PolicyAtlas extends DatasetElement {
  static override styles = [
    tokens,
    sheetStyles,
    css`
      .frame {
        container-type: inline-size;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
        margin-bottom: 1em;
        font-size: 0.9375em;
      }
      .pivot {
        display: inline-flex;
        border: 1px solid var(--pa-line);
        border-radius: 999px;
        overflow: hidden;
      }
      .pivot button {
        border: none;
        background: var(--pa-surface);
        padding: 0.4em 0.9em;
        cursor: pointer;
      }
      .pivot button + button {
        border-left: 1px solid var(--pa-line);
      }
      .pivot button[aria-pressed='true'] {
        background: var(--pa-text);
        color: var(--pa-surface);
      }
      .pivot-label {
        color: var(--pa-muted);
      }
      .views {
        display: grid;
        gap: 2em;
      }
      @container (min-width: 110em) {
        .views {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
          align-items: start;
        }
      }
    `,
  ];

  /** The date the map shows and the timeline's cursor marks, at any precision; default: the latest date in the data. */
  @property({ reflect: true }) date?: string;

  /** The id of the event whose details are open on the timeline. */
  @property({ reflect: true }) selected?: string;

  /** Keep the date, the selected event and the language in the page URL (`pa-date`, `pa-event`, `pa-lang`), so a view can be linked and reloaded. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;


  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.readUrl();
  }

  /** The URL wins over the attributes it names: a shared link shows what its sender saw. */
  private readUrl(): void {
    const params = new URLSearchParams(window.location.search);
    const date = params.get(PARAMS.date);
    if (date && typeof parseIsoDate(date) !== 'string') this.date = date;
    this.selected = params.get(PARAMS.selected) ?? this.selected;
    const lang = params.get(PARAMS.lang);
    if (lang) this.lang = lang;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.syncUrl || !(changed.has('date') || changed.has('selected') || changed.has('lang'))) return;
    const url = new URL(window.location.href);
    const set = (name: string, value: string | undefined) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
    set(PARAMS.date, this.date);
    set(PARAMS.selected, this.selected);
    set(PARAMS.lang, this.lang || undefined);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
  }

  /** The date at which most competences change: the reform the before/after switch turns on. */
  private pivot(dataset: Dataset): { date: IsoDate; before: IsoDate; label: string } | undefined {
    const changesAt = (date: IsoDate) => competenceChanges(dataset, dayBefore(date), date).length;
    const date = competenceChangeDates(dataset).reduce<IsoDate | undefined>(
      (best, candidate) => (best === undefined || changesAt(candidate) > changesAt(best) ? candidate : best),
      undefined,
    );
    if (!date) return undefined;
    const lang = this.language;
    const milestone = dataset.events.find((event) => event.start === date);
    const when = formatIsoDate(date, lang);
    return { date, before: dayBefore(date), label: milestone ? `${textIn(dataset, milestone.title, lang).value} (${when})` : when };
  }

  private onPolicySelect(event: PolicySelectEvent): void {
    this.selected = event.detail.id ?? undefined;
    if (event.detail.event) this.date = event.detail.event.start;
  }

  private onCursorChange(event: CursorChangeEvent): void {
    this.date = event.detail.date;
  }

  private onDateChange(event: DateChangeEvent): void {
    this.date = event.detail.date;
  }

  /** The children load the data the atlas already checked: their load events would repeat the atlas's own. */
  private swallow(event: Event): void {
    event.stopPropagation();
  }

  override render() {
    const strings = this.strings;
    const language = this.language;
    const dataset = this.loaded;
    const pending = this.pending;
    if (!dataset) {
      return html`<div class="frame" lang=${language}>
        ${pending ? renderLoading(strings) : html`<div class="message" part="message">${strings.noData}</div>`}
        ${this.renderProblems(!pending)}
      </div>`;
    }
    const date = this.date ?? latestDate(dataset);
    const pivot = this.pivot(dataset);
    const isAfter = pivot && date ? startOf(date) >= startOf(pivot.date) : false;
    return html`
      <div class="frame" lang=${language} role="group" aria-label=${strings.atlasLabel}>
        ${pivot
          ? html`<div class="controls" part="controls">
              <span class="pivot-label" id="pivot-label">${pivot.label}</span>
              <span class="pivot" role="group" aria-labelledby="pivot-label">
                <button type="button" aria-pressed=${isAfter ? 'false' : 'true'} @click=${() => (this.date = pivot.before)}>${strings.before}</button>
                <button type="button" aria-pressed=${isAfter ? 'true' : 'false'} @click=${() => (this.date = pivot.date)}>${strings.after}</button>
              </span>
            </div>`
          : nothing}
        <div class="views" @data-load=${this.swallow} @data-error=${this.swallow}>
          <policy-timeline
            part="timeline"
            exportparts="detail: timeline-detail"
            .data=${dataset}
            lang=${language}
            theme=${ifDefined(this.theme)}
            selected=${ifDefined(this.selected)}
            cursor=${ifDefined(date)}
            @policy-select=${this.onPolicySelect}
            @cursor-change=${this.onCursorChange}
          ></policy-timeline>
          <competence-map
            part="map"
            .data=${dataset}
            lang=${language}
            theme=${ifDefined(this.theme)}
            date=${ifDefined(date)}
            @date-change=${this.onDateChange}
          ></competence-map>
        </div>
        ${this.renderProblems(false)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'policy-atlas': PolicyAtlas;
  }
}
