import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import belgium from '../data/belgium.json';
import '../src/competence-map/define.js';
import { LANGUAGES } from '../src/i18n/strings.js';
import { frameArgTypes, frameStyle, type FrameArgs } from './frame.js';

interface MapArgs extends FrameArgs {
  lang?: string;
  date?: string;
  highlight?: string;
  src?: string;
  data?: unknown;
  theme?: 'light' | 'dark';
  presentation?: boolean;
  step?: number;
}

/** The Belgian data with mistakes in its competences: each is reported, the valid cells still show. */
function withErrors(): unknown {
  const copy = structuredClone(belgium) as { competences: Record<string, unknown>[] };
  const [first, second, third] = copy.competences;
  if (first) first.role = 'most';
  if (second) second.government = 'flanders';
  if (third) third.to = '2014-13-01';
  return copy;
}

const meta: Meta<MapArgs> = {
  title: 'Elements/competence-map',
  component: 'competence-map',
  tags: ['autodocs'],
  argTypes: {
    lang: { control: 'inline-radio', options: [undefined, ...LANGUAGES] },
    date: { control: 'text' },
    highlight: { control: 'text' },
    src: { control: 'text' },
    data: { control: false },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    presentation: { control: 'boolean' },
    step: { control: { type: 'number', min: 0 } },
    ...frameArgTypes,
  },
  render: (args) => html`
    <div style=${ifDefined(frameStyle(args))}>
      <competence-map
        lang=${ifDefined(args.lang)}
        theme=${ifDefined(args.theme)}
        date=${ifDefined(args.date)}
        highlight=${ifDefined(args.highlight)}
        ?presentation=${args.presentation}
        step=${ifDefined(args.step)}
        src=${ifDefined(args.src)}
        .data=${args.data}
      ></competence-map>
    </div>
  `,
};
export default meta;

type Story = StoryObj<MapArgs>;

/** Belgium on the latest date in the data: the embedded dataset, no attributes needed. */
export const Belgium: Story = {};

/** The day before the Sixth State Reform took effect. */
export const Before2014: Story = { args: { date: '2014-06-30' } };

/** The day the Sixth State Reform took effect. */
export const After2014: Story = { args: { date: '2014-07-01' } };

/** The date of the paper's stakeholder interviews (2019). */
export const May2019: Story = { args: { date: '2019-05-01' } };

export const Dutch: Story = { args: { lang: 'nl', date: '2019-05-01' } };
export const French: Story = { args: { lang: 'fr', date: '2019-05-01' } };
export const German: Story = { args: { lang: 'de', date: '2019-05-01' } };

/** One part of the care continuum highlighted: every government that holds a piece of it. */
export const HighlightElderlyCare: Story = { args: { date: '2019-05-01', highlight: 'elderly-care' } };

/** One government highlighted: everything it holds. */
export const HighlightFlemishCommunity: Story = { args: { date: '2019-05-01', highlight: 'flemish-community' } };

/** A phone-sized column: one card per part, listing who holds it. */
export const Narrow: Story = { args: { width: '360px', date: '2019-05-01' } };

/** A dataset with mistakes in its competences: each is listed with its JSON pointer. */
export const DatasetWithErrors: Story = { args: { data: withErrors() } };

/** The dark theme (also what readers with a dark colour scheme get). */
export const Dark: Story = { args: { theme: 'dark', date: '2019-05-01', highlight: 'elderly-care' } };

/** For a 16:9 slide: the map as one picture fitted to the element's box, stepped to the Sixth State Reform. */
export const Presentation: Story = { args: { presentation: true, step: 1, width: '1280px', height: '720px' } };
