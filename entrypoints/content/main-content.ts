/**
 * The stretch of the page's text that is the document itself, without the
 * site's menus, sidebars and footer: Readability (the engine of Firefox's
 * Reader View) picks the main content of a copy of the page, and its text is
 * found again in the live page's text, so entities map back to live nodes.
 */
import { Readability } from '@mozilla/readability';
import { locateExcerpt } from '@/lib/anchor/locate-excerpt';

export function locateMainContent(doc: Document, pageText: string): { start: number; end: number } {
  const whole = { start: 0, end: pageText.length };
  let article: { textContent?: string | null } | null = null;
  try {
    // Readability rewrites the document it is given: hand it a copy.
    article = new Readability(doc.cloneNode(true) as Document).parse();
  } catch {
    return whole; // a page Readability cannot read: the whole text is still the document
  }
  const excerpt = article?.textContent;
  return (excerpt && locateExcerpt(pageText, excerpt)) || whole;
}
