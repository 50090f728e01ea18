// The benchmarks' static host: serves a folder on loopback as a real host with precompressed
// files does (the `.br` or `.gz` beside a file when the browser asks for it, else compressed on
// the fly, as a host that compresses would; `Vary: Accept-Encoding`), and the Chart.js peer
// ready to serve. Used by tests/bench/peer.mjs and tests/lighthouse/run.mjs.

import { createReadStream } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { TYPES as TEXT_TYPES } from '../browser/harness.mjs';

// The tests' types, and the language packs and oEmbed files, which a host compresses too.
const TYPES = { ...TEXT_TYPES, '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };

/** Serves `root` on loopback as a static host with precompressed files does. */
export async function serveAsHost(root) {
  const made = new Map();
  const server = createServer(async (request, response) => {
    let file = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const accepts = request.headers['accept-encoding'] ?? '';
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', vary: 'Accept-Encoding' };
      for (const [token, suffix, compress] of [['br', '.br', brotliCompressSync], ['gzip', '.gz', (body) => gzipSync(body, { level: 9 })]]) {
        if (!TYPES[extname(file)] || !new RegExp(`\\b${token}\\b`).test(accepts)) continue;
        const ready = await stat(file + suffix).then(() => true, () => false);
        if (!ready && !made.has(file + suffix)) made.set(file + suffix, compress(await readFile(file)));
        headers['content-encoding'] = token;
        response.writeHead(200, headers);
        return ready ? createReadStream(file + suffix).pipe(response) : response.end(made.get(file + suffix));
      }
      response.writeHead(200, headers);
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) };
}
/** A folder with the peer (tests/bench/peer/) and Chart.js from npm beside it; ends in `/`. */
export async function peerRoot() {
  const source = fileURLToPath(new URL('./peer/', import.meta.url));
  const root = await mkdtemp(join(tmpdir(), 'peer-'));
  for (const name of await readdir(source)) await copyFile(join(source, name), join(root, name));
  await copyFile(fileURLToPath(new URL('../../node_modules/chart.js/dist/chart.umd.min.js', import.meta.url)), join(root, 'chart.umd.min.js'));
  return `${root}/`;
}
