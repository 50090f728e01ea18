// Post-build step (scripts/post-build.mjs, first): builds the site's four wasm, one way, from
// one list. Trunk builds none of them (index.html's rust link has `data-trunk-skip`).
//
// - `compute-deal-calculator`: the full page (src/main.rs);
// - `embed`: the page opened with `?embed=1` (src/bin/embed.rs), the compact view without the
//   full page's panels and later sections;
// - `extras`: the full page's later sections (src/bin/extras.rs; see src/components/lazy.rs),
//   fetched when one of them nears the screen or the inputs change;
// - `ledger`: the ledger pages (src/bin/ledger.rs), their embed too.
//
// Each is cargo for wasm32 (one cargo run for all four), wasm-bindgen, in release builds
// wasm-opt -Oz (`--low-memory-unused`: Rust puts the stack first, growing down from 1 MiB, and
// its data above it, so the lowest 1 KiB of memory is never used; about 1 KB gzip smaller),
// short import names (scripts/wasm-imports.mjs), and terser for the glue. The files are named
// by a hash of both (`<name>-<hash>.js`, `<name>-<hash>_bg.wasm`) and listed in
// `<meta name="bundles">`, from which index.html's loader starts the page's wasm and, later,
// the extras.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minify } from 'terser';
import { shortenImports } from './wasm-imports.mjs';

/** The bundles, by the Cargo binary each is built from, in the order the meta tag lists them. */
export const BUNDLES = ['compute-deal-calculator', 'embed', 'extras', 'ledger'];

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const release = process.env.TRUNK_PROFILE !== 'debug';
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });

run('cargo', [
  'build', '--quiet', '--target', 'wasm32-unknown-unknown',
  ...BUNDLES.flatMap((bin) => ['--bin', bin]),
  ...(release ? ['--release'] : []),
]);
const target = process.env.CARGO_TARGET_DIR ?? 'target';
const work = await mkdtemp(join(tmpdir(), 'bundles-'));
const listed = [];
try {
  for (const bin of BUNDLES) {
    const built = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${bin}.wasm`);
    run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', bin, built]);
    const bound = join(work, `${bin}_bg.wasm`);
    if (release) run('wasm-opt', ['-Oz', '--low-memory-unused', bound, '-o', bound]);
    let { wasm, glue } = shortenImports(await readFile(bound), await readFile(join(work, `${bin}.js`), 'utf8'));
    if (release) ({ code: glue } = await minify(glue, { module: true, ecma: 2020, compress: { passes: 2 } }));
    const hash = createHash('sha256').update(wasm).update(glue).digest('hex').slice(0, 16);
    const name = `${bin}-${hash}`;
    await writeFile(join(dir, `${name}_bg.wasm`), wasm);
    await writeFile(join(dir, `${name}.js`), glue);
    listed.push(`${bin}=./${name}`);
    console.log(`bundles: ${name}.js ${glue.length} bytes, ${name}_bg.wasm ${wasm.length} bytes`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');
const meta = `<meta name="bundles" content="${listed.join(' ')}">`;
// Trunk leaves the rust link it skipped in the page. Quoted or not: release builds minify
// index.html.
const skipped = /<link\b[^>]*\bdata-trunk-skip\b[^>]*>/;
if (!skipped.test(html)) throw new Error('index.html has no skipped rust link: would Trunk build a wasm of its own?');
const withMeta = html.replace(skipped, '').replace(/<meta charset="?utf-8"?>/i, (charset) => `${charset}${meta}`);
if (!withMeta.includes(meta)) throw new Error('index.html has no <meta charset="utf-8"> to put the bundles after');
await writeFile(file, withMeta);
