// Classes, types and data helpers. Importing this module defines no element: import `define.js`
// (all elements) or `policy-timeline/define.js` for that.
export { PolicyTimeline } from './policy-timeline/policy-timeline.js';
export { CompetenceMap } from './competence-map/competence-map.js';
export { PolicyAtlas } from './policy-atlas/policy-atlas.js';
export { buildCompetenceMap } from './competence-map/competence-map.model.js';
export type { CompetenceMapModel, MapCell, MapColumn, MapRow } from './competence-map/competence-map.model.js';
export { groupChanges, summarizeChanges } from './competence-map/competence-map.summary.js';
export { buildTimelineModel } from './policy-timeline/policy-timeline.model.js';
export type { TimelineModel, TimelineItem, TimelineLane, TimelineModelOptions } from './policy-timeline/policy-timeline.model.js';
export { validateDataset, type ValidationResult } from './data/validate.js';
export { loadObject, loadUrl, loadDefault, type LoadResult } from './data/load.js';
export { parseJson } from './data/json-syntax.js';
export { formatIsoDate, formatPeriod, parseIsoDate, startOf, endOf } from './data/dates.js';
export { localize, type LocalizedText } from './data/text.js';
export {
  competenceChangeDates,
  competenceChanges,
  competencesOn,
  eventsInTimeOrder,
  eventsInWindow,
  latestDate,
  levelsInOrder,
  ministerCountOn,
  portfoliosOn,
  presence,
  textIn,
  timeExtent,
} from './data/query.js';
export * from './data/types.js';
export type * from './shared/events.js';
