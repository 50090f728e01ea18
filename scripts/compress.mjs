// Post-build step (scripts/post-build.mjs, last: it compresses the finished files): writes a
// Brotli (`.br`, best quality) and a gzip (`.gz`, level 9) copy beside every text file and wasm
// of the site, in every folder (deal pages live in deals/<id>/, el/, es/, …), for hosts that
// serve precompressed files as they are: nginx's gzip_static and brotli_static, Caddy's
// `precompressed`, Apache's rewrite recipe (docs/hosting/). A host that ignores them serves
// the same site, compressed on the fly or not at all. Images (PNG cards) are compressed already
// and are left alone; so is a copy that would not be smaller than its file.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');

const TEXT = new Set(['.html', '.htm', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.text', '.xml', '.webmanifest', '.csv', '.tsv']);
const BINARY = new Set(['.wasm']);
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

const totals = { files: 0, raw: 0, gzip: 0, brotli: 0, skipped: 0 };
/** Compresses one file; zlib's work runs on libuv's thread pool, so a few at once keep both cores busy. */
async function compress(file) {
  const raw = await readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: BINARY.has(extname(file)) ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    }),
    gz(raw, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  totals.files += 1;
  totals.raw += raw.length;
  // A host falls back to the next encoding, or the file itself, when a copy is missing.
  for (const [suffix, body] of [['.br', br], ['.gz', gzipped]]) {
    if (body.length < raw.length) await writeFile(`${file}${suffix}`, body);
    else totals.skipped += 1;
    totals[suffix === '.br' ? 'brotli' : 'gzip'] += Math.min(body.length, raw.length);
  }
}

// `trunk serve` (a debug build) serves the files itself and never reads the copies: no need to
// spend seconds of Brotli on every change.
if (process.env.TRUNK_PROFILE === 'debug') {
  console.log('compress: skipped (debug build)');
} else {
  const queue = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => TEXT.has(extname(file)) || BINARY.has(extname(file)));
  // At most four files at once: the size of libuv's thread pool, and memory stays small.
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (queue.length) await compress(queue.pop());
  }));
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `compress: ${totals.files} files, ${kb(totals.raw)} raw, ${kb(totals.gzip)} gzip, ${kb(totals.brotli)} brotli` +
      (totals.skipped ? ` (${totals.skipped} copies not written: no smaller than their file)` : ''),
  );
}
