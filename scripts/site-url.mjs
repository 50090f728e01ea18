// CDC_SITE_URL, the address the site is served from, as the build needs it for absolute links
// (canonical, alternates, Open Graph, oEmbed): used by scripts/pages.mjs, tested by
// tests/browser/pages.test.mjs. It is optional: without it the build writes relative links and
// leaves out what must be absolute (see `siteUrl`).

const HELP = 'Set CDC_SITE_URL to the address the site is served from, e.g. CDC_SITE_URL=https://example.org/calc/ (see docs/interface.md, "Deal pages and link previews").';

/** The one line a build without CDC_SITE_URL prints. */
export const NO_SITE_WARNING = `warning: CDC_SITE_URL is not set: links are relative, and og:url, og:image and the oEmbed files (which must be absolute) are left out. ${HELP}`;

/**
 * `value` as an absolute http(s) address ending in `/`; `null` when it is unset or empty (a
 * build for a machine of one's own); a clear error if it is set but unusable.
 */
export function siteUrl(value) {
  if (value === undefined || value === '') return null;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`CDC_SITE_URL is not an address: ${JSON.stringify(value)}. ${HELP}`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.search || url.hash || url.username || url.password) {
    throw new Error(`CDC_SITE_URL must be a plain http(s) address, without query, fragment or credentials: ${JSON.stringify(value)}. ${HELP}`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
