// Trunk post-build hook: the steps that rewrite the built files, in order.
await import('./imports.mjs');
await import('./minify.mjs');
await import('./prerender.mjs');
await import('./language-packs.mjs');
await import('./methodology.mjs');
await import('./extras.mjs');
await import('./crossorigin.mjs');
await import('./inline-css.mjs');
await import('./csp.mjs');
await import('./pages.mjs');
