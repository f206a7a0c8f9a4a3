import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import belgium from '../data/belgium.json';
import minimal from '../data/examples/minimal.json';
import '../src/policy-timeline/define.js';
import { LANGUAGES } from '../src/i18n/strings.js';
import { frameArgTypes, frameStyle, type FrameArgs } from './frame.js';

interface TimelineArgs extends FrameArgs {
  lang?: string;
  start?: string;
  end?: string;
  levels?: string;
  keyPolicy?: string;
  selected?: string;
  src?: string;
  data?: unknown;
  theme?: 'light' | 'dark';
  presentation?: boolean;
  step?: number;
}

/** The Belgian data with mistakes data authors make: each is reported, every other event still shows. */
function withErrors(): unknown {
  const copy = structuredClone(belgium) as { events: Record<string, unknown>[] };
  const [first, second, third, fourth] = copy.events;
  if (first) first.start = '2008-13-23';
  if (second) second.level = 'regional';
  if (third) third.sources = ['s999'];
  if (fourth) fourth.titel = fourth.title;
  copy.events.push({ ...copy.events[5], start: '2012' });
  return copy;
}

const meta: Meta<TimelineArgs> = {
  title: 'Elements/policy-timeline',
  component: 'policy-timeline',
  tags: ['autodocs'],
  argTypes: {
    lang: { control: 'inline-radio', options: [undefined, ...LANGUAGES] },
    src: { control: 'text' },
    start: { control: 'text' },
    end: { control: 'text' },
    levels: { control: 'text' },
    selected: { control: 'text' },
    keyPolicy: {
      control: 'select',
      options: [undefined, 'care-trajectories', 'joint-plan', 'flemish-primary-care-reform'],
    },
    data: { control: false },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    presentation: { control: 'boolean' },
    step: { control: { type: 'number', min: 0 } },
    ...frameArgTypes,
  },
  render: (args) => html`
    <div style=${ifDefined(frameStyle(args))}>
      <policy-timeline
        lang=${ifDefined(args.lang)}
        theme=${ifDefined(args.theme)}
        start=${ifDefined(args.start)}
        end=${ifDefined(args.end)}
        levels=${ifDefined(args.levels)}
        key-policy=${ifDefined(args.keyPolicy)}
        selected=${ifDefined(args.selected)}
        ?presentation=${args.presentation}
        step=${ifDefined(args.step)}
        src=${ifDefined(args.src)}
        .data=${args.data}
      ></policy-timeline>
    </div>
  `,
};
export default meta;

type Story = StoryObj<TimelineArgs>;

/** Belgium's integrated chronic care policies, 2008-2024: the embedded dataset, no attributes needed. */
export const Belgium: Story = {};

export const Dutch: Story = { args: { lang: 'nl' } };
export const French: Story = { args: { lang: 'fr' } };
export const German: Story = { args: { lang: 'de' } };

/** One of the paper's three key policies, as the legend's filter shows it. */
export const OneKeyPolicy: Story = { args: { keyPolicy: 'joint-plan' } };

/** An event selected from outside with `selected`: its details and sources are open. */
export const SelectedEvent: Story = { args: { selected: 'joint-plan-2015' } };

/** The years around the Sixth State Reform, set with `start` and `end`. */
export const StateReformWindow: Story = { args: { start: '2013', end: '2016', selected: 'sixth-state-reform-in-force' } };

/** A phone-sized column: the details become a bottom sheet. */
export const Narrow: Story = { args: { width: '360px', selected: 'care-trajectory-diabetes' } };

/** A valid dataset with no events says so instead of drawing an empty box. */
export const EmptyDataset: Story = { args: { data: { ...minimal, events: [] } } };

/** A dataset with mistakes: each is listed with its JSON pointer, and the valid events are still shown. */
export const DatasetWithErrors: Story = { args: { data: withErrors() } };

/** Another dataset in the same format, loaded from a URL. */
export const FromUrl: Story = { args: { src: new URL('../data/examples/minimal.json', import.meta.url).href } };

/** The dark theme (also what readers with a dark colour scheme get), with an event open. */
export const Dark: Story = { args: { theme: 'dark', selected: 'pilot-implementation' } };

/** For a 16:9 slide: large type, no buttons, the drawing fitted to the element's box, stepped to the 2015 joint plan. */
export const Presentation: Story = { args: { presentation: true, step: 19, width: '1280px', height: '720px' } };
