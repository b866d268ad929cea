/**
 * Dates on folded text: `16/6/2022`, `16-6-2022`, `ngày 16 tháng 6 năm 2022`,
 * with the OCR damage seen in scans ('ngdy', 'nám', a 4 for an a with its mark ('ng4y', 'n4m'),
 * a year split as '20 18', a stray comma or stop read after 'năm').
 */

const NUMERIC = /(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{2} ?\d{2})(?!\d)/y;
const IN_WORDS = /(\d{1,2})[ \n]th[a-z4]{1,3}[ \n](\d{1,2})[ \n]?,?[ \n]n[a-z4]{1,2}m[,.]?[ \n](\d{4})(?!\d)/y;
/** 'ngày' as OCR reads it ('ngay', 'ngdy', 'ng4y'), its last 'y' aside: one spelling for every pattern that finds a date's word. */
export const DAY_WORD_STEM = 'ng[a-z4]{1,2}';
/** 'ngày' and its OCR forms (its 'y' lost too), right before a date. */
const DAY_WORD = new RegExp(`${DAY_WORD_STEM}y?[ \\n]`, 'y');

export interface FoundDate {
  iso: string;
  /** Folded offsets of the date, including a leading 'ngày'. */
  start: number;
  end: number;
}

function isoDate(day: number, month: number, year: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1930 || year > 2100) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date starting exactly at `at` in folded `text`, with or without 'ngày' before it. */
export function dateAt(text: string, at: number): FoundDate | undefined {
  DAY_WORD.lastIndex = at;
  const afterWord = DAY_WORD.test(text) ? DAY_WORD.lastIndex : at;
  IN_WORDS.lastIndex = afterWord;
  let match = IN_WORDS.exec(text);
  let iso: string | undefined;
  if (match) iso = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  else {
    NUMERIC.lastIndex = afterWord;
    match = NUMERIC.exec(text);
    if (match) iso = isoDate(Number(match[1]), Number(match[3]), Number(match[4].replace(' ', '')));
  }
  if (!match || !iso) return undefined;
  return { iso, start: at, end: match.index + match[0].length };
}
