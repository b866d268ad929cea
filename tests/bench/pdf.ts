/**
 * PDF bench (issue 5): Chromium prints a 50-page and a 200-page Vietnamese
 * Party plan (temp dir); we time extractPdfText on both in Node (legacy
 * pdf.js build, worker code in-process), the 200/50 ratio (target <= 4.5x),
 * and the time to the first highlighted page (open + extract page 1 + analyse).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeText } from '../../lib/core/analyze';
import { extractPdfText } from '../../lib/pdf/extract';
import { partyDocumentHtml, printPdf, withBrowser } from '../fixtures/pdf/party-pdf';

const SMALL_PAGES = 50;
const LARGE_PAGES = 200;
const RUNS = 3;
const RATIO_TARGET = 4.5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

async function timeExtraction(data: Uint8Array): Promise<{ time: number; pages: number; chars: number }> {
  const times: number[] = [];
  let last = { pages: 0, chars: 0 };
  for (let run = 0; run < RUNS; run++) {
    globalThis.gc?.();
    const start = performance.now();
    const pdf = await extractPdfText(data);
    times.push(performance.now() - start);
    last = { pages: pdf.pageCount, chars: pdf.text.length };
  }
  return { time: median(times), ...last };
}

async function timeFirstHighlightedPage(data: Uint8Array): Promise<{ time: number; entities: number }> {
  const times: number[] = [];
  let entities = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const first = await extractPdfText(data, { maxPages: 1 });
    entities = analyzeText(first.text).entities.length;
    times.push(performance.now() - start);
  }
  return { time: median(times), entities };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'soi-pdf-bench-'));
  try {
    const printStart = performance.now();
    const [small, large] = await withBrowser(async (browser) => [
      await printPdf(browser, partyDocumentHtml(SMALL_PAGES)),
      await printPdf(browser, partyDocumentHtml(LARGE_PAGES)),
    ]);
    writeFileSync(join(dir, `plan-${SMALL_PAGES}.pdf`), small);
    writeFileSync(join(dir, `plan-${LARGE_PAGES}.pdf`), large);
    console.log(`printed with Chromium in ${ms(performance.now() - printStart)} (${dir})`);

    await extractPdfText(small, { maxPages: 5 }); // warm up pdf.js and the JIT
    const a = await timeExtraction(small);
    const b = await timeExtraction(large);
    const first = await timeFirstHighlightedPage(large);
    const ratio = b.time / a.time;
    console.log(`extractPdfText ${a.pages} pages (${(small.length / 1024).toFixed(0)} KiB, ${a.chars} chars): ${ms(a.time)}  (${ms(a.time / a.pages)}/page)`);
    console.log(`extractPdfText ${b.pages} pages (${(large.length / 1024).toFixed(0)} KiB, ${b.chars} chars): ${ms(b.time)}  (${ms(b.time / b.pages)}/page)`);
    console.log(`ratio ${LARGE_PAGES}/${SMALL_PAGES} pages: ${ratio.toFixed(2)}x (target <= ${RATIO_TARGET}x) ${ratio <= RATIO_TARGET ? 'OK' : 'OVER'}`);
    console.log(`first highlighted page (open ${LARGE_PAGES}-page PDF + extract page 1 + analyse, ${first.entities} entities): ${ms(first.time)}`);
    if (a.pages !== SMALL_PAGES || b.pages !== LARGE_PAGES) throw new Error(`expected ${SMALL_PAGES} and ${LARGE_PAGES} pages, got ${a.pages} and ${b.pages}`);
    if (ratio > RATIO_TARGET) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
