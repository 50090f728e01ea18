// Writes src/i18n/format/intl.tsv: what `Intl.NumberFormat` prints for each language, style
// and a spread of values, with the options the page gives it in the browser
// (src/i18n/format.rs, `imp::options`). The native formatter, which renders the pages built at
// build time, is tested against it. Run with Node (full ICU): node scripts/intl-fixture.mjs

import { writeFile } from 'node:fs/promises';

const styles = {
  Integer: { maximumFractionDigits: 0 },
  Decimal: { maximumFractionDigits: 2 },
  OneDecimal: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  Compact: { notation: 'compact', maximumFractionDigits: 1 },
  CompactLong: { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 },
  UsdCents: { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 },
  UsdCompact: { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 },
  Percent: { style: 'percent', maximumFractionDigits: 1 },
};
const values = [
  0, 0.004, 0.05, 0.25, 0.5, 0.94, 0.999, 1, 1.005, 2.25, 2.675, 9.95, 12.345, 99.5, 999.94, 999.96,
  1000, 1050, 1234, 1500, 9999, 12345, 99_999, 123_456, 999_949, 999_999, 1e6, 1.5e6, 2e6, 12.34e6,
  300_000, 594.3, 1e9, 1.2345e9, 1.5e9, 9.94e9, 9.96e9, 1e10, 12.34e9, 38e9, 100e9, 225.6e9, 999.96e9,
  1e12, 1.2e12, 45.6e12, -2500, -0.5, -38e9,
];
const lines = ['# locale\tstyle\tvalue\tformatted — written by scripts/intl-fixture.mjs, ICU ' + process.versions.icu];
for (const locale of ['en-US', 'el-GR', 'es-ES']) {
  for (const [style, options] of Object.entries(styles)) {
    const format = new Intl.NumberFormat(locale, options);
    // The page rounds whole numbers (half away from zero, as Rust's `round`) before it formats
    // them with the two-decimal formatter.
    for (const value of values) lines.push([locale, style, String(value), format.format(style === 'Integer' ? Math.sign(value) * Math.round(Math.abs(value)) : value)].join('\t'));
  }
}
await writeFile(new URL('../src/i18n/format/intl.tsv', import.meta.url), `${lines.join('\n')}\n`);
console.log(`intl fixture: ${lines.length - 1} lines, ICU ${process.versions.icu}`);
