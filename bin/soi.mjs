#!/usr/bin/env node
// Launcher: runs lib/cli.ts through tsx, resolved from this package, so
// `npx soi ...` works from any working directory without a build step.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tsxLoader = import.meta.resolve('tsx');
const cli = fileURLToPath(new URL('../lib/cli.ts', import.meta.url));
const run = spawnSync(process.execPath, ['--import', tsxLoader, cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
