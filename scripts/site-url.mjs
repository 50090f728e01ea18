// CDC_SITE_URL, the address the site is served from, as the build needs it for absolute links
// (canonical, alternates, Open Graph, oEmbed): used by scripts/pages.mjs, tested by
// tests/browser/pages.test.mjs.

const HELP = 'Set CDC_SITE_URL to the address the site is served from, e.g. CDC_SITE_URL=https://example.org/calc/ (see the README, "Deal pages and link previews").';

/** `value` as an absolute http(s) address ending in `/`; a clear error if it is missing or unusable. */
export function siteUrl(value) {
  if (!value) throw new Error(`CDC_SITE_URL is not set. ${HELP}`);
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
