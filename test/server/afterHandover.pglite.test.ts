import { vi } from 'vitest';
import { describeAfterHandover } from './afterHandoverSuite';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

describeAfterHandover('embedded PGlite', async () => ({}));
