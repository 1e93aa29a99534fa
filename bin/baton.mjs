#!/usr/bin/env node
// Runs the TypeScript CLI straight from the repository, no build step: tsx's ESM loader is
// registered for this process, then src/cli/main.ts is imported and given the real io.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const { nodeIo } = await import('../src/cli/io.ts');
process.exitCode = await main(process.argv.slice(2), nodeIo);
