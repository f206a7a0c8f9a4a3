import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import * as timelineStories from '../stories/policy-timeline.stories.js';
import * as mapStories from '../stories/competence-map.stories.js';
import * as atlasStories from '../stories/policy-atlas.stories.js';
import { failOnUncaughtErrors, nextFrame, settled, shadow } from './helpers.js';
import type { PolicyTimeline } from '../src/policy-timeline/policy-timeline.js';

type Render = (args: Record<string, unknown>) => TemplateResult;

const files = {
  'policy-timeline': timelineStories,
  'competence-map': mapStories,
  'policy-atlas': atlasStories,
} as const;

/** What a reader sees of an element: marks (drawn by vis-timeline or static), table cells or cards, a message or a list of problems. */
function shown(element: Element): number {
  const root = shadow(element);
  const own = root.querySelectorAll('.vis-item, .static-item, .map-row, td.cell, .card, [part="message"], [part="problems"]').length;
  const children = [...root.querySelectorAll('policy-timeline, competence-map')].reduce((count, child) => count + shown(child), 0);
  return own + children;
}

/** Every story is a state a reader meets: each renders, shows something, and passes axe. */
for (const [tag, stories] of Object.entries(files)) {
  describe(`every story of <${tag}>`, () => {
    failOnUncaughtErrors();
    const meta = stories.default;
    const named = Object.entries(stories).filter(([name]) => name !== 'default') as [string, { args?: Record<string, unknown> }][];

    for (const [name, story] of named) {
      it(`renders ${name}`, async () => {
        const render = meta.render as unknown as Render;
        let done: () => void = () => {};
        const loaded = new Promise<void>((resolve) => (done = resolve));
        const wrapper = await fixture<HTMLElement>(
          html`<div @data-load=${() => done()} @data-error=${() => done()}>${render({ ...meta.args, ...story.args })}</div>`,
        );
        const element = wrapper.querySelector(tag) as PolicyTimeline;
        await loaded;
        await settled(element);
        for (const child of shadow(element).querySelectorAll<PolicyTimeline>('policy-timeline, competence-map')) await settled(child);
        await nextFrame();
        expect(shown(element), 'marks, rows, cells, a message or a list of problems').to.be.greaterThan(0);
        await expect(element).to.be.accessible();
      });
    }
  });
}

describe('the stories the issues ask for', () => {
  it('has them', () => {
    expect(Object.keys(timelineStories)).to.include.members([
      'Belgium', 'Dutch', 'French', 'German', 'OneKeyPolicy', 'SelectedEvent', 'Narrow', 'EmptyDataset', 'DatasetWithErrors',
    ]);
    expect(Object.keys(mapStories)).to.include.members(['Belgium', 'Before2014', 'After2014', 'Dutch', 'French', 'German', 'Narrow', 'DatasetWithErrors']);
    expect(Object.keys(atlasStories)).to.include.members(['Belgium', 'BeforeTheReform', 'JointPlanSelected']);
  });
});
