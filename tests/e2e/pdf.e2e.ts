/**
 * A Party document published as a PDF, read in Soi's own viewer: opened from
 * a served URL, a link's menu item, a PDF tab's side panel or automatically;
 * highlighted on the text layer; annotated by selecting text; found again
 * when reopened, from the same address or another one serving the same file;
 * and listed in the side panel like a web page. Scans and broken files get a
 * Vietnamese message and leave the library as it was; a 100-page file opens
 * without freezing the tab.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partyDocumentHtml, printPdf, withBrowser } from '../fixtures/pdf/party-pdf';
import { firefoxUnavailable, launchFirefoxWithExtension, openFirefoxExtensionPage, type LaunchedFirefox } from './firefox-harness';
import {
  badgeText,
  launchWithExtension,
  openExtensionPage,
  REPO_ROOT,
  screenshot,
  serveFixtures,
  tabIdOf,
  tabReport,
  waitFor,
  type FixtureServer,
  type LaunchedExtension,
  endSelectionGesture,
  highlightedTexts,
  openSidePanel,
  refuseStorageWrites,
  waitForHighlightedTexts,
} from './harness';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/pdf');
const LONG_PAGES = 100;
/** The reader's passage on page 1: it runs over ten text items (a word or a space each, then a longer one). */
const PASSAGE = 'Đẩy mạnh ứng dụng công nghệ thông tin';

let launched: LaunchedExtension;
/** tests/fixtures/pdf, and a page linking to its plan. */
let server: FixtureServer;
/** Another origin: the 100-page plan printed for this run, and a copy of the 4-page plan under another name. */
let elsewhere: FixtureServer;
let tempDir: string;

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'soi-pdf-e2e-'));
  const long = await withBrowser((browser) => printPdf(browser, partyDocumentHtml(LONG_PAGES)));
  writeFileSync(join(tempDir, `plan-${LONG_PAGES}.pdf`), long);
  mkdirSync(join(tempDir, 'tai-ve'));
  copyFileSync(join(FIXTURES, 'party-plan.pdf'), join(tempDir, 'tai-ve/ke-hoach-35-kh-du.pdf'));
  server = await serveFixtures({
    root: FIXTURES,
    pages: {
      '/van-ban.html': '<!doctype html><meta charset="utf-8"><title>Văn bản</title><a href="/party-plan.pdf">Kế hoạch số 35-KH/ĐU (PDF)</a>',
      // as government sites serve documents: the address does not say it is a PDF, only the media type does
      '/tai-ve': readFileSync(join(FIXTURES, 'party-plan.pdf')),
    },
    types: { '/tai-ve': 'application/pdf' },
  });
  elsewhere = await serveFixtures({ root: tempDir });
  launched = await launchWithExtension();
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
  await elsewhere?.close();
  if (tempDir) rmSync(tempDir, { recursive: true, force: true });
});

const viewerPath = (url: string) => `viewer.html?file=${encodeURIComponent(url)}`;

/** `url` in a new tab, showing the browser's own viewer, and the side panel for it once it offers to open the PDF in Soi. */
async function pdfTabWithPanel(url: string): Promise<{ page: Page; panel: Page }> {
  const page = await launched.context.newPage();
  await page.goto(url);
  const panel = await openPanel(await tabIdOf(launched, page));
  await panel.locator('[data-testid="open-pdf-in-soi"]').waitFor();
  return { page, panel };
}

/**
 * With the option to open PDFs in Soi on: `url` opened in a new tab ends in the
 * viewer, showing the PDF with `fingerprint`; Back is back to the PDF, not bounced into the
 * viewer again. Returns that tab.
 */
async function opensInViewerByItself(url: string, fingerprint: string): Promise<Page> {
  const tab = await launched.context.newPage();
  await tab.goto(url).catch(() => undefined); // the background replaces the navigation
  await tab.waitForURL(launched.baseUrl + viewerPath(url));
  await waitForReady(tab);
  expect(await tab.getAttribute('.soi-pdf-viewer', 'data-fingerprint')).toBe(fingerprint);
  await tab.goBack().catch(() => undefined);
  await tab.waitForURL(url);
  await new Promise((settle) => setTimeout(settle, 1500));
  expect(tab.url()).toBe(url);
  return tab;
}

