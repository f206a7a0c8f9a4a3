import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../data/load.js';
import type { Dataset, Problem } from '../data/types.js';
import { stringsFor, type Language, type Strings } from '../i18n/strings.js';
import { DatasetController } from './dataset-controller.js';
import { renderProblems } from './render.js';
import { LanguageController } from './language.js';

/**
 * What every policy-atlas element has: data from `src` or `.data` (the Belgian dataset without
 * either), checked and announced, and a language from `lang` or the page.
 *
 * @internal
 */
export class DatasetElement extends LitElement {
  /** URL of a dataset in the policy-atlas format. A newer `src` aborts the older request. */
  @property() src?: string;

  /** A dataset object in the policy-atlas format; takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Language of the content and the interface (`en`, `nl`, `fr`, `de`); defaults to the nearest `lang` in the page. */
  @property({ reflect: true }) declare lang: string;

  /** Seconds `src` may take to answer before the element gives up and says so. */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_SECONDS;

  /** `light` or `dark`; without it the element follows the reader's colour scheme. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly loader = new DatasetController(this);
  private readonly languageController = new LanguageController(this);

  /** The valid part of the data, once loaded. */
  protected get loaded(): Dataset | undefined {
    return this.loader.task.value?.dataset ?? undefined;
  }

  protected get problems(): Problem[] {
    return this.loader.task.value?.problems ?? [];
  }

  /** Still loading: nothing to show yet. */
  protected get pending(): boolean {
    return this.loader.task.status < 2;
  }

  /** An update in a language whose words are still coming (a chunk per language) waits for them, so no English shows first. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.languageController.loadStrings();
    super.scheduleUpdate();
  }

  /** Each update starts from the language in force: an ancestor's `lang` or this element's may have changed. */
  protected override performUpdate(): void {
    this.languageController.refresh();
    super.performUpdate();
  }

  protected get language(): Language {
    return this.languageController.language;
  }

  protected get strings(): Strings {
    return stringsFor(this.language);
  }

  /** The data's problems, with a retry when the last load failed on the way (network, server, timeout). */
  protected renderProblems(fatal: boolean) {
    const retry = this.loader.task.value?.retryable ? () => this.loader.retry() : undefined;
    return renderProblems(this.problems, fatal, this.strings, retry);
  }
}
