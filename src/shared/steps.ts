import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type StepChangeDetail } from './events.js';

/** An element a presenter can step through: the timeline event by event, the map change by change. */
export interface SteppingHost extends ReactiveControllerHost, HTMLElement {
  /** Presentation mode: the `presentation` attribute's host styles (larger type) apply. */
  presentation: boolean;
  step?: number;
  /** How many steps there are once data is shown; `undefined` before. */
  readonly stepCount: number | undefined;
  /** What a step shows, for the `step-change` event. */
  stepDetail(step: number): Pick<StepChangeDetail, 'id' | 'date'>;
}

/**
 * Moves an element's `step` and announces it. A slide deck can also drive the step with
 * fragments placed inside the element: reveal.js finds them in the light DOM, marks those shown with
 * the class `visible`, and its PDF export clones slides without firing any event, so the step is
 * read from those classes (how many fragments are visible), never only from events.
 */
export class StepController implements ReactiveController {
  private observer: MutationObserver | undefined;

  constructor(private readonly host: SteppingHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.followFragments());
    this.observer.observe(this.host, { childList: true, attributes: true, attributeFilter: ['class'], subtree: true });
    this.followFragments();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * Puts `presentation` on the host before it renders: its drawing is measured in the host's font
   * size, which the attribute changes, and Lit reflects attributes only after `render()`.
   */
  hostUpdate(): void {
    this.host.toggleAttribute('presentation', this.host.presentation);
  }

  /** Moves one step on (`1`) or back (`-1`); returns whether it moved. Stepping starts from nothing shown. */
  move(delta: 1 | -1): boolean {
    const count = this.host.stepCount;
    if (count === undefined) return false;
    const from = this.host.step ?? (delta > 0 ? 0 : count);
    return this.go(Math.min(Math.max(from + delta, 0), count));
  }

  private go(step: number): boolean {
    if (step === this.host.step) return false;
    this.host.step = step;
    const count = this.host.stepCount;
    if (count !== undefined) emit<StepChangeDetail>(this.host, 'step-change', { step, count, ...this.host.stepDetail(step) });
    return true;
  }

  private followFragments(): void {
    const fragments = this.host.querySelectorAll(':scope > .fragment');
    if (fragments.length === 0) return;
    this.go([...fragments].filter((fragment) => fragment.classList.contains('visible')).length);
  }
}