async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('.soi-pdf-viewer[data-ready="true"]', { timeout: 30_000 });
}

async function openViewer(url: string): Promise<Page> {
  const page = await openExtensionPage(launched, viewerPath(url));
  await waitForReady(page);
  return page;
}

const highlighted = (page: Page, kind: string) => highlightedTexts(page, `soi-pdf-${kind}`);
const waitForHighlights = (page: Page, kind: string) => waitForHighlightedTexts(page, `soi-pdf-${kind}`);

/** A passage's painted glyphs, however many text items it spans (inserted spaces have none). */
const glyphs = (text: string) => text.replace(/\s/g, '');

/**
 * Selects page 1's text layer from the start of `first` to the end of `last`,
 * each inside one text item, as a reader's drag over the items between would.
 */
async function selectOnTextLayer(page: Page, first: string, last: string): Promise<void> {
  const found = await page.evaluate(([from, to]) => {
    const spans = [...document.querySelectorAll<HTMLElement>('.soi-pdf-page[data-page="1"] .textLayer span[data-item]')];
    const startSpan = spans.findIndex((span) => span.textContent!.includes(from));
    const endSpan = spans.findIndex((span, index) => index >= startSpan && span.textContent!.includes(to));
    if (startSpan < 0 || endSpan < 0) return null;
    const range = document.createRange();
    range.setStart(spans[startSpan].firstChild!, spans[startSpan].textContent!.indexOf(from));
    range.setEnd(spans[endSpan].firstChild!, spans[endSpan].textContent!.indexOf(to) + to.length);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const box = range.getBoundingClientRect();
    return { x: box.right - 2, y: box.top + box.height / 2 };
  }, [first, last] as const);
  if (!found) throw new Error(`"${first}" … "${last}" is not on page 1's text layer`);
  // The viewer reacts to the end of a selecting gesture.
  await endSelectionGesture(page, found);
}

const openPanel = (tabId: number) => openSidePanel(launched, tabId);

/** Everything in Soi's IndexedDB, read from an extension page (the database is the extension's). */
async function libraryDump(): Promise<string> {
  const page = await openExtensionPage(launched, 'library.html');
  const dump = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('soi');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      out[name] = await new Promise((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    }
    db.close();
    return JSON.stringify(out);
  });
  await page.close();
  return dump;
}

