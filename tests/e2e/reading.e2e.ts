/**
 * Reading a Party document on the web, as an official would: the page is
 * detected and highlighted, the side panel lists what was found, the reader
 * annotates, dismisses and accepts, and finds it all again on the next visit,
 * even after the page's text has changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  launchWithExtension,
  messageTab,
  openExtensionPage,
  REPO_ROOT,
  screenshot,
  serveFixtures,
  tabIdOf,
  tabReport,
  textAsHtmlPage,
  waitFor,
  type FixtureServer,
  type LaunchedExtension,
  endSelectionGesture,
  highlightedTexts,
  openSidePanel,
  refuseStorageWrites,
  waitForHighlightedTexts,
} from './harness';

const fixture = (path: string) => readFileSync(join(REPO_ROOT, 'tests/fixtures', path), 'utf8');
const CORPUS_TEXT = fixture('corpus/000_81bd2e967d158fc4.txt');
const PLAN_TEXT = fixture('docs/ke-hoach-dang-uy-xa.txt');

/** The page served at /changing.html; tests rewrite it between visits. */
const pages: Record<string, string> = {
  '/corpus.html': textAsHtmlPage('Kế hoạch số 35-KH/ĐU (bản quét)', CORPUS_TEXT),
  '/late-text.txt': PLAN_TEXT,
  '/changing.html': textAsHtmlPage('Kế hoạch số 42-KH/ĐU', PLAN_TEXT),
  '/save-failure.html': textAsHtmlPage('Kế hoạch số 42-KH/ĐU', PLAN_TEXT),
};

let launched: LaunchedExtension;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures({ pages });
  launched = await launchWithExtension();
});

afterAll(async () => {
  await launched?.close();
  await server?.close();
});

const highlighted = (page: Page, kind: string) => highlightedTexts(page, `soi-${kind}`);
const waitForHighlights = (page: Page, kind: string) => waitForHighlightedTexts(page, `soi-${kind}`);

/** Selects the first occurrence of `text` in the page, as a reader dragging over it would. */
async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const box = range.getBoundingClientRect();
      return { x: box.right - 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
  if (!found) throw new Error(`"${text}" is not on the page`);
  // The content script reacts to the end of a selecting gesture.
  await endSelectionGesture(page, found);
}

async function openPanel(tabId: number): Promise<Page> {
  const panel = await openSidePanel(launched, tabId);
  await panel.waitForSelector('[data-testid="entity-list"]');
  return panel;
}

describe('a Party document on the web', () => {
  it('highlights a real OCR-damaged document and sets the badge', async () => {
    const page = await launched.context.newPage();
    await page.goto(server.url('/corpus.html'));
    const tabId = await tabIdOf(launched, page);
    const references = await waitForHighlights(page, 'reference');
    expect(references.length).toBeGreaterThan(10);
    expect(references.some((text) => /21\s*-\s*NQ\/TW/.test(text))).toBe(true);
    expect((await highlighted(page, 'agency')).length).toBeGreaterThan(5);
    expect((await highlighted(page, 'target')).length).toBeGreaterThan(3);
    expect(Number(await badgeText(launched, tabId))).toBeGreaterThan(20);
    await screenshot(page, 'page-corpus-highlights');
    await page.close();
  });

  it('highlights entities split over inline elements whole, and shows their canonical form on hover', async () => {
    const page = await launched.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url('/nested-markup.html'));
    const before = await page.evaluate(() => document.body.innerHTML);
    const references = await waitForHighlights(page, 'reference');
    // '<b>Quyết định</b> số <i>99</i>-QĐ/TW' and '<a>Kết luận số <b>14</b>-KL/TW</a>' each paint as one range.
    expect(references).toContain('Quyết định số 99-QĐ/TW');
    expect(references).toContain('Kết luận số 14-KL/TW');
    expect(await highlighted(page, 'agency')).toContain('Ban Thường vụ Tỉnh ủy Quảng Ngãi');
    // Readability keeps the site's menus and sidebar out of the analysis.
    expect(await highlighted(page, 'agency')).not.toContain('Thường trực Huyện ủy');
    // A table is read a row a line: its year columns' cells are targets, each painted in its cell.
    expect(await highlighted(page, 'target')).toEqual(expect.arrayContaining(['15', '20', '60', '75']));
    // Painting with the CSS Custom Highlight API leaves the page's DOM as it was.
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);

    const box = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if ((node as Text).data === '99') {
          const rect = (node.parentNode as Element).getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
    await page.mouse.move(box!.x, box!.y);
    const tooltip = page.locator('soi-overlay [data-testid="soi-tooltip"]');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('Quyết định số 99-QĐ/TW, ngày 3/10/2017 của Ban Chấp hành Trung ương');
    await screenshot(page, 'page-nested-markup-tooltip');
    await page.mouse.move(0, 0);
    await page.locator('table.targets').scrollIntoViewIfNeeded();
    await screenshot(page, 'page-targets-table');
    await page.close();
  });

  it('leaves an ordinary page without highlights', async () => {
    const page = await launched.context.newPage();
    await page.goto(server.url('/ordinary.html'));
    const tabId = await tabIdOf(launched, page);
    await waitFor(() => tabReport(launched, tabId), 10_000, 'the report');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.locator('soi-overlay').count()).toBe(0);
    await page.close();
  });

  it('finds a document whose text arrives after the page has loaded', async () => {
    const page = await launched.context.newPage();
    await page.goto(server.url('/late-text.html'));
    const tabId = await tabIdOf(launched, page);
    const references = await waitForHighlights(page, 'reference');
    expect(references).toContain('Nghị quyết số 21-NQ/TW');
    expect(Number(await waitFor(async () => (await badgeText(launched, tabId)) || undefined, 10_000, 'the badge'))).toBeGreaterThan(10);
    await page.close();
  });

  it('highlights a news article on request', async () => {
    pages['/news.html'] = textAsHtmlPage(
      'Tin tức',
      'Sáng nay, Ban Thường vụ Tỉnh ủy đã quán triệt Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương.\n\nHội nghị đề ra mục tiêu hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.',
    );
    const page = await launched.context.newPage();
    await page.goto(server.url('/news.html'));
    const tabId = await tabIdOf(launched, page);
    await waitFor(() => tabReport(launched, tabId), 10_000, 'the report');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await messageTab(launched, tabId, { type: 'page/analyse' });
    expect(await waitForHighlights(page, 'reference')).toContain('Nghị quyết số 21-NQ/TW');
    expect(await highlighted(page, 'agency')).toContain('Ban Thường vụ Tỉnh ủy');
    await page.close();
  });
});

