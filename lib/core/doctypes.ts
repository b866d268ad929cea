/**
 * Document type words ('Nghị quyết', 'Kế hoạch' ...) as they appear in folded
 * text, tolerant of the OCR damage seen in real scans ('nghj quydt', 'k& hoach',
 * 'hithng dk'). Each pattern is a regex source over folded text (lower case, no
 * diacritics) and is only ever used anchored: right before a symbol, as a whole
 * heading line, or right before a short-form number.
 */

export interface DocTypeWord {
  /** Canonical name with Vietnamese letters. */
  name: string;
  pattern: string;
}

const GAP = '[ \\n]?';

/** Longer names first: at the same start, the first alternative that fits wins. */
export const DOC_TYPE_WORDS: readonly DocTypeWord[] = [
  // 'chương' as OCR reads it: chuong, chirong, chucmg, chtrcing, its horn a `'` (chio'ng); 'động' with its Đ read
  // as P or B, its ô as ¢ or 6 (d¢ng, d6ng).
  { name: 'Chương trình hành động', pattern: `ch[a-z']{1,5}g${GAP}tr[a-z]{0,3}nh[ \\n]h[a-z]{0,2}nh${GAP}[dpb][a-z¢6]{0,3}ng` },
  { name: 'Chương trình', pattern: `ch[a-z']{1,5}g${GAP}tr[a-z]{0,3}nh` },
  { name: 'Nghị quyết liên tịch', pattern: `ngh[a-z1]?${GAP}qu[a-z]{0,3}t[ \\n]li[a-z]{1,2}n${GAP}t[a-z1]{1,2}ch` },
  { name: 'Nghị quyết', pattern: `ngh[a-z1]?${GAP}qu[a-z]{0,3}t` },
  { name: 'Nghị định', pattern: `ngh[a-z1]?${GAP}d[a-z1]{0,2}n[a-z]?` },
  // (the `Đ` of `định` read as P or B: `QUYET PỊNH`)
  { name: 'Quyết định', pattern: `qu[a-z]{1,3}t${GAP}[dpb][a-z1]{0,2}nh` },
  // its đ read as `cl` (`Quy clịnh`)
  { name: 'Quy định', pattern: `quy${GAP}(?:d|cl)[a-z1]{0,2}nh` },
  { name: 'Quy chế', pattern: `quy${GAP}ch[a-z]` },
  { name: 'Chỉ thị', pattern: `ch[a-z1]?${GAP}th[a-z1]` },
  { name: 'Kết luận', pattern: `k[a-z&]{0,2}t${GAP}[l1][a-z]{0,3}n` },
  { name: 'Kế hoạch liên tịch', pattern: `k[a-z&]?${GAP}ho[a-z]{0,2}ch[ \\n]li[a-z]{1,2}n${GAP}t[a-z1]{1,2}ch` },
  { name: 'Kế hoạch', pattern: `k[a-z&]?${GAP}ho[a-z]{0,2}ch` },
  { name: 'Hướng dẫn', pattern: `h[a-z]{1,4}ng${GAP}d[a-z]{0,3}` },
  { name: 'Thông báo kết luận', pattern: `th[a-z]{0,2}ng${GAP}b[a-z]{1,2}[ \\n]k[a-z&]{0,2}t${GAP}[l1][a-z]{0,3}n` },
  { name: 'Thông báo', pattern: `th[a-z]{0,2}ng${GAP}b[a-z]{1,2}` },
  { name: 'Thông tri', pattern: `th[a-z]{0,2}ng${GAP}tri` },
  { name: 'Thông tư liên tịch', pattern: `th[a-z]{0,2}ng${GAP}t[uw][ \\n]li[a-z]{1,2}n${GAP}t[a-z1]{1,2}ch` },
  { name: 'Thông tư', pattern: `th[a-z]{0,2}ng${GAP}t[uw]` },
  { name: 'Báo cáo', pattern: `b[a-z]o${GAP}c[a-z]o` },
  { name: 'Tờ trình', pattern: `to${GAP}tr[a-z]nh` },
  { name: 'Đề án', pattern: `de${GAP}an` },
  { name: 'Công văn', pattern: `c[a-z]ng${GAP}v[a-z]n` },
  { name: 'Công điện', pattern: `c[a-z]ng${GAP}di[a-z]?n` },
  { name: 'Giấy mời', pattern: `gi[a-z]{1,2}y${GAP}m[a-z]{1,2}i` },
  { name: 'Pháp lệnh', pattern: `ph[a-z]p${GAP}l[a-z]{1,2}nh` },
  { name: 'Biên bản', pattern: `bi[a-z]n${GAP}ban` },
  { name: 'Bản sao', pattern: `ban${GAP}sao` },
  { name: 'Luật', pattern: 'lu[a-z]?t' },
];

/** One capture group per entry of `words`, in order; returns the matched entry. */
export function alternation(words: readonly DocTypeWord[]): string {
  return words.map((word) => `(${word.pattern})`).join('|');
}

export function matchedWord(words: readonly DocTypeWord[], match: RegExpExecArray, firstGroup: number): DocTypeWord | undefined {
  for (let i = 0; i < words.length; i++) if (match[firstGroup + i] !== undefined) return words[i];
  return undefined;
}

/**
 * 'số' and its OCR forms seen in scans: so, s6, sé, sb, s§, s&, sêi, and a bare
 * 's' when the vowel was lost.
 */
export const NUMBER_CUE = 's[a-z0-9§&¢]{0,2}[.:]?';
