// Registers every policy-atlas element: what the one-file bundle and plain pages import.
import './policy-timeline/define.js';
import './competence-map/define.js';
import './policy-atlas/define.js';