describe('the side panel and the reader’s annotations', () => {
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    page = await launched.context.newPage();
    await page.goto(server.url('/changing.html'));
    tabId = await tabIdOf(launched, page);
    await waitForHighlights(page, 'reference');
  });

  it('lists the entities by kind, searches them and shows one in the page', async () => {
    const panel = await openPanel(tabId);
    const groups = panel.locator('.soi-entity-group');
    expect(await groups.count()).toBe(4);
    await panel.fill('[data-testid="entity-search"]', 'quy dinh so 24');
    await panel.waitForFunction(() => document.querySelectorAll('.soi-entity').length === 1);
    const only = panel.locator('.soi-entity .soi-entity-label');
    expect(await only.textContent()).toBe('Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành Trung ương');
    await panel.locator('.soi-entity-main').click();
    expect(await waitForHighlights(page, 'flash')).toEqual(['Quy định số 24-QĐ/TW']);
    // A document cited again and again is one row; each click shows the next mention.
    await panel.fill('[data-testid="entity-search"]', 'nghi quyet so 21-nq/tw');
    const repeated = panel.locator('.soi-entity', { has: panel.locator('.soi-entity-count') }).first();
    expect(await repeated.locator('.soi-entity-count').textContent()).toMatch(/^\d+ lần$/);
    const flashedAt = async () =>
      page.evaluate(() => {
        const range = [...(CSS.highlights.get('soi-flash') ?? [])][0] as Range | undefined;
        return range ? range.getBoundingClientRect().top + scrollY : null;
      });
    await repeated.locator('.soi-entity-main').click();
    const first = await waitFor(async () => (await flashedAt()) ?? undefined, 5000, 'the first mention');
    await repeated.locator('.soi-entity-main').click();
    const second = await waitFor(async () => {
      const at = await flashedAt();
      return at !== null && at !== first ? at : undefined;
    }, 5000, 'the next mention');
    expect(second).toBeGreaterThan(first);
    await panel.fill('[data-testid="entity-search"]', '');
    await screenshot(panel, 'sidepanel-entities');
    await panel.close();
  });

  it('switches a kind of highlight off and remembers it', async () => {
    let panel = await openPanel(tabId);
    await panel.locator('.soi-kind-toggles input[name="highlight-agency"]').uncheck();
    await waitFor(async () => ((await highlighted(page, 'agency')).length === 0 ? true : undefined), 5000, 'agencies hidden');
    await panel.close();
    panel = await openPanel(tabId);
    expect(await panel.locator('.soi-kind-toggles input[name="highlight-agency"]').isChecked()).toBe(false);
    await page.reload();
    await waitForHighlights(page, 'reference');
    expect(await highlighted(page, 'agency')).toEqual([]);
    await panel.locator('.soi-kind-toggles input[name="highlight-agency"]').check();
    await waitForHighlights(page, 'agency');
    await panel.close();
  });

  it('saves an annotation made on a selection and shows it again after a reload', async () => {
    const passage = 'Tỷ lệ kết nạp đảng viên mới hằng năm';
    await selectText(page, passage);
    const button = page.locator('soi-overlay [data-testid="soi-annotate-button"]');
    await button.click();
    const form = page.locator('soi-overlay [data-testid="annotation-form"]');
    await form.locator('textarea').fill('Chỉ tiêu chính của chi bộ');
    await form.locator('input[name="soi-tags"]').fill('kết nạp, 2026');
    await form.locator('input[value="target"]').check();
    await screenshot(page, 'page-annotation-form');
    await form.locator('[data-testid="annotation-save"]').click();
    await page.locator('soi-overlay [data-testid="soi-toast"]').waitFor();
    expect(await waitForHighlights(page, 'note')).toEqual([passage]);

    const panel = await openPanel(tabId);
    const item = panel.locator('.soi-annotation[data-status="anchored"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('Chỉ tiêu chính của chi bộ');
    expect(await item.locator('.soi-tags li').allTextContents()).toEqual(['kết nạp', '2026']);

    await page.reload();
    expect(await waitForHighlights(page, 'note')).toEqual([passage]);
    await item.locator('.soi-entity-main').click();
    expect(await waitForHighlights(page, 'flash')).toEqual([passage]);
    await panel.close();
  });

  it('annotates the selection from the keyboard shortcut or the context menu', async () => {
    await selectText(page, 'Ủy ban Kiểm tra Đảng ủy');
    // What the background does on Alt+Shift+A or the menu item.
    await messageTab(launched, tabId, { type: 'selection/annotate' });
    const form = page.locator('soi-overlay [data-testid="annotation-form"]');
    await form.locator('input[value="agency"]').check();
    await form.locator('[data-testid="annotation-save"]').click();
    await waitFor(async () => ((await highlighted(page, 'note')).includes('Ủy ban Kiểm tra Đảng ủy') ? true : undefined), 5000, 'the new note');
    const panel = await openPanel(tabId);
    await panel.waitForFunction(() => document.querySelectorAll('.soi-annotation').length === 2);
    await panel.close();
  });

  it('hides a dismissed entity for good, and keeps an accepted one as an annotation', async () => {
    const panel = await openPanel(tabId);
    const kinds = (id: string) => panel.locator(`.soi-entity[data-entity-id="${id}"]`);
    const entityIds = await panel.locator('.soi-entity').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-entity-id')!));
    const dismissId = entityIds.find((id) => id.startsWith('target-'))!;
    const acceptId = entityIds.find((id) => id.startsWith('reference-'))!;
    const dismissedText = await kinds(dismissId).locator('.soi-entity-label').textContent();
    const targetsBefore = (await highlighted(page, 'target')).length;

    await kinds(dismissId).locator('button[aria-label="Bỏ qua (không tô sáng nữa)"]').click();
    await panel.waitForFunction((id) => !document.querySelector(`.soi-entity[data-entity-id="${id}"]`), dismissId);
    expect((await highlighted(page, 'target')).length).toBe(targetsBefore - 1);

    await kinds(acceptId).locator('button[aria-label="Xác nhận và lưu vào ghi chú"]').click();
    await kinds(acceptId).locator('.soi-accepted').waitFor();
    await panel.waitForFunction(() => document.querySelectorAll('.soi-annotation').length === 3);

    await page.reload();
    await waitForHighlights(page, 'reference');
    expect((await highlighted(page, 'target')).length).toBe(targetsBefore - 1);
    const report = await waitFor(async () => {
      const current = await tabReport(launched, tabId);
      return (current?.dismissedEntityIds as string[] | undefined)?.length ? current : undefined;
    }, 10_000, 'the report after reload');
    expect(report.dismissedEntityIds).toEqual([dismissId]);
    expect(report.acceptedEntityIds).toEqual([acceptId]);
    expect(dismissedText).toBeTruthy();
    await screenshot(panel, 'sidepanel-annotations');
    await panel.close();
  });

  it('re-anchors annotations when the text moves, and lists them as orphans when it is gone', async () => {
    // New text above the annotated passage: every position shifts.
    pages['/changing.html'] = textAsHtmlPage(
      'Kế hoạch số 42-KH/ĐU',
      PLAN_TEXT.replace('I. MỤC ĐÍCH, YÊU CẦU', 'Văn bản này được cập nhật ngày 20/12/2025.\n\nI. MỤC ĐÍCH, YÊU CẦU'),
    );
    await page.reload();
    expect(await waitForHighlights(page, 'note')).toEqual(['Tỷ lệ kết nạp đảng viên mới hằng năm', 'Ủy ban Kiểm tra Đảng ủy']);

    // The passage is rewritten beyond recognition: the annotation becomes an orphan, kept with its text.
    pages['/changing.html'] = textAsHtmlPage(
      'Kế hoạch số 42-KH/ĐU',
      PLAN_TEXT.replace(/\(2\) Tỷ lệ kết nạp[^\n]*/, '(2) Mỗi chi bộ kết nạp thêm đảng viên trẻ.'),
    );
    await page.reload();
    await waitForHighlights(page, 'reference');
    const panel = await openPanel(tabId);
    const orphan = panel.locator('[data-testid="orphan-list"] .soi-annotation');
    await orphan.waitFor();
    expect(await orphan.textContent()).toContain('Tỷ lệ kết nạp đảng viên mới hằng năm');
    expect(await orphan.textContent()).toContain('Chỉ tiêu chính của chi bộ');
    expect(await highlighted(page, 'note')).toEqual(['Ủy ban Kiểm tra Đảng ủy']);
    await screenshot(panel, 'sidepanel-orphan');
    await panel.close();
  });
});

