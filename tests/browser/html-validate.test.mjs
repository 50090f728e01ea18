// A second checker beside axe: html-validate (npm) reads every built page — the calculator and
// every deal page in three languages, the methodology pages — as written, before any script
// runs, and finds what axe does not: ARIA names on elements whose role forbids them (a
// `<p aria-labelledby>`), landmarks without a unique name, attributes used where they mean
// nothing. Only rules about the minifier's style (unquoted attributes, the doctype's case,
// boolean attributes written short) are left out.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DIST } from './harness.mjs';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The minifier's choices, not mistakes.
    'doctype-style': 'off',
    'attr-quotes': 'off',
    'attribute-boolean-style': 'off',
    // A tornado row's words are its name: the bar it holds is drawn, not read.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
});

/** Every `.html` file under `dir`. */
async function pages(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await pages(path)));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}

test('every built page passes html-validate', async () => {
  const files = await pages(DIST);
  // The calculator and each deal page in three languages, and the methodology pages.
  assert.ok(files.length >= 3 * 25 + 3, `${files.length} pages`);
  const problems = [];
  for (const file of files) {
    const report = await validator.validateString(await readFile(file, 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${relative(DIST, file)}: ${message.ruleId} at ${message.selector}: ${message.message}`);
      }
    }
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
});

test('the checker does find what it is kept for', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>t</title></head><body><main>'
    + '<p aria-labelledby="x" id="x">a</p><section aria-label="s">1</section><section aria-label="s">2</section>'
    + '</main></body></html>',
  );
  const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
  assert.ok(rules.includes('aria-label-misuse'), rules.join(' '));
  assert.ok(rules.includes('unique-landmark'), rules.join(' '));
});
