/**
 * End-to-end harness: a real Chromium with the built extension loaded, pages
 * served from 127.0.0.1, and helpers to reach the extension's pages and its
 * service worker. Every e2e test file (web pages, PDF viewer, later issues)
 * builds on these functions; scripts/e2e.mjs builds the extension first.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM_PATH = process.env.SOI_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results/e2e');

export type TargetBrowser = 'chrome' | 'firefox';

/** The unpacked build of the extension; scripts/e2e.mjs (or `npm run build[:firefox]`) makes it. */
export function extensionDir(browser: TargetBrowser = 'chrome'): string {
  const dir = join(REPO_ROOT, '.output', browser === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}. Run \`npm run test:e2e\` (it builds first) or \`npm run build\`.`);
  }
  return dir;
}

export interface LaunchedExtension {
  context: BrowserContext;
  /** chrome-extension://<id>/ */
  extensionId: string;
  baseUrl: string;
  /** The background service worker: evaluate chrome.* calls in it. */
  serviceWorker: Worker;
  userDataDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Default true; `npm start` launches a visible window. */
  headless?: boolean;
  extensionPath?: string;
  /** Extra Chromium switches. */
  args?: string[];
  /** Reuse a profile (e.g. to relaunch over the same IndexedDB); default a fresh temp dir, removed on close. */
  userDataDir?: string;
}

/**
 * Makes the browser refuse every write of the extension's IndexedDB, as it
 * does when the disk is full (`QuotaExceededError`); resolves to what lets
 * writes through again.
 */
export async function refuseStorageWrites(launched: LaunchedExtension): Promise<() => Promise<void>> {
  await launched.serviceWorker.evaluate(() => {
    const writes = IDBObjectStore.prototype as unknown as Record<'add' | 'put', unknown>;
    const { add, put } = writes;
    (globalThis as unknown as { soiAllowWrites: () => void }).soiAllowWrites = () => {
      writes.add = add;
      writes.put = put;
    };
    writes.add = writes.put = () => {
      throw new DOMException('Không đủ dung lượng', 'QuotaExceededError');
    };
  });
  return () => launched.serviceWorker.evaluate(() => (globalThis as unknown as { soiAllowWrites: () => void }).soiAllowWrites());
}

/** Chromium with the extension loaded, in a fresh profile; resolves once the service worker runs. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedExtension> {
  const extensionPath = options.extensionPath ?? extensionDir('chrome');
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'soi-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    // Chromium on Linux takes its UI language (and so the extension's i18n locale) from LANGUAGE.
    env: { ...process.env, LANGUAGE: 'vi' },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...(options.args ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    baseUrl: `chrome-extension://${extensionId}/`,
    serviceWorker,
    userDataDir,
    async close() {
      await context.close();
      if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens an extension page such as 'sidepanel.html', 'library.html', 'viewer.html?file=...' in a new tab. */
export async function openExtensionPage(launched: LaunchedExtension, path: string): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(launched.baseUrl + path.replace(/^\//, ''));
  return page;
}

/** The slice of the chrome.* API the harness calls inside the service worker. */
declare const chrome: {
  tabs: {
    query(filter: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

/**
 * The tab id Chromium gave a page. The extension may not read tab URLs (it
 * has no "tabs" permission), so the page is brought to the front and the
 * active tab asked for.
 */
export async function tabIdOf(launched: LaunchedExtension, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await launched.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error(`No tab id for ${page.url()}`);
  return id;
}

/** The toolbar badge text the extension set for a tab ('' when none). */
export function badgeText(launched: LaunchedExtension, tabId: number): Promise<string> {
  return launched.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * What the tab's content script last reported to the background (the
 * PageReport of lib/messages.ts), or undefined before it has; read from the
 * background's session storage (entrypoints/background/tab-reports.ts).
 */
export async function tabReport(launched: LaunchedExtension, tabId: number): Promise<Record<string, unknown> | undefined> {
  return launched.serviceWorker.evaluate(async (id) => {
    const key = `tab-report:${id}`;
    return (await chrome.storage.session.get(key))[key] as Record<string, unknown> | undefined;
  }, tabId);
}

/** Sends a message to a tab's content script as the background would (see lib/messages.ts) and returns the reply. */
export function messageTab(launched: LaunchedExtension, tabId: number, message: { type: string }): Promise<unknown> {
  return launched.serviceWorker.evaluate(([id, body]) => chrome.tabs.sendMessage(id, body), [tabId, message] as const);
}

/** Polls until `probe` returns a value other than undefined (or times out). */
export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((settle) => setTimeout(settle, 100));
  }
}

export interface FixtureServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export interface FixtureOptions {
  /** Directory served as-is (default tests/e2e/fixtures). */
  root?: string;
  /** In-memory pages by path, served before files: `{ '/party.html': html }`. */
  pages?: Record<string, string | Buffer>;
  /** Media types by path, for addresses whose extension does not tell (`{ '/tai-ve': 'application/pdf' }`). */
  types?: Record<string, string>;
}

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves fixture pages from 127.0.0.1 on a free port. */
export async function serveFixtures(options: FixtureOptions = {}): Promise<FixtureServer> {
  const root = resolve(options.root ?? join(REPO_ROOT, 'tests/e2e/fixtures'));
  const pages = options.pages ?? {};
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = join(root, normalize(path));
    const body = pages[path] ?? (file.startsWith(root) && existsSync(file) ? readFileSync(file) : undefined);
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': options.types?.[path] ?? MEDIA_TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () => new Promise<void>((closed) => server.close(() => closed())),
  };
}

/** test-results/e2e/<name>.png, its folder created; for drivers other than playwright. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name.endsWith('.png') ? name : `${name}.png`);
}

/** Saves a full-page PNG under test-results/e2e/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = screenshotPath(name);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A plain-text document as a simple web page: one <p> per paragraph, as Party sites publish them. */
export function textAsHtmlPage(title: string, text: string): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => `<p>${escapeHtml(block.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body><main>\n${paragraphs}\n</main></body></html>`;
}

/** The bundled sample Party document (public/samples), as text. */
export const SAMPLE_DOCUMENT = join(REPO_ROOT, 'public/samples/ke-hoach-35-kh-du.txt');

export function samplePartyPage(): string {
  return textAsHtmlPage('Kế hoạch số 35-KH/ĐU', readFileSync(SAMPLE_DOCUMENT, 'utf8'));
}

/** The text of every range in the page's highlight registry under `name` ('soi-reference', 'soi-pdf-note'). */
export function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((key) => {
    const highlight = CSS.highlights.get(key);
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  }, name);
}

/** Waits until something is painted under `name`, and returns its texts. */
export function waitForHighlightedTexts(page: Page, name: string, timeoutMs = 15_000): Promise<string[]> {
  return waitFor(async () => {
    const texts = await highlightedTexts(page, name);
    return texts.length > 0 ? texts : undefined;
  }, timeoutMs, `${name} highlights`);
}

/** Ends a selecting gesture where a reader's drag would stop (Soi reacts to the mouseup). */
export async function endSelectionGesture(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.evaluate(() => document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
}

/** The side panel pinned to one tab, at a side panel's size; its confirm() dialogs are accepted. */
export async function openSidePanel(launched: LaunchedExtension, tabId: number): Promise<Page> {
  const panel = await openExtensionPage(launched, `sidepanel.html?tab=${tabId}`);
  await panel.setViewportSize({ width: 420, height: 900 });
  panel.on('dialog', (dialog) => void dialog.accept());
  return panel;
}
