// Post-build step (scripts/post-build.mjs): adds a strict Content-Security-Policy to
// index.html. Trunk injects one inline module script to start the wasm, and index.html has one
// of its own, and its stylesheet is inline; instead of allowing inline scripts and styles, the
// policy allows exactly those by their SHA-256 hashes. No 'unsafe-inline', no 'unsafe-eval'.

import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const file = join(dir, 'index.html');
const html = await readFile(file, 'utf8');

const hash = ([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(hash);
// The stylesheet, inline (scripts/inline-css.mjs).
const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(hash);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  `style-src 'self' ${styles.join(' ')}`.trim(),
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
// Quoted or not: release builds minify index.html.
const withPolicy = html
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '')
  .replace(/<meta charset="?utf-8"?>/i, (charset) => `${charset}${meta}`);
if (withPolicy === html) throw new Error('index.html has no <meta charset="utf-8"> to put the policy after');
await writeFile(file, withPolicy);
console.log(`csp: ${hashes.length} inline script(s) and ${styles.length} stylesheet(s) allowed by hash`);
