/** Fitting text into a width, for drawings made as SVG (which does not wrap or shorten text itself). */

/** Width in pixels of `text` set at `size` pixels, bold or not. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

const ELLIPSIS = '…';

/** Shortens `text` to fit `maxWidth`, ending it with an ellipsis when cut. */
export function fitText(text: string, maxWidth: number, size: number, bold: boolean, measure: MeasureText): string {
  const width = measure(text, size, bold);
  if (width <= maxWidth) return text;
  const ellipsis = measure(ELLIPSIS, size, bold);
  // A narrow range's room: nothing fits, so nothing to search.
  if (ellipsis > maxWidth) return '';
  const fits = (length: number) => measure(text.slice(0, length) + ELLIPSIS, size, bold) <= maxWidth;
  // Text is about as wide as it is long: from the cut in proportion, a step or two finds the exact
  // one (a binary search over a long title took six or seven measures, each of a new string).
  let length = Math.min(Math.floor((text.length * (maxWidth - ellipsis)) / width), text.length - 1);
  if (fits(length)) {
    while (length + 1 < text.length && fits(length + 1)) length += 1;
  } else {
    do length -= 1;
    while (length > 0 && !fits(length));
  }
  return length <= 0 ? '' : text.slice(0, length).trimEnd() + ELLIPSIS;
}

/** A word as lines break: a line may break after spaces and hyphens. */
export const WORD = /[^\s-]+-*|-+/g;

/** Breaks `text` into at most `maxLines` lines of `maxWidth`, at spaces or after hyphens; the last line is shortened if needed. */
export function wrapText(text: string, maxWidth: number, size: number, bold: boolean, measure: MeasureText, maxLines: number): string[] {
  const words = text.match(WORD) ?? [];
  const join = (line: string, word: string) => (line === '' ? word : line.endsWith('-') ? line + word : `${line} ${word}`);
  const lines: string[] = [];
  let line = '';
  for (const [index, word] of words.entries()) {
    const candidate = join(line, word);
    if (measure(candidate, size, bold) <= maxWidth || !line) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      line = words.slice(index).reduce(join, line);
      break;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines.map((candidate) => fitText(candidate, maxWidth, size, bold, measure));
}

let context: CanvasRenderingContext2D | null | undefined;
let lastFont = '';

/**
 * Measures text with a canvas in a font family; estimates where no canvas can be had. Each measurer
 * remembers its widths, so one layout measures a string once (a label is measured as it is fitted,
 * then again as its mark is placed).
 */
export function canvasMeasure(fontFamily: string): MeasureText {
  context ??= document.createElement('canvas').getContext('2d');
  const widthsByFont = new Map<string, Map<string, number>>();
  return (text, size, bold) => {
    if (!context) return text.length * size * 0.55;
    const font = `${bold ? 600 : 400} ${size}px ${fontFamily}`;
    let widths = widthsByFont.get(font);
    if (!widths) widthsByFont.set(font, (widths = new Map()));
    let width = widths.get(text);
    if (width === undefined) {
      // Setting the font is costly even when it does not change: a layout measures thousands of strings.
      if (font !== lastFont) {
        context.font = font;
        lastFont = font;
      }
      width = context.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  };
}

let scrollbar: number | undefined;

/**
 * The room a scrollbar takes beside a scrolling box: 0 where scrollbars overlay the content (macOS,
 * phones), about 15 px where they are classic (Windows, most Linux desktops). Measured once, in the
 * page's body as vis-timeline measures it: one synchronous layout.
 */
export function scrollbarWidth(): number {
  if (scrollbar === undefined) {
    const probe = document.createElement('div');
    probe.style.cssText = 'position: absolute; visibility: hidden; width: 100px; height: 100px; overflow: scroll';
    document.body.append(probe);
    scrollbar = probe.offsetWidth - probe.clientWidth;
    probe.remove();
  }
  return scrollbar;
}