describe('a Party document as a PDF in Soi’s viewer', () => {
  let fingerprint: string;

  it('opens a served PDF, highlights it on the text layer and tells the side panel', async () => {
    const page = await openViewer(server.url('/party-plan.pdf'));
    fingerprint = (await page.getAttribute('.soi-pdf-viewer', 'data-fingerprint'))!;
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
    const references = await waitForHighlights(page, 'reference');
    expect(references).toContain('Nghị quyết số 21-NQ/TW');
    // The symbol printed over two lines is one entity, painted on both of its glyph runs.
    expect(references).toEqual(expect.arrayContaining(['Quy định số 57-', 'QĐ/TW']));
    expect(await highlighted(page, 'agency')).toContain('Văn phòng Đảng ủy');
    expect((await highlighted(page, 'target')).length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="pdf-summary"]').textContent()).toMatch(/Văn bản dẫn chiếu\s*\d+/);

    const tabId = await tabIdOf(launched, page);
    const report = await waitFor(() => tabReport(launched, tabId), 10_000, 'the viewer’s report');
    expect(report).toMatchObject({ documentId: `urn:pdf:${fingerprint}`, mediaType: 'application/pdf', isPartyDocument: true });
    expect(Number(await badgeText(launched, tabId))).toBeGreaterThan(10);
    await screenshot(page, 'pdf-viewer');

    // Over a highlight the tooltip gives the canonical form, as on a web page; over the margin, nothing.
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('soi-pdf-reference')!].find((r) => r.toString().includes('21-NQ/TW')) as Range;
      const rect = range.getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    const tooltip = page.locator('[data-testid="pdf-tooltip"]');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('Nghị quyết số 21-NQ/TW, ngày 16/6/2022');
    await screenshot(page, 'pdf-tooltip');
    const pageBox = (await page.locator('.soi-pdf-page').first().boundingBox())!;
    await page.mouse.move(pageBox.x + 8, pageBox.y + pageBox.height / 2);
    await tooltip.waitFor({ state: 'detached' });
    await page.close();
  });

  it('saves an annotation made on a selection of the text layer, keeping it through a save the browser refuses', async () => {
    const page = await openViewer(server.url('/party-plan.pdf'));
    await selectOnTextLayer(page, 'Đẩy', 'nghệ thông tin');
    await page.locator('[data-testid="pdf-annotate-button"]').click();
    const form = page.locator('.soi-pdf-form [data-testid="annotation-form"]');
    // The passage runs over a line break: the quote keeps it, as the document text has it.
    expect(await form.locator('blockquote').textContent()).toBe(PASSAGE.replace('công ', 'công\n'));
    await form.locator('textarea').fill('Chuyển đổi số trong công tác tổ chức');
    await form.locator('input[name="soi-tags"]').fill('chuyển đổi số');
    await screenshot(page, 'pdf-annotation-form');
    const allowWrites = await refuseStorageWrites(launched);
    await form.locator('[data-testid="annotation-save"]').click();
    // the form comes back with what the reader wrote, and says why it was not saved
    const error = form.locator('[data-testid="annotation-error"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Không lưu được ghi chú: ổ đĩa hoặc dung lượng lưu trữ của trình duyệt đã đầy');
    expect(await form.locator('textarea').inputValue()).toBe('Chuyển đổi số trong công tác tổ chức');
    await screenshot(page, 'pdf-annotation-save-failed');
    await allowWrites();
    await form.locator('[data-testid="annotation-save"]').click();
    expect(await page.locator('[data-testid="pdf-notice"]').textContent()).toBe('Đã lưu ghi chú vào thư viện.');
    expect(glyphs((await waitForHighlights(page, 'note')).join(''))).toBe(glyphs(PASSAGE));
    await screenshot(page, 'pdf-annotated');
    await page.close();
  });

  it('finds the annotation again on reopening, and from another address serving the same file', async () => {
    for (const url of [server.url('/party-plan.pdf'), elsewhere.url('/tai-ve/ke-hoach-35-kh-du.pdf')]) {
      const page = await openViewer(url);
      expect(await page.getAttribute('.soi-pdf-viewer', 'data-fingerprint')).toBe(fingerprint);
      expect(glyphs((await waitForHighlights(page, 'note')).join(''))).toBe(glyphs(PASSAGE));
      await page.close();
    }
  });

  it('works with the side panel like a web page: card, entities, reveal, dismiss, accept, annotations', async () => {
    const page = await openViewer(server.url('/party-plan.pdf'));
    const tabId = await tabIdOf(launched, page);
    const panel = await openPanel(tabId);
    await panel.waitForSelector('[data-testid="entity-list"]');
    expect(await panel.locator('[data-testid="document-card"] .soi-badge').textContent()).toBe('Kế hoạch');
    expect(await panel.locator('[data-testid="document-card"]').textContent()).toContain('35-KH/ĐU');

    // Click an entity: the viewer scrolls to it and flashes it.
    await panel.fill('[data-testid="entity-search"]', 'ket luan so 27');
    await panel.waitForFunction(() => document.querySelectorAll('.soi-entity').length === 1);
    await panel.locator('.soi-entity .soi-entity-main').click();
    expect(await waitForHighlights(page, 'flash')).toEqual(['Kết luận số 27-KL/TW']);
    const onScreen = await page.evaluate(() => {
      const range = [...CSS.highlights.get('soi-pdf-flash')!][0] as Range;
      const box = range.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    expect(onScreen).toBe(true);
    await screenshot(page, 'pdf-revealed');
    await panel.fill('[data-testid="entity-search"]', '');

    // The reader's annotation is listed, and shown in the viewer from the list.
    const note = panel.locator('.soi-annotation[data-status="anchored"]');
    await note.waitFor();
    expect(await note.textContent()).toContain('Chuyển đổi số trong công tác tổ chức');
    await note.locator('.soi-entity-main').click();
    expect(glyphs((await waitForHighlights(page, 'flash')).join(''))).toBe(glyphs(PASSAGE));

    // Dismiss a target (every mention in its row), accept a reference.
    const rows = panel.locator('.soi-entity');
    const ids = await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-entity-id')!));
    const dismissId = ids.find((id) => id.startsWith('target-'))!;
    const acceptId = ids.find((id) => id.startsWith('reference-'))!;
    // Shown first, so its page is drawn and its mark painted (pages are drawn as they scroll into view).
    const earlierFlash = (await highlighted(page, 'flash')).join('|');
    await panel.locator(`.soi-entity[data-entity-id="${dismissId}"] .soi-entity-main`).click();
    const [dismissedText] = await waitFor(async () => {
      const flashed = await highlighted(page, 'flash');
      return flashed.length > 0 && flashed.join('|') !== earlierFlash ? flashed : undefined;
    }, 5000, 'the target flashed');
    await waitFor(async () => ((await highlighted(page, 'target')).includes(dismissedText) ? true : undefined), 5000, 'the target painted');
    await panel.locator(`.soi-entity[data-entity-id="${dismissId}"] button[aria-label="Bỏ qua (không tô sáng nữa)"]`).click();
    await panel.waitForFunction((id) => !document.querySelector(`.soi-entity[data-entity-id="${id}"]`), dismissId);
    await waitFor(async () => (!(await highlighted(page, 'target')).includes(dismissedText) ? true : undefined), 5000, 'the target unpainted');
    await panel.locator(`.soi-entity[data-entity-id="${acceptId}"] button[aria-label="Xác nhận và lưu vào ghi chú"]`).click();
    await panel.locator(`.soi-entity[data-entity-id="${acceptId}"] .soi-accepted`).waitFor();
    const report = await waitFor(async () => {
      const current = await tabReport(launched, tabId);
      return (current?.acceptedEntityIds as string[] | undefined)?.length ? current : undefined;
    }, 10_000, 'the report with the reader’s decisions');
    expect(report.dismissedEntityIds).toContain(dismissId);
    expect(report.acceptedEntityIds).toEqual([acceptId]);

    // A kind switched off in the panel disappears from the viewer.
    await panel.locator('.soi-kind-toggles input[name="highlight-agency"]').uncheck();
    await waitFor(async () => ((await highlighted(page, 'agency')).length === 0 ? true : undefined), 5000, 'agencies hidden');
    await panel.locator('.soi-kind-toggles input[name="highlight-agency"]').check();
    await waitForHighlights(page, 'agency');
    await screenshot(panel, 'sidepanel-pdf');
    await Promise.all([panel.close(), page.close()]);
  });

  it('opens a PDF link in the viewer from the context menu', async () => {
    const page = await launched.context.newPage();
    await page.goto(server.url('/van-ban.html'));
    const tabId = await tabIdOf(launched, page);
    const opened = launched.context.waitForEvent('page', { predicate: (candidate) => candidate.url().includes('/viewer.html?file=') });
    // What Chromium does when the reader picks the item on the link (menus cannot be clicked headless).
    await launched.serviceWorker.evaluate(
      async ([id, linkUrl]) => {
        const tab = await chrome.tabs.get(id);
        chrome.contextMenus.onClicked.dispatch({ menuItemId: 'soi-open-pdf', linkUrl, editable: false, pageUrl: tab.url }, tab);
      },
      [tabId, server.url('/party-plan.pdf')] as const,
    );
    const viewer = await opened;
    await waitForReady(viewer);
    expect(await viewer.getAttribute('.soi-pdf-viewer', 'data-fingerprint')).toBe(fingerprint);
    await Promise.all([viewer.close(), page.close()]);
  });

  it('offers to open a PDF tab in Soi from the side panel, and opens PDFs in Soi by itself when asked to', async () => {
    const url = server.url('/party-plan.pdf');
    const { page, panel } = await pdfTabWithPanel(url);
    const offer = panel.locator('[data-testid="open-pdf-in-soi"]');
    expect(await panel.locator('.soi-empty h2').textContent()).toBe('Tab này đang mở một tệp PDF');
    await screenshot(panel, 'sidepanel-pdf-tab');
    await offer.click();
    await page.waitForURL((address) => address.href.startsWith(launched.baseUrl + 'viewer.html?file='));
    await waitForReady(page);
    // The panel follows the tab into the viewer.
    await panel.waitForSelector('[data-testid="entity-list"]');
    await panel.close();

    const options = await openExtensionPage(launched, 'options.html');
    const checkbox = options.locator('input[name="open-pdfs-in-soi"]');
    await checkbox.check();
    await screenshot(options, 'options-pdf');
    const auto = await opensInViewerByItself(url, fingerprint);

    await checkbox.uncheck();
    const manual = await launched.context.newPage();
    await manual.goto(server.url('/encrypted.pdf'));
    await new Promise((settle) => setTimeout(settle, 1500));
    expect(manual.url()).toBe(server.url('/encrypted.pdf'));
    await Promise.all([manual.close(), auto.close(), options.close(), page.close()]);
  });

  it('knows a PDF by its media type where the address does not say so', async () => {
    const url = server.url('/tai-ve?id=35');
    const { page, panel } = await pdfTabWithPanel(url);
    await panel.close();

    const options = await openExtensionPage(launched, 'options.html');
    const checkbox = options.locator('input[name="open-pdfs-in-soi"]');
    await checkbox.check();
    const auto = await opensInViewerByItself(url, fingerprint);
    await checkbox.uncheck();
    await Promise.all([auto.close(), options.close(), page.close()]);
  });

  it('says in Vietnamese that a scan has no text layer, and what to do', async () => {
    const page = await openExtensionPage(launched, viewerPath(server.url('/scanned.pdf')));
    const message = page.locator('[data-testid="pdf-scanned"]');
    await message.waitFor({ timeout: 20_000 });
    expect(await message.textContent()).toContain('Tệp PDF này là bản quét, không có lớp chữ');
    expect(await message.textContent()).toContain('nhận dạng chữ (OCR)');
    await screenshot(page, 'pdf-scanned');
    // The side panel says the same, instead of an empty list of entities.
    await waitForReady(page);
    const panel = await openPanel(await tabIdOf(launched, page));
    await panel.waitForFunction(() => document.querySelector('.soi-empty h2')?.textContent === 'Tệp PDF này là bản quét, không có lớp chữ');
    expect(await panel.locator('[data-testid="entity-list"]').count()).toBe(0);
    await Promise.all([panel.close(), page.close()]);
  });

  it.each([
    ['party-plan-truncated.pdf', 'corrupt', 'Tệp PDF bị hỏng hoặc tải về chưa hết'],
    ['encrypted.pdf', 'encrypted', 'được đặt mật khẩu'],
    ['not-a-pdf.pdf', 'not-pdf', 'Tệp này không phải là PDF'],
  ])('refuses %s with a Vietnamese message, leaving the library untouched', async (name, code, text) => {
    const before = await libraryDump();
    expect(before).toContain(`urn:pdf:${fingerprint}`);
    const page = await openExtensionPage(launched, viewerPath(server.url(`/${name}`)));
    const error = page.locator('[data-testid="pdf-error"]');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.getAttribute('data-code')).toBe(code);
    expect(await error.textContent()).toContain(text);
    expect(await error.textContent()).toContain('Dữ liệu đã lưu của bạn không bị ảnh hưởng.');
    const tabId = await tabIdOf(launched, page);
    expect(await tabReport(launched, tabId)).toBeUndefined();
    if (code === 'corrupt') await screenshot(page, 'pdf-error-truncated');
    await page.close();
    expect(await libraryDump()).toBe(before);
  });

  it(`opens a ${LONG_PAGES}-page PDF picked from the disk without freezing, showing progress`, async () => {
    const page = await openExtensionPage(launched, 'viewer.html');
    await page.waitForSelector('[data-testid="pdf-welcome"]');
    // A timer that should tick every 50 ms: its worst lateness is the longest the tab stopped responding.
    await page.evaluate(() => {
      const probe = { worst: 0, progress: [] as string[] };
      (window as unknown as { probe: typeof probe }).probe = probe;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        probe.worst = Math.max(probe.worst, now - last - 50);
        last = now;
        const status = document.querySelector('[data-testid="pdf-progress"]')?.textContent;
        if (status && probe.progress.at(-1) !== status) probe.progress.push(status);
      }, 50);
    });
    await page.setInputFiles('[data-testid="pdf-file-input"]', join(tempDir, `plan-${LONG_PAGES}.pdf`));
    // Page 1 is drawn and highlighted while the rest is still being read.
    await page.waitForFunction(() => /trang [2-9]\d\/100/.test(document.querySelector('[data-testid="pdf-progress"]')?.textContent ?? ''));
    await screenshot(page, 'pdf-long-progress');
    await waitForReady(page);
    const { worst, progress } = await page.evaluate(() => (window as unknown as { probe: { worst: number; progress: string[] } }).probe);
    console.log(`${LONG_PAGES}-page PDF: longest stall ${worst.toFixed(0)} ms; progress shown: ${progress.length} steps, last "${progress.at(-1)}"`);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.some((status) => /^Đang đọc chữ: trang \d+\/100$/.test(status))).toBe(true);
    expect(worst).toBeLessThan(1000);
    // The last page is drawn on demand, text layer and highlights included.
    await page.fill('[data-testid="pdf-page-input"]', String(LONG_PAGES));
    await page.press('[data-testid="pdf-page-input"]', 'Enter');
    await page.waitForFunction((last) => (document.querySelector(`.soi-pdf-page[data-page="${last}"] .textLayer span`)?.textContent ?? '') !== '', LONG_PAGES);
    await page.close();
  });
});

