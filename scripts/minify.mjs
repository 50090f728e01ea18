// Post-build step (scripts/post-build.mjs): minifies the wasm-bindgen JS glue with terser.
// Trunk's own JS minifier cannot parse that file and leaves it as it is. The file keeps its
// name; its Subresource Integrity hash in index.html is brought up to date.

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const file = join(dir, 'index.html');
let html = await readFile(file, 'utf8');

const preload = /<link\b[^>]*\bhref="?\.\/([\w.-]+\.js)"?[^>]*\brel="?modulepreload"?[^>]*>/.exec(html)
  ?? /<link\b[^>]*\brel="?modulepreload"?[^>]*\bhref="?\.\/([\w.-]+\.js)"?[^>]*>/.exec(html);
if (!preload) throw new Error('index.html has no modulepreload link to the JS glue');
const name = preload[1];
const source = await readFile(join(dir, name), 'utf8');
const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 } });
await writeFile(join(dir, name), code);

// Trunk writes an integrity attribute for the file; it must hash the minified bytes.
const integrity = `sha384-${createHash('sha384').update(code, 'utf8').digest('base64')}`;
const link = preload[0];
if (link.includes('integrity=')) {
  html = html.replace(link, link.replace(/integrity="?[^"\s>]+"?/, `integrity=${integrity}`));
  await writeFile(file, html);
}
console.log(`minify: ${name} ${source.length} → ${code.length} bytes`);
