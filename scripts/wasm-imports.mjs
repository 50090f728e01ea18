// Gives a wasm's imports short names, in the wasm and in its JS glue together: used by
// scripts/imports.mjs (the calculator's wasm, built by Trunk) and scripts/extras.mjs (the
// second wasm of the page's later sections).
//
// wasm-bindgen names each function the wasm imports from its JS glue after the Rust item and a
// hash (`__wbg_setAttribute_f75317b2b5cabfb4`): 192 names, 13 KB of the wasm and as much again
// in the glue, which no minifier touches because each side must keep the other's spelling.
// This renames them `a`, `b`, … `Z`, `aa`, …, in the wasm's import section and in the glue's
// import object. (Binaryen's --minify-imports renames only imports from a module called `env`.)
// It throws rather than return a wasm and glue that disagree.

/** Unsigned LEB128, as the wasm binary format writes lengths and indices. */
function readUnsigned(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at.offset++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}

function writeUnsigned(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

const readName = (bytes, at) => {
  const length = readUnsigned(bytes, at);
  const name = bytes.subarray(at.offset, at.offset + length).toString('utf8');
  at.offset += length;
  return name;
};
const writeName = (name) => {
  const bytes = Buffer.from(name, 'utf8');
  return Buffer.concat([writeUnsigned(bytes.length), bytes]);
};

/** `a` … `z`, `A` … `Z`, `aa`, `ab`, …: the `index`-th short name. */
function shortName(index) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  let rest = index;
  do {
    name = letters[rest % letters.length] + name;
    rest = Math.floor(rest / letters.length) - 1;
  } while (rest >= 0);
  return name;
}

/**
 * `wasm` (bytes) and `glue` (text) with short import names, and how many were renamed.
 * @param {Buffer} wasm
 * @param {string} glue
 */
export function shortenImports(wasm, glue) {
  const renamed = new Map();
  const sections = [wasm.subarray(0, 8)];
  const at = { offset: 8 };
  while (at.offset < wasm.length) {
    const start = at.offset;
    const id = wasm[at.offset++];
    const size = readUnsigned(wasm, at);
    const end = at.offset + size;
    if (id !== 2) {
      sections.push(wasm.subarray(start, end));
      at.offset = end;
      continue;
    }
    // The import section: module, name, kind and description of each import. The glue's imports
    // are functions (kind 0, a type index); anything else is copied as it is.
    const count = readUnsigned(wasm, at);
    const entries = [writeUnsigned(count)];
    for (let i = 0; i < count; i += 1) {
      const module = readName(wasm, at);
      const name = readName(wasm, at);
      const kind = wasm[at.offset++];
      if (kind !== 0) throw new Error(`import ${module}.${name} is of kind ${kind}, not a function`);
      const type = readUnsigned(wasm, at);
      let short = name;
      if (/^__wbg_|^__wbindgen_/.test(name)) {
        short = shortName(renamed.size);
        renamed.set(name, short);
      }
      entries.push(writeName(module), writeName(short), Buffer.from([kind]), writeUnsigned(type));
    }
    if (at.offset !== end) throw new Error('the import section did not parse to its end');
    const body = Buffer.concat(entries);
    sections.push(Buffer.from([id]), writeUnsigned(body.length), body);
  }

  for (const [name, short] of renamed) {
    const token = new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g');
    const before = glue;
    glue = glue.replace(token, short);
    if (glue === before) throw new Error(`the glue never names the import ${name}`);
  }
  const left = glue.match(/\b__wbg_\w+_[0-9a-f]{16}\b/);
  if (left) throw new Error(`the glue still names ${left[0]}, which the wasm does not import`);
  return { wasm: Buffer.concat(sections), glue, count: renamed.size };
}
