import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import meta, * as stories from '../stories/policy-timeline.stories.js';
import { failOnUncaughtErrors, items, settled, shadow } from './helpers.js';
import type { PolicyTimeline } from '../src/policy-timeline/policy-timeline.js';

type Render = (args: Record<string, unknown>) => TemplateResult;

/** Every story is a state a reader meets: each renders, shows something, and passes axe. */
describe('every story of <policy-timeline>', () => {
  failOnUncaughtErrors();
  const named = Object.entries(stories).filter(([name]) => name !== 'default') as [string, { args?: Record<string, unknown> }][];

  it('has the stories the issue asks for', () => {
    expect(named.map(([name]) => name)).to.include.members([
      'Belgium', 'Dutch', 'French', 'German', 'OneKeyPolicy', 'SelectedEvent', 'Narrow', 'EmptyDataset', 'DatasetWithErrors',
    ]);
  });

  for (const [name, story] of named) {
    it(`renders ${name}`, async () => {
      const render = meta.render as unknown as Render;
      let done: () => void = () => {};
      const loaded = new Promise<void>((resolve) => (done = resolve));
      const wrapper = await fixture<HTMLElement>(
        html`<div @data-load=${() => done()} @data-error=${() => done()}>${render({ ...meta.args, ...story.args })}</div>`,
      );
      const element = wrapper.querySelector('policy-timeline') as PolicyTimeline;
      await loaded;
      await settled(element);
      const root = shadow(element);
      const shown = items(element).length + root.querySelectorAll('[part="message"], [part="problems"]').length;
      expect(shown, 'marks, a message or a list of problems').to.be.greaterThan(0);
      await expect(element).to.be.accessible();
    });
  }
});
