// Post-build step (scripts/post-build.mjs): builds the second wasm, the page's later sections
// (src/bin/extras.rs; see src/components/lazy.rs), the way Trunk builds the first: cargo for
// wasm32, wasm-bindgen, wasm-opt -Oz in release builds, short import names, terser for the
// glue. The files are named by a hash of their content (extras-<hash>.js, extras-<hash>_bg.wasm)
// and listed in <meta name="extras">, from which index.html's loader fetches them when one of
// the sections nears the screen or the inputs change.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minify } from 'terser';
import { shortenImports } from './wasm-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const release = process.env.TRUNK_PROFILE !== 'debug';
const run = (command, args) => execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });

run('cargo', ['build', '--quiet', '--target', 'wasm32-unknown-unknown', '--bin', 'extras', ...(release ? ['--release'] : [])]);
const target = process.env.CARGO_TARGET_DIR ?? 'target';
const built = join(target, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'extras.wasm');
const work = await mkdtemp(join(tmpdir(), 'extras-'));
try {
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', 'extras', built]);
  const bound = join(work, 'extras_bg.wasm');
  if (release) run('wasm-opt', ['-Oz', '--low-memory-unused', bound, '-o', bound]);
  let { wasm, glue } = shortenImports(await readFile(bound), await readFile(join(work, 'extras.js'), 'utf8'));
  if (release) ({ code: glue } = await minify(glue, { module: true, ecma: 2020, compress: { passes: 2 } }));
  const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  const wasmName = `extras-${hash(wasm)}_bg.wasm`;
  const glueName = `extras-${hash(glue)}.js`;
  await writeFile(join(dir, wasmName), wasm);
  await writeFile(join(dir, glueName), glue);

  const file = join(dir, 'index.html');
  const html = await readFile(file, 'utf8');
  const meta = `<meta name="extras" content="./${glueName} ./${wasmName}">`;
  const withMeta = html.replace(/<meta charset="?utf-8"?>/i, (charset) => `${charset}${meta}`);
  if (withMeta === html) throw new Error('index.html has no <meta charset="utf-8"> to put the extras after');
  await writeFile(file, withMeta);
  console.log(`extras: ${glueName} ${glue.length} bytes, ${wasmName} ${wasm.length} bytes`);
} finally {
  await rm(work, { recursive: true, force: true });
}
