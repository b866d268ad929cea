/**
 * `npm run bench`: every benchmark in its own process, so one's heap and JIT
 * state do not colour the next one's figures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const benches = ['core.ts', 'highlight.ts', 'pdf.ts'];
let failed = false;
for (const bench of benches) {
  const file = here + bench;
  if (!existsSync(file)) continue;
  console.log(`\n=== ${bench} ===`);
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
