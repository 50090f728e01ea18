// Trunk post-build hook: the steps that build the wasm and rewrite the built files, in order.
await import('./bundles.mjs');
await import('./prerender.mjs');
await import('./language-packs.mjs');
await import('./methodology.mjs');
await import('./crossorigin.mjs');
await import('./inline-css.mjs');
await import('./csp.mjs');
await import('./pages.mjs');
await import('./compress.mjs');
