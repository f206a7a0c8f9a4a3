import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { guard } from 'lit/directives/guard.js';
import { parseIsoDate, startOf } from '../data/dates.js';
import { byId, competenceChangeDates, competenceChanges, competencesOn, dayBefore, latestDate, textIn } from '../data/query.js';
import type { Dataset } from '../data/types.js';
import { DatasetElement } from '../shared/dataset-element.js';
import { emit, type CompetenceSelectDetail, type DateChangeDetail, type StepChangeDetail } from '../shared/events.js';
import { ImageExport, type ImageFrame } from '../shared/export.js';
import { canvasMeasure } from '../shared/measure.js';
import { closeIcon, creditLine, customProperty, levelColor, localizedSpan, renderLoading } from '../shared/render.js';
import { sheetStyles } from '../shared/sheet.styles.js';
import { StepController } from '../shared/steps.js';
import { tokens } from '../shared/tokens.styles.js';
import { SHEET_BESIDE_EM, WidthController } from '../shared/width.js';
import { buildCompetenceMap, cellPeriod, type CompetenceMapModel, type MapCell, type MapColumn, type MapRow } from './competence-map.model.js';
import { renderStaticMap, staticMapStyles } from './competence-map.static.js';
import { competenceMapStyles } from './competence-map.styles.js';
import { summarizeChanges } from './competence-map.summary.js';

/** Font size (px) at which labels are measured, to be turned into em. */
const MEASURE_SIZE = 100;
/** A row head's width besides its label, in the table's em: its padding and the count's margin, width and padding. */
const ROW_HEAD_EXTRA_EM = 3;

/** Below this width, in the element's em, one card per part replaces the table. */
const NARROW_EM = 37.5;

interface CellPosition {
  row: number;
  column: number;
}

/**
 * Who holds which part of the care continuum, for any date: a table with the parts as rows and the
 * governments as columns, the health ministers of each government, and what changed since the
 * previous date shown. With no attributes it shows Belgium on the latest date in the data.
 *
 * @tagname competence-map
 * @summary Who holds which part of the care continuum, on a date, and what changed.
 *
 * @fires competence-select - The reader opened a cell's details, or closed them. Detail: `{ part, government, competence }`.
 * @fires date-change - The reader picked another date in the map's date field. Detail: `{ date }`.
 * @fires data-load - A dataset was loaded and is shown. Detail: `{ dataset, problems }`.
 * @fires data-error - The data has problems; the valid records are still shown. Detail: `{ problems, partial }`.
 * @fires step-change - `next()`, `prev()` or the fragments inside the element moved the step. Detail: `{ step, count, id, date }`.
 *
 * @slot - Nothing is shown; a slide deck's fragments placed here (elements with the class `fragment`) set `step`: one step per fragment made `visible`.
 * @slot placeholder - Shown while the element's data loads, before it draws its own picture, and where scripts do not run: an image of the element (`npm run export`, or `toSVG()`), so readers see the picture before the script and data arrive.
 *
 * @csspart header - The headline, the date field and the published figures.
 * @csspart headline - The sentence with the number of health ministers and governments on the date.
 * @csspart change - The summary of what changed since the previous date.
 * @csspart legend - The key to the roles (full, shared, partial, unverified).
 * @csspart table - The table (wide layouts).
 * @csspart cards - One card per part of the care continuum (narrow layouts, below about 600 px).
 * @csspart static - The map drawn as one SVG: presentation mode and image export.
 * @csspart detail - The panel with the selected cell's details and sources.
 * @csspart problems - The list of problems found in the data.
 * @csspart message - The loading and no-data messages.
 *
 * @cssprop [--policy-atlas-font=system-ui] - Font family.
 * @cssprop [--policy-atlas-color-text=#1f2933] - Text colour.
 * @cssprop [--policy-atlas-color-muted=#52606d] - Secondary text colour.
 * @cssprop [--policy-atlas-color-surface=#ffffff] - Background colour.
 * @cssprop [--policy-atlas-color-line=#d9e2ec] - Hairlines and borders.
 * @cssprop [--policy-atlas-color-focus=#1a56db] - Focus rings and links.
 * @cssprop [--policy-atlas-level-1=#0072b2] - Colour of the first level's governments; `--policy-atlas-level-2` to `-7` colour the others.
 */
export class CompetenceMap extends DatasetElement {
  static override styles = [tokens, sheetStyles, staticMapStyles, competenceMapStyles];

