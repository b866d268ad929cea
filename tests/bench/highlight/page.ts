/**
 * The browser half of the highlight bench, bundled by esbuild and injected
 * into Chromium: page generators and one measurement per call. Each call
 * rebuilds the page first (untimed) so runs do not see each other's marks.
 */
import { buildTextIndex, PRECHECK_TEXT_CHARS, readLeadingText } from '../../../lib/anchor/text-index';
import { precheckPartyDocument } from '../../../lib/core/detect';
import { createHighlightRenderer, type HighlightKind, type HighlightRenderer } from '../../../lib/highlight/index';
import { ROOT_HIGHLIGHT_CSS } from '../../../lib/highlight/css-highlight-renderer';
import { createWrapRenderer } from '../../../lib/highlight/wrap-renderer';

interface MarkJs {
  markRanges(ranges: { start: number; length: number }[], options: { className?: string; done?: (count: number) => void }): void;
}
declare const Mark: new (context: Element) => MarkJs;

interface BenchSpan {
  start: number;
  end: number;
  kind: HighlightKind;
}

export interface FrameTiming {
  /** Synchronous work (index, ranges, paint / mark.js wrapping). */
  workMs: number;
  /** From the start until the frame after the paint (two requestAnimationFrames). */
  frameMs: number;
  mutations: number;
  painted: number;
  /** Creating the renderer, with the restyle its stylesheet causes. */
  rendererMs?: number;
  indexMs?: number;
  rangesMs?: number;
  paintMs?: number;
  /** The selector of the renderer's first rule: where its highlight rules apply. */
  firstRule?: string;
}

