// Post-build step (scripts/post-build.mjs): writes the Greek and Spanish language packs and the
// English, Greek and Spanish library packs (src/i18n/pack.rs) into the site as
// lang/<name>-<hash of content>.txt, and lists them in a <meta name="language-packs"> of
// index.html (el=…, library-en=…), where the page finds them. English is in the wasm; the other
// languages are fetched only by the readers who need them, a library pack only when a reader
// opens a deal other than the seed deal.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');

await mkdir(join(dir, 'lang'), { recursive: true });
const entries = [];
const packs = [
  ...['el', 'es'].map((code) => [code, '--pack', code]),
  ...['en', 'el', 'es'].map((code) => [`library-${code}`, '--library', code]),
];
for (const [key, flag, code] of packs) {
  const pack = execFileSync('cargo', ['run', '--quiet', '--features', 'prerender', '--bin', 'prerender', '--', flag, code], {
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  // The name changes with the content: a browser never pairs a new page with an old pack.
  const name = `lang/${key}-${createHash('sha256').update(pack).digest('hex').slice(0, 16)}.txt`;
  await writeFile(join(dir, name), pack);
  entries.push(`${key}=${name}`);
}
const meta = `<meta name="language-packs" content="${entries.join(' ')}">`;
// Quoted or not: release builds minify index.html.
const withPacks = html.replace(/<meta charset="?utf-8"?>/i, (charset) => `${charset}${meta}`);
if (withPacks === html) throw new Error('index.html has no <meta charset="utf-8"> to put the packs after');
await writeFile(file, withPacks);
console.log(`language packs: ${entries.join(', ')}`);
