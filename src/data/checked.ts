/**
 * Which datasets are known to be checked, apart from the validator itself, so that what only needs
 * to know (an element handed the atlas's dataset, the embedded data) does not load the validator.
 */
import type { Dataset } from './types.js';

const CHECKED = Symbol('policy-atlas checked dataset');

/** A dataset the validator produced (or the embedded one) and no one has replaced since. */
export function isCheckedDataset(value: unknown): value is Dataset {
  return typeof value === 'object' && value !== null && CHECKED in value;
}

/** Marks a dataset as checked: what the validator returns, and the embedded dataset, which the tests check (see loadDefault). */
export function markChecked(data: object): Dataset {
  if (!isCheckedDataset(data)) Object.defineProperty(data, CHECKED, { value: true });
  return data as Dataset;
}
