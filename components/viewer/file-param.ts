/**
 * The viewer's address: which PDF `viewer.html?file=<url>` opens, and which
 * addresses Soi takes for PDFs it may offer to open there (links in the menu,
 * tabs in the side panel, navigations when the reader opens PDFs in Soi).
 */
import { browser } from 'wxt/browser';

/**
 * The PDF URL in `viewer.html?file=<url>`. Links Soi builds encode it; a
 * redirect rule (declarativeNetRequest regexSubstitution) cannot, so a raw URL
 * keeps its own `?` and `&` and runs to the end of the query.
 */
export function fileParam(search: string): string | null {
  const prefix = '?file=';
  if (!search.startsWith(prefix)) return new URLSearchParams(search).get('file');
  const value = search.slice(prefix.length);
  if (value === '') return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The viewer opening `pdfUrl` (the fragment, which only scrolls, left out); the bare viewer for null. */
export function viewerUrl(pdfUrl: string | null, viewerPage = browser.runtime.getURL('/viewer.html')): string {
  return pdfUrl === null ? viewerPage : `${viewerPage}?file=${encodeURIComponent(pdfUrl.replace(/#.*$/s, ''))}`;
}

/**
 * Link targets the "open in Soi's viewer" menu item shows on (contextMenus
 * match patterns, which match the path and the query).
 */
export const PDF_LINK_PATTERNS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];

/**
 * An http(s) address whose path names a PDF file. Soi never asks the server
 * (it makes no requests of its own), so a PDF served from an address without
 * `.pdf` is recognised only when the reader opens it in Soi explicitly.
 */
export function isPdfUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { protocol, pathname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && /\.pdf$/i.test(pathname);
  } catch {
    return false;
  }
}
