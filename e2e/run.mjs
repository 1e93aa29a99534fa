#!/usr/bin/env node
// Browser tests: `npm run test:e2e [-- --no-build] [vitest filters…]`.
// Ensures Debian's Chromium, builds the app, then runs e2e/**/*.e2e.ts with vitest.e2e.config.ts
// (its globalSetup serves dist/ with vite preview on 127.0.0.1 and a free port).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y chromium';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function fail(message) {
  console.error(`\ne2e: ${message}\n`);
  process.exit(1);
}

// Never skip silently: without Chromium the browser tests fail with the command that fixes it.
function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) fail(`Chromium is missing (${CHROMIUM}). Install it with:\n  sudo sh -c '${INSTALL}'`);
  console.log(`e2e: Chromium is missing; installing it: ${INSTALL}`);
  if (run('sh', ['-c', INSTALL]) !== 0 || !existsSync(CHROMIUM)) fail(`Installing Chromium failed. Run:\n  ${INSTALL}`);
}

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const vitestArgs = args.filter((arg) => arg !== '--no-build');

ensureChromium();
// BATON_E2E_DIST builds and serves another folder than dist/, so two runs on one checkout keep apart.
const outDir = process.env.BATON_E2E_DIST || 'dist';
if (!skipBuild && run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir]) !== 0) fail('vite build failed.');
process.exit(run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...vitestArgs]));
