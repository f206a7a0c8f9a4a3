/**
 * The policy-atlas data format, version 1 (`data/schema/policy-atlas.schema.json` says the same in
 * JSON Schema). The `as const` lists are the single source for the union types, the validator and
 * the Storybook controls.
 */

/** The kinds of event the format names; datasets may use other strings. */
export const EVENT_KINDS = [
  'policy',
  'plan',
  'reform',
  'report',
  'pilot',
  'law',
  'study',
  'milestone',
  'agreement',
] as const;
export type KnownEventKind = (typeof EVENT_KINDS)[number];

export const GOVERNMENT_KINDS = ['federal', 'community', 'region', 'community-commission'] as const;
export type KnownGovernmentKind = (typeof GOVERNMENT_KINDS)[number];

export const COMPETENCE_ROLES = ['full', 'shared', 'partial'] as const;
export type CompetenceRole = (typeof COMPETENCE_ROLES)[number];

export const FORMAT_VERSION = 1;

/** One string for every language, or BCP 47 language codes to strings. */
export type Text = string | Readonly<Record<string, string>>;

/** ISO 8601 calendar date whose length gives its precision: `2009`, `2009-09` or `2009-09-01`. */
export type IsoDate = string;

/** `"unverified"` marks a fact that no source confirms yet. */
export type FactStatus = 'unverified';

export interface Source {
  id: string;
  citation: Text;
  url?: string;
  doi?: string;
  accessed?: IsoDate;
}

export interface Level {
  id: string;
  label: Text;
  description?: Text;
  color?: string;
}

export interface Government {
  id: string;
  label: Text;
  short: Text;
  level: string;
  kind: KnownGovernmentKind | (string & {});
  territory?: Text;
  /** What a reader should know about its place in the picture (e.g. only some sources count it). */
  note?: Text;
  sources: string[];
}

export interface MinisterTerm {
  holder: string;
  party?: string;
  from: IsoDate;
  to?: IsoDate;
  sources: string[];
  status?: FactStatus;
}

export interface Minister {
  id: string;
  government: string;
  portfolio: Text;
  terms: MinisterTerm[];
}

/** A named band of related parts of the care continuum: the map's row groups. */
export interface ContinuumGroup {
  id: string;
  label: Text;
  description?: Text;
}

export interface ContinuumPart {
  id: string;
  label: Text;
  description?: Text;
  group?: string;
}

export interface Competence {
  part: string;
  government: string;
  role: CompetenceRole;
  from?: IsoDate;
  to?: IsoDate;
  note?: Text;
  sources: string[];
  status?: FactStatus;
}

export interface KeyPolicy {
  id: string;
  label: Text;
  description?: Text;
}

export interface PolicyEvent {
  id: string;
  title: Text;
  officialTitle?: Text;
  start: IsoDate;
  end?: IsoDate;
  level: string;
  actor?: Text;
  kind: KnownEventKind | (string & {});
  keyPolicy?: string;
  summary: Text;
  parts?: string[];
  governments?: string[];
  sources: string[];
  status?: FactStatus;
}

/**
 * A published figure shown beside what the data derives, with its source: e.g. the paper's "nine
 * health ministers", next to the count the map derives from the terms for the chosen date.
 */
export interface Figure {
  id: string;
  label: Text;
  value: number;
  date?: IsoDate;
  note?: Text;
  sources: string[];
  status?: FactStatus;
}

/** A whole dataset as the validator hands it on: every list present, every record checked. */
export interface Dataset {
  $schema?: string;
  formatVersion: typeof FORMAT_VERSION;
  id: string;
  title: Text;
  description?: Text;
  country?: string;
  languages: string[];
  updated?: IsoDate;
  license?: string;
  sources: Source[];
  levels: Level[];
  governments: Government[];
  ministers: Minister[];
  continuumGroups: ContinuumGroup[];
  continuum: ContinuumPart[];
  competences: Competence[];
  keyPolicies: KeyPolicy[];
  events: PolicyEvent[];
  figures: Figure[];
}

/** One thing wrong with a dataset, where it is (a JSON pointer) and what it means for the reader. */
export interface Problem {
  /** JSON pointer into the dataset, e.g. `/events/4/start`; `""` for the whole file. */
  pointer: string;
  /** A sentence a data author understands, saying what is wrong and what the library did about it. */
  message: string;
}
