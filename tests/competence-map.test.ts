import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import belgium from '../data/belgium.json';
import { competenceChanges, latestDate } from '../src/data/query.js';
import { formatIsoDate } from '../src/data/dates.js';
import type { Dataset } from '../src/data/types.js';
import { validateDataset } from '../src/data/validate.js';
import type { CompetenceMap } from '../src/competence-map/competence-map.js';
import '../src/competence-map/define.js';
import type { CompetenceSelectEvent, DataErrorEvent, DataLoadEvent } from '../src/shared/events.js';
import { failOnUncaughtErrors, nextFrame, shadow } from './helpers.js';

const data = validateDataset(belgium).dataset as Dataset;

async function renderMap(template: TemplateResult): Promise<CompetenceMap> {
  let resolve: () => void = () => {};
  const loaded = new Promise<void>((done) => (resolve = done));
  const wrapper = await fixture<HTMLElement>(html`<div @data-load=${() => resolve()}>${template}</div>`);
  await loaded;
  const element = wrapper.querySelector('competence-map')!;
  await element.updateComplete;
  return element;
}

const root = (element: Element) => shadow(element);
const cell = (element: Element, part: string, government: string) => {
  const row = [...root(element).querySelectorAll('tbody tr:not(.group)')].find(
    (candidate) => candidate.querySelector('th')!.textContent!.trim().startsWith(partLabel(part)),
  )!;
  const columns = [...root(element).querySelectorAll('th.government')];
  const governmentIndex = columns.findIndex((column) => column.querySelector('.visually-hidden')!.textContent === label(government));
  return row.querySelectorAll('td')[governmentIndex] as HTMLTableCellElement;
};
const label = (government: string) => (data.governments.find((candidate) => candidate.id === government)!.label as Record<string, string>).en!;
const partLabel = (part: string) => (data.continuum.find((candidate) => candidate.id === part)!.label as Record<string, string>).en!;
const headline = (element: Element) => root(element).querySelector('[part="headline"]')!.textContent!.trim();

/** What a frame shows of the map: any content, and whether table cells or cards are visible. */
interface Shown {
  content: boolean;
  table: boolean;
  cards: boolean;
}
const shownView = (element: Element): Shown => {
  const visible = (selector: string) => [...root(element).querySelectorAll(selector)].some((node) => node.checkVisibility());
  return { content: Boolean(root(element).querySelector('[part="headline"]')), table: visible('td.cell'), cards: visible('.card') };
};

/** Records what each frame shows, until stopped: read once the frame is rendered, so it is what was painted. */
function recordFrames(element: Element): { frames: Shown[]; stop: () => Promise<void> } {
  const frames: Shown[] = [];
  let running = true;
  const tick = () => {
    if (!running) return;
    // A message posted during a frame's animation callbacks is handled once that frame is rendered.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => frames.push(shownView(element));
    channel.port2.postMessage(null);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    frames,
    stop: async () => {
      for (let count = 0; count < 3; count += 1) await nextFrame();
      running = false;
      await new Promise((resolve) => setTimeout(resolve));
    },
  };
}

