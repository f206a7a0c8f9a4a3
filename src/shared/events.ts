import type { Competence, Dataset, IsoDate, PolicyEvent, Problem } from '../data/types.js';

export interface DataLoadDetail {
  /** The valid part of the dataset, as shown. */
  dataset: Dataset;
  /** Problems found while loading; empty when the data is clean. */
  problems: Problem[];
}
export interface DataErrorDetail {
  /** Every problem, each with its JSON pointer. */
  problems: Problem[];
  /** Whether anything could be shown (the valid records), or nothing. */
  partial: boolean;
}
export interface PolicySelectDetail {
  /** The id of the selected event, or `null` when the selection was cleared. */
  id: string | null;
  /** The selected event's record, or `null`. */
  event: PolicyEvent | null;
}

export interface CompetenceSelectDetail {
  /** The part of the care continuum of the opened cell, or `null` when the details closed. */
  part: string | null;
  /** The government of the opened cell, or `null`. */
  government: string | null;
  /** The competence record shown in the cell, or `null` for an empty cell or a close. */
  competence: Competence | null;
}
export interface CursorChangeDetail {
  /** The ISO day under the date cursor. */
  date: IsoDate;
}
export interface DateChangeDetail {
  /** The date the reader picked. */
  date: IsoDate;
}

export interface StepChangeDetail {
  /** How many steps are taken: 0 shows the start, `count` shows everything. */
  step: number;
  count: number;
  /** The timeline's event revealed last, or `null`. */
  id: string | null;
  /** The date the step shows: the revealed event's start, or the map's date. */
  date: IsoDate | null;
}

export type DataLoadEvent = CustomEvent<DataLoadDetail>;
export type CompetenceSelectEvent = CustomEvent<CompetenceSelectDetail>;
export type DateChangeEvent = CustomEvent<DateChangeDetail>;
export type CursorChangeEvent = CustomEvent<CursorChangeDetail>;
export type DataErrorEvent = CustomEvent<DataErrorDetail>;
export type PolicySelectEvent = CustomEvent<PolicySelectDetail>;
export type StepChangeEvent = CustomEvent<StepChangeDetail>;

/** Dispatches a typed event from the host that crosses shadow roots, as every policy-atlas event does. */
export function emit<T>(host: HTMLElement, type: string, detail: T): boolean {
  return host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'data-load': DataLoadEvent;
    'data-error': DataErrorEvent;
    'policy-select': PolicySelectEvent;
    'competence-select': CompetenceSelectEvent;
    'date-change': DateChangeEvent;
    'cursor-change': CursorChangeEvent;
    'step-change': StepChangeEvent;
  }
}
