#!/usr/bin/env node
// policy-atlas validate FILE.json ...: the library's own checks, for data authors, on the command line.
import { readFileSync } from 'node:fs';
import { parseJson } from '../dist/data/json-syntax.js';
import { validateDataset } from '../dist/data/validate.js';

const USAGE = `Usage: policy-atlas validate [--json] FILE.json [FILE.json ...]

Checks datasets in the policy-atlas format (version 1) with the same checks the components run,
and prints every problem with its JSON pointer. Exits with 1 when any file has a problem.
  --json   print the results as JSON: [{ "file", "problems": [{ "pointer", "message" }] }]`;

function check(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { file, problems: [{ pointer: '', message: `could not read the file: ${error.message}` }] };
  }
  const parsed = parseJson(text);
  if ('problem' in parsed) return { file, problems: [parsed.problem] };
  const { dataset, problems } = validateDataset(parsed.value);
  return { file, problems, counts: dataset && { events: dataset.events.length, levels: dataset.levels.length, sources: dataset.sources.length } };
}

const [command, ...rest] = process.argv.slice(2);
const asJson = rest.includes('--json');
const files = rest.filter((arg) => arg !== '--json');
if (command !== 'validate' || files.length === 0) {
  console.error(USAGE);
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}

const results = files.map(check);
if (asJson) {
  console.log(JSON.stringify(results.map(({ file, problems }) => ({ file, problems })), null, 2));
} else {
  for (const { file, problems, counts } of results) {
    if (problems.length === 0) {
      console.log(`${file}: valid (${counts.events} events, ${counts.levels} levels, ${counts.sources} sources)`);
      continue;
    }
    console.log(`${file}: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}`);
    for (const { pointer, message } of problems) console.log(`  ${pointer || '/'}  ${message}`);
  }
}
process.exit(results.some(({ problems }) => problems.length > 0) ? 1 : 0);