/** Deterministic pseudo-random numbers, so every run builds the same page. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

const AGENCIES = ['Ban Thường vụ Tỉnh ủy', 'Ủy ban nhân dân tỉnh', 'Ban Tổ chức Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Hội đồng nhân dân tỉnh'];
const FILLER = [
  'tiếp tục quán triệt sâu sắc các quan điểm, mục tiêu, nhiệm vụ và giải pháp đã đề ra',
  'nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên',
  'đẩy mạnh cải cách hành chính, chuyển đổi số, tạo chuyển biến rõ nét về ý thức trách nhiệm',
  'kịp thời biểu dương, khen thưởng những tập thể, cá nhân có thành tích xuất sắc',
  'tăng cường công tác kiểm tra, giám sát việc thực hiện ở các cấp, các ngành',
];

/** Party-document HTML of about `targetChars` characters, with nested inline markup. */
function partyPageHtml(targetChars: number): string {
  const next = random(21);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const parts: string[] = ['<article><h1>KẾ HOẠCH</h1><p><b>ĐẢNG CỘNG SẢN VIỆT NAM</b></p>'];
  let size = 0;
  for (let n = 1; size < targetChars; n++) {
    const paragraph =
      `<p>${n}. Căn cứ <b>Nghị <i>quyết</i></b> số ${n}-NQ/TW, ngày 16/6/2022 của Bộ Chính trị, ` +
      `<a href="#d${n}"><span>${pick(AGENCIES)}</span></a> ${pick(FILLER)}; <em>${pick(FILLER)}</em>, ` +
      `phấn đấu đến năm 2025 đạt <strong>${10 + (n % 90)}<span>%</span></strong> ${pick(FILLER)}. ` +
      `Giao <span class="org">${pick(AGENCIES)}</span> chủ trì, ${pick(FILLER)}.</p>`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  parts.push('</article>');
  return parts.join('');
}

const NEWS = [
  'Trận đấu giữa hai đội diễn ra sôi nổi trước sự chứng kiến của hàng nghìn cổ động viên',
  'Thời tiết cuối tuần ở miền Bắc có mưa rào, nhiệt độ thấp nhất khoảng 18 độ',
  'Món phở bò truyền thống được nấu từ nước dùng ninh xương trong nhiều giờ',
  'Giá vàng trong nước sáng nay tăng nhẹ theo xu hướng của thị trường thế giới',
  'Nhiều du khách chọn Đà Lạt làm điểm đến cho kỳ nghỉ lễ sắp tới',
];

/** An ordinary news page (no Party cues) of about `targetChars` characters. */
function newsPageHtml(targetChars: number): string {
  const next = random(7);
  const parts: string[] = ['<header><nav><a href="/">Trang chủ</a> <a href="/the-thao">Thể thao</a></nav></header><main>'];
  let size = 0;
  for (let n = 1; size < targetChars; n++) {
    const sentences = Array.from({ length: 4 }, () => NEWS[Math.floor(next() * NEWS.length)]);
    const paragraph = `<p>${sentences[0]}, <a href="/bai-${n}">${sentences[1]}</a>. <em>${sentences[2]}</em>. ${sentences[3]}.</p>`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  parts.push('</main><footer>© Báo mẫu</footer>');
  return parts.join('');
}

const ENTITY_PATTERN = /Nghị quyết số \d+-NQ\/TW|Ban Thường vụ Tỉnh ủy|Ủy ban nhân dân tỉnh|Ban Tổ chức Tỉnh ủy|\d+%/g;

let pageHtml = '';
let spans: BenchSpan[] = [];

function nextFrame(): Promise<void> {
  // The first callback runs before the frame that paints our change; the second after it.
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

function countMutations(): () => number {
  let count = 0;
  const observer = new MutationObserver((records) => {
    count += records.length;
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  return () => {
    count += observer.takeRecords().length;
    observer.disconnect();
    return count;
  };
}

async function resetPage(html: string): Promise<void> {
  document.body.innerHTML = html;
  void document.body.offsetHeight; // lay out the fresh page outside the timed part
  await nextFrame();
}

/** Build the 1.5 MB Party page and choose `count` entity spans spread over it. */
async function preparePartyPage(targetChars: number, count: number): Promise<{ htmlChars: number; textChars: number; spans: number }> {
  pageHtml = partyPageHtml(targetChars);
  await resetPage(pageHtml);
  const text = buildTextIndex(document.body).text;
  const all: BenchSpan[] = [];
  for (const match of text.matchAll(ENTITY_PATTERN)) {
    const phrase = match[0];
    const kind: HighlightKind = phrase.startsWith('Nghị') ? 'reference' : phrase.endsWith('%') ? 'target' : 'agency';
    all.push({ start: match.index, end: match.index + phrase.length, kind });
  }
  const step = all.length / count;
  spans = Array.from({ length: count }, (_, i) => all[Math.floor(i * step)]);
  return { htmlChars: pageHtml.length, textChars: text.length, spans: spans.length };
}

type OurMode = 'first-analysis' | 'repaint' | 'wrap-fallback';

/**
 * Our highlighter, in the content script's order (PageController): a page's
 * first analysis creates the renderer, then indexes the text, then paints, so
 * 'first-analysis' times the renderer's creation (its stylesheet restyles the
 * whole page, once per document), the index, the ranges and the paint.
 * 'repaint': the renderer exists already (a later analysis of the same page),
 * so only index, ranges and paint are timed. 'wrap-fallback': the <mark>
 * strategy for browsers without the Highlight API, timed as 'first-analysis'.
 */
async function measureOurs(mode: OurMode): Promise<FrameTiming> {
  await resetPage(pageHtml);
  const create = (): HighlightRenderer => (mode === 'wrap-fallback' ? createWrapRenderer(document) : createHighlightRenderer(document));
  const existing = mode === 'repaint' ? create() : null;
  if (existing) await nextFrame();
  const mutations = countMutations();
  const t0 = performance.now();
  const renderer = existing ?? create();
  const t1 = performance.now();
  const index = buildTextIndex(document.body);
  const t2 = performance.now();
  const byKind = new Map<HighlightKind, Range[]>();
  for (const span of spans) {
    const range = index.rangeFor(span.start, span.end);
    const list = byKind.get(span.kind);
    if (list) list.push(range);
    else byKind.set(span.kind, [range]);
  }
  const t3 = performance.now();
  renderer.paint([...byKind].map(([kind, ranges]) => ({ kind, ranges })));
  const t4 = performance.now();
  await nextFrame();
  const t5 = performance.now();
  const painted = [...byKind.values()].reduce((sum, ranges) => sum + ranges.length, 0);
  const adopted = (document.adoptedStyleSheets.at(-1)?.cssRules[0] as CSSStyleRule | undefined)?.selectorText;
  const manifest = document.getElementById('soi-manifest-css') as HTMLStyleElement | null;
  const firstRule = adopted ?? (manifest?.sheet?.cssRules[0] as CSSStyleRule | undefined)?.selectorText;
  const result = {
    workMs: t4 - t0,
    frameMs: t5 - t0,
    mutations: mutations(),
    painted,
    rendererMs: t1 - t0,
    indexMs: t2 - t1,
    rangesMs: t3 - t2,
    paintMs: t4 - t3,
    firstRule,
  };
  const expected = mode === 'wrap-fallback' ? 'wrap' : 'css-highlight';
  if (renderer.strategy !== expected) throw new Error(`expected the ${expected} strategy, got ${renderer.strategy}`);
  renderer.destroy();
  return result;
}

async function measureMarkJs(): Promise<FrameTiming> {
  await resetPage(pageHtml);
  // mark.js counts offsets over its own text: all text nodes, no virtual line breaks.
  const index = buildTextIndex(document.body);
  const plainStarts = new Int32Array(index.nodes.length);
  for (let i = 1; i < index.nodes.length; i++) plainStarts[i] = plainStarts[i - 1] + index.nodes[i - 1].length;
  const toPlain = (offset: number): number => {
    let lo = 0;
    let hi = index.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (index.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return plainStarts[lo] + offset - index.starts[lo];
  };
  const markRanges = spans.map((span) => ({ start: toPlain(span.start), length: span.end - span.start }));
  const mutations = countMutations();
  const t0 = performance.now();
  let painted = 0;
  new Mark(document.body).markRanges(markRanges, { className: 'soi-markjs', done: (count) => (painted = count) });
  const t1 = performance.now();
  await nextFrame();
  const t2 = performance.now();
  return { workMs: t1 - t0, frameMs: t2 - t0, mutations: mutations(), painted };
}

async function preparePrecheckPage(targetChars: number): Promise<{ htmlChars: number; textChars: number }> {
  pageHtml = newsPageHtml(targetChars);
  await resetPage(pageHtml);
  return { htmlChars: pageHtml.length, textChars: document.body.innerText.length };
}

export interface PrecheckTiming {
  /** readLeadingText(body, PRECHECK_TEXT_CHARS), what the content script reads. */
  leadingMs: number;
  leadingPrecheckMs: number;
  /** body.textContent, the whole page's text without layout. */
  textContentMs: number;
  precheckMs: number;
  /** body.innerText, which lays the page out first. */
  innerTextMs: number;
  /** The pre-check's verdict on the leading text, and on the whole text. */
  isParty: boolean;
  wholeTextIsParty: boolean;
}

/**
 * The content script's first step on every page: the leading text, then the
 * pre-check. The whole page's text (textContent, and innerText, which lays
 * the page out) and the pre-check over it are timed beside it.
 */
async function measurePrecheck(): Promise<PrecheckTiming> {
  await resetPage(pageHtml);
  const t0 = performance.now();
  const leading = readLeadingText(document.body, PRECHECK_TEXT_CHARS);
  const t1 = performance.now();
  const isParty = precheckPartyDocument(leading);
  const t2 = performance.now();
  const text = document.body.textContent ?? '';
  const t3 = performance.now();
  const wholeTextIsParty = precheckPartyDocument(text);
  const t4 = performance.now();
  void document.body.innerText;
  const t5 = performance.now();
  return { leadingMs: t1 - t0, leadingPrecheckMs: t2 - t1, textContentMs: t3 - t2, precheckMs: t4 - t3, innerTextMs: t5 - t4, isParty, wholeTextIsParty };
}

/** Whether the Party page's leading text passes the pre-check. */
async function precheckPartyPage(): Promise<boolean> {
  await resetPage(pageHtml);
  return precheckPartyDocument(readLeadingText(document.body, PRECHECK_TEXT_CHARS));
}

/**
 * The stylesheet the extension's manifest has the browser add to every page
 * as it loads (entrypoints/content/highlights.css): present, a first analysis
 * finds the highlight rules there and restyles nothing; absent, the renderer
 * adopts a sheet of its own and the page restyles once.
 */
async function setManifestStylesheet(present: boolean): Promise<void> {
  document.getElementById('soi-manifest-css')?.remove();
  if (present) {
    const style = document.createElement('style');
    style.id = 'soi-manifest-css';
    style.textContent = ROOT_HIGHLIGHT_CSS;
    document.head.append(style);
  }
  void document.body.offsetHeight;
  await nextFrame();
}

const bench = { preparePartyPage, setManifestStylesheet, measureOurs, measureMarkJs, precheckPartyPage, preparePrecheckPage, measurePrecheck };
export type HighlightBench = typeof bench;

declare global {
  interface Window {
    soiBench: HighlightBench;
  }
}
window.soiBench = bench;
