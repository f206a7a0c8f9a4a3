/**
 * Turns a `src` URL or a `.data` object into a checked dataset. No DOM: runs anywhere `fetch` does.
 * The validator is loaded only for data that needs checking: the embedded dataset does not.
 */
import { isCheckedDataset, markChecked } from './checked.js';
import type { Dataset, Problem } from './types.js';

const loadValidator = () => import('./validate.js');

export interface LoadResult {
  /** The valid part of the data, or `null` when nothing could be shown. */
  dataset: Dataset | null;
  problems: Problem[];
  /** The load failed on the way (network, server, timeout), not in the data: trying again may work. */
  retryable?: boolean;
}

/** How long `src` may take to answer before the load gives up, by default. */
export const DEFAULT_TIMEOUT_SECONDS = 20;

/**
 * Checks an object that is already in memory (`.data`). A dataset this library has already checked
 * (what `<policy-atlas>` hands its timeline and map) is taken as it is: its problems were reported once.
 */
export async function loadObject(data: unknown): Promise<LoadResult> {
  return isCheckedDataset(data) ? { dataset: data, problems: [] } : (await loadValidator()).validateDataset(data);
}

/**
 * Fetches, parses and checks a dataset, giving up after `timeoutSeconds`; `cache: 'reload'` asks the
 * server again past any cache (a retry). Rejects only with an `AbortError` when `signal` aborts (a
 * newer `src` replaced this one).
 */
export async function loadUrl(
  src: string,
  signal?: AbortSignal,
  timeoutSeconds = DEFAULT_TIMEOUT_SECONDS,
  cache: RequestCache = 'default',
): Promise<LoadResult> {
  // Fetched alongside the data, not after it. Left unawaited when the fetch fails first, so its own
  // failure is handled here and shows where it is awaited.
  const validator = loadValidator();
  validator.catch(() => undefined);
  const timeout = AbortSignal.timeout(timeoutSeconds * 1000);
  const either = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let text: string;
  let type: string;
  try {
    const response = await fetch(src, { signal: either, cache, headers: { accept: 'application/json' } });
    if (!response.ok) return failure(`could not fetch ${src}: the server answered ${response.status} ${response.statusText}`.trim());
    type = response.headers.get('content-type') ?? 'no content type';
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted) return failure(`no answer from ${src} within ${timeoutSeconds} s`);
    return failure(`could not fetch ${src}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // A JSON file served as text/plain is fine; an HTML page (a login or error page) is the usual mistake.
    if (!/json|text\/plain/i.test(type)) return failure(`${src} answered with ${type.split(';')[0]}, not JSON`);
    const { jsonSyntaxProblem } = await import('./json-syntax.js');
    return { dataset: null, problems: [jsonSyntaxProblem(text, error)] };
  }
  return (await validator).validateDataset(value);
}

function failure(message: string): LoadResult {
  return { dataset: null, problems: [{ pointer: '', message: `${message}; nothing can be shown.` }], retryable: true };
}

/**
 * The Belgian dataset shipped with the library, loaded only when an element needs it. Pages take it
 * unchecked: the tests check it on every build and require the check to find nothing and change
 * nothing (tests/belgium-data.test.ts), and checking it again would delay every first paint.
 */
export async function loadDefault(): Promise<LoadResult> {
  // A plain import so every bundler inlines or splits it; see web-test-runner.config.js for unbundled use.
  const module = (await import('../../data/belgium.json')) as { default: object };
  return { dataset: markChecked(module.default), problems: [] };
}
