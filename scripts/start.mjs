#!/usr/bin/env node
/**
 * `npm start`: build the extension and open a visible Chromium with it
 * loaded on the bundled sample Party document. The e2e harness does the
 * launching and serving, so `npm start` and the tests load Soi the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { register } from 'tsx/esm/api';

const SAMPLE = 'public/samples/ke-hoach-35-kh-du.txt';
const CHROMIUM = process.env.SOI_CHROMIUM ?? '/usr/bin/chromium';

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`Soi: no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser window can open.

On this machine, use the command line on the same sample document:
    npx soi extract ${SAMPLE}          (add --json for the full Analysis)
Or build the extension and load it in a browser elsewhere:
    npm run build                      -> .output/chrome-mv3   (Chrome: chrome://extensions, Load unpacked)
    npm run build:firefox              -> .output/firefox-mv2  (Firefox: about:debugging, Load Temporary Add-on)
Tests run headless: npm test`);
  process.exit(0);
}

if (!existsSync(CHROMIUM)) {
  console.error(`Soi: ${CHROMIUM} is missing. Install it (Debian/Ubuntu: sudo apt-get install chromium chromium-l10n fonts-dejavu) or set SOI_CHROMIUM to a Chromium binary.`);
  process.exit(1);
}

const build = spawnSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

register();
const { launchWithExtension, samplePartyPage, serveFixtures } = await import('../tests/e2e/harness.ts');

const SAMPLE_PAGE = '/ke-hoach-35-kh-du.html';
const server = await serveFixtures({ pages: { [SAMPLE_PAGE]: samplePartyPage() } });
// A profile kept under .cache/ so the library survives from one `npm start` to the next.
const launched = await launchWithExtension({ headless: false, userDataDir: resolve('.cache/chromium-profile') });
const page = launched.context.pages()[0] ?? (await launched.context.newPage());
await page.goto(server.url(SAMPLE_PAGE));

console.log(`Soi is loaded in Chromium on the sample document (${SAMPLE}), served at ${server.url(SAMPLE_PAGE)}
Click Soi's icon in the toolbar to open the side panel. Close the browser window to stop.`);
launched.context.on('close', () => void server.close());
