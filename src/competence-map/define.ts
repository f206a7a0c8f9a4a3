import { defineElement } from '../shared/define.js';
import { CompetenceMap } from './competence-map.js';

defineElement('competence-map', CompetenceMap);
