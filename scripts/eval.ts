/**
 * `npm run eval [-- DIR] [-v]`: analyse every document of a labelled set (by default the
 * corpus in ../shared/corpus; DIR is any folder laid out as it is, with its gold.json beside
 * the .txt files), write the predictions to .cache/eval/<set>/<file>.json and print the
 * corpus scorer's report (its last line is the summary).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyzeText } from '../lib/core/analyze';

const repoRoot = resolve(import.meta.dirname, '..');
const corpusDir = resolve(repoRoot, '../shared/corpus');
const scorer = join(corpusDir, 'score.mjs');
const args = process.argv.slice(2);
const passThrough: string[] = args.filter((arg) => arg === '-v' || arg === '--verbose');
const setArg = args.find((arg) => !passThrough.includes(arg));
const setDir = setArg === undefined ? corpusDir : resolve(setArg);
const goldPath = join(setDir, 'gold.json');
const predictionsDir = join(repoRoot, '.cache/eval', setArg === undefined ? 'corpus' : basename(setDir));

if (!existsSync(scorer)) {
  console.error(`eval: corpus scorer not found (expected ${scorer}); nothing to score.`);
  process.exit(1);
}
if (!existsSync(goldPath)) {
  console.error(`eval: no gold.json in ${setDir}; nothing to score.`);
  process.exit(1);
}

mkdirSync(predictionsDir, { recursive: true });
for (const file of readdirSync(setDir).filter((name) => name.endsWith('.txt')).sort()) {
  const { entities } = analyzeText(readFileSync(join(setDir, file), 'utf8'));
  // The gold labels count each occurrence of a document symbol; short forms and documents
  // named without a symbol ('Điều lệ Đảng') are outside them, so they are not sent to the scorer.
  const scored = entities.filter((entity) => entity.kind !== 'reference' || entity.symbol !== undefined);
  writeFileSync(join(predictionsDir, `${file}.json`), JSON.stringify({ entities: scored }, null, 1));
}

const run = spawnSync(
  process.execPath,
  [scorer, predictionsDir, '--gold', goldPath, '--docs', setDir, ...passThrough],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
