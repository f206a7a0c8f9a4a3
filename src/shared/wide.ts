import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** From this width on (in the element's em), the detail sheet goes beside the content, not below it. */
const WIDE_EM = 56;

/**
 * Whether the element is wide enough for the detail sheet beside its content: the class `wide` on
 * its `.body`. A ResizeObserver, not a CSS container query: a size container around vis-timeline
 * made each of its layouts restyle the whole chart (about a second at 2,000 events).
 */
export class WideController implements ReactiveController {
  wide = false;
  private readonly observer = new ResizeObserver(([entry]) => {
    const fontSize = parseFloat(getComputedStyle(this.host).fontSize) || 16;
    const wide = (entry?.contentRect.width ?? 0) >= WIDE_EM * fontSize;
    if (wide === this.wide) return;
    this.wide = wide;
    // Next frame: a re-render inside the observer's callback would resize what other observers watch, a loop.
    requestAnimationFrame(() => this.host.requestUpdate());
  });

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
