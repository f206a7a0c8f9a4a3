import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { loadDefault, loadObject, loadUrl, type LoadResult } from '../data/load.js';
import { emit, type DataErrorDetail, type DataLoadDetail } from './events.js';

export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  data?: unknown;
}

/**
 * Loads what an element shows: `.data` when set, else `src`, else the embedded Belgian dataset.
 * A newer `src` aborts the older request (Task aborts the previous run's signal), and the result
 * is announced with `data-load` (something is shown) and `data-error` (there were problems).
 */
export class DatasetController {
  readonly task: Task<[string | undefined, unknown], LoadResult>;

  constructor(host: DatasetHost) {
    this.task = new Task(host, {
      args: () => [host.src, host.data],
      task: ([src, data], { signal }) => load(src, data, signal),
      onComplete: ({ dataset, problems }) => {
        if (dataset) emit<DataLoadDetail>(host, 'data-load', { dataset, problems });
        if (problems.length > 0) emit<DataErrorDetail>(host, 'data-error', { problems, partial: dataset !== null });
      },
    });
  }
}

async function load(src: string | undefined, data: unknown, signal: AbortSignal): Promise<LoadResult> {
  if (data !== undefined) return loadObject(data);
  try {
    return src ? await loadUrl(src, signal) : await loadDefault();
  } catch (error) {
    if (signal.aborted) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return { dataset: null, problems: [{ pointer: '', message: `the data could not be loaded: ${message}; nothing can be shown.` }] };
  }
}
