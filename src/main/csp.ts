/**
 * The CSP stamped on every app:// response. It is the renderer's one policy, shared with browser
 * mode's server (src/shared/csp.ts), so the desktop and browser can never drift apart.
 */
export { CSP } from '../shared/csp';
