// A variant of a built page for an A/B run (tests/bench/variants.mjs): copies a build, rewrites
// its index.html with a JavaScript function body given `h` (the page's text) that returns the
// new text, and puts the policy's hashes of the inline scripts and stylesheet right again, so
// that the browser runs the variant as it would a build. A diagnostic, not a test.
//
//   node tests/bench/derive.mjs <build> <copy> '<function body>'
//   e.g. the page with nothing after its masthead:
//   node tests/bench/derive.mjs dist /tmp/masthead-only \
//     "const end = h.indexOf('</header>') + 9; return h.slice(0, end) + '</div>' + h.slice(h.indexOf('<!--/built-->'))"

import { createHash } from 'node:crypto';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';

const [build, copy, body] = process.argv.slice(2);
if (!body) throw new Error('usage: node tests/bench/derive.mjs <build> <copy> <function body>');
await rm(copy, { recursive: true, force: true });
await cp(build, copy, { recursive: true });
const file = `${copy}/index.html`;
const rewritten = new Function('h', body)(await readFile(file, 'utf8'));
if (typeof rewritten !== 'string') throw new Error('the function body must return the new page');

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const scripts = [...rewritten.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, text]) => hash(text));
const styles = [...rewritten.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, text]) => hash(text));
const page = rewritten
  .replace(/script-src 'self' 'wasm-unsafe-eval'[^;"]*/, `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`)
  .replace(/style-src 'self'[^;"]*/, `style-src 'self' ${styles.join(' ')}`);
await writeFile(file, page);
console.log(`${copy}: ${page.length} characters`);