  /** The date shown, at any precision (`2014`, `2014-07`, `2014-07-01`: the state on its first day); default: the latest date in the data. */
  @property({ reflect: true }) date?: string;

  /** A part of the care continuum or a government id to highlight: every government holding a piece of the part, or everything the government holds. */
  @property({ reflect: true }) highlight?: string;

  /**
   * Presentation mode, for slides: the headline in large type and the map drawn as one picture
   * fitted to the element's box, with no date field, buttons or details.
   */
  @property({ type: Boolean, reflect: true }) presentation = false;

  /**
   * Step-through the dates at which competences changed: 0 is the day before the first change, N
   * the Nth change (for Belgium: 30 June and 1 July 2014). Takes precedence over `date`.
   */
  @property({ type: Number, reflect: true }) step?: number;


  @state() private active: CellPosition = { row: 0, column: 0 };
  @state() private open: CellPosition | null = null;
  @state() private pointed: string | null = null;
  @state() private summary = '';

  private model: CompetenceMapModel | undefined;
  private shownDate: string | undefined;
  private changedCells = new Set<string>();
  private focusActiveCell = false;
  private readonly steps = new StepController(this);
  private readonly width = new WidthController(this, [NARROW_EM, SHEET_BESIDE_EM]);
  private readonly images = new ImageExport(this, () => this.loader.task.taskComplete.catch(() => undefined), () => this.imageFrame());

  /** Moves to the next date at which competences changed; returns whether there was one. */
  next(): boolean {
    return this.steps.move(1);
  }

  /** Moves to the previous date at which competences changed; returns whether there was one. */
  prev(): boolean {
    return this.steps.move(-1);
  }

  /** How many steps `next()` can take: the dates at which competences change. `undefined` until data is shown. */
  get stepCount(): number | undefined {
    return this.loaded ? competenceChangeDates(this.loaded).length : undefined;
  }

  /** @internal */
  stepDetail(step: number): Pick<StepChangeDetail, 'id' | 'date'> {
    return { id: null, date: this.loaded ? (this.stepDate(this.loaded, step) ?? null) : null };
  }

  /** The date a step shows: the day before the first change, then each change. */
  private stepDate(dataset: Dataset, step: number): string | undefined {
    const dates = competenceChangeDates(dataset);
    if (dates.length === 0) return undefined;
    const index = Math.min(Math.max(Math.round(step), 0), dates.length);
    return index === 0 ? dayBefore(dates[0]!) : dates[index - 1];
  }

  /**
   * An SVG image of the map on the date shown, with the headline, the dataset's title and a credit
   * line naming the sources of the competences shown; colours and fonts written in.
   */
  toSVG(): Promise<string> {
    return this.images.toSVG();
  }

  /** A PNG of `toSVG()`'s image, at `scale` pixels per CSS pixel (2 by default, sharp on slides). */
  toPNG(scale = 2): Promise<Blob> {
    return this.images.toPNG(scale);
  }

  /** The title and credit line of an exported image of the map. */
  private imageFrame(): ImageFrame | undefined {
    const dataset = this.loaded;
    const model = this.model;
    if (!dataset || !model) return undefined;
    const cited = competencesOn(dataset, model.date).flatMap((competence) => competence.sources);
    return {
      title: `${textIn(dataset, dataset.title, this.language).value}: ${this.headline(model)}`,
      credit: creditLine(dataset, cited, this.language, this.strings),
      lang: this.language,
    };
  }

  /** The date in force: the step's date when stepping, else the `date` attribute when it is a date, else the latest date in the data. */
  private effectiveDate(dataset: Dataset): string {
    const stepped = this.step === undefined || Number.isNaN(this.step) ? undefined : this.stepDate(dataset, this.step);
    if (stepped) return stepped;
    if (this.date && typeof parseIsoDate(this.date.trim()) !== 'string') return this.date.trim();
    return latestDate(dataset) ?? new Date().toISOString().slice(0, 10);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const dataset = this.loaded;
    if (!dataset) {
      this.model = undefined;
      return;
    }
    const date = this.effectiveDate(dataset);
    const lang = this.language;
    this.model = buildCompetenceMap(dataset, date, lang);
    const previous = this.shownDate;
    this.changedCells = new Set();
    if (previous !== undefined && previous !== date && (changed.has('date') || changed.has('step'))) {
      const changes = competenceChanges(dataset, previous, date);
      this.changedCells = new Set(changes.map((change) => `${change.part} ${change.government}`));
      this.summary = summarizeChanges(dataset, changes, this.model.when, lang, this.strings);
    } else if (previous !== date) {
      this.summary = '';
    }
    this.shownDate = date;
  }

