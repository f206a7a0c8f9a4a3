import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/policy-atlas/define.js';
import { LANGUAGES } from '../src/i18n/strings.js';

interface AtlasArgs {
  lang?: string;
  date?: string;
  selected?: string;
  syncUrl?: boolean;
}

const meta: Meta<AtlasArgs> = {
  title: 'Elements/policy-atlas',
  component: 'policy-atlas',
  tags: ['autodocs'],
  argTypes: {
    lang: { control: 'inline-radio', options: [undefined, ...LANGUAGES] },
    date: { control: 'text' },
    selected: { control: 'text' },
    syncUrl: { control: 'boolean' },
  },
  render: (args) => html`
    <policy-atlas
      lang=${ifDefined(args.lang)}
      date=${ifDefined(args.date)}
      selected=${ifDefined(args.selected)}
      ?sync-url=${args.syncUrl}
    ></policy-atlas>
  `,
};
export default meta;

type Story = StoryObj<AtlasArgs>;

/** The timeline and the map, linked: pick an event, drag the blue date cursor or use the switch. */
export const Belgium: Story = {};

/** The state on the eve of the Sixth State Reform. */
export const BeforeTheReform: Story = { args: { date: '2014-06-30' } };

/** The joint plan of 2015 selected: the map shows that day. */
export const JointPlanSelected: Story = { args: { selected: 'joint-plan-2015', date: '2015-10-19' } };

export const French: Story = { args: { lang: 'fr', date: '2016-01-01' } };

/** With `sync-url`: the date, the event and the language live in the page URL (pa-date, pa-event, pa-lang). */
export const SyncUrl: Story = { args: { syncUrl: true } };
