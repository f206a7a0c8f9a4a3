/**
 * Dataset + date -> the competence map: rows (parts of the care continuum, in groups), columns
 * (governments, in groups by level), who holds what on that date, and who held the portfolios.
 * Pure and DOM-free.
 */
import { formatIsoDate, formatPeriod } from '../data/dates.js';
import { byId, competencesOn, ministerCountOn, mostHoldersOnADay, portfoliosOn, textIn } from '../data/query.js';
import type { LocalizedText } from '../data/text.js';
import type { CompetenceRole, Dataset, IsoDate } from '../data/types.js';

/** Number of colours in the level palette, as in the timeline. */
const LEVEL_COLORS = 7;

export interface MapMinister {
  holder: string;
  party?: string;
  portfolio: LocalizedText;
  unverified: boolean;
  /** The term starts or ends within the year or month of the date: maybe not in office that day. */
  possible: boolean;
}

export interface MapColumn {
  id: string;
  label: LocalizedText;
  short: LocalizedText;
  colorIndex: number;
  color?: string;
  /** Who held this government's health portfolios on the date. */
  ministers: MapMinister[];
}

export interface MapColumnGroup {
  id: string;
  label: LocalizedText;
  columns: MapColumn[];
}

export interface MapCell {
  government: string;
  role: CompetenceRole | null;
  note?: LocalizedText;
  /** The period of the competence shown, at its own precision ("since 1 July 2014"). */
  from?: IsoDate;
  to?: IsoDate;
  sources: string[];
  unverified: boolean;
}

export interface MapRow {
  id: string;
  label: LocalizedText;
  description?: LocalizedText;
  cells: MapCell[];
  /** Governments that hold a piece of this part on the date. */
  holders: string[];
}

export interface MapRowGroup {
  id: string | null;
  label?: LocalizedText;
  rows: MapRow[];
}

/** A health minister of a government that holds no part of the continuum (counted by some sources only). */
export interface MapOtherMinister extends MapMinister {
  /** The government's short name. */
  government: LocalizedText;
  note?: LocalizedText;
}

export interface CompetenceMapModel {
  date: IsoDate;
  when: string;
  columnGroups: MapColumnGroup[];
  rowGroups: MapRowGroup[];
  /** Health ministers of the map's governments on the date: certainly in office, and at most. */
  ministerCount: { least: number; most: number };
  /** Governments holding at least one part on the date. */
  governmentCount: number;
  otherMinisters: MapOtherMinister[];
  /** The most ministers a column lists on any date: the column heads keep room for them, so the grid stays put as the date changes. */
  ministerLines: number;
}

export function buildCompetenceMap(dataset: Dataset, date: IsoDate, lang: string): CompetenceMapModel {
  const text = (value: Parameters<typeof textIn>[1]) => textIn(dataset, value, lang);
  const levelIndex = new Map(dataset.levels.map((level, index) => [level.id, index]));
  // Columns are the governments that hold some part at some date: stable across dates, so a change of
  // date changes cells, not the table's shape.
  const holding = new Set(dataset.competences.map((competence) => competence.government));
  const columnGovernments = dataset.governments.filter((government) => holding.has(government.id));
  const onDate = competencesOn(dataset, date);
  const cellOf = new Map(onDate.map((competence) => [`${competence.part} ${competence.government}`, competence]));
  const portfolios = portfoliosOn(dataset, date);
  const holders = portfolios.flatMap(({ minister, holders: candidates }) =>
    candidates.map(({ term, presence }) => ({
      government: minister.government,
      holder: term.holder,
      ...(term.party ? { party: term.party } : {}),
      portfolio: text(minister.portfolio),
      unverified: term.status === 'unverified',
      possible: presence === 'possible',
    })),
  );
  const ministersOf = (governmentId: string): MapMinister[] =>
    holders.filter((holder) => holder.government === governmentId).map(({ government: _government, ...minister }) => minister);

  const columnGroups: MapColumnGroup[] = [];
  for (const government of columnGovernments) {
    const level = dataset.levels.find((candidate) => candidate.id === government.level);
    let group = columnGroups.at(-1);
    if (!group || group.id !== government.level) {
      group = { id: government.level, label: level ? text(level.label) : { value: government.level, lang: undefined }, columns: [] };
      columnGroups.push(group);
    }
    group.columns.push({
      id: government.id,
      label: text(government.label),
      short: text(government.short),
      colorIndex: (levelIndex.get(government.level) ?? 0) % LEVEL_COLORS,
      ...(level?.color ? { color: level.color } : {}),
      ministers: ministersOf(government.id),
    });
  }

  const groups = byId(dataset.continuumGroups);
  const rowGroups: MapRowGroup[] = [];
  for (const part of dataset.continuum) {
    const groupId = part.group ?? null;
    let group = rowGroups.find((candidate) => candidate.id === groupId);
    if (!group) {
      const named = groupId === null ? undefined : groups.get(groupId);
      group = { id: groupId, ...(named ? { label: text(named.label) } : {}), rows: [] };
      rowGroups.push(group);
    }
    const cells = columnGovernments.map((government): MapCell => {
      const competence = cellOf.get(`${part.id} ${government.id}`);
      if (!competence) return { government: government.id, role: null, sources: [], unverified: false };
      return {
        government: government.id,
        role: competence.role,
        ...(competence.note ? { note: text(competence.note) } : {}),
        ...(competence.from ? { from: competence.from } : {}),
        ...(competence.to ? { to: competence.to } : {}),
        sources: competence.sources,
        unverified: competence.status === 'unverified',
      };
    });
    group.rows.push({
      id: part.id,
      label: text(part.label),
      ...(part.description ? { description: text(part.description) } : {}),
      cells,
      holders: cells.filter((cell) => cell.role !== null).map((cell) => cell.government),
    });
  }
  // Groups keep the order of the dataset's group list when it has one.
  const order = dataset.continuumGroups.map((group) => group.id);
  rowGroups.sort((a, b) => rank(order, a.id) - rank(order, b.id));

  const columnIds = new Set(columnGovernments.map((government) => government.id));
  const governmentsById = byId(dataset.governments);
  return {
    date,
    when: formatIsoDate(date, lang),
    columnGroups,
    rowGroups,
    ministerCount: ministerCountOn(dataset, date, columnIds),
    governmentCount: new Set(onDate.map((competence) => competence.government)).size,
    otherMinisters: holders
      .filter((holder) => !columnIds.has(holder.government))
      .map(({ government: governmentId, ...minister }) => {
        const government = governmentsById.get(governmentId);
        return {
          ...minister,
          government: government ? text(government.short) : { value: governmentId, lang: undefined },
          ...(government?.note ? { note: text(government.note) } : {}),
        };
      }),
    ministerLines: Math.max(1, ...columnGovernments.map((government) => mostHoldersOnADay(dataset, government.id))),
  };
}

function rank(order: readonly string[], id: string | null): number {
  const index = id === null ? -1 : order.indexOf(id);
  return index === -1 ? order.length : index;
}

/** "since 1 July 2014", "until 30 June 2014", a period, or nothing for a competence held throughout. */
export function cellPeriod(cell: MapCell, lang: string): { from?: string; to?: string; both?: string } {
  if (cell.from && cell.to) return { both: formatPeriod(cell.from, cell.to, lang) };
  if (cell.from) return { from: formatIsoDate(cell.from, lang) };
  if (cell.to) return { to: formatIsoDate(cell.to, lang) };
  return {};
}
