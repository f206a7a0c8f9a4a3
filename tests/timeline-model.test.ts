import { expect } from '@open-wc/testing';
import fixture from './fixtures/timeline-model.json';
import golden from './golden/timeline-model.json';
import { validateDataset } from '../src/data/validate.js';
import { buildTimelineModel, fitWindow } from '../src/policy-timeline/policy-timeline.model.js';

const YEAR = 365 * 24 * 60 * 60 * 1000;

describe('timeline model (dataset -> lanes, items, milestones)', () => {
  const { dataset, problems } = validateDataset(fixture);

  it('reads a clean fixture', () => {
    expect(problems).to.deep.equal([]);
  });

  // The golden file was produced by this model and read line by line; a change to it is a change
  // to what readers see, to be reviewed the same way (see tests/golden/README.md).
  const cases = {
    en: { lang: 'en' },
    nl: { lang: 'nl' },
    'fr, Flemish lane only': { lang: 'fr', levels: ['flemish'] },
    'de, joint plan only': { lang: 'de', keyPolicy: 'joint-plan' },
  } as const;
  for (const [name, options] of Object.entries(cases)) {
    it(`matches the golden model: ${name}`, () => {
      const model = JSON.parse(JSON.stringify(buildTimelineModel(dataset!, options)));
      expect(model).to.deep.equal((golden as Record<string, unknown>)[name]);
    });
  }

  it('fits all events with room before them and more after, where labels run on', () => {
    expect(fitWindow({ start: 0, end: 100 * YEAR })).to.deep.equal({ start: -3 * YEAR, end: 112 * YEAR });
    const day = 24 * 60 * 60 * 1000;
    expect(fitWindow({ start: 0, end: YEAR })).to.deep.equal({ start: -60 * day, end: YEAR + 180 * day });
  });
});
