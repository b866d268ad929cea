import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxUnavailable, launchFirefoxWithExtension, openFirefoxExtensionPage, type LaunchedFirefox } from './firefox-harness';
import { samplePartyPage, screenshotPath, serveFixtures, type FixtureServer } from './harness';

const skipReason = firefoxUnavailable();
if (skipReason) console.warn(skipReason);

/** The WebExtension API as seen from an extension page (only what the test calls). */
declare const browser: {
  tabs: { query(filter: object): Promise<{ id?: number }[]> };
  browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
};

describe.skipIf(skipReason)('the extension in Firefox (smoke)', () => {
  let firefox: LaunchedFirefox;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures({ pages: { '/party.html': samplePartyPage() } });
    firefox = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('runs the content script on a served Party page and renders the side panel for it', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('/party.html'));
    const ordinary = await firefox.browser.newPage();
    await ordinary.goto(server.url('/ordinary.html'));

    const probe = await openFirefoxExtensionPage(firefox, 'library.html');
    await probe.waitForSelector('.soi-header h1');
    // The add-on may not read tab URLs; the badge is what tells the tabs apart.
    const badges = await probe.waitForFunction(async () => {
      const tabs = await browser.tabs.query({});
      const badges = await Promise.all(
        tabs.map(async (tab) => ({ id: tab.id!, text: await browser.browserAction.getBadgeText({ tabId: tab.id! }) })),
      );
      return badges.some((badge) => badge.text) && badges;
    }, { timeout: 15_000, polling: 200 });
    const marked = (await badges.jsonValue()) as { id: number; text: string }[];
    const partyTabs = marked.filter((badge) => badge.text);
    expect(partyTabs).toHaveLength(1);
    expect(Number(partyTabs[0].text)).toBeGreaterThan(0);

    // Highlights are painted in Firefox too (its CSS Custom Highlight API), on the Party page only.
    const painted = await page.evaluate(() => CSS.highlights.get('soi-reference')?.size ?? 0);
    expect(painted).toBeGreaterThan(0);
    expect(await ordinary.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.screenshot({ path: screenshotPath('firefox-page') as `${string}.png` });

    const panel = await openFirefoxExtensionPage(firefox, `sidepanel.html?tab=${partyTabs[0].id}`);
    await panel.waitForSelector('[data-testid="document-card"]');
    const lang = await panel.evaluate(() => document.documentElement.lang);
    expect(lang).toBe('vi');
    await panel.setViewport({ width: 400, height: 640 });
    await panel.screenshot({ path: screenshotPath('firefox-sidepanel') as `${string}.png` });
    await Promise.all([panel.close(), probe.close(), ordinary.close(), page.close()]);
  });
});
