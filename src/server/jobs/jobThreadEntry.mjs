// The job thread's entry (see jobThread.ts). A worker thread does not inherit the TypeScript loader
// bin/baton.mjs registered for the process, so it registers tsx again, then runs the thread's code.
import { register } from 'tsx/esm/api';

register();
await import('./jobThreadMain.ts');
