// The text-spill audit, shared by the Chromium tests (playwright-core) and the Firefox and
// WebKit journeys (WebDriver): both run `findSpills` in the page, as a function or as source.
//
// A spill is text wider than the box that should hold it: the text draws over its neighbours
// or off the page, or an ancestor with `overflow: hidden` cuts it off. A block-level holder of text spills when its
// `scrollWidth` exceeds its `clientWidth`; an inline one (which has no client width) when its
// line boxes pass the content edge of the block that holds it. Text inside a scroll container
// (the tables) is not a spill: it scrolls. Hidden text (closed disclosures, visually-hidden
// labels for screen readers) is not audited.

/**
 * Every spill in `root` (default: the document) as `{ text, lang, width, room }`, with widths
 * in CSS pixels. Self-contained: it is serialised into the page.
 */
export function findSpills(root) {
  const doc = root ?? document;
  const view = doc.defaultView;
  const TOLERANCE = 1;
  const hidden = (element) => {
    if (element.closest('.visually-hidden, [hidden], [aria-hidden="true"]')) return true;
    return element.getClientRects().length === 0;
  };
  // Only a scroll container lets a reader reach wide text; `hidden` and `clip` cut it off.
  const scrolls = (style) => ['auto', 'scroll'].includes(style.overflowX);
  // Text of its own: a text node, or generated content such as `content: attr(data-short)`.
  const generated = (element, pseudo) => /^["']./.test(view.getComputedStyle(element, pseudo).content);
  const ownText = (element) =>
    [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent.trim() !== '') ||
    generated(element, '::before') ||
    generated(element, '::after');
  const spills = [];
  for (const element of doc.body.querySelectorAll('*')) {
    if (!ownText(element) || hidden(element)) continue;
    const style = view.getComputedStyle(element);
    let room;
    let width;
    if (style.display !== 'inline') {
      if (scrolls(style)) continue;
      room = element.clientWidth;
      width = element.scrollWidth;
    } else {
      let block = element.parentElement;
      while (block && view.getComputedStyle(block).display === 'inline') block = block.parentElement;
      if (!block) continue;
      const blockStyle = view.getComputedStyle(block);
      const box = block.getBoundingClientRect();
      const right = box.left + block.clientLeft + block.clientWidth - parseFloat(blockStyle.paddingRight);
      const left = box.left + block.clientLeft + parseFloat(blockStyle.paddingLeft);
      const rects = [...element.getClientRects()];
      room = right - left;
      width = Math.max(...rects.map((rect) => rect.right)) - Math.min(...rects.map((rect) => rect.left));
      const past = Math.max(...rects.map((rect) => rect.right - right), ...rects.map((rect) => left - rect.left));
      if (past <= TOLERANCE) continue;
    }
    if (width <= room + TOLERANCE) continue;
    // Inside a scroll container (a table region), wide text scrolls instead of spilling.
    let ancestor = element.parentElement;
    let inScroller = false;
    while (ancestor && ancestor !== doc.body) {
      if (scrolls(view.getComputedStyle(ancestor))) {
        inScroller = true;
        break;
      }
      ancestor = ancestor.parentElement;
    }
    if (inScroller) continue;
    spills.push({
      text: (element.textContent.trim() || view.getComputedStyle(element, '::before').content).slice(0, 80),
      lang: element.closest('[lang]')?.getAttribute('lang') ?? '',
      width: Math.round(width),
      room: Math.round(room),
    });
  }
  return spills;
}

/** Opens every disclosure in `root` so that the audit sees what a reader can open. */
export function openDisclosures(root) {
  const doc = root ?? document;
  for (const details of doc.querySelectorAll('details')) details.open = true;
  return doc.querySelectorAll('details').length;
}
