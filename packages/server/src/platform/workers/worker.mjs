// The entry of the worker threads of pool.ts. Plain JavaScript that registers tsx itself: a
// worker thread does not inherit the loader its process was started with (`npm start`
// registers tsx in-process, Vitest transforms on its own), so the TypeScript modules a task
// names are loaded through tsx from here.
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./runTask.ts');

export default runTask;
