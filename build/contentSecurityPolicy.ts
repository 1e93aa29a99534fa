import type { Plugin } from 'vite';

/**
 * The built app's Content-Security-Policy: scripts, workers, fonts and fetches come from the app's
 * own origin only, with no inline script and no `eval`. Styles may be inline: React Flow positions
 * nodes with style attributes, Monaco and the simulator's highlights add <style> elements.
 * `data:`/`blob:` images are the canvas picture export (html-to-image draws the flow as an SVG
 * image, then onto a canvas for PNG) and Monaco's CSS icons.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Ships the policy with the build: a <meta> tag in dist/index.html (so any static host serves it)
 * and the same header from `vite preview`. Not in `vite dev`, whose React Refresh preamble is an
 * inline script. `frame-ancestors` is header-only, so it is added to the header alone.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'baton-content-security-policy',
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
        next();
      });
    },
  };
}
