// Post-build step (scripts/post-build.mjs): gives the calculator's wasm imports short names
// (scripts/wasm-imports.mjs says why and how), and refreshes the wasm's Subresource Integrity
// hash in index.html.

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { shortenImports } from './wasm-imports.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const files = await readdir(dir);
const wasmName = files.find((name) => name.endsWith('_bg.wasm'));
const glueName = files.find((name) => name.endsWith('.js') && wasmName?.startsWith(name.slice(0, -3)));
if (!wasmName || !glueName) throw new Error(`no wasm and glue pair in ${dir}`);

const wasm = await readFile(join(dir, wasmName));
const { wasm: output, glue, count } = shortenImports(wasm, await readFile(join(dir, glueName), 'utf8'));
await writeFile(join(dir, wasmName), output);
await writeFile(join(dir, glueName), glue);

// Trunk wrote an integrity attribute for the wasm; it must hash the new bytes.
const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');
const integrity = `sha384-${createHash('sha384').update(output).digest('base64')}`;
const link = new RegExp(`(<link\\b[^>]*\\bhref="?\\./${wasmName.replace(/\./g, '\\.')}"?[^>]*\\bintegrity=)"?[^"\\s>]+"?`);
if (!link.test(html)) throw new Error(`index.html has no integrity attribute for ${wasmName}`);
await writeFile(file, html.replace(link, `$1${integrity}`));
console.log(`imports: ${count} renamed, wasm ${wasm.length} → ${output.length} bytes`);
