/**
 * Is this a Party document? The signals a reader uses: the 'ĐẢNG CỘNG SẢN VIỆT
 * NAM' header, a Party-style symbol, a type heading, 'Nơi nhận', a signature
 * block. `precheckPartyDocument` is the cheap gate a content script runs on
 * any page before the full parse.
 */
import { findTypeHeading, PARTY_NAME, type TypeHeading } from './header';
import type { FoldedText } from './normalize';

/**
 * On raw text, no folding: the Party name (diacritics as NFC, NFD or none) or
 * a Party-style symbol. Each alternative starts with one fixed character class,
 * so one regex pass over 100 KB stays far below a millisecond.
 */
const RAW_PARTY_CUE =
  /C[OÔỘQ]\p{M}{0,2}NG\s{1,3}S[AẢ]\p{M}?N\s{1,3}VI[EÊỆ]\p{M}{0,2}T\s{1,3}NAM|\d\s?-\s?(?:NQ|KH|CTr|CT|KL|Q[ĐD]i?|HD|TB|BC)\s?\/\s?(?:TW|TU|[ĐD]UK?|HU|QU|BTCTW)\b/iu;

export function precheckPartyDocument(text: string): boolean {
  return RAW_PARTY_CUE.test(text);
}

const SIGNALS: { weight: number; pattern: RegExp; within?: number }[] = [
  { weight: 0.35, pattern: PARTY_NAME, within: 3000 },
  { weight: 0.25, pattern: /(?<![a-z0-9])\d{1,4} ?-[ \n]?(?:nq|kh|ctr|ct|kl|q[dbo]i?|o[db]i?|hd|tb|bc|qc|ttr|tt) ?\/ ?(?:tw|tu|[dp]uk?|hu|qu|txu|tpu|btctw|btctu|vptw|vptu)(?![a-z])/ },
  { weight: 0.15, pattern: /(?:^|\n)[ ]?n[a-z]{1,2}i[ ]nh[a-z]{1,2}n[ ]?:/ },
  { weight: 0.1, pattern: /(?:^|\n)[ ]?(?:t\/m|k\/t|tm\.|kt\.)[ ]?[a-z]|(?:^|\n)[ ]?(?:pho[ ])?bi[ ]th[a-z]{1,2}[ ]?(?:\n|$)/ },
];
const HEADING_WEIGHT = 0.15;

export function detectPartyDocument(
  folded: FoldedText,
  heading: TypeHeading | undefined = findTypeHeading(folded),
): { isPartyDocument: boolean; score: number } {
  let score = heading ? HEADING_WEIGHT : 0;
  for (const signal of SIGNALS) {
    const text = signal.within ? folded.text.slice(0, signal.within) : folded.text;
    if (signal.pattern.test(text)) score += signal.weight;
  }
  score = Math.round(Math.min(1, score) * 100) / 100;
  return { isPartyDocument: score >= 0.5, score };
}
