// Post-build step (scripts/post-build.mjs): puts the calculator, rendered at its defaults by
// the same Rust components run natively (src/bin/prerender.rs), into the built index.html. A
// reader sees real numbers and charts before the wasm arrives, or without it; src/main.rs
// swaps the markup for the live page.

import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');

const page = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  maxBuffer: 16 * 1024 * 1024,
});
if (!page.includes('data-output="price_per_gpu_hour"')) throw new Error('the pre-rendered page has no headline');

// Quoted or not: release builds minify index.html.
const marker = /<div id="?prerendered"?><\/div>/;
if (!marker.test(html)) throw new Error('index.html has no <div id="prerendered"></div>');
// The comments mark the built page for scripts/pages.mjs, which puts other pages' in its place.
const built = html.replace(marker, () => `<div id="prerendered"><!--built-->${page}<!--/built--></div>`);
await writeFile(file, built);
console.log(`prerender: ${page.length} bytes of markup`);
