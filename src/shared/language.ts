import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadStrings, resolveLanguage, type Language } from '../i18n/strings.js';

/**
 * The `lang` that applies to an element: its own (the property, which an element reflects to its
 * attribute only as it updates), else the nearest ancestor's, across shadow roots.
 */
export function nearestLang(element: HTMLElement): string | null {
  if (element.lang) return element.lang;
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return null;
}

const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

/**
 * Keeps an element's language in step with the page: a change of any `lang` attribute above it
 * (a page's language switcher, say) re-renders it. One observer serves every element.
 */
export class LanguageController implements ReactiveController {
  private readonly onChange = () => this.host.requestUpdate();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Read once per update: a render asks for it many times (every cell, every date). */
  private current: Language | undefined;

  get language(): Language {
    return (this.current ??= resolveLanguage(nearestLang(this.host)));
  }

  /** Loads the words of the language in force, when they are not here yet: the host's update waits for them. */
  loadStrings(): Promise<void> | undefined {
    return loadStrings(resolveLanguage(nearestLang(this.host)));
  }

  /** Reads the language afresh: the host calls it as an update begins (before `willUpdate`). */
  refresh(): void {
    this.current = resolveLanguage(nearestLang(this.host));
  }

  hostConnected(): void {
    watchers.add(this.onChange);
    observer ??= new MutationObserver(() => watchers.forEach((watch) => watch()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    // Moved elsewhere, it may be under another lang: read it afresh.
    this.current = undefined;
    watchers.delete(this.onChange);
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}
