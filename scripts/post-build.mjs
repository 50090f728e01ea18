// Trunk post-build hook: the steps that rewrite the built index.html, in order.
await import('./prerender.mjs');
await import('./csp.mjs');
