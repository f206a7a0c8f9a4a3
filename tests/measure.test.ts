import { expect } from '@open-wc/testing';
import { canvasMeasure, fitText, type MeasureText } from '../src/shared/measure.js';

/** The longest start of `text` that fits with an ellipsis, found by trying every length. */
function longestFit(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text, 13, false) <= maxWidth) return text;
  for (let length = text.length - 1; length > 0; length -= 1) {
    if (measure(`${text.slice(0, length)}…`, 13, false) <= maxWidth) return `${text.slice(0, length).trimEnd()}…`;
  }
  return '';
}

describe('fitText', () => {
  const titles = [
    'Protocol agreement on the joint plan for chronic patients',
    'WWWWWWWWWWiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii',
    'iiiiiiiiiiiiiiiiiiiiiiiiiiiiWWWWWWWWWWWWWWWWWWWW',
    'Übertragung von Gesundheitszuständigkeiten durch die Sechste Staatsreform',
    'a',
  ];
  // Glyphs as unequal as they come, and a real font.
  const uneven: MeasureText = (text) => [...text].reduce((sum, char) => sum + (char === 'W' ? 14 : char === 'i' ? 3 : 7), 0);
  for (const [name, measure] of [['uneven widths', uneven], ['a canvas font', canvasMeasure('sans-serif')]] as const) {
    it(`keeps the longest start that fits with its ellipsis, with ${name}`, () => {
      for (const title of titles) {
        for (const maxWidth of [0, 5, 12, 40, 97, 150, 260, 1000]) {
          expect(fitText(title, maxWidth, 13, false, measure), `${title} in ${maxWidth}`).to.equal(longestFit(title, maxWidth, measure));
        }
      }
    });
  }
});
