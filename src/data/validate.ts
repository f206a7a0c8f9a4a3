/**
 * Checks a dataset against the format (data-format.md) and says, for every problem, where it is
 * (a JSON pointer) and what the library did about it. Hand-written rather than compiled from the
 * schema so that it runs under a strict Content-Security-Policy and speaks to data authors.
 *
 * A record with a problem in what places it (id, dates, lane, part, government, role) is left out;
 * a problem in a descriptive or optional field drops that field only. Only input that is not a
 * dataset of this format at all yields no dataset.
 */
import { COMPETENCE_ROLES, FORMAT_VERSION } from './types.js';
import type {
  Competence,
  ContinuumGroup,
  ContinuumPart,
  Dataset,
  Figure,
  Government,
  KeyPolicy,
  Level,
  Minister,
  MinisterTerm,
  PolicyEvent,
  Problem,
  Source,
  Text,
} from './types.js';
import { endOf, parseIsoDate, startOf } from './dates.js';
import { isCssColor } from './colors.js';
import { markChecked } from './checked.js';

export interface ValidationResult {
  /** The valid part of the dataset, or `null` when the input is not a dataset of this format. */
  dataset: Dataset | null;
  problems: Problem[];
}

/** The lists whose records have ids that other records refer to, with the nouns a sentence uses. */
const LIST_NOUNS = {
  sources: ['source', 'sources'],
  levels: ['level', 'levels'],
  governments: ['government', 'governments'],
  ministers: ['minister', 'ministers'],
  continuumGroups: ['group of the care continuum', 'groups of the care continuum'],
  continuum: ['part of the care continuum', 'parts of the care continuum'],
  keyPolicies: ['key policy', 'key policies'],
  events: ['event', 'events'],
  figures: ['figure', 'figures'],
} as const;
type IdList = keyof typeof LIST_NOUNS;

