// Checks the published JSON Schema (`data/schema/policy-atlas.schema.json`), run by `npm test`:
//  1. it compiles with Ajv in strict mode and describes every definition and property;
//  2. the shipped data (`data/belgium.json`, `data/examples/*.json`) passes it;
//  3. it agrees with the fixtures in `tests/fixtures/schema/`: every `valid/*.json` passes, and every
//     `invalid/*.json` fails with an error at the JSON pointer `cases.json` gives for it.
// `tests/validate.test.ts` feeds the same fixtures (listed in the same `cases.json`) to the run-time
// validator in the browser, so the schema and `validateDataset` are held to the same cases.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = join(root, 'data/schema/policy-atlas.schema.json');
const fixtures = join(root, 'tests/fixtures/schema');

let failures = 0;
const fail = (line) => {
  failures += 1;
  console.error(`  ✗ ${line}`);
};
const name = (path) => relative(root, path);
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const jsonFiles = (dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort();

/** The pointer an Ajv error is about: for a missing or extra field, the field itself. */
function pointerOf(error) {
  const { params } = error;
  if (error.keyword === 'required') return `${error.instancePath}/${params.missingProperty}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${params.additionalProperty}`;
  if (params && typeof params.propertyName === 'string') return `${error.instancePath}/${params.propertyName}`;
  return error.instancePath;
}
const describeError = (error) => `${pointerOf(error) || '(the whole file)'}: ${error.message}`;

// ---- 1. the schema itself --------------------------------------------------------------------
const schema = readJson(schemaPath);
const ajv = new Ajv2020({ strict: true, allErrors: true });
let validate;
try {
  validate = ajv.compile(schema);
} catch (error) {
  console.error(`${name(schemaPath)} does not compile: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

/** Every `$defs` entry and every property (at any depth) carries a description for editors. */
function checkDescriptions(node, at) {
  if (Array.isArray(node)) {
    node.forEach((entry, index) => checkDescriptions(entry, `${at}/${index}`));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const group of ['$defs', 'properties']) {
    for (const [key, value] of Object.entries(node[group] ?? {})) {
      if (typeof value.description !== 'string' || value.description.trim() === '') {
        fail(`${name(schemaPath)}: ${at}/${group}/${key} has no description`);
      }
    }
  }
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'enum' && key !== 'const' && key !== 'examples') checkDescriptions(value, `${at}/${key}`);
  }
}
checkDescriptions(schema, '#');
if (failures === 0) console.log(`✓ ${name(schemaPath)} compiles (Ajv 2020, strict) and describes every field`);

// ---- 2. the shipped data ---------------------------------------------------------------------
const shipped = [
  join(root, 'data/belgium.json'),
  ...jsonFiles(join(root, 'data/examples')).map((file) => join(root, 'data/examples', file)),
];
for (const path of shipped) {
  if (validate(readJson(path))) {
    console.log(`✓ ${name(path)} matches the schema`);
  } else {
    fail(`${name(path)} does not match the schema:`);
    for (const error of validate.errors ?? []) console.error(`      ${describeError(error)}`);
  }
}

// ---- 3. the fixtures shared with tests/validate.test.ts --------------------------------------
const cases = readJson(join(fixtures, 'cases.json'));
const listed = (kind) => (kind === 'valid' ? cases.valid : Object.keys(cases.invalid));
for (const kind of ['valid', 'invalid']) {
  const onDisk = jsonFiles(join(fixtures, kind));
  const inManifest = [...listed(kind)].sort();
  for (const file of onDisk.filter((file) => !inManifest.includes(file))) {
    fail(`tests/fixtures/schema/${kind}/${file} is not listed in tests/fixtures/schema/cases.json`);
  }
  for (const file of inManifest.filter((file) => !onDisk.includes(file))) {
    fail(`tests/fixtures/schema/cases.json lists ${kind}/${file}, which does not exist`);
  }
}
if (Object.keys(cases.invalid).length < 8 || cases.valid.length < 2) {
  fail('tests/fixtures/schema needs at least 8 invalid and 2 valid cases');
}

for (const file of cases.valid) {
  const path = join(fixtures, 'valid', file);
  if (validate(readJson(path))) {
    console.log(`✓ ${name(path)} passes, as it should`);
  } else {
    fail(`${name(path)} should pass but does not:`);
    for (const error of validate.errors ?? []) console.error(`      ${describeError(error)}`);
  }
}
for (const [file, { pointer, rule }] of Object.entries(cases.invalid)) {
  const path = join(fixtures, 'invalid', file);
  if (validate(readJson(path))) {
    fail(`${name(path)} should fail (${rule}) but passes`);
    continue;
  }
  const errors = validate.errors ?? [];
  if (errors.some((error) => pointerOf(error) === pointer)) {
    console.log(`✓ ${name(path)} fails at ${pointer}, as it should (${rule})`);
  } else {
    fail(`${name(path)} should fail at ${pointer} (${rule}), but fails elsewhere:`);
    for (const error of errors) console.error(`      ${describeError(error)}`);
  }
}

if (failures > 0) {
  console.error(`schema check: ${failures} problem${failures === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log('schema check: all passed');
