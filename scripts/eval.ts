/**
 * `npm run eval [-- DIR...] [-v]`: analyse every document of a labelled set (by default the
 * corpus in ../shared/corpus; each DIR is a folder laid out as it is, with its gold.json beside
 * the .txt files, such as the sets in tests/fixtures/labelled), write the predictions to
 * .cache/eval/<set>/<file>.json and print the corpus scorer's report: in full for one set (its
 * last line is the summary), the summary line of each for several.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyzeText } from '../lib/core/analyze';

const repoRoot = resolve(import.meta.dirname, '..');
const corpusDir = resolve(repoRoot, '../shared/corpus');
const scorer = join(corpusDir, 'score.mjs');
const args = process.argv.slice(2);
const passThrough: string[] = args.filter((arg) => arg === '-v' || arg === '--verbose');
// a shell glob over a folder of sets also names its files (a README): only folders are sets
const setArgs = args.filter((arg) => !passThrough.includes(arg) && !(existsSync(arg) && statSync(arg).isFile()));
const sets = setArgs.length ? setArgs.map((arg) => resolve(arg)) : [corpusDir];

if (!existsSync(scorer)) {
  console.error(`eval: corpus scorer not found (expected ${scorer}); nothing to score.`);
  process.exit(1);
}
const unlabelled = sets.filter((dir) => !existsSync(join(dir, 'gold.json')));
if (unlabelled.length) {
  console.error(`eval: no gold.json in ${unlabelled.join(', ')}; nothing to score.`);
  process.exit(1);
}

let status = 0;
for (const setDir of sets) {
  const predictionsDir = join(repoRoot, '.cache/eval', setDir === corpusDir ? 'corpus' : basename(setDir));
  mkdirSync(predictionsDir, { recursive: true });
  for (const file of readdirSync(setDir).filter((name) => name.endsWith('.txt')).sort()) {
    const { entities } = analyzeText(readFileSync(join(setDir, file), 'utf8'));
    // The gold labels count each occurrence of a document symbol; short forms and documents
    // named without a symbol ('Điều lệ Đảng') are outside them, so they are not sent to the scorer.
    const scored = entities.filter((entity) => entity.kind !== 'reference' || entity.symbol !== undefined);
    writeFileSync(join(predictionsDir, `${file}.json`), JSON.stringify({ entities: scored }, null, 1));
  }
  const run = spawnSync(process.execPath, [scorer, predictionsDir, '--gold', join(setDir, 'gold.json'), '--docs', setDir, ...passThrough], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const report = run.stdout.trimEnd();
  console.log(sets.length === 1 ? report : `${basename(setDir).padEnd(8)} ${report.split('\n').pop()}`);
  if (run.status !== 0) status = run.status ?? 1;
}
process.exit(status);