/** "a level", "an event". */
function a(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

/** A value quoted for a sentence, shortened, with its quotes and controls escaped. */
function quote(value: string): string {
  return JSON.stringify(truncate(value));
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

/** What a check says about a value: a sentence without the consequence, at a pointer. */
interface Issue {
  pointer: string;
  what: string;
  /** What the library does about it, when the check decides that itself. */
  consequence?: string;
}
type Check<T> = (value: unknown, pointer: string, issues: Issue[]) => T | undefined;

/** Describes a JSON value for a sentence: `the number 2009`, `an empty string`, `an array`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  switch (typeof value) {
    case 'string':
      if (value === '') return 'an empty string';
      return value.trim() === '' ? 'a blank string' : `the string ${quote(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

function truncate(value: string, length = 60): string {
  return value.length > length ? `${value.slice(0, length)}…` : value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ownKeys = (value: Record<string, unknown>) => Object.keys(value);
const has = (value: Record<string, unknown>, key: string) =>
  Object.prototype.hasOwnProperty.call(value, key);

// ---- checks of single values -------------------------------------------------------------

const isNonBlank = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const string: Check<string> = (value, pointer, issues) => {
  if (isNonBlank(value)) return value;
  issues.push({ pointer, what: `expected a non-empty string, found ${describe(value)}` });
  return undefined;
};

const id: Check<string> = (value, pointer, issues) => {
  if (typeof value === 'string' && ID.test(value)) return value;
  issues.push({
    pointer,
    what: `expected a kebab-case id such as "care-trajectory", found ${describe(value)}`,
  });
  return undefined;
};

const date: Check<string> = (value, pointer, issues) => {
  if (typeof value !== 'string') {
    issues.push({ pointer, what: `expected a date such as "2009-09-01", found ${describe(value)}` });
    return undefined;
  }
  const parsed = parseIsoDate(value);
  if (typeof parsed !== 'string') return value;
  issues.push({ pointer, what: `${quote(value)} ${parsed}` });
  return undefined;
};

const text: Check<Text> = (value, pointer, issues) => {
  if (typeof value === 'string') return string(value, pointer, issues);
  if (!isObject(value)) {
    issues.push({
      pointer,
      what: `expected a text: a string or an object of languages such as {"en": "…"}, found ${describe(value)}`,
    });
    return undefined;
  }
  const entries: [string, string][] = [];
  for (const language of ownKeys(value)) {
    const good = LANGUAGE_TAG.test(language);
    if (good && isNonBlank(value[language])) {
      entries.push([language, value[language]]);
      continue;
    }
    // Only a problem needs its pointer: a dataset has thousands of texts.
    const at = `${pointer}/${escapePointer(language)}`;
    if (!good) issues.push({ pointer: at, what: `${quote(language)} is not a language code such as "en" or "nl-BE"` });
    else string(value[language], at, issues);
  }
  if (entries.length > 0) return Object.fromEntries(entries);
  if (ownKeys(value).length === 0) {
    issues.push({ pointer, what: 'a text needs at least one language, such as {"en": "…"}' });
  }
  return undefined;
};

const finiteNumber: Check<number> = (value, pointer, issues) => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  issues.push({ pointer, what: `expected a number, found ${describe(value)}` });
  return undefined;
};

const httpUrl: Check<string> = (value, pointer, issues) => {
  if (typeof value === 'string' && /^https?:\/\//i.test(value)) {
    try {
      return new URL(value).href;
    } catch {
      // falls through to the issue below
    }
  }
  issues.push({ pointer, what: `expected an http or https address, found ${describe(value)}` });
  return undefined;
};

const color: Check<string> = (value, pointer, issues) => {
  if (typeof value === 'string' && isCssColor(value)) return value;
  issues.push({
    pointer,
    what: `expected a CSS colour such as "#0072B2" or "rgb(0 114 178)", found ${describe(value)}`,
  });
  return undefined;
};

function oneOf<T extends string>(allowed: readonly T[]): Check<T> {
  return (value, pointer, issues) => {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    issues.push({
      pointer,
      what: `expected one of ${allowed.map((option) => `"${option}"`).join(', ')}, found ${describe(value)}`,
    });
    return undefined;
  };
}

/**
 * A status that is present but not "unverified" (a typo, "verified") still makes the fact
 * unverified: a fact must never look settled because its status was mistyped.
 */
const status: Check<'unverified'> = (value, pointer, issues) => {
  if (value !== 'unverified') {
    issues.push({
      pointer,
      what: `the only status is "unverified", found ${describe(value)}`,
      consequence: 'the fact is shown as unverified',
    });
  }
  return 'unverified';
};

// ---- the reading context: ids seen so far, problems found so far ----------------------------

class Reading {
  readonly problems: Problem[] = [];
  /** Ids of records that were kept, per list. */
  private readonly kept = new Map<IdList, Set<string>>();
  /** Ids of records that were left out, so a reference to one can say so. */
  private readonly dropped = new Map<IdList, Set<string>>();

  report(pointer: string, message: string): void {
    this.problems.push({ pointer, message });
  }

  remember(list: IdList, recordId: string, wasKept: boolean): void {
    const registry = wasKept ? this.kept : this.dropped;
    const ids = registry.get(list) ?? new Set<string>();
    ids.add(recordId);
    registry.set(list, ids);
  }

  /** A check that the value names a kept record of `list`. */
  ref(list: IdList): Check<string> {
    return (value, pointer, issues) => {
      if (typeof value !== 'string') {
        issues.push({ pointer, what: `expected the id of ${a(LIST_NOUNS[list][0])}, found ${describe(value)}` });
        return undefined;
      }
      if (this.kept.get(list)?.has(value)) return value;
      const leftOut = this.dropped.get(list)?.has(value);
      const noun = LIST_NOUNS[list][0];
      issues.push({
        pointer,
        what: leftOut
          ? `${quote(value)} names ${a(noun)} that was left out because of its own problems`
          : `${quote(value)} is not the id of any ${noun} in this dataset`,
      });
      return undefined;
    };
  }

  /** A list of references; bad entries are dropped one by one. `required` needs one good entry. */
  refs(list: IdList, required: boolean): Check<string[]> {
    const one = this.ref(list);
    return (value, pointer, issues) => {
      if (!Array.isArray(value)) {
        issues.push({ pointer, what: `expected a list of ids of ${LIST_NOUNS[list][1]}, found ${describe(value)}` });
        return undefined;
      }
      const kept = this.kept.get(list);
      const good = value.flatMap((entry, index) => {
        // Only a problem needs its pointer: a dataset has thousands of references.
        const checked = typeof entry === 'string' && kept?.has(entry) ? entry : one(entry, `${pointer}/${index}`, issues);
        return checked === undefined ? [] : [checked];
      });
      if (required && good.length === 0) {
        if (value.length === 0) issues.push({ pointer, what: `needs the id of at least one ${LIST_NOUNS[list][0]}` });
        return undefined;
      }
      return [...new Set(good)];
    };
  }
}

// ---- records ----------------------------------------------------------------------------

interface Field<T> {
  check: Check<T>;
  /** Must be present. */
  required?: boolean;
  /** Places the record: a problem here leaves the whole record out, not just the field. */
  essential?: boolean;
}
type Fields<T> = { [K in keyof T]-?: Field<Exclude<T[K], undefined>> };

interface RecordKind<T> {
  noun: string;
  fields: Fields<T>;
  /** Checks across fields (an end before its start, say) once every field was read. */
  refine?: (record: T, pointer: string, reading: Reading) => T | undefined;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Each kind's fields as a list, made once: a dataset has thousands of records of a kind. */
const fieldLists = new WeakMap<object, [string, Field<unknown>][]>();
function fieldList(fields: object): [string, Field<unknown>][] {
  let list = fieldLists.get(fields);
  if (!list) fieldLists.set(fields, (list = Object.entries(fields) as [string, Field<unknown>][]));
  return list;
}

/** Reads one record: every problem reported, the record or `undefined` when it must be left out. */
function readRecord<T>(raw: unknown, pointer: string, kind: RecordKind<T>, reading: Reading): T | undefined {
  if (!isObject(raw)) {
    reading.report(pointer, `expected an object (${a(kind.noun)}), found ${describe(raw)}; it is left out.`);
    return undefined;
  }
  const leftOut = () => `this ${kind.noun} is left out`;
  const record: Record<string, unknown> = {};
  let keep = true;
  for (const key of ownKeys(raw)) {
    if (!has(kind.fields, key)) {
      reading.report(`${pointer}/${escapePointer(key)}`, `${quote(key)} is not a field of ${a(kind.noun)}; it is ignored.`);
    }
  }
  // One list for the issues of every field: most fields have none.
  const issues: Issue[] = [];
  for (const [name, field] of fieldList(kind.fields)) {
    const at = `${pointer}/${name}`;
    if (!has(raw, name) || raw[name] === undefined) {
      if (field.required) {
        reading.report(at, `${a(kind.noun)} needs "${name}", and this one has none; ${leftOut()}.`);
        keep = false;
      }
      continue;
    }
    issues.length = 0;
    const value = field.check(raw[name], at, issues);
    const fatal = value === undefined && (field.required || field.essential);
    if (issues.length > 0) {
      const consequence = fatal ? leftOut() : value === undefined ? 'the field is ignored' : 'it is ignored';
      for (const issue of issues) reading.report(issue.pointer, `${issue.what}; ${issue.consequence ?? consequence}.`);
    }
    if (fatal) keep = false;
    if (value !== undefined) record[name] = value;
  }
  if (!keep) return undefined;
  return kind.refine ? kind.refine(record as T, pointer, reading) : (record as T);
}

/** A kept record and its index in the raw list, so later checks can point at it. */
interface Indexed<T> {
  record: T;
  index: number;
}

/** Reads a list of records, leaving out bad ones and the second of two records with one id. */
function readList<T extends object>(
  raw: unknown,
  pointer: string,
  kind: RecordKind<T>,
  reading: Reading,
  idList?: IdList,
): Indexed<T>[] {
  if (!Array.isArray(raw)) {
    reading.report(pointer, `expected a list of ${kind.noun} records, found ${describe(raw)}; it is ignored.`);
    return [];
  }
  const firstAt = new Map<string, number>();
  const records: Indexed<T>[] = [];
  raw.forEach((entry, index) => {
    const at = `${pointer}/${index}`;
    const record = readRecord(entry, at, kind, reading);
    const recordId = isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;
    if (recordId !== undefined && idList) {
      const first = firstAt.get(recordId);
      if (first !== undefined) {
        reading.report(`${at}/id`, `${quote(recordId)} is already the id of ${pointer}/${first}; this ${kind.noun} is left out.`);
        return;
      }
      firstAt.set(recordId, index);
      reading.remember(idList, recordId, record !== undefined);
    }
    if (record !== undefined) records.push({ record, index });
  });
  return records;
}

const records = <T>(list: Indexed<T>[]): T[] => list.map((entry) => entry.record);

/** `to`/`end` must not finish before `from`/`start` begins (both inclusive, at their precision). */
function endsBeforeItStarts(start: string, end: string): boolean {
  return endOf(end) <= startOf(start);
}

function recordKinds(reading: Reading, hasGroups: boolean) {
  const sources = reading.refs('sources', true);

  const source: RecordKind<Source> = {
    noun: 'source',
    fields: {
      id: { check: id, required: true },
      citation: { check: text, required: true },
      url: { check: httpUrl },
      doi: { check: string },
      accessed: { check: date },
    },
  };
  const level: RecordKind<Level> = {
    noun: 'level',
    fields: {
      id: { check: id, required: true },
      label: { check: text, required: true },
      description: { check: text },
      color: { check: color },
    },
  };
  const government: RecordKind<Government> = {
    noun: 'government',
    fields: {
      id: { check: id, required: true },
      label: { check: text, required: true },
      short: { check: text, required: true },
      level: { check: reading.ref('levels'), required: true },
      kind: { check: string, required: true },
      territory: { check: text },
      note: { check: text },
      sources: { check: sources, required: true },
    },
  };
  const term: RecordKind<MinisterTerm> = {
    noun: 'term',
    fields: {
      holder: { check: string, required: true },
      party: { check: string },
      from: { check: date, required: true },
      to: { check: date, essential: true },
      sources: { check: sources, required: true },
      status: { check: status },
    },
    refine: (record, pointer, r) => {
      if (record.to === undefined || !endsBeforeItStarts(record.from, record.to)) return record;
      r.report(`${pointer}/to`, `"${record.to}" is before "from" ("${record.from}"); this term is left out.`);
      return undefined;
    },
  };
  const terms: Check<MinisterTerm[]> = (value, pointer, issues) => {
    if (!Array.isArray(value)) {
      issues.push({ pointer, what: `expected a list of terms, found ${describe(value)}` });
      return undefined;
    }
    return records(readList(value, pointer, term, reading));
  };
  const minister: RecordKind<Minister> = {
    noun: 'minister',
    fields: {
      id: { check: id, required: true },
      government: { check: reading.ref('governments'), required: true },
      portfolio: { check: text, required: true },
      terms: { check: terms, required: true },
    },
  };
  const group: RecordKind<ContinuumGroup> = {
    noun: 'group of the care continuum',
    fields: {
      id: { check: id, required: true },
      label: { check: text, required: true },
      description: { check: text },
    },
  };
  const part: RecordKind<ContinuumPart> = {
    noun: 'part of the care continuum',
    fields: {
      id: { check: id, required: true },
      label: { check: text, required: true },
      description: { check: text },
      // A dataset that lists its groups must use them; one that does not may band parts freely.
      group: { check: hasGroups ? reading.ref('continuumGroups') : id },
    },
  };
  const competence: RecordKind<Competence> = {
    noun: 'competence',
    fields: {
      part: { check: reading.ref('continuum'), required: true },
      government: { check: reading.ref('governments'), required: true },
      role: { check: oneOf(COMPETENCE_ROLES), required: true },
      from: { check: date, essential: true },
      to: { check: date, essential: true },
      note: { check: text },
      sources: { check: sources, required: true },
      status: { check: status },
    },
    refine: (record, pointer, r) => {
      if (record.from === undefined || record.to === undefined) return record;
      if (!endsBeforeItStarts(record.from, record.to)) return record;
      r.report(`${pointer}/to`, `"${record.to}" is before "from" ("${record.from}"); this competence is left out.`);
      return undefined;
    },
  };
  const keyPolicy: RecordKind<KeyPolicy> = {
    noun: 'key policy',
    fields: {
      id: { check: id, required: true },
      label: { check: text, required: true },
      description: { check: text },
    },
  };
  const event: RecordKind<PolicyEvent> = {
    noun: 'event',
    fields: {
      id: { check: id, required: true },
      title: { check: text, required: true },
      officialTitle: { check: text },
      start: { check: date, required: true },
      end: { check: date },
      level: { check: reading.ref('levels'), required: true },
      actor: { check: text },
      kind: { check: string, required: true },
      keyPolicy: { check: reading.ref('keyPolicies') },
      summary: { check: text, required: true },
      parts: { check: reading.refs('continuum', false) },
      governments: { check: reading.refs('governments', false) },
      sources: { check: sources, required: true },
      status: { check: status },
    },
    refine: (record, pointer, r) => {
      if (record.end === undefined || !endsBeforeItStarts(record.start, record.end)) return record;
      r.report(
        `${pointer}/end`,
        `"${record.end}" is before the start ("${record.start}"); the end is ignored and the event shown at its start.`,
      );
      const { end: _ignored, ...point } = record;
      return point;
    },
  };
  const figure: RecordKind<Figure> = {
    noun: 'figure',
    fields: {
      id: { check: id, required: true },
      label: { check: text, required: true },
      value: { check: finiteNumber, required: true },
      date: { check: date },
      note: { check: text },
      sources: { check: sources, required: true },
      status: { check: status },
    },
  };
  return { source, level, government, minister, group, part, competence, keyPolicy, event, figure };
}

const periodStart = (from: string | undefined) => (from === undefined ? -Infinity : startOf(from));
const periodEnd = (to: string | undefined) => (to === undefined ? Infinity : endOf(to));

/** Leaves out a competence whose period overlaps an earlier one for the same part and government. */
function withoutOverlaps(competences: Indexed<Competence>[], reading: Reading): Competence[] {
  const kept: Indexed<Competence>[] = [];
  for (const entry of competences) {
    const { record } = entry;
    const clash = kept.find(
      ({ record: other }) =>
        other.part === record.part &&
        other.government === record.government &&
        periodStart(other.from) < periodEnd(record.to) &&
        periodStart(record.from) < periodEnd(other.to),
    );
    if (!clash) {
      kept.push(entry);
      continue;
    }
    reading.report(
      `/competences/${entry.index}`,
      `its period overlaps /competences/${clash.index} for the same part ("${record.part}") and government ("${record.government}"); this competence is left out.`,
    );
  }
  return records(kept);
}

/**
 * Checks `input` (parsed JSON) against the policy-atlas format, version 1.
 * Never throws: every problem is in `problems`, each with its JSON pointer.
 */
export function validateDataset(input: unknown): ValidationResult {
  const reading = new Reading();
  if (!isObject(input)) {
    reading.report('', `expected a policy-atlas dataset (a JSON object), found ${describe(input)}; nothing can be shown.`);
    return { dataset: null, problems: reading.problems };
  }
  const version = input.formatVersion;
  if (version === undefined) {
    reading.report('/formatVersion', `is missing; the file is read as version ${FORMAT_VERSION}.`);
  } else if (version !== FORMAT_VERSION) {
    reading.report(
      '/formatVersion',
      `${describe(version)} is not a format version this library reads (it reads ${FORMAT_VERSION}); nothing can be shown.`,
    );
    return { dataset: null, problems: reading.problems };
  }
  if (!['events', 'levels', 'governments', 'competences'].some((list) => has(input, list))) {
    reading.report('', 'this is not a policy-atlas dataset: it has none of "events", "levels", "governments" or "competences"; nothing can be shown.');
    return { dataset: null, problems: reading.problems };
  }

  const kinds = recordKinds(reading, Array.isArray(input.continuumGroups));
  const top: RecordKind<Omit<Dataset, 'formatVersion' | IdList | 'competences'>> = {
    noun: 'dataset',
    fields: {
      $schema: { check: string },
      id: { check: id },
      title: { check: text },
      description: { check: text },
      country: { check: string },
      languages: { check: languageList },
      updated: { check: date },
      license: { check: string },
    },
  };
  // Lists are read in the order their references need; the top-level fields are read separately.
  const { formatVersion: _version, sources, levels, governments, ministers, continuumGroups, continuum, competences, keyPolicies, events, figures, ...scalars } = input;
  for (const required of ['id', 'title', 'languages'] as const) {
    if (!has(input, required)) reading.report(`/${required}`, `a dataset needs "${required}", and this one has none.`);
  }
  for (const required of ['sources', 'levels', 'events'] as const) {
    if (!has(input, required)) reading.report(`/${required}`, `a dataset needs "${required}" (a list), and this one has none.`);
  }
  const head = readRecord(scalars, '', top, reading) ?? {};
  const list = <T extends object>(raw: unknown, name: string, kind: RecordKind<T>, idList?: IdList) =>
    raw === undefined ? [] : readList(raw, `/${name}`, kind, reading, idList);

  // In the order their references need, which is also the order of the file's sections.
  const dataset: Dataset = {
    id: '',
    title: '',
    languages: [],
    ...head,
    formatVersion: FORMAT_VERSION,
    sources: records(list(sources, 'sources', kinds.source, 'sources')),
    levels: records(list(levels, 'levels', kinds.level, 'levels')),
    governments: records(list(governments, 'governments', kinds.government, 'governments')),
    ministers: records(list(ministers, 'ministers', kinds.minister, 'ministers')),
    continuumGroups: records(list(continuumGroups, 'continuumGroups', kinds.group, 'continuumGroups')),
    continuum: records(list(continuum, 'continuum', kinds.part, 'continuum')),
    competences: withoutOverlaps(list(competences, 'competences', kinds.competence), reading),
    keyPolicies: records(list(keyPolicies, 'keyPolicies', kinds.keyPolicy, 'keyPolicies')),
    events: records(list(events, 'events', kinds.event, 'events')),
    figures: records(list(figures, 'figures', kinds.figure, 'figures')),
  };
  return { dataset: markChecked(dataset), problems: reading.problems };
}

const languageList: Check<string[]> = (value, pointer, issues) => {
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ pointer, what: `expected a list of language codes such as ["en", "nl"], found ${describe(value)}` });
    return undefined;
  }
  const good = value.filter((entry, index) => {
    if (typeof entry === 'string' && LANGUAGE_TAG.test(entry)) return true;
    issues.push({ pointer: `${pointer}/${index}`, what: `expected a language code such as "en", found ${describe(entry)}` });
    return false;
  }) as string[];
  return good.length > 0 ? good : undefined;
};
