// What `z.locales` holds in our bundles (see zod-english-only.mjs): English only.
export { default as en } from 'zod/v4/locales/en.js';
