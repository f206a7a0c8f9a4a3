/** The interface's own words in each language the library speaks. Content comes from the data. */
export const LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

const en = {
  timelineLabel: 'Policy timeline',
  timelineHelp:
    'Use the left and right arrow keys to move from event to event, Enter to open one, plus and minus to zoom, Home and End for the first and last event, Escape to close the details.',
  keyPolicies: 'Key policies',
  otherEvents: 'Other events',
  showAll: 'Show all',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitAll: 'Show the whole period',
  close: 'Close',
  loading: 'Loading the data…',
  empty: 'This dataset has no events to show.',
  noData: 'Nothing can be shown.',
  problemsTitle: (count: number) => (count === 1 ? '1 problem in the data' : `${count} problems in the data`),
  problemsMore: (count: number) => `and ${count} more (see the data-error event for all)`,
  unverified: 'Unverified',
  unverifiedNote: 'No source confirms this fact yet.',
  officialTitle: 'Official title',
  date: 'Date',
  level: 'Level',
  actor: 'Actor',
  kind: 'Type',
  keyPolicy: 'Key policy',
  touchesGovernments: 'Governments involved',
  touchesParts: 'Touches',
  sources: 'Sources',
  eventCount: (count: number) => (count === 1 ? '1 event' : `${count} events`),
  focused: (title: string, date: string, level: string) => `${title}, ${date}, ${level}`,
  mapCaption: (date: string) => `Who holds which part of the care continuum on ${date}`,
  headline: (date: string, ministers: string, plural: boolean, governments: number) =>
    `On ${date}, ${ministers} health ${plural ? 'ministers' : 'minister'} across ${governments} ${governments === 1 ? 'government' : 'governments'} shared the care continuum`,
  range: (least: number, most: number) => `${least} to ${most}`,
  rangeNote: 'Some terms are known only to the year or month, so the count on this date is a range; names marked “?” may not have been in office that day.',
  derivedNote: 'Counted from the data: the people holding the listed health portfolios on that date.',
  alsoCounted: 'Some sources also count',
  part: 'Part of the care continuum',
  roles: { full: 'Full', shared: 'Shared', partial: 'Partial', none: 'No role' } as Record<string, string>,
  roleHelp: { full: 'holds it', shared: 'shares it with others', partial: 'holds a part of it' } as Record<string, string>,
  since: (date: string) => `since ${date}`,
  until: (date: string) => `until ${date}`,
  healthMinisters: 'Health ministers',
  noMinister: 'No health minister listed',
  noHolder: 'No government holds it on this date.',
  heldBy: (count: number) => (count === 1 ? 'held by 1 government' : `held by ${count} governments`),
  cellName: (government: string, part: string, role: string) => `${government}, ${part}: ${role}`,
  mapHelp: 'Use the arrow keys to move from cell to cell, Enter to open one, Escape to close it.',
  changes: (date: string, count: number) => (count === 1 ? `${date}: 1 change.` : `${date}: ${count} changes.`),
  moved: (parts: string, from: string, to: string) => `${parts} moved from ${from} to ${to}.`,
  gained: (parts: string, to: string) => `${to} took on ${parts}.`,
  lost: (parts: string, from: string) => `${from} gave up ${parts}.`,
  noChange: (date: string) => `${date}: no change since the previous date.`,
  moreChanges: (count: number) => (count === 1 ? 'And 1 more change.' : `And ${count} more changes.`),
  before: 'Before',
  after: 'After',
  atlasLabel: 'Policy atlas',
  credit: (sources: string, more: number, dataset: string, license: string | undefined) =>
    `Sources: ${sources}${more > 0 ? ` and ${more} more` : ''}. Data: ${dataset}${license ? ` (${license})` : ''}, shown with policy-atlas.`,
  step: (step: number, count: number) => `Step ${step} of ${count}`,
  showList: 'Show as list',
  listLabel: 'Events in time order',
  retry: 'Try again',
  kinds: {
    policy: 'Policy',
    plan: 'Plan',
    reform: 'Reform',
    report: 'Report',
    pilot: 'Pilot',
    law: 'Law',
    study: 'Study',
    milestone: 'Milestone',
    agreement: 'Agreement',
  } as Record<string, string>,
};
export type Strings = typeof en;

/** The catalogues other than English, each a chunk of its own: a page loads only its language. */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Strings>> = {
  nl: () => import('./nl.js').then((module) => module.nl),
  fr: () => import('./fr.js').then((module) => module.fr),
  de: () => import('./de.js').then((module) => module.de),
};
const loaded: Partial<Record<Language, Strings>> = { en };
const loading = new Map<Language, Promise<void>>();

/** The supported language nearest to a BCP 47 tag (`nl-BE` -> `nl`); English otherwise. */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').toLowerCase().split('-')[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : 'en';
}

/** The words of a language, once loaded (see `loadStrings`); English until then. */
export function stringsFor(language: Language): Strings {
  return loaded[language] ?? en;
}

/**
 * Loads a language's words; `undefined` when they are already here. Never rejects: where the chunk
 * cannot be fetched the interface stays in English.
 */
export function loadStrings(language: Language): Promise<void> | undefined {
  if (language === 'en' || loaded[language]) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]().then(
      (strings) => void (loaded[language] = strings),
      (error: unknown) => console.warn(`policy-atlas: the ${language} interface could not be loaded, so it stays in English.`, error),
    );
    loading.set(language, pending);
  }
  return pending;
}
