import { vi } from 'vitest';
import { describeServer } from './serverSuite';

// Embedded PGlite creates its cluster in the test (initdb in WASM takes seconds on a busy machine).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describeServer('embedded PGlite', async () => ({}));
