/** Turns a `src` URL or a `.data` object into a checked dataset. No DOM: runs anywhere `fetch` does. */
import type { Dataset, Problem } from './types.js';
import { validateDataset } from './validate.js';

export interface LoadResult {
  /** The valid part of the data, or `null` when nothing could be shown. */
  dataset: Dataset | null;
  problems: Problem[];
}

/**
 * Parses JSON text; a syntax error becomes a problem that says where (line and column), read from
 * the engine's message (V8 and SpiderMonkey give a position or a line and column).
 */
export function parseJson(text: string): { value: unknown } | { problem: Problem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = locate(text, message);
    const reason = message.replace(/^JSON\.parse: /, '').replace(/ (at|in JSON at) (position|line) .*$/, '');
    return {
      problem: {
        pointer: '',
        message: `the file is not valid JSON${where ? ` (line ${where.line}, column ${where.column})` : ''}: ${reason}; nothing can be shown.`,
      },
    };
  }
}

function locate(text: string, message: string): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of (JSON|data) input/i.test(message) ? text.length : undefined;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Checks an object that is already in memory (`.data`). */
export function loadObject(data: unknown): LoadResult {
  return validateDataset(data);
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
