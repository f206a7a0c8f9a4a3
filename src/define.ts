// Registers every policy-atlas element: what the one-file bundle and plain pages import.
import './policy-timeline/define.js';
