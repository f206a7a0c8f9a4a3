/** Turns a `src` URL or a `.data` object into a checked dataset. No DOM: runs anywhere `fetch` does. */
import type { Dataset, Problem } from './types.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { isCheckedDataset, validateDataset } from './validate.js';

export interface LoadResult {
  /** The valid part of the data, or `null` when nothing could be shown. */
  dataset: Dataset | null;
  problems: Problem[];
}

/** Parses JSON text; a syntax error becomes a problem that says where (line and column) and why. */
export function parseJson(text: string): { value: unknown } | { problem: Problem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const where = found ? ` (line ${found.line}, column ${found.column}): ${found.reason}` : `: ${String(error)}`;
    return { problem: { pointer: '', message: `the file is not valid JSON${where}; nothing can be shown.` } };
  }
}

/**
 * Checks an object that is already in memory (`.data`). A dataset this library has already checked
 * (what `<policy-atlas>` hands its timeline and map) is taken as it is: its problems were reported once.
 */
export function loadObject(data: unknown): LoadResult {
  return isCheckedDataset(data) ? { dataset: data, problems: [] } : validateDataset(data);
}

/** Fetches, parses and checks a dataset. Rejects only with an `AbortError` when `signal` aborts. */
export async function loadUrl(src: string, signal?: AbortSignal): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(src, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    return failure(`could not fetch ${src}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) return failure(`could not fetch ${src}: the server answered ${response.status} ${response.statusText}`.trim());
  const parsed = parseJson(await response.text());
  return 'problem' in parsed ? { dataset: null, problems: [parsed.problem] } : validateDataset(parsed.value);
}

function failure(message: string): LoadResult {
  return { dataset: null, problems: [{ pointer: '', message: `${message}; nothing can be shown.` }] };
}

/** The Belgian dataset shipped with the library, loaded only when an element needs it. */
export async function loadDefault(): Promise<LoadResult> {
  // A plain import so every bundler inlines or splits it; see web-test-runner.config.js for unbundled use.
  const module = (await import('../../data/belgium.json')) as { default: unknown };
  return validateDataset(module.default);
}