  protected override updated(): void {
    if (!this.focusActiveCell) return;
    this.focusActiveCell = false;
    this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  // ---- reading the grid -------------------------------------------------------------------

  private get rows(): MapRow[] {
    return this.model?.rowGroups.flatMap((group) => group.rows) ?? [];
  }

  private get columns(): MapColumn[] {
    return this.model?.columnGroups.flatMap((group) => group.columns) ?? [];
  }

  /** What is highlighted: the part or government under the pointer or focus, else `highlight`. */
  private get highlighted(): string | null {
    return this.pointed ?? this.highlight ?? null;
  }

  private isLit(row: MapRow, cell: MapCell): boolean | undefined {
    const target = this.highlighted;
    if (!target) return undefined;
    if (target === row.id) return cell.role !== null;
    if (this.columns.some((column) => column.id === target)) return cell.government === target && cell.role !== null;
    return undefined;
  }

  // ---- keyboard: one tab stop, arrow keys move cell to cell ------------------------------------

  private onKeydown(event: KeyboardEvent): void {
    const rowCount = this.rows.length;
    const columnCount = this.columns.length;
    if (rowCount === 0 || columnCount === 0) return;
    const { row, column } = this.active;
    const moves: Record<string, CellPosition | undefined> = {
      ArrowRight: { row, column: Math.min(column + 1, columnCount - 1) },
      ArrowLeft: { row, column: Math.max(column - 1, 0) },
      ArrowDown: { row: Math.min(row + 1, rowCount - 1), column },
      ArrowUp: { row: Math.max(row - 1, 0), column },
      Home: event.ctrlKey ? { row: 0, column: 0 } : { row, column: 0 },
      End: event.ctrlKey ? { row: rowCount - 1, column: columnCount - 1 } : { row, column: columnCount - 1 },
    };
    const target = moves[event.key];
    if (target) {
      this.moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      this.openCell(this.active);
    } else if (event.key === 'Escape' && this.open) {
      this.closeCell();
    } else {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  private moveTo(position: CellPosition): void {
    this.active = position;
    this.pointed = this.rows[position.row]?.id ?? null;
    this.focusActiveCell = true;
  }

  private openCell(position: CellPosition): void {
    this.active = position;
    this.open = position;
    const row = this.rows[position.row];
    const column = this.columns[position.column];
    if (!row || !column) return;
    const dataset = this.loaded;
    const competence =
      (dataset && this.model ? competencesOn(dataset, this.model.date) : []).find(
        (candidate) => candidate.part === row.id && candidate.government === column.id,
      ) ?? null;
    emit<CompetenceSelectDetail>(this, 'competence-select', { part: row.id, government: column.id, competence });
  }

  private closeCell(): void {
    if (!this.open) return;
    this.open = null;
    this.focusActiveCell = true;
    emit<CompetenceSelectDetail>(this, 'competence-select', { part: null, government: null, competence: null });
  }

  private onDateInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (!value) return;
    this.date = value;
    emit<DateChangeDetail>(this, 'date-change', { date: value });
  }

  // ---- rendering -----------------------------------------------------------------------------

  override render() {
    const strings = this.strings;
    const language = this.language;
    const dataset = this.loaded;
    const model = this.model;
    const pending = this.pending;
    const detail = dataset && model && this.open ? this.renderDetail(dataset, model, this.open) : nothing;
    return html`
      <div class="frame" lang=${language}>
        ${dataset && model && this.presentation
          ? html`
              <p class="headline" part="headline">${this.headline(model)}</p>
              <p class="change" part="change" role="status">${this.summary}</p>
              <div class="static-stage">${this.renderDrawing(model)}</div>
            `
          : dataset && model
          ? html`
              ${this.renderHeader(dataset, model)}
              <p class="change" part="change" role="status">${this.summary}</p>
              ${this.renderLegend()}
              <div class=${classMap({ body: true, 'has-detail': Boolean(this.open), wide: Boolean(this.open) && (this.width.em ?? 0) >= SHEET_BESIDE_EM })}>
                ${this.renderGrid(model)}
                ${detail}
              </div>
              ${this.images.active ? html`<div class="export-stage">${this.renderDrawing(model)}</div>` : nothing}
            `
          : pending
          ? renderLoading(strings)
          : html`<div class="message" part="message">${strings.noData}</div>`}
        ${this.renderProblems(dataset === undefined && !pending)}
        <p id="map-help" class="visually-hidden">${strings.mapHelp}</p>
      </div>
    `;
  }

  /** The map as one SVG, at the element's width and font. */
  private renderDrawing(model: CompetenceMapModel) {
    const style = getComputedStyle(this);
    return renderStaticMap(model, {
      width: this.clientWidth || 960,
      fontSize: parseFloat(style.fontSize) || 16,
      measure: canvasMeasure(style.fontFamily),
      strings: this.strings,
      changed: this.changedCells,
    }).drawing;
  }

  private renderHeader(dataset: Dataset, model: CompetenceMapModel) {
    const strings = this.strings;
    const language = this.language;
    const day = new Date(startOf(model.date)).toISOString().slice(0, 10);
    return html`
      <div class="header" part="header">
        <p class="headline" part="headline">${this.headline(model)}</p>
        <label class="date-field">
          <span>${strings.date}</span>
          <input type="date" .value=${day} @change=${this.onDateInput} />
        </label>
        <div class="notes">
          <p>${strings.derivedNote}${model.ministerCount.least !== model.ministerCount.most ? html` ${strings.rangeNote}` : nothing}</p>
          ${model.otherMinisters.length > 0
            ? html`<p>
                ${strings.alsoCounted}:
                ${model.otherMinisters.map(
                  (minister, index) =>
                    html`${index > 0 ? ', ' : ''}${minister.holder}${minister.possible ? '\u00a0?' : ''} (${localizedSpan(minister.government, language)})`,
                )}.
              </p>`
            : nothing}
          ${guard([dataset, language], () => this.renderFigures(dataset))}
        </div>
      </div>
    `;
  }

  /** The published figures: the same on every date, so a date change skips them. */
  private renderFigures(dataset: Dataset) {
    const language = this.language;
    const sources = byId(dataset.sources);
    return dataset.figures.map((figure) => {
      const cited = figure.sources.flatMap((id) => sources.get(id) ?? []);
      return html`<p class="figure">
        <strong>${figure.value}</strong> ${localizedSpan(textIn(dataset, figure.label, language), language)}${figure.date
          ? html` (${figure.date})`
          : nothing}${figure.note ? html`. ${localizedSpan(textIn(dataset, figure.note, language), language)}` : nothing}
        ${cited.map((source, index) => html`<a href=${source.url ?? `https://doi.org/${source.doi ?? ''}`} target="_blank" rel="noopener noreferrer" title=${textIn(dataset, source.citation, language).value}>[${index + 1}]</a>`)}
      </p>`;
    });
  }

  private headline(model: CompetenceMapModel): string {
    const { least, most } = model.ministerCount;
    const count = least === most ? String(least) : this.strings.range(least, most);
    return this.strings.headline(model.when, count, most !== 1, model.governmentCount);
  }

  private renderLegend() {
    const strings = this.strings;
    return html`
      <ul class="legend" part="legend">
        ${(['full', 'shared', 'partial'] as const).map(
          (role) => html`<li><span class="swatch role-${role}" aria-hidden="true"></span><strong>${strings.roles[role]}</strong> ${strings.roleHelp[role]}</li>`,
        )}
        <li><span class="swatch role-shared unverified" aria-hidden="true"></span>${strings.unverified}</li>
      </ul>
    `;
  }

  /**
   * The table or the cards, whichever fits: the other is not rendered at all, which halves the work
   * of a date change. Both only while the element is hidden (no width yet): CSS then shows one.
   */
  private renderGrid(model: CompetenceMapModel) {
    const em = this.width.em;
    const narrow = em === undefined ? undefined : em <= NARROW_EM;
    return html`<div class="grid ${narrow === undefined ? 'either' : ''}">
      ${narrow === true ? nothing : this.renderTable(model)} ${narrow === false ? nothing : this.renderCards(model)}
    </div>`;
  }

  private renderTable(model: CompetenceMapModel) {
    const strings = this.strings;
    const language = this.language;
    const columns = this.columns;
    const target = this.highlighted;
    let rowIndex = -1;
    return html`
      <table
        part="table"
        role="grid"
        aria-labelledby="caption"
        aria-describedby="map-help"
        ${customProperty('--pa-part-column', `${this.partColumnEm(model)}em`)}
        ${customProperty('--pa-columns', String(columns.length))}
        @keydown=${this.onKeydown}
        @mouseleave=${() => (this.pointed = null)}
      >
        <caption id="caption">${strings.mapCaption(model.when)}</caption>
        <colgroup><col class="part" /><col span=${columns.length} /></colgroup>
        <thead ${customProperty('--pa-minister-lines', String(model.ministerLines))}>
          <tr>
            <td></td>
            ${model.columnGroups.map(
              (group) => html`<th scope="colgroup" colspan=${group.columns.length} class="level pa-level-${group.columns[0]?.colorIndex ?? 0}">
                ${localizedSpan(group.label, language)}
              </th>`,
            )}
          </tr>
          <tr>
            <th scope="col" class="part-head">${strings.part}</th>
            ${columns.map((column) => {
              const lit = target !== null && (target === column.id || this.rows.find((row) => row.id === target)?.holders.includes(column.id));
              return html`<th scope="col" class=${classMap({ government: true, [`pa-level-${column.colorIndex}`]: true, lit: Boolean(lit) })} ${levelColor(column.color)}>
                <abbr title=${column.label.value}>${localizedSpan(column.short, language)}</abbr>
                <span class="visually-hidden">${column.label.value}</span>
                <span class="ministers">${column.ministers.length > 0
                  ? column.ministers.map(
                      (minister) =>
                        html`<span class=${classMap({ unverified: minister.unverified, possible: minister.possible })} title=${minister.portfolio.value}
                          >${minister.holder}${minister.unverified || minister.possible ? '\u00a0?' : ''}</span
                        >`,
                    )
                  : html`<span class="none">—</span>`}</span>
              </th>`;
            })}
          </tr>
        </thead>
        ${model.rowGroups.map(
          (group) => html`<tbody>
            ${group.label
              ? html`<tr class="group"><th scope="rowgroup" colspan=${columns.length + 1}>${localizedSpan(group.label, language)}</th></tr>`
              : nothing}
            ${group.rows.map((row) => {
              rowIndex += 1;
              const thisRow = rowIndex;
              return html`<tr class=${this.highlighted === row.id ? 'lit-row' : ''} @mouseenter=${() => (this.pointed = row.id)}>
                <th scope="row" title=${row.description?.value ?? ''}>
                  ${localizedSpan(row.label, language)} <span class="count" aria-hidden="true">${row.holders.length}</span>
                </th>
                ${row.cells.map((cell, columnIndex) => this.renderCell(row, cell, columns[columnIndex]!, thisRow, columnIndex))}
              </tr>`;
            })}
          </tbody>`,
        )}
      </table>
    `;
  }

  /** The part column's width in the table's em: its widest label in bold (a lit row), a space, the count and the padding. */
  private partColumnEm(model: CompetenceMapModel): number {
    const measure = canvasMeasure(getComputedStyle(this).fontFamily);
    const labels = model.rowGroups.flatMap((group) => group.rows.map((row) => `${row.label.value} `));
    return Math.max(0, ...labels.map((label) => measure(label, MEASURE_SIZE, true) / MEASURE_SIZE)) + ROW_HEAD_EXTRA_EM;
  }

  private renderCell(row: MapRow, cell: MapCell, column: MapColumn, rowIndex: number, columnIndex: number) {
    const isActive = this.active.row === rowIndex && this.active.column === columnIndex;
    const selected = this.open?.row === rowIndex && this.open.column === columnIndex;
    const changed = this.changedCells.has(`${row.id} ${cell.government}`);
    const lit = this.isLit(row, cell);
    // A date change re-renders only the cells that look different on the new date: most stay as they are.
    return guard([this.loaded, this.language, cell.role, cell.unverified, isActive, selected, changed, lit], () => {
      const strings = this.strings;
      const role = strings.roles[cell.role ?? 'none'] ?? '';
      const name = strings.cellName(column.label.value, row.label.value, cell.unverified ? `${role}, ${strings.unverified.toLowerCase()}` : role);
      return html`<td
        role="gridcell"
        tabindex=${isActive ? 0 : -1}
        aria-label=${name}
        aria-selected=${selected ? 'true' : 'false'}
        class=${classMap({
          cell: true,
          [`role-${cell.role ?? 'none'}`]: true,
          [`pa-level-${column.colorIndex}`]: true,
          unverified: cell.unverified,
          changed,
          lit: lit === true,
          dim: lit === false,
        })}
        ${levelColor(column.color)}
        @click=${() => this.openCell({ row: rowIndex, column: columnIndex })}
        @focus=${() => {
          if (!isActive) this.active = { row: rowIndex, column: columnIndex };
          this.pointed = row.id;
        }}
      ><span class="mark" aria-hidden="true">${cell.unverified ? '?' : ''}</span></td>`;
    });
  }

  private renderCards(model: CompetenceMapModel) {
    const strings = this.strings;
    const language = this.language;
    const columns = byId(this.columns);
    let rowIndex = -1;
    return html`
      <div class="cards" part="cards">
        ${model.rowGroups.map(
          (group) => html`<section>
            ${group.label ? html`<h3>${localizedSpan(group.label, language)}</h3>` : nothing}
            ${group.rows.map((row) => {
              rowIndex += 1;
              const thisRow = rowIndex;
              const held = row.cells.map((cell, columnIndex) => ({ cell, columnIndex })).filter(({ cell }) => cell.role !== null);
              return html`<article class="card">
                <h4>${localizedSpan(row.label, language)} <span class="count">${strings.heldBy(held.length)}</span></h4>
                ${held.length === 0
                  ? html`<p class="none">${strings.noHolder}</p>`
                  : html`<ul>
                      ${held.map(({ cell, columnIndex }) => {
                        const column = columns.get(cell.government)!;
                        return html`<li>
                          <button type="button" class="holder" @click=${() => this.openCell({ row: thisRow, column: columnIndex })}>
                            <span class=${classMap({ swatch: true, [`role-${cell.role}`]: true, [`pa-level-${column.colorIndex}`]: true, unverified: cell.unverified })} aria-hidden="true"></span>
                            <span>${column.label.value}</span>
                            <span class="role">${strings.roles[cell.role ?? 'none']}${cell.unverified ? ` · ${strings.unverified}` : ''}</span>
                          </button>
                        </li>`;
                      })}
                    </ul>`}
              </article>`;
            })}
          </section>`,
        )}
      </div>
    `;
  }

  private renderDetail(dataset: Dataset, model: CompetenceMapModel, position: CellPosition) {
    const strings = this.strings;
    const language = this.language;
    const row = this.rows[position.row];
    const column = this.columns[position.column];
    const cell = row?.cells[position.column];
    if (!row || !column || !cell) return nothing;
    const sources = byId(dataset.sources);
    const period = cellPeriod(cell, language);
    return html`
      <aside class="detail" part="detail" aria-labelledby="detail-title" @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.closeCell()}>
        <button class="close" type="button" aria-label=${strings.close} title=${strings.close} @click=${() => this.closeCell()}>${closeIcon}</button>
        <h2 id="detail-title">${localizedSpan(row.label, language)}</h2>
        ${row.description ? html`<p class="official">${localizedSpan(row.description, language)}</p>` : nothing}
        <p class="meta">
          <span class="chip pa-level-${column.colorIndex}">${column.label.value}</span>
          <span class="chip plain"><span class=${classMap({ swatch: true, [`role-${cell.role ?? 'none'}`]: true, [`pa-level-${column.colorIndex}`]: true })} aria-hidden="true"></span>${strings.roles[cell.role ?? 'none']}</span>
          ${cell.unverified ? html`<span class="badge-unverified" title=${strings.unverifiedNote}>${strings.unverified}</span>` : nothing}
        </p>
        ${cell.note ? html`<p class="summary">${localizedSpan(cell.note, language)}</p>` : nothing}
        <p class="period">
          ${period.both ?? (period.from ? strings.since(period.from) : period.to ? strings.until(period.to) : model.when)}
        </p>
        ${cell.unverified ? html`<p class="summary"><em>${strings.unverifiedNote}</em></p>` : nothing}
        ${column.ministers.length > 0
          ? html`<h3>${strings.healthMinisters}</h3>
              <ul class="ministers-list">
                ${column.ministers.map(
                  (minister) => html`<li>${minister.holder}${minister.party ? ` (${minister.party})` : ''}: ${localizedSpan(minister.portfolio, language)}${minister.unverified ? html` <span class="badge-unverified">${strings.unverified}</span>` : nothing}</li>`,
                )}
              </ul>`
          : nothing}
        ${cell.sources.length > 0
          ? html`<h3>${strings.sources}</h3>
              <ol>
                ${cell.sources.flatMap((id) => sources.get(id) ?? []).map((source) => {
                  const href = source.url ?? (source.doi ? `https://doi.org/${source.doi}` : undefined);
                  const citation = localizedSpan(textIn(dataset, source.citation, language), language);
                  return html`<li>${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${citation}</a>` : citation}</li>`;
                })}
              </ol>`
          : nothing}
      </aside>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'competence-map': CompetenceMap;
  }
}