describe.skipIf(firefoxUnavailable())('the viewer and the side panel in Firefox', () => {
  let firefox: LaunchedFirefox;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    await firefox?.close();
  });

  it('reaches the viewer tab with the side panel’s tabs.sendMessage, as in Chromium', async () => {
    const viewer = await openFirefoxExtensionPage(firefox, viewerPath(server.url('/party-plan.pdf')));
    await viewer.waitForSelector('.soi-pdf-viewer[data-ready="true"]', { timeout: 30_000 });
    const tabId = await viewer.evaluate(async () => (await browser.tabs.getCurrent()).id);
    const panel = await openFirefoxExtensionPage(firefox, `sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid="entity-list"]');
    await panel.type('[data-testid="entity-search"]', 'ket luan so 27');
    await panel.waitForFunction(() => document.querySelectorAll('.soi-entity').length === 1);
    await panel.click('.soi-entity .soi-entity-main');
    const flashed = await viewer.waitForFunction(
      () => {
        const painted = CSS.highlights?.get('soi-pdf-flash');
        const texts = painted ? [...painted].map((range) => (range as Range).toString()) : [...document.querySelectorAll('mark.soi-pdf-flash')].map((mark) => mark.textContent);
        return texts.length > 0 && texts.join('');
      },
      { timeout: 15_000, polling: 100 },
    );
    expect(await flashed.jsonValue()).toBe('Kết luận số 27-KL/TW');
    await Promise.all([panel.close(), viewer.close()]);
  });
});

/** The WebExtension API as Firefox's extension pages see it (only what the tests call). */
declare const browser: { tabs: { getCurrent(): Promise<{ id: number }> } };

/** The slice of the chrome.* API these tests call inside the service worker. */
declare const chrome: {
  tabs: { get(id: number): Promise<{ id?: number; url?: string }> };
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
};
