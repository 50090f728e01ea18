// Post-build step (scripts/post-build.mjs): every file index.html links with an integrity hash
// is fetched in CORS mode. Inside `<iframe sandbox="allow-scripts">` (WordPress wraps every
// embed so) the page's origin is opaque and every file comes from "another origin": a
// file fetched without `crossorigin` comes back opaque, and its integrity check refuses it (a
// stylesheet so refused left the embed unstyled; it is now inline, scripts/inline-css.mjs).
// With `crossorigin`, a host that sends `Access-Control-Allow-Origin` (docs/hosting/README.md)
// serves a working embed; same-origin pages are unaffected. Trunk already marks the script and
// the wasm.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');
let marked = 0;
const updated = html.replace(/<link\b[^>]*\bintegrity=[^>]*>/g, (tag) => {
  if (/\bcrossorigin\b/.test(tag)) return tag;
  marked += 1;
  return tag.replace(/^<link\b/, '<link crossorigin');
});
await writeFile(file, updated);
console.log(`crossorigin: ${marked} link(s) marked`);
