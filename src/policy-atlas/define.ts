import '../competence-map/define.js';
import '../policy-timeline/define.js';
import { defineElement } from '../shared/define.js';
import { PolicyAtlas } from './policy-atlas.js';

defineElement('policy-atlas', PolicyAtlas);
