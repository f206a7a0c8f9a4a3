/**
 * Forced colours (Windows high contrast): marks, cells and drawings stay visible, in system colours,
 * with their shapes and patterns; focus stays visible.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import '../src/competence-map/define.js';
import type { CompetenceMap } from '../src/competence-map/competence-map.js';
import { failOnUncaughtErrors, itemFor, renderTimeline, shadow } from './helpers.js';

/** The page's own system colours, to compare against. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** A computed colour as 0-255 channels, whether written rgb(...) or, for a colour-mix result, color(srgb ...). */
function channels(colour: string): number[] {
  const scale = colour.startsWith('color(') ? 255 : 1;
  return colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((value) => Math.round(Number(value) * scale));
}

describe('forced colours', () => {
  failOnUncaughtErrors();
  before(() => executeServerCommand('emulate-forced-colors', { active: true }));
  after(() => executeServerCommand('emulate-forced-colors', { active: false }));

  it('is on in this test (the media query matches)', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('keeps the timeline marks visible, filled with the text colour, shapes and all', async () => {
    const { element } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
    const text = systemColor('CanvasText');
    const canvas = systemColor('Canvas');
    expect(text).to.not.equal(canvas);
    const dot = itemFor(element, 'joint-plan-2015').querySelector('.vis-dot')!;
    expect(getComputedStyle(dot, '::before').backgroundColor).to.equal(text);
    expect(getComputedStyle(dot, '::before').rotate).to.equal('45deg');
    const range = itemFor(element, 'pilot-implementation');
    expect(channels(getComputedStyle(range).borderLeftColor)).to.deep.equal(channels(text));
    const rule = shadow(element).querySelector('.vis-custom-time')!;
    expect(getComputedStyle(rule).backgroundColor).to.equal(text);
  });

  it('keeps the map roles apart by fill and pattern, in system colours', async () => {
    const map = await fixture<CompetenceMap>(html`<competence-map date="2014-07-01"></competence-map>`);
    await oneEvent(map, 'data-load');
    await map.updateComplete;
    const text = systemColor('CanvasText');
    const full = shadow(map).querySelector('td.cell.role-full')!;
    expect(getComputedStyle(full).backgroundColor).to.equal(text);
    const shared = shadow(map).querySelector('td.cell.role-shared')!;
    expect(getComputedStyle(shared).backgroundImage).to.contain('repeating-linear-gradient');
    const partial = shadow(map).querySelector('td.cell.role-partial')!;
    expect(getComputedStyle(partial).backgroundImage).to.contain('radial-gradient');
    const unverified = shadow(map).querySelector('td.cell.unverified')!;
    expect(getComputedStyle(unverified).outlineStyle).to.equal('dashed');
    expect(getComputedStyle(unverified).outlineColor).to.equal(systemColor('Highlight'));
  });
});
