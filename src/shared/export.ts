/**
 * `toSVG()` and `toPNG()` for the elements. The imaging code (image.ts) loads on the first export,
 * so a page that never exports does not carry it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ImageFrame } from './image.js';

export type { ImageFrame } from './image.js';

type Imaging = typeof import('./image.js');
const loadImaging = (): Promise<Imaging> => import('./image.js');

/** An element that can export its view: it renders its `svg.static-view` while `ImageExport.active`. */
export interface ExportingHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * `toSVG()` and `toPNG()` for an element: asks it for its SVG drawing (it draws one out of sight if
 * it shows something else), then frames it with the title and the credit line it gives.
 */
export class ImageExport {
  /** An export wants the drawing: the host renders it, out of sight when it is not shown. */
  active = false;

  constructor(
    private readonly host: ExportingHost,
    /** Settles once the host's data has loaded (or failed to). */
    private readonly loaded: () => Promise<unknown>,
    /** The title and credit line of the current view; `undefined` when there is nothing to export. */
    private readonly frame: () => ImageFrame | undefined,
  ) {}

  async toSVG(): Promise<string> {
    const imaging = await loadImaging();
    return imaging.serializeSvg(await this.image(imaging));
  }

  async toPNG(scale: number): Promise<Blob> {
    const imaging = await loadImaging();
    return imaging.svgToPng(await this.image(imaging), scale);
  }

  private async image(imaging: Imaging): Promise<SVGSVGElement> {
    await this.loaded();
    this.active = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    try {
      const drawing = this.host.renderRoot.querySelector<SVGSVGElement>('svg.static-view');
      const frame = this.frame();
      if (!drawing || !frame) throw new Error(`policy-atlas: <${this.host.localName}> has nothing to export yet.`);
      return imaging.framedSvg(drawing, frame);
    } finally {
      this.active = false;
      this.host.requestUpdate();
    }
  }
}
