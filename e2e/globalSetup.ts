import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `vite preview` serves the built app, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseUrl: string;
  }
}

/** A port nobody listens on right now; vite then binds it with strictPort. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Serves dist/ like `vite preview --host 127.0.0.1 --strictPort --port <free port>` for the whole
 * run and hands the URL to tests (inject('baseUrl')). e2e/run.mjs builds dist/ first.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = process.env.BATON_E2E_DIST || 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir}/index.html is missing: run the browser tests with "npm run test:e2e" (it builds the app first).`);
  }
  const port = await findFreePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await server.close();
  };
}
