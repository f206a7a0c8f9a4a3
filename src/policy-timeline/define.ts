import { defineElement } from '../shared/define.js';
import { PolicyTimeline } from './policy-timeline.js';

defineElement('policy-timeline', PolicyTimeline);
