// Post-build step (scripts/post-build.mjs): puts the stylesheet into index.html, and so into
// every page scripts/pages.mjs makes from it. The first paint then waits for no second request,
// and the inline script in <head>, which a pending stylesheet would hold back, runs at once.
// The policy allows the <style> by its hash (scripts/csp.mjs). The file itself stays: the
// methodology pages link it (scripts/methodology.mjs runs before this step).

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');
// Quoted or not: release builds minify index.html.
const links = [...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/g)].map(([tag]) => tag);
if (links.length !== 1) throw new Error(`index.html links ${links.length} stylesheets, not one`);
const href = links[0].match(/\bhref="?([^"\s>]+)"?/)?.[1];
if (!href) throw new Error(`the stylesheet link has no address: ${links[0]}`);
const css = await readFile(join(dir, href), 'utf8');
// Text inside <style> ends at the first "</style"; a stylesheet holding one would break out.
if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style"`);
await writeFile(file, html.replace(links[0], () => `<style>${css}</style>`));
console.log(`inline-css: ${href} (${css.length} bytes) put into index.html`);
