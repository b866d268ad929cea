/**
 * `soi extract FILE... [--json]`: analyse text, HTML and PDF files with the
 * core library and print one Analysis per file.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { buildTextIndex } from './anchor/text-index';
import { analyzeText } from './core/analyze';
import type { Analysis, Entity } from './core/types';

const HELP = `Soi — đọc kỹ văn bản của Đảng / read Vietnamese Party documents closely

Usage: soi extract FILE... [--json]

  FILE     .txt (UTF-8), .html/.htm (main content picked by Readability), or .pdf
  --json   print each file's Analysis as one JSON object on its own line
           (JSON Lines, in the order the files were given); without it, a
           readable summary and a table of entities per file
  -h, --help   this help

Exit status: 0 when every file was analysed, 1 when a file could not be read
(the other files are still analysed), 2 on a usage error.`;

class UnreadableFile extends Error {}

/**
 * The main content of an HTML page as text, read as the extension reads a
 * page (a line per block element, a table's row a line), so a saved page and
 * the page in the browser give the same entities.
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  const root = article?.content ? parseHTML(`<html><body>${article.content}</body></html>`).document.body : document.body;
  const text = root ? buildTextIndex(root as unknown as Node).text : '';
  return text.replace(/[^\S\n]*\n[^\S\n]*(?:\n[^\S\n]*)+/g, '\n\n').trim();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readDocumentText(file: string): Promise<string> {
  let data: Uint8Array;
  try {
    data = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UnreadableFile(`không đọc được tệp / cannot read file: ${file} (${reason})`);
  }
  const extension = extname(file).toLowerCase();
  if (extension === '.pdf') {
    try {
      const { extractPdfText } = await import('./pdf/extract');
      // PDF.js refuses Node Buffers; hand it a plain Uint8Array.
      return (await extractPdfText(new Uint8Array(data))).text;
    } catch (error) {
      throw new UnreadableFile(`không trích được chữ từ PDF / cannot extract text from PDF: ${file} (${(error as Error).message})`);
    }
  }
  let text: string;
  try {
    text = utf8.decode(data);
  } catch {
    throw new UnreadableFile(`tệp không phải văn bản UTF-8 / not UTF-8 text: ${file}`);
  }
  if (extension === '.html' || extension === '.htm') return htmlToText(text);
  if (extension === '.txt' || extension === '') return text;
  throw new UnreadableFile(`không hỗ trợ loại tệp / unsupported file type "${extension}": ${file} (.txt, .html, .htm, .pdf)`);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function canonical(entity: Entity): string {
  switch (entity.kind) {
    case 'reference':
      return [entity.docType, entity.symbol ?? entity.name, entity.date, entity.refersTo ? `→ ${entity.refersTo}` : '']
        .filter(Boolean).join(' ');
    case 'agency':
      return `${entity.name}${entity.abbreviation ? ` (${entity.abbreviation})` : ''} [${entity.level}]`;
    case 'target':
      return entity.values.map((v) => `${v.qualifier ? `${v.qualifier} ` : ''}${v.value}${v.max !== undefined ? `-${v.max}` : ''}${v.unit === '%' ? '%' : ` ${v.unit}`}`).join(', ');
    case 'assignment':
      return `${entity.agency}: ${entity.role}${entity.deadline ? ` (${entity.deadline})` : ''}`;
  }
}

function clip(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function table(file: string, text: string, analysis: Analysis): string {
  const { document: doc, entities } = analysis;
  const rows = [
    `== ${file}`,
    `Văn bản của Đảng / Party document: ${doc.isPartyDocument ? 'có / yes' : 'không / no'} (score ${doc.score})`,
  ];
  const fields: [string, string | undefined][] = [
    ['Loại / type', doc.type], ['Số / symbol', doc.symbol], ['Ngày / date', doc.date], ['Nơi / place', doc.place],
    ['Cơ quan / issuer', doc.issuer], ['Trích yếu / title', doc.title && clip(doc.title, 100)],
  ];
  for (const [label, value] of fields) if (value) rows.push(`${label}: ${value}`);
  rows.push(`Mục / sections: ${doc.outline.length}, thực thể / entities: ${entities.length}`, '');
  rows.push(`${'kind'.padEnd(10)} ${'line'.padStart(5)}  ${'text'.padEnd(42)}  canonical`);
  for (const entity of entities) {
    rows.push(`${entity.kind.padEnd(10)} ${String(lineOf(text, entity.start)).padStart(5)}  ${clip(entity.text, 42).padEnd(42)}  ${canonical(entity)}`);
  }
  return rows.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || rest.includes('-h') || rest.includes('--help')) {
    console.log(HELP);
    return command === undefined ? 2 : 0;
  }
  const json = rest.includes('--json');
  const files = rest.filter((arg) => arg !== '--json');
  const unknown = files.find((arg) => arg.startsWith('-'));
  if (command !== 'extract' || files.length === 0 || unknown) {
    console.error(`soi: lệnh không hợp lệ / invalid usage${unknown ? `: ${unknown}` : ''}\n\n${HELP}`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    try {
      const text = await readDocumentText(file);
      const analysis = analyzeText(text);
      console.log(json ? JSON.stringify(analysis) : `${table(file, text, analysis)}\n`);
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      console.error(`soi: ${error.message}`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    console.error(`soi: lỗi không mong đợi / unexpected error: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  },
);
