// Post-build step (scripts/post-build.mjs): writes the methodology page of each language,
// methodology/<code>.html — every formula, the accelerator catalogue, every source with its
// note and trust tag, and the history of the data — rendered natively by the same Rust
// components (components::MethodologyPage, via src/bin/prerender.rs). The pages are static:
// no script at all, so their policy allows none. They use the site's stylesheet.

import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const html = await readFile(join(dir, 'index.html'), 'utf8');
// Quoted or not: release builds minify index.html.
const href = (rel) => {
  const link = [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) => tag).find((tag) => new RegExp(`rel="?${rel}"?[\\s>]`).test(tag));
  const match = link && link.match(/href="?([^"\s>]+)"?/);
  if (!match) throw new Error(`index.html has no <link rel="${rel}">`);
  return `../${match[1].replace(/^\.\//, '')}`;
};
const stylesheet = href('stylesheet');
const icon = href('icon');
const TITLES = { en: 'Methodology', el: 'Μεθοδολογία', es: 'Metodología' };
const policy = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'none'";

await mkdir(join(dir, 'methodology'), { recursive: true });
for (const code of ['en', 'el', 'es']) {
  const body = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', '--methodology', code], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (!body.includes('data-conflicts')) throw new Error(`the ${code} methodology page has no conflicts list`);
  const page = `<!doctype html>
<html lang="${code}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${TITLES[code]} — Compute Deal Calculator</title>
<link rel="stylesheet" href="${stylesheet}">
<link rel="icon" href="${icon}">
</head>
<body>${body}</body>
</html>
`;
  await writeFile(join(dir, 'methodology', `${code}.html`), page);
}
console.log('methodology: methodology/en.html, el.html, es.html');
