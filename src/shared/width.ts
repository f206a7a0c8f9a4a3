import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** From this width on (in the element's em), the detail sheet goes beside the content, not below it: the class `wide` on `.body`. */
export const SHEET_BESIDE_EM = 56;

/**
 * The element's content width in its own em, for choosing what to render: which a CSS container
 * query cannot do, and a size container around vis-timeline made each of its layouts restyle the
 * whole chart (about a second at 2,000 events). Measured at the first read (one synchronous layout),
 * so no frame shows the wrong layout; after that a ResizeObserver keeps it, and re-renders the host
 * when the width crosses one of its `breakpoints`. `undefined` while the element has no box (hidden).
 */
export class WidthController implements ReactiveController {
  private measured: number | undefined;
  private readonly observer = new ResizeObserver(([entry]) => {
    const em = this.inEm(entry?.contentRect.width ?? 0);
    const crossed = this.band(em) !== this.band(this.measured);
    this.measured = em;
    // Next frame: a re-render inside the observer's callback would resize what other observers watch, a loop.
    if (crossed) requestAnimationFrame(() => this.host.requestUpdate());
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly breakpoints: readonly number[],
  ) {
    host.addController(this);
  }

  get em(): number | undefined {
    if (this.measured === undefined) {
      const style = getComputedStyle(this.host);
      this.measured = this.inEm(this.host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight));
    }
    return this.measured;
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    // Wherever it is connected next, its width is measured anew.
    this.measured = undefined;
  }

  private inEm(width: number): number | undefined {
    return width > 0 ? width / (parseFloat(getComputedStyle(this.host).fontSize) || 16) : undefined;
  }

  private band(em: number | undefined): number {
    return em === undefined ? -1 : this.breakpoints.filter((breakpoint) => em >= breakpoint).length;
  }
}
