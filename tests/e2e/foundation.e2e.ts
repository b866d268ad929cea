import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  launchWithExtension,
  messageTab,
  openExtensionPage,
  samplePartyPage,
  screenshot,
  serveFixtures,
  tabIdOf,
  tabReport,
  waitFor,
  type FixtureServer,
  type LaunchedExtension,
} from './harness';

let launched: LaunchedExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures({ pages: { '/party.html': samplePartyPage() } });
  launched = await launchWithExtension();
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
});

describe('the extension in Chromium', () => {
  it('has the fixed id from the manifest key', () => {
    expect(launched.extensionId).toBe('ccbhkgnakpienpfclpipkpkeegoejpda');
  });

  it('detects a Party document on a served page and sets the badge', async () => {
    const page = await launched.context.newPage();
    await page.goto(server.url('/party.html'));
    const tabId = await tabIdOf(launched, page);
    const text = await waitFor(async () => (await badgeText(launched, tabId)) || undefined, 10_000, 'the badge');
    expect(Number(text)).toBeGreaterThan(0);
    await page.close();
  });

  it('runs on an ordinary page but leaves it alone: no analysis, no badge, no DOM change', async () => {
    const page = await launched.context.newPage();
    await page.goto(server.url('/ordinary.html'));
    const before = await page.content();
    const tabId = await tabIdOf(launched, page);
    const report = await waitFor(() => tabReport(launched, tabId), 10_000, 'the content script report');
    expect(report).toMatchObject({ isPartyDocument: false });
    expect(report.analysis).toBeUndefined();
    expect(await badgeText(launched, tabId)).toBe('');
    expect(await page.content()).toBe(before);
    await page.close();
  });

  it('clears the badge when the tab moves on to an ordinary page', async () => {
    const page = await launched.context.newPage();
    await page.goto(server.url('/party.html'));
    const tabId = await tabIdOf(launched, page);
    await waitFor(async () => (await badgeText(launched, tabId)) || undefined, 10_000, 'the badge');
    await page.goto(server.url('/ordinary.html'));
    await expect.poll(() => badgeText(launched, tabId), { timeout: 10_000 }).toBe('');
    await page.close();
  });

  it('analyses an ordinary page on request and shows its card in the side panel', async () => {
    const page = await launched.context.newPage();
    await page.goto(server.url('/ordinary.html'));
    const tabId = await tabIdOf(launched, page);
    const reply = (await messageTab(launched, tabId, { type: 'page/analyse' })) as { analysis?: unknown };
    expect(reply.analysis).toBeDefined();
    const panel = await openExtensionPage(launched, `sidepanel.html?tab=${tabId}`);
    const card = panel.getByTestId('document-card');
    await card.waitFor();
    expect(await card.locator('.soi-badge').textContent()).toBe('Trang web');
    await Promise.all([panel.close(), page.close()]);
  });

  it('shows the Vietnamese empty state in the side panel when the tab has no Party document', async () => {
    const page = await launched.context.newPage();
    await page.goto(server.url('/ordinary.html'));
    const tabId = await tabIdOf(launched, page);
    const panel = await openExtensionPage(launched, `sidepanel.html?tab=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 640 });
    await expect.poll(() => panel.locator('.soi-empty h2').textContent()).toBe('Chưa nhận diện văn bản Đảng');
    await screenshot(panel, 'sidepanel-empty');
    await Promise.all([panel.close(), page.close()]);
  });

  it('renders the side panel with the document card of the active tab, and saves it to the library', async () => {
    const page = await launched.context.newPage();
    await page.goto(server.url('/party.html'));
    const tabId = await tabIdOf(launched, page);
    await waitFor(async () => (await badgeText(launched, tabId)) || undefined, 10_000, 'the badge');

    const panel = await openExtensionPage(launched, `sidepanel.html?tab=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 640 });
    const card = panel.getByTestId('document-card');
    await card.waitFor();
    expect(await panel.locator('html').getAttribute('lang')).toBe('vi');
    expect(await card.locator('.soi-counts li').count()).toBe(4);
    await screenshot(panel, 'sidepanel');

    await panel.getByRole('button', { name: 'Lưu vào thư viện' }).click();
    await panel.getByRole('button', { name: 'Đã lưu vào thư viện' }).waitFor();
    const library = await openExtensionPage(launched, 'library.html');
    await library.getByTestId('library-documents').waitFor();
    expect(await library.getByTestId('document-card').count()).toBe(1);
    await screenshot(library, 'library');
    await Promise.all([library.close(), panel.close(), page.close()]);
  });

  it('keeps a row written through the store in the real IndexedDB across a reload', async () => {
    const options = await openExtensionPage(launched, 'options.html');
    const checkbox = options.locator('input[name="open-pdfs-in-soi"]');
    await checkbox.waitFor();
    expect(await checkbox.isChecked()).toBe(false);
    await checkbox.check();
    // The row, read straight from IndexedDB (not through Dexie or the store API).
    const readRow = () =>
      options.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('soi');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const get = open.result.transaction('settings').objectStore('settings').get('openPdfsInSoi');
              get.onsuccess = () => resolve(get.result ?? null);
              get.onerror = () => reject(get.error);
              open.result.close();
            };
          }),
      );
    await expect.poll(readRow).toEqual({ key: 'openPdfsInSoi', value: true });

    await options.reload();
    await checkbox.waitFor();
    expect(await checkbox.isChecked()).toBe(true);
    expect(await readRow()).toEqual({ key: 'openPdfsInSoi', value: true });
    await screenshot(options, 'options');
    await options.close();
  });
});
