#!/usr/bin/env node
/**
 * `npm run test:e2e`: make sure the browsers are there, build the extension
 * for Chromium and Firefox once, then run every tests/e2e/*.e2e.ts file.
 * Extra arguments go to vitest (e.g. a file filter).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CHROMIUM = process.env.SOI_CHROMIUM ?? '/usr/bin/chromium';
const FIREFOX = process.env.SOI_FIREFOX ?? '/usr/bin/firefox-esr';
/** Chromium shows extensions in the UI language; without this pack the Vietnamese strings fall back to English. */
const CHROMIUM_VI_LOCALE = '/usr/lib/chromium/locales/vi.pak';

const isRoot = process.getuid?.() === 0;
const isDebian = existsSync('/etc/debian_version');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

let aptUpdated = false;
function aptInstall(packages) {
  console.log(`e2e: installing ${packages.join(' ')} with apt-get (running as root on Debian)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated && run('apt-get', ['update'], { env }) === 0) aptUpdated = true;
  return run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env }) === 0;
}

/** Installs what is missing when we may; otherwise says exactly how to get it. */
function ensure(path, packages, required) {
  if (existsSync(path)) return true;
  if (isRoot && isDebian && aptInstall(packages) && existsSync(path)) return true;
  const how = isDebian
    ? `sudo apt-get install ${packages.join(' ')}`
    : `install ${packages.join(' ')} from your distribution (Debian/Ubuntu: apt-get install ${packages.join(' ')})`;
  const message = `e2e: ${path} is missing. Get it with:\n    ${how}`;
  if (required) {
    console.error(`${message}\n(or point SOI_CHROMIUM at another Chromium build)`);
    process.exit(1);
  }
  console.warn(message);
  return false;
}

ensure(CHROMIUM, ['chromium', 'chromium-l10n', 'fonts-dejavu'], true);
if (!ensure(CHROMIUM_VI_LOCALE, ['chromium-l10n'], false)) {
  console.warn('e2e: without chromium-l10n the extension pages show English; the Vietnamese checks will fail.');
}
const hasFirefox = ensure(FIREFOX, ['firefox-esr', 'fonts-dejavu'], false);
if (!hasFirefox) console.warn('e2e: the Firefox smoke test will be skipped.');

for (const args of [['build'], ['build', '-b', 'firefox']]) {
  console.log(`e2e: wxt ${args.join(' ')}`);
  // Quiet unless it fails: the build log would bury the test summary.
  const build = spawnSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', ...args], { encoding: 'utf8' });
  if (build.status !== 0) {
    process.stdout.write(build.stdout ?? '');
    process.stderr.write(build.stderr ?? '');
    process.exit(1);
  }
}

const vitest = JSON.parse(readFileSync('node_modules/vitest/package.json', 'utf8')).bin.vitest;
const status = run(
  process.execPath,
  [`node_modules/vitest/${vitest}`, 'run', '--config', 'tests/e2e/vitest.e2e.config.ts', ...process.argv.slice(2)],
  { env: { ...process.env, SOI_FIREFOX: FIREFOX, SOI_FIREFOX_MISSING: hasFirefox ? '' : '1' } },
);
process.exit(status);