describe('<competence-map>', () => {
  failOnUncaughtErrors();
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('is a real table: caption, scoped column, row and group headers, with the Belgian data by default', async () => {
    const element = await renderMap(html`<competence-map></competence-map>`);
    const table = root(element).querySelector('table')!;
    expect(table.getAttribute('role')).to.equal('grid');
    expect(table.querySelector('caption')!.textContent).to.contain(formatIsoDate(latestDate(data)!, 'en'));
    expect(table.querySelectorAll('th[scope="col"].government')).to.have.length(7);
    expect(table.querySelectorAll('th[scope="row"]')).to.have.length(17);
    expect([...table.querySelectorAll('th[scope="rowgroup"]')].map((th) => th.textContent!.trim())).to.deep.equal(
      data.continuumGroups.map((group) => (group.label as Record<string, string>).en),
    );
    expect([...table.querySelectorAll('th.government abbr')].map((abbr) => abbr.textContent!.trim())).to.deep.equal([
      'FED', 'VLG', 'FWB', 'WAL', 'DG', 'COCOM', 'COCOF',
    ]);
  });

  it('shows who holds each part before and after 1 July 2014, the role in words and in pattern', async () => {
    const before = await renderMap(html`<competence-map date="2014-06-30"></competence-map>`);
    const after = await renderMap(html`<competence-map date="2014-07-01"></competence-map>`);
    expect(cell(before, 'elderly-care', 'federal').getAttribute('aria-label')).to.equal('Federal State, Elderly care: Shared');
    expect(cell(after, 'elderly-care', 'federal').getAttribute('aria-label')).to.equal('Federal State, Elderly care: No role');
    expect(cell(after, 'elderly-care', 'flemish-community').getAttribute('aria-label')).to.equal('Flemish Community, Elderly care: Full');
    const style = (td: Element) => getComputedStyle(td).backgroundImage;
    expect(style(cell(before, 'elderly-care', 'federal'))).to.contain('repeating-linear-gradient');
    expect(style(cell(after, 'elderly-care', 'flemish-community'))).to.equal('none');
    expect(getComputedStyle(cell(after, 'elderly-care', 'flemish-community')).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('marks unverified cells visibly and in their names', async () => {
    const element = await renderMap(html`<competence-map date="2019-05-01"></competence-map>`);
    const unverified = data.competences.find((competence) => competence.status === 'unverified' && competence.from === '2014-07-01')!;
    const td = cell(element, unverified.part, unverified.government);
    expect(td.classList.contains('unverified')).to.equal(true);
    expect(td.getAttribute('aria-label')).to.match(/, unverified$/);
    expect(td.querySelector('.mark')!.textContent).to.equal('?');
    expect(getComputedStyle(td).outlineStyle).to.equal('dashed');
  });

  it('counts the health ministers on the date from the data, with the paper\'s figure and the caveat', async () => {
    const element = await renderMap(html`<competence-map date="2016-01-01"></competence-map>`);
    expect(headline(element)).to.equal('On 1 January 2016, 8 health ministers across 7 governments shared the care continuum');
    const notes = root(element).querySelector('.notes')!.textContent!.replace(/\s+/g, ' ');
    expect(notes).to.contain('9 health ministers for 11.5 million inhabitants, as the paper counts them (2021)');
    expect(notes).to.contain('Published counts range from 5 (2013) to 12');
    expect(notes).to.contain('Some sources also count: Bianca Debaets (VGC)');
    const federal = root(element).querySelector('th.government .ministers')!.textContent!.trim();
    expect(federal).to.equal('Maggie De Block');
  });

  it('gives a range, and says why, where terms known only to the year make the date uncertain', async () => {
    const element = await renderMap(html`<competence-map date="2019-05-01"></competence-map>`);
    expect(headline(element)).to.match(/^On 1 May 2019, 2 to 11 health ministers across 7 governments/);
    expect(root(element).querySelector('.notes')!.textContent).to.contain('names marked “?” may not have been in office');
  });

  it('animates the cells that change with the date and says what moved', async () => {
    const element = await renderMap(html`<competence-map date="2014-06-30"></competence-map>`);
    element.date = '2014-07-01';
    await element.updateComplete;
    const changes = competenceChanges(data, '2014-06-30', '2014-07-01');
    const changed = root(element).querySelectorAll('td.changed');
    expect(changed).to.have.length(changes.length);
    expect(getComputedStyle(changed[0]!).animationName).to.equal('changed');
    const summary = root(element).querySelector('[part="change"]')!.textContent!;
    expect(summary).to.match(new RegExp(`^1 July 2014: ${changes.length} changes\\.`));
    expect(summary).to.contain('moved from Federal State to');
    expect(summary).to.contain('Elderly care');
  });

  it('does not animate under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const element = await renderMap(html`<competence-map date="2014-06-30"></competence-map>`);
    element.date = '2014-07-01';
    await element.updateComplete;
    expect(getComputedStyle(root(element).querySelector('td.changed')!).animationName).to.equal('none');
  });

  it('highlights every government that holds a piece of the focused part: the fragmentation', async () => {
    const element = await renderMap(html`<button>before</button><competence-map date="2019-05-01"></competence-map>`);
    const td = cell(element, 'elderly-care', 'flemish-community');
    td.focus();
    await element.updateComplete;
    const holders = data.competences.filter((competence) => competence.part === 'elderly-care' && competence.from === '2014-07-01');
    expect(root(element).querySelectorAll('th.government.lit')).to.have.length(holders.length);
    expect(root(element).querySelectorAll('td.lit')).to.have.length(holders.length);
  });

  it('highlights a government from outside with `highlight`', async () => {
    const element = await renderMap(html`<competence-map date="2019-05-01" highlight="federal"></competence-map>`);
    const federal = data.competences.filter((competence) => competence.government === 'federal' && competence.from === '2014-07-01');
    expect(root(element).querySelectorAll('td.lit')).to.have.length(federal.length);
    expect(root(element).querySelectorAll('td.dim').length).to.be.greaterThan(0);
  });

  it('is one tab stop; arrow keys move cell to cell; Enter opens the details, Escape closes them', async () => {
    const element = await renderMap(html`<input aria-label="before" /><competence-map date="2019-05-01"></competence-map>`);
    expect(root(element).querySelectorAll('td[tabindex="0"]')).to.have.length(1);
    root(element).querySelector<HTMLElement>('td[tabindex="0"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    await nextFrame();
    const active = root(element).activeElement as HTMLElement;
    expect(active.getAttribute('aria-label')).to.equal(`Flemish Community, ${partLabel('disease-prevention')}: Full`);
    expect(root(element).querySelectorAll('td[tabindex="0"]')).to.have.length(1);
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const opened = (await oneEvent(element, 'competence-select')) as CompetenceSelectEvent;
    expect([opened.detail.part, opened.detail.government, opened.detail.competence?.role]).to.deep.equal(['disease-prevention', 'flemish-community', 'full']);
    await element.updateComplete;
    const detail = root(element).querySelector('[part="detail"]')!;
    expect(detail.querySelector('h2')!.textContent).to.equal(partLabel('disease-prevention'));
    expect(detail.querySelector('.period')!.textContent!.trim()).to.equal('since 1 July 2014');
    expect(detail.querySelectorAll('ol a').length).to.be.greaterThan(0);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(root(element).querySelector('[part="detail"]')).to.equal(null);
  });

  it('opens a cell on click', async () => {
    const element = await renderMap(html`<competence-map date="2014-06-30"></competence-map>`);
    setTimeout(() => cell(element, 'elderly-care', 'federal').click());
    const opened = (await oneEvent(element, 'competence-select')) as CompetenceSelectEvent;
    expect(opened.detail.competence?.to).to.equal('2014-06-30');
    await element.updateComplete;
    expect(root(element).querySelector('[part="detail"] .period')!.textContent!.trim()).to.equal('until 30 June 2014');
  });

  it('keeps its grid in place as the date changes: columns keep their widths, the heads room for the most ministers', async () => {
    // Wide enough for each name on one line (the room kept is a line per name).
    const element = await renderMap(html`<div style="width: 1300px"><competence-map date="2013-01-01"></competence-map></div>`);
    const grid = () => {
      const table = root(element).querySelector('table')!.getBoundingClientRect();
      const heads = [...root(element).querySelectorAll('th.government')];
      return {
        widths: heads.map((head) => Math.round(head.getBoundingClientRect().width)),
        firstCellTop: Math.round(root(element).querySelector('td.cell')!.getBoundingClientRect().top - table.top),
        names: heads.map((head) => head.querySelectorAll('.ministers > :not(.none)').length),
      };
    };
    const before = grid();
    element.date = '2019-05-01';
    await element.updateComplete;
    const after = grid();
    // The dates list different numbers of ministers (2019 has handovers known only to the year).
    expect(Math.max(...after.names)).to.be.greaterThan(Math.max(...before.names));
    expect({ widths: after.widths, firstCellTop: after.firstCellTop }).to.deep.equal({ widths: before.widths, firstCellTop: before.firstCellTop });
    // Equal government columns, whatever their names, and every row head's label on one line within its column.
    expect(new Set(after.widths).size).to.equal(1);
    for (const head of root(element).querySelectorAll('th[scope="row"]')) expect(head.scrollWidth, head.textContent!).to.be.at.most(head.clientWidth);

    element.presentation = true;
    await element.updateComplete;
    const height = () => root(element).querySelector('[part="static"]')!.getAttribute('height');
    const presented = height();
    element.date = '2013-01-01';
    await element.updateComplete;
    expect(height()).to.equal(presented);
  });

  it('switches to one card per part on a narrow screen', async () => {
    const element = await renderMap(html`<div style="width: 360px"><competence-map date="2019-05-01"></competence-map></div>`);
    expect(root(element).querySelector('table')).to.equal(null);
    const cards = root(element).querySelectorAll('.card');
    expect(cards).to.have.length(17);
    expect(getComputedStyle(cards[0]!).display).to.not.equal('none');
    const elderly = [...cards].find((card) => card.querySelector('h4')!.textContent!.includes(partLabel('elderly-care')))!;
    expect(elderly.querySelectorAll('li').length).to.equal(
      data.competences.filter((competence) => competence.part === 'elderly-care' && competence.from === '2014-07-01').length,
    );
  });

  for (const [width, view] of [[360, 'cards'], [800, 'table']] as const) {
    it(`shows the ${view} at ${width} px from its first frame with content, and renders only them`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}px"></div>`);
      const element = document.createElement('competence-map');
      // Data at hand: the first render with it can come before any frame, and any resize observation.
      element.data = belgium;
      const recording = recordFrames(element);
      const loaded = oneEvent(element, 'data-load');
      wrapper.append(element);
      // Every state of the DOM, painted or not, has the right view once it has content.
      const states: Pick<Shown, 'content'>[] = [];
      const rendered = { table: false, cards: false };
      const observer = new MutationObserver(() => {
        const content = Boolean(root(element).querySelector('[part="headline"]'));
        states.push({ content });
        if (content) {
          rendered.table ||= Boolean(root(element).querySelector('table'));
          rendered.cards ||= Boolean(root(element).querySelector('.cards'));
        }
      });
      observer.observe(element.shadowRoot!, { childList: true, subtree: true });
      await loaded;
      await (element as CompetenceMap).updateComplete;
      await recording.stop();
      observer.disconnect();
      expect(states.some((state) => state.content)).to.equal(true);
      expect(rendered).to.deep.equal({ table: view === 'table', cards: view === 'cards' });
      const withContent = recording.frames.filter((frame) => frame.content);
      expect(withContent.length).to.be.greaterThan(0);
      expect(withContent.every((frame) => (view === 'cards' ? frame.cards && !frame.table : frame.table && !frame.cards))).to.equal(true);
      expect(root(element).querySelector(view === 'cards' ? 'table' : '.cards')).to.equal(null);
    });
  }

  it('changes between the table and the cards when resized across 37.5em, with one of them in every frame', async () => {
    const element = await renderMap(html`<div style="width: 800px"><competence-map date="2015-01-01"></competence-map></div>`);
    const wrapper = element.parentElement!;
    const recording = recordFrames(element);
    wrapper.style.width = '360px';
    await recording.stop();
    expect(root(element).querySelector('table')).to.equal(null);
    expect(root(element).querySelectorAll('.card')).to.have.length(17);

    const back = recordFrames(element);
    wrapper.style.width = '800px';
    await back.stop();
    expect(root(element).querySelector('.cards')).to.equal(null);
    expect([...recording.frames, ...back.frames].every((frame) => frame.table || frame.cards)).to.equal(true);
    // Screen readers get the table again: a grid named by its caption, with scoped headers.
    const table = root(element).querySelector('table')!;
    expect(table.getAttribute('role')).to.equal('grid');
    expect(root(element).getElementById(table.getAttribute('aria-labelledby')!)!.textContent).to.contain(formatIsoDate('2015-01-01', 'en'));
    expect(table.querySelectorAll('th[scope="col"].government')).to.have.length(7);
    expect(table.querySelectorAll('th[scope="row"]')).to.have.length(17);
  });

  it('renders both views while hidden, and shows the one that fits from its first frame on screen', async () => {
    const element = await renderMap(html`<div hidden><competence-map date="2015-01-01"></competence-map></div>`);
    expect(root(element).querySelector('table')).to.not.equal(null);
    expect(root(element).querySelectorAll('.card')).to.have.length(17);
    const recording = recordFrames(element);
    element.parentElement!.hidden = false;
    await recording.stop();
    expect(recording.frames.length).to.be.greaterThan(0);
    expect(recording.frames.every((frame) => frame.table && !frame.cards)).to.equal(true);
    expect(root(element).querySelector('.cards')).to.equal(null);
  });

  it('shows no English while its language comes (a chunk per language): German from the first frame', async () => {
    const texts: string[] = [];
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const element = document.createElement('competence-map');
    element.lang = 'de';
    const loaded = oneEvent(element, 'data-load');
    wrapper.append(element);
    const record = () => texts.push(element.shadowRoot!.textContent ?? '');
    const observer = new MutationObserver(record);
    observer.observe(element.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await loaded;
    await (element as CompetenceMap).updateComplete;
    record();
    observer.disconnect();
    expect(texts.join(' ')).to.not.match(/Loading the data|Health ministers|Part of the care continuum/);
    expect(texts.at(-1)).to.contain('Gesundheitsminister');
  });

  it('speaks the reader\'s language', async () => {
    const element = await renderMap(html`<competence-map lang="fr" date="2016-01-01"></competence-map>`);
    expect(headline(element)).to.equal('Au 1 janvier 2016, 8 ministres de la Santé de 7 gouvernements se partageaient le continuum de soins');
    expect(root(element).querySelector('th[scope="row"]')!.textContent!.trim()).to.match(new RegExp(`^${(data.continuum[0]!.label as Record<string, string>).fr}`));
  });

  it('lists problems in the competences with their pointers and still shows the valid cells', async () => {
    const broken = structuredClone(belgium) as { competences: Record<string, unknown>[] };
    broken.competences[0]!.role = 'most';
    let error: DataErrorEvent | undefined;
    const element = await renderMap(html`<competence-map .data=${broken} @data-error=${(event: DataErrorEvent) => (error = event)}></competence-map>`);
    expect(error!.detail.problems.map((problem) => problem.pointer)).to.deep.equal(['/competences/0/role']);
    expect(root(element).querySelector('[part="problems"] li')!.textContent).to.contain('/competences/0/role');
    expect(root(element).querySelectorAll('td.role-full, td.role-shared, td.role-partial').length).to.be.greaterThan(40);
  });

  it('fires date-change when the reader picks a date', async () => {
    const element = await renderMap(html`<competence-map date="2019-05-01"></competence-map>`);
    const input = root(element).querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(input.value).to.equal('2019-05-01');
    input.value = '2014-06-30';
    setTimeout(() => input.dispatchEvent(new Event('change')));
    const { detail } = await oneEvent(element, 'date-change');
    expect(detail.date).to.equal('2014-06-30');
    await element.updateComplete;
    expect(element.getAttribute('date')).to.equal('2014-06-30');
  });

  it('passes axe, with a cell open', async () => {
    const element = await renderMap(html`<competence-map date="2019-05-01"></competence-map>`);
    cell(element, 'elderly-care', 'flemish-community').click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('loads from `src` like the timeline', async () => {
    let loaded: DataLoadEvent | undefined;
    await renderMap(html`<competence-map src="/data/belgium.json" @data-load=${(event: DataLoadEvent) => (loaded = event)}></competence-map>`);
    expect(loaded!.detail.dataset.competences.length).to.equal(data.competences.length);
  });
});
