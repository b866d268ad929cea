/**
 * Writes the PDF fixtures under tests/fixtures/pdf/ (committed, so unit tests
 * need no browser): `npx tsx scripts/make-pdf-fixtures.ts`.
 * - party-plan.pdf: a 4-page Kế hoạch printed by Chromium in DejaVu Serif, with a
 *   running header, page-number footers and `57-` / `QĐ/TW` split across lines;
 * - party-plan-truncated.pdf: its first 60% of bytes;
 * - scanned.pdf: one page holding only a picture of text (no text layer);
 * - encrypted.pdf: a one-page PDF behind the standard security handler;
 * - not-a-pdf.pdf: an HTML error page saved under a .pdf name.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { partyDocumentHtml, printPdf, scannedDocumentHtml, withBrowser } from '../tests/fixtures/pdf/party-pdf';

const dir = fileURLToPath(new URL('../tests/fixtures/pdf/', import.meta.url));

/**
 * A minimal PDF whose /Encrypt dictionary (RC4, revision 2) accepts no
 * password we know: its O and U entries match none, so readers must ask.
 */
function encryptedPdf(): Uint8Array {
  const hex32 = (seed: number): string =>
    Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32(11)}> /U <${hex32(97)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = hex32(5).slice(0, 32);
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${id}> <${id}>] >>\n`;
  body += `startxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

const NOT_A_PDF = `<!doctype html><html><head><title>404</title></head>
<body><h1>Không tìm thấy trang</h1><p>Văn bản bạn yêu cầu không tồn tại.</p></body></html>\n`;

await withBrowser(async (browser) => {
  const plan = await printPdf(browser, partyDocumentHtml(4));
  writeFileSync(dir + 'party-plan.pdf', plan);
  writeFileSync(dir + 'party-plan-truncated.pdf', plan.subarray(0, Math.floor(plan.length * 0.6)));
  writeFileSync(dir + 'scanned.pdf', await printPdf(browser, scannedDocumentHtml(), false));
});
writeFileSync(dir + 'encrypted.pdf', encryptedPdf());
writeFileSync(dir + 'not-a-pdf.pdf', NOT_A_PDF);
console.log(`PDF fixtures written to ${dir}`);
