/**
 * Images of a view for slides and documents: an element's SVG drawing made standalone (the colours
 * and type the page resolved, written onto each shape), framed with a title and a credit line that
 * names the data's sources, and rasterised to PNG.
 */
import { canvasMeasure, wrapText } from './measure.js';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * What a drawing needs to look the same outside the page: its paint and type, resolved. All are
 * inherited but `opacity`.
 */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'dominant-baseline',
  'text-anchor',
  'visibility',
  'paint-order',
];

/** The title and credit line around an exported drawing, and its language. */
export interface ImageFrame {
  title: string;
  credit: string;
  lang: string;
}

/**
 * Writes the computed paint of each node of `source` onto the same node of `copy`, as SVG attributes
 * (no inline CSS, which a strict CSP refuses): only where it differs from what the node would take
 * from its parent, so the image stays small enough to paste into a page.
 */
function inlinePaint(source: Element, copy: Element, inherited?: CSSStyleDeclaration): void {
  const style = getComputedStyle(source);
  for (const property of PAINT) {
    const value = style.getPropertyValue(property);
    const unchanged = property === 'opacity' ? value === '1' : value === inherited?.getPropertyValue(property);
    if (value && !unchanged) copy.setAttribute(property, value);
  }
  const decoration = style.getPropertyValue('text-decoration-line');
  if (decoration && decoration !== 'none') copy.setAttribute('text-decoration', decoration);
  for (const [index, child] of [...source.children].entries()) {
    const childCopy = copy.children[index];
    if (childCopy) inlinePaint(child, childCopy, style);
  }
}

/** Removes the template's comments (Lit's markers) and its indentation: nothing a picture shows, a third of its file. */
function removeUnseen(node: Node): void {
  for (const child of [...node.childNodes]) {
    const blank = child.nodeType === Node.TEXT_NODE && !(node instanceof SVGTextContentElement) && !child.textContent?.trim();
    if (blank || child.nodeType === Node.COMMENT_NODE) child.remove();
    else removeUnseen(child);
  }
}

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A standalone SVG of `drawing` (an SVG shown in the element): a title above, the credit below, every
 * colour and font written in. Text stays text, so the image can be searched and edited in slides.
 */
export function framedSvg(drawing: SVGSVGElement, frame: ImageFrame): SVGSVGElement {
  const { width, height } = drawing.viewBox.baseVal;
  const style = getComputedStyle(drawing);
  const em = parseFloat(style.fontSize) || 16;
  const family = style.fontFamily;
  const text = style.getPropertyValue('--pa-text').trim() || '#1f2933';
  const muted = style.getPropertyValue('--pa-muted').trim() || '#52606d';
  const surface = style.getPropertyValue('--pa-surface').trim() || '#ffffff';
  const measure = canvasMeasure(family);
  const margin = em;
  const titleSize = 1.25 * em;
  const creditSize = 0.75 * em;
  const titleLines = wrapText(frame.title, width, titleSize, true, measure, 2);
  const creditLines = wrapText(frame.credit, width, creditSize, false, measure, 4);
  const top = margin + titleLines.length * titleSize * 1.25 + margin / 2;
  const bottom = top + height + margin / 2;
  const totalWidth = width + 2 * margin;
  const totalHeight = bottom + creditLines.length * creditSize * 1.35 + margin;

  const image = element('svg', {
    xmlns: SVG,
    width: totalWidth,
    height: totalHeight,
    viewBox: `0 0 ${totalWidth} ${totalHeight}`,
    'font-family': family,
    lang: frame.lang,
    // Named by its <title> where it is put in a page as it is (a placeholder), as an <img> would be by its alt.
    role: 'img',
  });
  image.append(
    element('title', {}, frame.title),
    element('rect', { width: totalWidth, height: totalHeight, fill: surface }),
    ...titleLines.map((line, index) =>
      element('text', { x: margin, y: margin + (index + 0.8) * titleSize * 1.25, 'font-size': titleSize, 'font-weight': 600, fill: text }, line),
    ),
  );
  const copy = drawing.cloneNode(true) as SVGSVGElement;
  inlinePaint(drawing, copy);
  removeUnseen(copy);
  for (const attribute of ['class', 'part', 'role', 'aria-hidden', 'aria-label']) copy.removeAttribute(attribute);
  copy.setAttribute('x', String(margin));
  copy.setAttribute('y', String(top));
  image.append(copy);
  image.append(
    ...creditLines.map((line, index) =>
      element('text', { x: margin, y: bottom + (index + 0.8) * creditSize * 1.35, 'font-size': creditSize, fill: muted }, line),
    ),
  );
  return image;
}

export function serializeSvg(image: SVGSVGElement): string {
  return new XMLSerializer().serializeToString(image);
}

/** Rasterises an SVG image at `scale` device pixels per CSS pixel. */
export async function svgToPng(image: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = Number(image.getAttribute('width'));
  const height = Number(image.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([serializeSvg(image)], { type: 'image/svg+xml' }));
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('policy-atlas: this browser gives no 2D canvas to draw the PNG on.');
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('policy-atlas: the PNG could not be encoded.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
