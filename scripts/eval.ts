/**
 * `npm run eval [-- -v]`: analyse every document of the labelled corpus in
 * ../shared/corpus, write the predictions to .cache/eval/<file>.json and print
 * the corpus scorer's report (its last line is the summary).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeText } from '../lib/core/analyze';

const repoRoot = resolve(import.meta.dirname, '..');
const corpusDir = resolve(repoRoot, '../shared/corpus');
const scorer = join(corpusDir, 'score.mjs');
const predictionsDir = join(repoRoot, '.cache/eval');

if (!existsSync(scorer)) {
  console.error(`eval: corpus not found (expected ${scorer}); nothing to score.`);
  process.exit(1);
}

mkdirSync(predictionsDir, { recursive: true });
for (const file of readdirSync(corpusDir).filter((name) => name.endsWith('.txt')).sort()) {
  const { entities } = analyzeText(readFileSync(join(corpusDir, file), 'utf8'));
  // The gold labels count each occurrence of a document symbol; short forms and documents
  // named without a symbol ('Điều lệ Đảng') are outside them, so they are not sent to the scorer.
  const scored = entities.filter((entity) => entity.kind !== 'reference' || entity.symbol !== undefined);
  writeFileSync(join(predictionsDir, `${file}.json`), JSON.stringify({ entities: scored }, null, 1));
}

const passThrough = process.argv.slice(2).filter((arg) => arg === '-v' || arg === '--verbose');
const run = spawnSync(process.execPath, [scorer, predictionsDir, ...passThrough], { stdio: 'inherit' });
process.exit(run.status ?? 1);
