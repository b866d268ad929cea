/**
 * Firefox side of the e2e harness: Debian's firefox-esr driven by
 * puppeteer-core over WebDriver BiDi, with the unpacked MV2 build installed
 * as a temporary add-on. The add-on's internal UUID is pinned by a pref, so
 * its pages have a known moz-extension:// address.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extensionDir } from './harness';

export const FIREFOX_PATH = process.env.SOI_FIREFOX ?? '/usr/bin/firefox-esr';
const ADDON_UUID = '5e0b1c2d-3f4a-4b5c-8d6e-7f8091a2b3c4';

/** Why the Firefox tests cannot run here, or undefined when they can. */
export function firefoxUnavailable(): string | undefined {
  if (process.env.SOI_FIREFOX_MISSING || !existsSync(FIREFOX_PATH)) {
    return `${FIREFOX_PATH} is missing (Debian: apt-get install firefox-esr); Firefox smoke test skipped`;
  }
  return undefined;
}

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://<uuid>/ */
  baseUrl: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<LaunchedFirefox> {
  const dir = extensionDir('firefox');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets BiDi reach privileged pages such as moz-extension://.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: ADDON_UUID }),
    },
  });
  await browser.installExtension(dir);
  return {
    browser,
    baseUrl: `moz-extension://${ADDON_UUID}/`,
    close: () => browser.close(),
  };
}

/**
 * Navigations to moz-extension:// pages never report completion over BiDi, so
 * the goto is not awaited: we wait for the page to be at the address instead.
 */
export async function openFirefoxExtensionPage(launched: LaunchedFirefox, path: string): Promise<Page> {
  const page = await launched.browser.newPage();
  const url = launched.baseUrl + path.replace(/^\//, '');
  void page.goto(url).catch(() => undefined);
  // Not waitForFunction: its script realm can vanish mid-navigation, which
  // Firefox reports as a protocol error instead of retrying.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const arrived = await page
      .evaluate((target) => location.href === target && document.readyState === 'complete', url)
      .catch(() => false);
    if (arrived) return page;
    if (Date.now() > deadline) throw new Error(`Firefox did not open ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
