/**
 * Says in a sentence or two what changed between two dates: which parts moved from which
 * governments to which ("1 July 2014: 37 changes. Elderly care, long-term care … moved from the
 * Federal State to the Flemish Community, …"). Pure and DOM-free.
 */
import type { CompetenceChange } from '../data/query.js';
import { byId, textIn } from '../data/query.js';
import type { CompetenceRole, Dataset } from '../data/types.js';
import type { Strings } from '../i18n/strings.js';

const RANK: Record<CompetenceRole, number> = { partial: 1, shared: 2, full: 3 };
const rank = (role: CompetenceRole | null) => (role === null ? 0 : RANK[role]);

/** One list formatter per language: making an Intl.ListFormat costs far more than using one. */
const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(lang: string): Intl.ListFormat {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format;
}

/** Parts whose role went down for the same governments and up for the same others. */
export interface ChangeGroup {
  parts: string[];
  /** Governments whose role ended or narrowed. */
  losers: string[];
  /** Governments whose role began or widened. */
  gainers: string[];
}

export function groupChanges(changes: readonly CompetenceChange[]): ChangeGroup[] {
  const byPart = new Map<string, { losers: string[]; gainers: string[] }>();
  for (const change of changes) {
    const entry = byPart.get(change.part) ?? { losers: [], gainers: [] };
    (rank(change.after) < rank(change.before) ? entry.losers : entry.gainers).push(change.government);
    byPart.set(change.part, entry);
  }
  const groups = new Map<string, ChangeGroup>();
  for (const [part, { losers, gainers }] of byPart) {
    const key = `${losers.join(' ')}>${gainers.join(' ')}`;
    const group = groups.get(key) ?? { parts: [], losers, gainers };
    group.parts.push(part);
    groups.set(key, group);
  }
  // The move that concerns the most parts first: that is the story of the date.
  return [...groups.values()].sort((a, b) => b.parts.length - a.parts.length);
}

/** A count of the changes and the largest moves in words, at most `sentences` of them. */
export function summarizeChanges(
  dataset: Dataset,
  changes: readonly CompetenceChange[],
  when: string,
  lang: string,
  strings: Strings,
  sentences = 2,
): string {
  if (changes.length === 0) return strings.noChange(when);
  const parts = byId(dataset.continuum);
  const governments = byId(dataset.governments);
  const list = listFormat(lang);
  const name = (id: string, from: Map<string, { label: Parameters<typeof textIn>[1] }>) => {
    const record = from.get(id);
    return record ? textIn(dataset, record.label, lang).value : id;
  };
  const groups = groupChanges(changes);
  const said = groups.slice(0, sentences).map(({ parts: ids, losers, gainers }) => {
    const what = list.format(ids.map((id) => name(id, parts)));
    const from = list.format(losers.map((id) => name(id, governments)));
    const to = list.format(gainers.map((id) => name(id, governments)));
    const sentence = losers.length && gainers.length ? strings.moved(what, from, to) : gainers.length ? strings.gained(what, to) : strings.lost(what, from);
    return sentence.charAt(0).toUpperCase() + sentence.slice(1);
  });
  const rest = groups.slice(sentences).reduce((count, group) => count + group.parts.length * (group.losers.length + group.gainers.length), 0);
  return [strings.changes(when, changes.length), ...said, ...(rest > 0 ? [strings.moreChanges(rest)] : [])].join(' ');
}