describe('the library', () => {
  it('lists the annotated document, exports a backup, and imports only what is valid', async () => {
    const library = await openExtensionPage(launched, 'library.html');
    library.on('dialog', (dialog) => void dialog.accept());
    const card = library.locator('[data-testid="library-documents"] > li', { hasText: 'Kế hoạch' }).first();
    await card.waitFor();
    await card.locator('summary').click();
    expect(await card.locator('.soi-annotation').count()).toBeGreaterThanOrEqual(3);
    await library.fill('[data-testid="library-search"]', 'chi tieu chinh');
    await library.waitForFunction(() => document.querySelectorAll('[data-testid="library-documents"] > li').length === 1);

    const [download] = await Promise.all([library.waitForEvent('download'), library.click('button[data-format="jsonld"]')]);
    const backup = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ type: 'AnnotationCollection' });
    const [markdown] = await Promise.all([library.waitForEvent('download'), library.click('button[data-format="markdown"]')]);
    expect(readFileSync((await markdown.path())!, 'utf8')).toContain('Chỉ tiêu chính của chi bộ');

    const input = library.locator('[data-testid="library-import"]');
    await input.setInputFiles({ name: 'hong.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(backup.slice(0, 200)) });
    const notice = library.locator('[data-testid="library-notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Chưa có gì được nhập');
    await input.setInputFiles({ name: 'soi.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(backup) });
    await library.waitForFunction(() => document.querySelector('[data-testid="library-notice"]')?.textContent?.startsWith('Đã nhập'));
    expect(await notice.textContent()).toMatch(/Đã nhập: 0 ghi chú mới, 0 ghi chú cập nhật; giữ nguyên \d+ ghi chú/);
    await library.fill('[data-testid="library-search"]', '');
    await screenshot(library, 'library');
    await library.close();
  });

  it('keeps what the reader wrote when the save fails, and saves it on the next try', async () => {
    const allowWrites = await refuseStorageWrites(launched);
    const page = await launched.context.newPage();
    await page.goto(server.url('/save-failure.html'));
    await waitForHighlights(page, 'reference');
    const passage = 'Nâng cao năng lực lãnh đạo';
    await selectText(page, passage);
    await page.locator('soi-overlay [data-testid="soi-annotate-button"]').click();
    const form = page.locator('soi-overlay [data-testid="annotation-form"]');
    await form.locator('textarea').fill('Ghi chú không được mất');
    await form.locator('input[name="soi-tags"]').fill('năng lực');
    await form.locator('input[value="target"]').check();
    await form.locator('[data-testid="annotation-save"]').click();

    // the form is back, still a new note, says why in words the reader can act on, and holds everything they wrote
    const error = form.locator('[data-testid="annotation-error"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('Không lưu được ghi chú: ổ đĩa hoặc dung lượng lưu trữ của trình duyệt đã đầy');
    expect(await form.locator('h2').textContent()).toBe('Ghi chú đoạn đã chọn');
    expect(await form.locator('textarea').inputValue()).toBe('Ghi chú không được mất');
    expect(await form.locator('input[name="soi-tags"]').inputValue()).toBe('năng lực');
    expect(await form.locator('input[value="target"]').isChecked()).toBe(true);
    await screenshot(page, 'page-annotation-save-failed');
    expect(await highlighted(page, 'note')).not.toContain(passage);

    await allowWrites();
    await form.locator('[data-testid="annotation-save"]').click();
    await page.locator('soi-overlay [data-testid="soi-toast"]:not(.error)').waitFor();
    expect(await waitForHighlights(page, 'note')).toContain(passage);
    await page.reload();
    expect(await waitForHighlights(page, 'note')).toContain(passage);
    await page.close();
  });
});
