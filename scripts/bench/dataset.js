// Generated datasets for the benchmark: N events in the policy-atlas format, from a seeded PRNG so
// every run (and every machine) benches the same file. Valid by construction; tests/node/bench.test.js
// checks them against the schema and the library's own checks.

const DAY = 24 * 60 * 60 * 1000;
// Within the element's zoomMax (40 years), so both pages show every event when fitted.
const FIRST = Date.UTC(1995, 0, 1);
const LAST = Date.UTC(2024, 11, 31);

const LEVELS = [
  ['federal', 'Federal', 'Federaal'],
  ['interfederal', 'Joint (interfederal)', 'Gezamenlijk (interfederaal)'],
  ['flemish', 'Flemish Community', 'Vlaamse Gemeenschap'],
  ['french', 'French Community', 'Franse Gemeenschap'],
  ['german', 'German-speaking Community', 'Duitstalige Gemeenschap'],
  ['brussels', 'Brussels', 'Brussel'],
];
const KEY_POLICIES = [
  ['care-trajectories', 'Care trajectories', 'Zorgtrajecten'],
  ['joint-plan', 'Joint plan', 'Gezamenlijk plan'],
  ['primary-care-reform', 'Primary care reform', 'Hervorming eerstelijnszorg'],
];
const KINDS = ['policy', 'plan', 'reform', 'report', 'pilot', 'law', 'study'];
const ACTIONS = [
  ['Decree on', 'Decreet over'],
  ['Plan for', 'Plan voor'],
  ['Pilot project in', 'Pilootproject in'],
  ['Report on', 'Rapport over'],
  ['Reform of', 'Hervorming van'],
];
const TOPICS = [
  ['primary care', 'eerstelijnszorg'],
  ['chronic care', 'chronische zorg'],
  ['elderly care', 'ouderenzorg'],
  ['mental health', 'geestelijke gezondheid'],
  ['prevention', 'preventie'],
  ['hospital financing', 'ziekenhuisfinanciering'],
];
const SOURCES = 20;

/** mulberry32: small, fast and good enough to spread events; the same seed gives the same numbers. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (time) => new Date(time).toISOString().slice(0, 10);

/**
 * A dataset of `count` events spread over 1995-2024 in six lanes: about a quarter are ranges, the
 * points have day, month or year precision, and some belong to a key policy, as in real data.
 * @param {number} count
 * @returns {object} a dataset in the policy-atlas format, version 1
 */
export function generateDataset(count) {
  const random = prng(count);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sourceIds = Array.from({ length: SOURCES }, (_, index) => `s${index + 1}`);

  const events = Array.from({ length: count }, (_, index) => {
    const start = FIRST + Math.floor(random() * ((LAST - FIRST) / DAY)) * DAY;
    const [actionEn, actionNl] = pick(ACTIONS);
    const [topicEn, topicNl] = pick(TOPICS);
    const isRange = random() < 0.25;
    const precision = random();
    return {
      id: `event-${index + 1}`,
      title: { en: `${actionEn} ${topicEn} (${index + 1})`, nl: `${actionNl} ${topicNl} (${index + 1})` },
      // A range starts on a day, so its end (a later day) can never fall before its start.
      start: isRange || precision < 0.7 ? isoDay(start) : isoDay(start).slice(0, precision < 0.9 ? 7 : 4),
      ...(isRange ? { end: isoDay(Math.min(LAST, start + (30 + Math.floor(random() * 1500)) * DAY)) } : {}),
      level: pick(LEVELS)[0],
      kind: pick(KINDS),
      ...(random() < 0.05 ? { keyPolicy: pick(KEY_POLICIES)[0] } : {}),
      summary: { en: `Generated event ${index + 1} about ${topicEn}.`, nl: `Gegenereerde gebeurtenis ${index + 1} over ${topicNl}.` },
      sources: random() < 0.5 ? [pick(sourceIds)] : [...new Set([pick(sourceIds), pick(sourceIds)])],
    };
  });

  return {
    formatVersion: 1,
    id: `generated-${count}`,
    title: { en: `Generated benchmark dataset, ${count} events`, nl: `Gegenereerde benchmarkdataset, ${count} gebeurtenissen` },
    country: 'BE',
    languages: ['en', 'nl'],
    updated: '2026-01-01',
    license: 'CC0-1.0',
    sources: sourceIds.map((id, index) => ({ id, citation: `Benchmark source ${index + 1}. 2026.` })),
    levels: LEVELS.map(([id, en, nl]) => ({ id, label: { en, nl } })),
    keyPolicies: KEY_POLICIES.map(([id, en, nl]) => ({ id, label: { en, nl } })),
    events,
  };
}
