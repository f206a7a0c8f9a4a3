// Classes, types and data helpers. Importing this module defines no element: import `define.js`
// (all elements) or `policy-timeline/define.js` for that.
export { PolicyTimeline } from './policy-timeline/policy-timeline.js';
export { buildTimelineModel } from './policy-timeline/policy-timeline.model.js';
export type { TimelineModel, TimelineItem, TimelineLane, TimelineModelOptions } from './policy-timeline/policy-timeline.model.js';
export { validateDataset, type ValidationResult } from './data/validate.js';
export { loadObject, loadUrl, loadDefault, parseJson, type LoadResult } from './data/load.js';
export { formatIsoDate, formatPeriod, parseIsoDate, startOf, endOf } from './data/dates.js';
export { localize, type LocalizedText } from './data/text.js';
export { eventsInTimeOrder, eventsInWindow, levelsInOrder, textIn, timeExtent } from './data/query.js';
export * from './data/types.js';
export type { DataLoadDetail, DataErrorDetail, PolicySelectDetail, DataLoadEvent, DataErrorEvent, PolicySelectEvent } from './shared/events.js';
