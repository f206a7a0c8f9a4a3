import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { loadDefault, loadObject, loadUrl, type LoadResult } from '../data/load.js';
import type { Dataset } from '../data/types.js';
import { emit, type DataErrorDetail, type DataLoadDetail } from './events.js';

export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
  /** Seconds `src` may take to answer. */
  timeout: number;
}

/** What an element shows: a load's result, or the data shown before when a new load failed. */
export interface ShownData extends LoadResult {
  /** The new load failed and this is the dataset loaded before, kept so nothing good disappears unannounced. */
  kept: boolean;
}

/**
 * Loads what an element shows: `.data` when set, else `src`, else the embedded Belgian dataset.
 * A newer `src` aborts the older request (Task aborts the previous run's signal), and the result
 * is announced with `data-load` (something new is shown) and `data-error` (there were problems).
 * A load that shows nothing leaves the data shown before in place, with its problems listed.
 */
export class DatasetController {
  readonly task: Task<[string | undefined, unknown, number], ShownData>;
  private shown: Dataset | undefined;
  /** The next load is a retry: it asks the server again, past any cache that kept the failure. */
  private reload = false;

  constructor(host: DatasetHost) {
    this.task = new Task(host, {
      args: () => [host.src, host.data, host.timeout],
      task: async ([src, data, timeout], { signal }) => {
        const cache = this.reload ? 'reload' : 'default';
        this.reload = false;
        return this.keepGoodData(await load(src, data, timeout, cache, signal), src);
      },
      onComplete: ({ dataset, problems, kept }) => {
        if (dataset && !kept) emit<DataLoadDetail>(host, 'data-load', { dataset, problems });
        if (problems.length > 0) emit<DataErrorDetail>(host, 'data-error', { problems, partial: dataset !== null });
      },
    });
  }

  /** Loads the same data again (after a network or server failure). */
  retry(): void {
    this.reload = true;
    void this.task.run();
  }

  private keepGoodData(result: LoadResult, src: string | undefined): ShownData {
    if (result.dataset) {
      this.shown = result.dataset;
      return { ...result, kept: false };
    }
    if (!this.shown) return { ...result, kept: false };
    const kept = { pointer: '', message: `${src ?? 'the new data'} could not be shown, so the data loaded before is still shown.` };
    return { ...result, dataset: this.shown, problems: [...result.problems, kept], kept: true };
  }
}

async function load(src: string | undefined, data: unknown, timeout: number, cache: RequestCache, signal: AbortSignal): Promise<LoadResult> {
  if (data !== undefined) return loadObject(data);
  try {
    return src ? await loadUrl(src, signal, timeout, cache) : await loadDefault();
  } catch (error) {
    if (signal.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return { dataset: null, problems: [{ pointer: '', message: `the data could not be loaded: ${message}; nothing can be shown.` }], retryable: true };
  }
}
