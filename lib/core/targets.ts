/**
 * Quantitative targets (mục tiêu, chỉ tiêu): a percentage, a range of
 * percentages or a count (`300 đảng viên`, `1.500 tỷ đồng`), with the clause
 * that states it as the span.
 *
 * Rules, from the way these documents are written (DOMAIN.md §5, corpus README):
 * - Under a `Mục tiêu` / `Chỉ tiêu` heading, or after a lead-in line that says
 *   `phấn đấu` or announces the targets and ends in `:` (`Phấn đấu đến năm 2030
 *   hoàn thành các mục tiêu cụ thể sau:`), every percentage and every count is
 *   a target, until the next heading of the same or a higher level. Not under
 *   `Mục tiêu chung` (the goal in prose), nor in the other parts of a section
 *   headed `MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP`.
 * - Elsewhere a percentage is a target too (plans state requirements as
 *   `100% ...`, `phấn đấu ... X%`, `kiểm tra 5 - 10% ...`), except where it
 *   reports the past: in an assessment section (`Tình hình`, `Kết quả`, `Đánh
 *   giá`), in a `BÁO CÁO`, in a clause with `đã`, `đạt được`, `so với` or a
 *   change between two values (`giảm từ 24,5% xuống còn 15,2%`), or where it is
 *   a rule's cap (`không vượt quá 20%`) — unless `phấn đấu` / `chỉ tiêu` /
 *   `mục tiêu` comes before it in its sentence.
 * - A count outside a target block needs such a cue, and a unit of its own.
 * - Not targets: years, list numbers, page numbers, numbers of time units,
 *   frequencies, names (`Điều 4`, `Chỉ thị 05`) and counts that only describe
 *   the subject (`có 4 - 5 đảng viên`, `dưới 3 đảng viên`, a count after the
 *   percentage of its clause).
 * One pass over the tokens; clauses and headings are found in the same pass.
 */
import type { FoldedText } from './normalize';
import { cleanText, originalSpan } from './normalize';
import type { Tokens } from './gazetteer';
import { SyllableReader, TITLE_WORDS, TokenReadings, columnGapBefore, isCapitalLetterAt, phraseIds, syllableFolded, syllableId, tokenize, writtenWithMarks, writtenWord } from './gazetteer';
import type { TargetEntity, TargetValue } from './types';
import { DOC_TYPE_WORDS, NUMBER_CUE } from './doctypes';

const phrases = <K extends string>(table: Record<K, string>): Record<K, number[]> =>
  Object.fromEntries(Object.entries<string>(table).map(([k, v]) => [k, phraseIds(v)])) as Record<K, number[]>;

const CUE = phrases({ strive: 'phấn đấu', quota: 'chỉ tiêu', goal: 'mục tiêu' });
/** `3. Tầm nhìn đến năm 2045`: a resolution's vision, the goals of its furthest horizon. */
const VISION = phraseIds('tầm nhìn');
const AND = syllableId('và');
/** A heading's first part before `, CHỈ TIÊU` or `và mục tiêu` is a few words long (`NỘI DUNG`, `MỤC ĐÍCH, YÊU CẦU`). */
const HEADING_PART_REACH = 5;
const HEADING_QUANTIFIERS = ['một số', 'các', 'những'].map(phraseIds);
const ASSESSMENT = phrases({ situation: 'tình hình', result: 'kết quả', review: 'đánh giá', state: 'thực trạng' });
const ASSESSMENT_PHRASES = Object.values(ASSESSMENT);
/** Words that put a clause in the past: its percentages report results (`đã đạt 95%`, `tăng 3% so với`). */
const COMPARED_WITH = phraseIds('so với');
const PAST = [phraseIds('đạt được'), COMPARED_WITH];
/**
 * How far before a year its `so với` may come, in its phrase (`so với cùng kỳ năm 2024`, `so với giai đoạn 2021 -
 * 2025`, `so với tổng biên chế được giao năm 2024`).
 */
const COMPARED_REACH = 8;
/** `đã` folds to `da` like `đa` (`tối đa`), so it is checked on the original letters. */
const DA = syllableId('đã');
const REPORT = phraseIds('báo cáo');
/** Type lines of documents that set what is to be done: `NGHỊ QUYẾT`, `KẾ HOẠCH`, `CHƯƠNG TRÌNH HÀNH ĐỘNG`. */
const PLAN_TYPES = ['nghị quyết', 'kế hoạch', 'chương trình', 'chương trình hành động'].map(phraseIds);

/** `không (vượt) quá`: a cap. */
const CAP = 'không quá';
/**
 * Qualifiers that bound a value: a report tells what was, a bound what must
 * be, so a bound compared with a baseline (`giảm ít nhất 20% ... so với giai
 * đoạn 2021 - 2025`) is still a target.
 */
const BOUNDS = new Set(['tối thiểu', 'ít nhất', CAP, 'tối đa', 'trở lên', 'từ … trở lên']);
/** Qualifiers written before the number, nearest first wins. */
const QUALIFIERS_BEFORE: [number[], string][] = [
  [phraseIds('tối thiểu'), 'tối thiểu'],
  [phraseIds('ít nhất'), 'ít nhất'],
  [phraseIds('cao hơn'), 'cao hơn'],
  [phraseIds('không vượt quá'), CAP],
  [phraseIds('không quá'), CAP],
  [phraseIds('tối đa'), 'tối đa'],
  [phraseIds('trên'), 'trên'],
  [phraseIds('dưới'), 'dưới'],
  [phraseIds('đạt'), 'đạt'],
  [phraseIds('từ'), 'từ'],
  [phraseIds('đến'), 'đến'],
  [phraseIds('phấn đấu'), 'phấn đấu'],
];
const AT_LEAST_AFTER = phraseIds('trở lên');
const FROM = syllableId('từ');
const ABOUT = syllableId('khoảng');
const RANGE_WORDS = [syllableId('đến'), syllableId('tới')];

/**
 * A count is a number and the noun it counts (`300 đảng viên`, `05 địa phương`,
 * `1.500 tỷ đồng`, `7.500 USD`). Under a target heading or lead-in every list
 * item states a target, so any noun counts there, except the words after which
 * a number counts nothing: units of time and age (`6 tháng`, `5 tuổi`,
 * `2 nhiệm kỳ`), frequencies (`02 lần`, `2 đợt`) and the function words a
 * number may stand before (`3 trở lên`, `Nghị quyết 27 của`). In running text,
 * where only a cue word marks a target, a number counts only a unit of its
 * own (`COUNT_UNITS`): there OCR's digits for letters (`16 trình` = lộ trình)
 * are as common as counts.
 */
const TIME_UNITS = 'năm tháng quý ngày tuần giờ phút lần đợt kỳ nhiệm tuổi khóa'.split(' ').map(syllableId);
/**
 * Function words, and the verbs that begin what a target says (`kết nạp`,
 * `đạt`, `tăng`): after one of them the number counted nothing, it was a label
 * or OCR's digits for a word (`Ti 18 két nạp` = Tỷ lệ kết nạp). Short and
 * common, so matched as spelled: OCR-tolerant readings would take nouns for
 * them (`tổ` for `tới`, `tỷ` for `từ`).
 */
const NOT_NOUNS = (
  'và đến tới trở so với của về theo trong được là hoặc hay để cho từ tại ở ' +
  'có kết đạt tăng giảm hoàn thực tham xây'
).split(' ').map(syllableId);
/** What plans count: members, organisations, administrative units, households, people, money. */
const COUNT_UNITS = [
  'đảng viên', 'đơn vị', 'tổ chức', 'chi bộ', 'đảng bộ', 'cơ sở', 'cơ quan', 'người', 'hội viên', 'đoàn viên', 'cán bộ', 'doanh nghiệp',
  'thôn', 'bản', 'xóm', 'tổ', 'xã', 'phường', 'thị trấn', 'huyện', 'địa phương', 'mô hình', 'lớp', 'học viên', 'hộ', 'lượt',
  'lao động', 'việc làm', 'căn', 'ngôi', 'nhà', 'trường', 'tập thể', 'cá nhân', 'hợp tác xã', 'dự án', 'công trình',
  'sản phẩm', 'đồng', 'triệu', 'tỷ', 'nghìn', 'ngàn', 'usd', 'ha', 'km', 'tấn', 'm2', 'tiêu chí',
  'giáo viên', 'bác sĩ', 'giường bệnh', 'học sinh', 'sinh viên', 'phòng học',
  'dược sĩ', 'điều dưỡng', 'quần chúng', 'thanh niên', 'công nhân', 'doanh nhân', 'công đoàn', 'chi đoàn',
].map(phraseIds);
const ONE_WORD_UNITS = COUNT_UNITS.filter((unit) => unit.length === 1).map(([id]) => id);
/** Each unit as `countUnitAt` reads it: the words before its last word, the last word, and that word's folded spelling. */
const COUNT_UNIT_PARTS = COUNT_UNITS.map((unit) => ({ head: unit.slice(0, -1), last: unit[unit.length - 1], folded: syllableFolded(unit[unit.length - 1]) }))
  // longer units first: `học sinh` before `hộ`, which reads `học` with one letter off
  .sort((a, b) => b.head.length - a.head.length);
/** Words before a number that make it a name, an ordinal or part of a date: `Điều 4`, `lần thứ 5`, `tháng 11`, `Chỉ thị 05`. */
const NOT_COUNTED_AFTER = [
  ...'số điều khoản mục chương phần thứ khóa tháng ngày quý năm'.split(' '),
  'nghị quyết', 'chỉ thị', 'kết luận', 'quy định', 'quyết định', 'kế hoạch', 'hướng dẫn', 'thông báo', 'chương trình',
].map(phraseIds);
/** Words before a count that make it describe the subject (`chi bộ có 4 đảng viên`) rather than set a target. */
const HAVE = phraseIds('có');
const UNDER = phraseIds('dưới');
const NOT = syllableId('không');
const CONSISTS = syllableId('gồm');
const SUBJECT_MARKERS = [HAVE, UNDER];
const LEVEL_WORD = syllableId('cấp');
const PEOPLE = syllableId('dân');
const PER = syllableId('trên');
const PER_BASE = new Set([100, 1000, 10000, 100000]);
const RATIO = ['tỷ số', 'tỷ lệ'].map(phraseIds);
/** `có thêm 02 xã đạt chuẩn`: to have more of something is a target, not a description. */
const MORE = syllableId('thêm');
const EACH = syllableId('mỗi');
const WHOLE = syllableId('toàn');
const LIFESPAN = ['tuổi thọ', 'sống khỏe'].map(phraseIds);
/** Words from `mỗi` to `có` (`Mỗi thôn, tổ dân phố có`, `mỗi sở, ban, ngành có`). */
const EACH_SUBJECT_REACH = 8;
const YEAR_WORD = syllableId('năm');
const SHARE = syllableId('chiếm');
const EQUAL = syllableId('bằng');
const DONG = syllableId('đồng');
const USD = syllableId('usd');
/** Words `đồng` begins other than money: đồng chí (comrades), đồng bào (compatriots), đồng nghiệp, đồng hương, đồng bằng. */
const NOT_MONEY_AFTER_DONG = ['chí', 'bào', 'nghiệp', 'hương', 'bằng'].map(syllableId);
const MONEY_MULTIPLES = ['nghìn', 'ngàn', 'triệu', 'tỷ'].map(syllableId);
const REACH = syllableId('đạt');
/** Verbs that share money out: kept back (`trích để lại`), paid up (`nộp lên cấp trên`, `nộp về Tỉnh ủy`). */
const ALLOCATION = ['trích', 'để lại', 'nộp lên', 'nộp về'].map(phraseIds);
/** Tokens before a value its verb of sharing out may come (`nộp về Tỉnh ủy (qua Văn phòng Tỉnh ủy) 50%`). */
const ALLOCATION_REACH = 12;
const SUPPORT = phraseIds('hỗ trợ');
/** `được hưởng 85% mức lương`: what a rule entitles someone to. */
const ENTITLED = phraseIds('được hưởng');
const OF_WHICH = phraseIds('trong đó');
const ARTICLE = syllableId('điều');
const THEN = syllableId('thì');
const WHEN = syllableId('khi');
/** Words of a vote after a share: the share is what the vote needs (`... ủy viên tán thành`), no target. */
const VOTE_WORDS = ['đồng ý', 'tán thành', 'biểu quyết', 'nhất trí'].map(phraseIds);
const WHOLE_NUMBER = phraseIds('tổng số');
/** Tokens from a `khi` to the value of its condition (`khi có ít nhất trên 50%`). */
const WHEN_REACH = 5;
const DAY_WORD = syllableId('ngày');
const END_OF = syllableId('hết');
const TIMES = syllableId('gấp');
const WORKDAYS = phraseIds('ngày công');
const HORIZON = phrases({ yearly: 'hằng năm', yearly2: 'hàng năm', until: 'đến năm', period: 'giai đoạn' });
const YEARLY = [HORIZON.yearly, HORIZON.yearly2];
/** `giảm từ 24,5% xuống còn 15,2%`, `tăng từ 21,9% lên 27%`: a change between two values reports what happened. */
const CHANGE_WORDS = [syllableId('xuống'), syllableId('lên')];
const AT_LEAST = syllableId('trở');
/**
 * `sau`: ends the lead-in line of a list (`... các mục tiêu cụ thể sau:`), and
 * a section opening on it reviews the years it names (`Sau 08 năm triển khai`).
 */
const AFTER = syllableId('sau');
const GENERAL = syllableId('chung');
/** What else a section headed `Mục tiêu` may hold. */
const OTHER_PARTS = ['nhiệm vụ', 'giải pháp', 'quan điểm', 'yêu cầu', 'phương hướng'].map(phraseIds);

/** Words naming a table's column of targets (`Dự toán 2025`, `Chỉ tiêu 2026`, `phấn đấu đạt năm 2025`). */
const BUDGET_WORD = phraseIds('dự toán');
/** `chỉ tiêu`, which heads the label column too (`TT | Chỉ tiêu`, `STT | Tên chỉ tiêu`, `Nội dung chỉ tiêu`). */
const INDICATOR_WORD = phraseIds('chỉ tiêu');
/** Words a label column's `chỉ tiêu` may follow `TT` with. */
const LABEL_HEADER_WORDS = ['tên', 'nội dung'].map(phraseIds);
const PLAN_COLUMN_WORDS = [BUDGET_WORD, INDICATOR_WORD, ...['kế hoạch', 'phấn đấu', 'mục tiêu'].map(phraseIds)];
/** Verbs of what a plan has done: the object of one is a quantity to reach. */
const ACTION_VERBS = [
  'xây dựng', 'kết nạp', 'cử', 'giới thiệu', 'tổ chức', 'bố trí', 'kiểm tra', 'giám sát', 'thành lập', 'phát triển', 'tạo', 'giúp',
  'hỗ trợ', 'trồng', 'mở', 'xác minh', 'duy trì', 'tuyển', 'đào tạo', 'tập huấn', 'đăng ký', 'vận động', 'bồi dưỡng', 'giải quyết',
  'xử lý',
].map(phraseIds);
/** Words between a verb and the floor of its count (`kết nạp mới từ 50`, `kết nạp được từ 30`). */
const AFTER_VERB = ['mới', 'được', 'thêm'].map(syllableId);
/** The header of the first column of a table without row numbers: its indicators (`Chỉ tiêu 2026 2027 ... 2030`). */
const INDICATOR_HEADERS = ['chỉ tiêu', 'nội dung'].map(phraseIds);
/** Words naming a table's column of results (`Kết quả 2025`, `Ước thực hiện 2025`). */
const RESULT_COLUMN_WORDS = ['kết quả', 'thực hiện', 'ước'].map(phraseIds);
/** Column names of a table of funding (`TT Nguồn vốn 2026 2027 2028 Tổng`): money set aside by year, no target. */
const FUNDING_COLUMN_WORDS = ['nguồn vốn', 'kinh phí'].map(phraseIds);

/** Words a title in quotes follows (`Đề án "Đầu tư xây dựng ít nhất 01 triệu căn hộ nhà ở xã hội …"`): its numbers name it. */
const TITLES = TITLE_WORDS.map(phraseIds);
/** How far back from a number an open quote of a title is looked for. */
const TITLE_REACH = 40;

const READER = new SyllableReader([
  ...Object.values(CUE), VISION, ...Object.values(ASSESSMENT), ...PAST, [DA], REPORT, ...QUALIFIERS_BEFORE.map(([ids]) => ids), AT_LEAST_AFTER,
  ...RESULT_COLUMN_WORDS, ...FUNDING_COLUMN_WORDS, RANGE_WORDS, TIME_UNITS, NOT_NOUNS, ...COUNT_UNITS, ...NOT_COUNTED_AFTER, ...SUBJECT_MARKERS, [...AFTER_VERB, MORE, NOT, CONSISTS, EACH, WHOLE, YEAR_WORD, AT_LEAST, AFTER, GENERAL, LEVEL_WORD, PEOPLE, PER], CHANGE_WORDS, ...OTHER_PARTS,
  ...Object.values(HORIZON), ...PLAN_TYPES, [SHARE, EQUAL, REACH, DONG, USD, ...NOT_MONEY_AFTER_DONG, ...MONEY_MULTIPLES, AND, ARTICLE, TIMES, THEN, WHEN, DAY_WORD, END_OF], SUPPORT, ENTITLED, ...ALLOCATION, OF_WHICH, ...RATIO, ...HEADING_QUANTIFIERS, ...LIFESPAN,
  ...PLAN_COLUMN_WORDS, ...LABEL_HEADER_WORDS, ...VOTE_WORDS, WHOLE_NUMBER, ...INDICATOR_HEADERS, WORKDAYS, ...ACTION_VERBS, [ABOUT], ...TITLES,
].flat());

const YEAR = /^(19|20)\d\d$/;
const ROMAN = /^[ivx][ivxl1]*$/;
const LOOK_BEHIND = 4;
const CUE_REACH = 60;
/** Tokens from a lead-in's cue to its `sau:` (`mục tiêu, yêu cầu sau`). */
const LEAD_IN_TAIL = 6;
/** The document type line sits in the header, within the first lines. */
const TYPE_LINE_REACH = 200;

interface Heading {
  level: number;
  goal: boolean;
  /** `Mục tiêu chung`: the goal in prose, where a number counts only a unit of its own. */
  general?: boolean;
  /** `MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP`: the goals share the section with other parts. */
  mixed?: boolean;
  /** Opened by a lead-in line, not a numbered heading. */
  leadIn?: boolean;
  assessment: boolean;
  /** Titled by a word of assessment (`1. Tình hình`): a part on the situation, even under a heading of goals. */
  situation?: boolean;
  /**
   * Titled by another part than goals (`2. Nhiệm vụ, giải pháp`), or a title
   * with no value (`III. KINH PHÍ THỰC HIỆN`): under a mixed heading, a part
   * of its own, not its goals, where an item stating values (`1. Hằng năm, ...
   * ít nhất 02 tổ chức đảng`) is one of them.
   */
  otherPart?: boolean;
  /** Its title's first two words (folded word ids), which name its part. */
  opening?: [number, number];
  /** `III. MỨC XẾP LOẠI VÀ CHỈ TIÊU`: a part is named before the cue, and a subsection opening as the heading does is that part. */
  partBeforeCue?: boolean;
  horizon?: string;
}

interface Found {
  first: number;
  last: number;
  values: TargetValue[];
  /** Accepted only as a plain requirement: dropped if its clause turns out to report the past. */
  unlessPast?: boolean;
}

/**
 * `documentYear`, the year the document is dated, tells a clause about an
 * earlier year (`Năm 2022, ... đạt 87,5%`) as a report of what was done.
 */
export function recognizeTargets(folded: FoldedText, documentYear?: number): TargetEntity[] {
  const tokens = tokenize(folded);
  const readings = new TokenReadings(tokens, READER);
  const out: TargetEntity[] = [];
  const headings: Heading[] = [];
  let clauseStart = 0;
  /** A cue covers the clauses after it up to the sentence's end (`phấn đấu A; B; C.`). */
  const cues = new SentenceCues(readings);
  /** Where the lines that may lead in a list began, and the heading they started with. */
  let leadStart = 0;
  let leadHeading: Heading | undefined;
  let found: Found[] = [];
  /**
   * Where the clause stated a percentage (-1: none): counts after it describe that percentage's
   * subject (`đạt 90% trên tổng số 300 đảng viên`), unless a cue after it sets a target of their
   * own (`kết nạp từ 3 - 4% tổng số đảng viên, phấn đấu từ 3.500 đảng viên trở lên`).
   */
  let clausePercentAt = -1;
  /**
   * A heading line is its own clause: the line after it starts a new one. A numbered line that
   * states a value is a list item, not a heading, and its sentence runs on over the line's end
   * (`1. Hằng năm, ... kết nạp từ 3 - 4% ..., phấn đấu từ` / `3.500 đảng viên trở lên`).
   */
  let afterHeading = false;
  const typeLines = typeLinesNear(readings);
  const isReport = typeLines.report;
  /** The current sentence opens on a year before the document's. */
  let sentenceOpensPast = false;

  const flush = (clauseEnd: number) => {
    clausePercentAt = -1;
    if (found.length === 0) return; // most clauses hold no value: nothing to check or allocate
    // the past marker may follow the value (`tăng 3% so với năm trước`), so it is checked once the clause is complete
    const pastYear = pastYearIn(readings, clauseStart, clauseEnd, documentYear);
    // a clause opening on an earlier year is a baseline even under a target heading (`(Năm 2022, tỷ lệ ... đạt 87,5%`),
    // and so are the clauses after it in a sentence that opens so (`Năm 2023, ... đạt 98,6%; 91,2% đảng viên ...`)
    if (sentenceOpensPast || (pastYear >= 0 && pastYear - clauseStart <= PAST_YEAR_OPENING)) found = [];
    const past = pastYear >= 0 || reportsChange(readings, found);
    const pastWord = clauseHasPast(readings, clauseStart, clauseEnd);
    const bounded = (f: Found) => f.values[0].qualifier !== undefined && BOUNDS.has(f.values[0].qualifier);
    found = found.filter(
      (f) => !(f.unlessPast && (past || (pastWord !== NO_PAST && !(pastWord === BASELINE && bounded(f))) || isShare(readings, f.first, f.last, clauseStart) || inCondition(readings, clauseStart, f.first, f.last, clauseEnd))),
    );
    if (found.length > 0) out.push(toEntity(folded, readings, clauseStart, clauseEnd, found, headings));
    found = [];
  };

  for (let k = 0; k < tokens.count; k++) {
    // Plain words after plain words neither start a clause nor hold a value: the common case, cheaply.
    if (k > 0 && (k = tokens.skipPlainWords(k)) === tokens.count) break;
    const newClause = k === 0 || startsClause(tokens, k) || (tokens.newlineBefore(k) && partTitleAt(readings, k) !== undefined);
    if (newClause || (afterHeading && tokens.newlineBefore(k))) {
      let leadIn: Heading | undefined;
      if (k > 0) {
        if (tokens.isChar(k - 1, ':') && tokens.newlineBefore(k) && leadsInTargets(readings, leadStart, k - 1)) {
          leadIn = openTargets(readings, headings, leadHeading, leadStart, k - 1);
        }
        flush(k - 1);
      }
      clauseStart = k;
      if (k === 0 || tokens.charCode(k - 1) !== SEMICOLON) {
        cues.begin(k);
        sentenceOpensPast = pastYearIn(readings, k, Math.min(tokens.count - 1, k + PAST_YEAR_OPENING), documentYear) >= 0;
      }
      // a heading line wrapped onto the next line still leads in what follows it
      if (newClause) {
        leadStart = k;
        leadHeading = undefined;
      }
      const heading = k === 0 || tokens.newlineBefore(k) ? headingAt(readings, k) : undefined;
      if (heading) afterHeading = true;
      else if (k === 0 || tokens.newlineBefore(k)) afterHeading = false;
      if (heading) {
        // a lead-in right before subsections leads them in (`... các mục tiêu, yêu cầu sau:` / `2.1. ...`)
        if (leadIn) leadIn.level = heading.level - 1;
        while (headings.length && headings[headings.length - 1].level >= heading.level) headings.pop();
        headings.push(heading);
        leadHeading = heading;
      }
    }
    if (!tokens.isDigits(k)) continue;
    const inTargets = listsTargets(headings);
    const value = valueAt(readings, k, clauseStart, inTargets, cues);
    if (!value) continue;
    if (value.values[0].unit === 'count' && clausePercentAt >= 0 && !cues.since(clausePercentAt, k) && !ofWhichBetween(readings, clausePercentAt, k)) continue;
    if (value.values[0].unit === '%') clausePercentAt = k;
    afterHeading = false;
    const inAssessment = isReport || headings.some((h) => h.assessment);
    const isPercent = value.values[0].unit === '%';
    // in a report of results only `phấn đấu` looks ahead: its `chỉ tiêu` and `mục tiêu` tell of the results
    // (`Chỉ tiêu lúa chất lượng cao chưa đạt (kế hoạch 80%)`)
    if (inTargets || (cues.before(k) && (!inAssessment || cues.strives()))) found.push(value);
    // `không vượt quá 20%`: outside a target section a cap is a rule's limit, not a target
    else if (isPercent && !inAssessment && value.values[0].qualifier !== CAP) found.push({ ...value, unlessPast: true });
    // `có thêm 15 sản phẩm OCOP`: more to have, `xây dựng ít nhất 01 mô hình`: a bound on what is to be done, unless
    // the clause reports it (`đã có thêm`)
    else if (!isPercent && !inAssessment && (addsMore(readings, k) || boundBefore(readings, k))) found.push({ ...value, unlessPast: true });
    k = value.last;
  }
  flush(tokens.count - 1);
  return withTableTargets(folded, readings, documentYear, !isReport && typeLines.plan, out);
}

/** The header of a table's first column: its row numbers. */
const ROW_NUMBER_HEADERS = new Set(['tt', 'stt']);
/** Lines from a table's header to its first row (a header's column names wrap). */
const TABLE_HEADER_LINES = 4;

/**
 * A table flattened to lines (`TT Chỉ tiêu Dự toán 2024 Ước thực hiện 2024 Dự
 * toán 2025` / `1 Tổng thu ngân sách 65.560 67.200 70.300`): when its header
 * names a column of plans, for no earlier year than the document's, that
 * column, the last, holds each row's target. When its columns are years, none
 * before the document's (`TT Nội dung Đơn vị 2026 2027 2028`) after the ones
 * of what was done (`baselineColumns`), or one year after the document's
 * (`STT | Chỉ tiêu | Đơn vị tính | Năm 2030`), each is a year's
 * plan: every row holds a target for each, which replace what the clauses
 * read of the row. Otherwise rows already read as targets (a list of quotas
 * laid out as a table) are left as they are. Returns `found` with the tables'
 * targets, in text order.
 */
function withTableTargets(folded: FoldedText, readings: TokenReadings, documentYear: number | undefined, isPlan: boolean, found: TargetEntity[]): TargetEntity[] {
  const { tokens } = readings;
  const out: TargetEntity[] = [];
  const replaced = new Set<TargetEntity>();
  for (let k = 0; k < tokens.count; k = tokens.nextLineStart(k + 1)) {
    const numbered = tokens.upper(k) && ROW_NUMBER_HEADERS.has(tokens.text(k));
    if (!numbered && !unnumberedHeaderAt(readings, k)) continue;
    let row = tokens.nextLineStart(k + 1);
    let plan = false;
    let results = false;
    let funding = false;
    const years: number[] = [];
    /** Per year column, the first year of the period it heads (`Giai đoạn 2024 - 2028`), if it heads one. */
    const periodStarts: (number | undefined)[] = [];
    let lastYearAt = -1;
    /** Per year, what the column word right before it names, if one does: results (`Thực hiện 2024`) or plans. */
    const yearWords: ColumnWord[] = [];
    /** The header's column words before its first year, in order, a column's words together (`Ước thực hiện`) one. */
    const leadingWords: ColumnWord[] = [];
    let columnWord: ColumnWord;
    let wordEnd = -1;
    let lastPhrase: number[] | undefined;
    /** The last column word is a plan's other than a budget's (`TT | Chi bộ | Chỉ tiêu`, not `Dự toán`). */
    let endsOnQuota = false;
    /** What the first column of values is headed as (the label column's `Chỉ tiêu`, `Tên chỉ tiêu` aside). */
    let firstValueWord: ColumnWord;
    /** A column of plans comes after one of results (`Dự toán 2024 | Ước thực hiện 2024 | Dự toán 2025`). */
    let planAfterResults = false;
    // the header ends at the first line that begins with a row's number (a header without row numbers is its one line)
    for (let j = k + 1, lines = 0; j < row || (numbered && lines < TABLE_HEADER_LINES && !rowNumberAt(tokens, row) && row < tokens.count); j++) {
      if (j === row) {
        row = tokens.nextLineStart(row + 1);
        lines++;
      }
      // a plan word heading the first column (`TT Chỉ tiêu ...`) names the indicators, not a column of plans
      const planWord = j > k + 1 ? readings.firstPhraseAt(j, PLAN_COLUMN_WORDS) : -1;
      const resultWord = planWord < 0 ? readings.firstPhraseAt(j, RESULT_COLUMN_WORDS) : -1;
      const word: ColumnWord = planWord >= 0 ? 'plan' : resultWord >= 0 ? 'results' : undefined;
      if (word) {
        // (a phrase written twice, `Kế hoạch Kế hoạch`, heads two columns)
        const phrase = planWord >= 0 ? PLAN_COLUMN_WORDS[planWord] : RESULT_COLUMN_WORDS[resultWord];
        // `Tên chỉ tiêu`, `Nội dung chỉ tiêu`: the label column's header, no column of plans
        const label = phrase === INDICATOR_WORD && labelHeaderBefore(readings, k, j);
        if (!label) firstValueWord ??= word;
        if (word === 'results') results = true;
        else if (!label) {
          plan = true;
          if (results) planAfterResults = true;
        }
        endsOnQuota = word === 'plan' && phrase !== BUDGET_WORD;
        if (years.length === 0 && !(j === wordEnd + 1 && word === columnWord && phrase !== lastPhrase)) leadingWords.push(word);
        columnWord = word;
        lastPhrase = phrase;
        wordEnd = j + phrase.length - 1;
      }
      if (readings.firstPhraseAt(j, FUNDING_COLUMN_WORDS) >= 0) funding = true;
      let year = -1;
      const yearAt = j;
      if (tokens.isDigits(j) && YEAR.test(tokens.text(j))) year = Number(tokens.text(j));
      // OCR's space inside a column's year (`2027 20 28 2030`)
      else if (splitYearAt(tokens, j)) year = Number(tokens.text(j) + tokens.text(++j));
      // `Giai đoạn 2024 - 2028`: one column, for the period (its last year)
      if (year >= 0 && lastYearAt === yearAt - 2 && tokens.isChar(yearAt - 1, '-') && year > years[years.length - 1]) {
        periodStarts[years.length - 1] = years[years.length - 1];
        years[years.length - 1] = year;
        lastYearAt = j;
      } else if (year >= 0) {
        years.push(year);
        periodStarts.push(undefined);
        yearWords.push(columnWord);
        columnWord = undefined;
        lastYearAt = j;
      }
    }
    // column words on a line of their own above the years (`Kết quả Kế hoạch Kế hoạch` / `2024 2025 2026`) head them in
    // order, where there are as many
    const paired = leadingWords.length === years.length && years.length > 1 && yearWords.slice(1).every((w) => !w);
    if (paired) leadingWords.forEach((w, i) => (yearWords[i] = w));
    const lastYear = years.length ? years[years.length - 1] : -1;
    const baselines = baselineColumns(years, yearWords, documentYear, results && !paired);
    // rising columns of years, none before the document's after the baselines, which the header names as
    // done or planned (`2024 2025 2026` alone may be a report's)
    const planned = years.length - baselines;
    const yearColumns =
      documentYear !== undefined &&
      // one year's column: a later year's, or the document's own in a plan's type (a resolution for the year it opens,
      // `Nghị quyết năm 2026` of January 2026), where the header names no results
      ((planned >= 2 && (baselines === 0 || results || plan)) || (planned === 1 && (lastYear > documentYear || (lastYear === documentYear && !results && isPlan)))) &&
      years.every((year, i) => i === 0 || year > years[i - 1]);
    if (funding) continue;
    if (numbered && firstValueWord === 'plan' && results && !planAfterResults) {
      row = withPlanColumnTargets(folded, tokens, row, found, replaced, out);
      k = row - 1;
      continue;
    }
    if (!yearColumns && (!numbered || !plan || (documentYear !== undefined && lastYear >= 0 && lastYear < documentYear))) continue;
    // a table of one column of values (one year's, or a quota's with none) has rows of one number; elsewhere a line with
    // one is a sentence's
    const oneColumn = years.length === 1 || (years.length === 0 && endsOnQuota && !results);
    const shape: TableShape = { numbered, rowValues: numbered && oneColumn ? 1 : 2 };
    for (let end = tableRowEnd(tokens, row, shape); end >= 0; row = nextRow(tokens, end, shape), end = tableRowEnd(tokens, row, shape)) {
      const label = rowLabelStart(tokens, row, numbered);
      if (yearColumns) {
        // a cell holds a range only where the row has more numbers than columns (`%/năm 4,5 - 5`; in `xã 5 - 7` of three
        // columns the dash is an empty cell); a document's number is a note's (`Theo Nghị quyết 21`), not a cell
        const separate = valuesOf(tokens, label, end, false);
        const surplus = separate.length > years.length;
        const columns = (surplus ? valuesOf(tokens, label, end, true).filter((cell) => !documentNumberAt(tokens, cell.first)) : separate).slice(-years.length);
        // `% 96 100`, `(%) 95 97`: a `%` right before the cells is the row's unit column, after whatever number the
        // label holds (`học 2 buổi/ngày % 96 100`, OCR's `lớp 1 % 70 100`, which reads as `1 %`)
        const before = columns.length > 0 ? columns[0].first - 1 : -1;
        const percentColumn = tokens.isChar(before, '%') || (tokens.isChar(before, ')') && tokens.isChar(before - 1, '%'));
        const cells = columns.slice(Math.max(0, baselines - (years.length - columns.length)));
        cells.forEach((cell, i) => {
          const values = percentColumn ? cell.values.map((v) => ({ ...v, unit: '%' })) : cell.values;
          const column = years.length - cells.length + i;
          const start = periodStarts[column];
          const entity = cellEntity(folded, tokens, { ...cell, values }, start === undefined ? `năm ${years[column]}` : `giai đoạn ${start} - ${years[column]}`);
          const clause = coveringOf(found, entity.start);
          if (clause) replaced.add(clause);
          out.push(entity);
        });
        continue;
      }
      const value = valuesOf(tokens, label, end).pop();
      // a year last on the row dates it, and is no plan
      if (!value || YEAR.test(tokens.text(value.first))) continue;
      const entity = toEntity(folded, readings, row, end, [value], []);
      if (!coveringOf(found, entity.start)) out.push(entity);
    }
    k = row - 1;
  }
  if (out.length === 0) return found;
  return [...found.filter((entity) => !replaced.has(entity)), ...out].sort((a, b) => a.start - b.start);
}

type ColumnWord = 'results' | 'plan' | undefined;

/**
 * `chỉ tiêu` at token j is the rest of the label column's header, `Tên chỉ tiêu` or `Nội dung chỉ tiêu` right after
 * `TT`, in lower case: `Nội dung | Chỉ tiêu NQ` are two columns. (`Chỉ tiêu` right after `TT` is no column word at
 * all: the header loop skips the first column's words.)
 */
function labelHeaderBefore(readings: TokenReadings, k: number, j: number): boolean {
  const words = readings.firstPhraseAt(k + 1, LABEL_HEADER_WORDS);
  return words >= 0 && k + LABEL_HEADER_WORDS[words].length + 1 === j && !readings.tokens.capital(j);
}

/**
 * A review's table of results (`TT | Chỉ tiêu | Chỉ tiêu NQ | Thực hiện 2025 | So
 * sánh`): its first column of values holds the targets set, the columns after
 * it what was done. Each row's values are its last ones, as many as most rows
 * hold (a label's own number comes before them: `OCOP đạt 3 sao trở lên 40 46
 * 50`); the first of them is the row's target, and what the clauses read of
 * the row (the results) is dropped. Returns the token after the table.
 */
function withPlanColumnTargets(folded: FoldedText, tokens: Tokens, first: number, found: TargetEntity[], replaced: Set<TargetEntity>, out: TargetEntity[]): number {
  const rows: { end: number; values: Found[] }[] = [];
  let row = first;
  for (let end = tableRowEnd(tokens, row); end >= 0; row = nextRow(tokens, end, NUMBERED_ROWS), end = tableRowEnd(tokens, row)) {
    rows.push({ end, values: valuesOf(tokens, rowLabelStart(tokens, row, true), end).filter((cell) => !documentNumberAt(tokens, cell.first)) });
  }
  const counts = new Map<number, number>();
  for (const { values } of rows) counts.set(values.length, (counts.get(values.length) ?? 0) + 1);
  let columns = 0;
  for (const [count, times] of counts) if (times > (counts.get(columns) ?? 0) || (times === counts.get(columns) && count < columns)) columns = count;
  for (const { values } of rows) {
    for (const cell of values) {
      const clause = coveringOf(found, folded.originalIndex(tokens.start[cell.first]));
      if (clause) replaced.add(clause);
    }
    if (columns > 0 && values.length >= columns) out.push(cellEntity(folded, tokens, values[values.length - columns]));
  }
  return row;
}

/**
 * How many of a table's year columns, the first ones, hold what was done
 * rather than planned: the years before the document's (`Thực hiện năm 2020 |
 * Mục tiêu năm 2025 | năm 2030`) and those headed as results (`Thực hiện
 * 2023 | Thực hiện 2024 | Kế hoạch 2025` of a document of 2024). Where the
 * header names results with its words apart from its years (`Thực hiện Ước
 * Mục tiêu` / `2020 2025 2030`), the document's own year too when later ones
 * follow and no plan word heads it (an estimate of the year it was written
 * in), or the first year when none comes before the document's (`Ước 2025 |
 * 2026 ... 2030`).
 */
function baselineColumns(years: number[], yearWords: ColumnWord[], documentYear: number | undefined, results: boolean): number {
  if (documentYear === undefined) return 0;
  let before = 0;
  while (before < years.length && (years[before] < documentYear || yearWords[before] === 'results')) before++;
  if (results && before > 0 && before + 1 < years.length && years[before] === documentYear && yearWords[before] === undefined) before++;
  return results && before === 0 ? 1 : before;
}

/** Tokens j and j + 1 are a year OCR split in two (`2027 20 28`) on one line, after a column's year: no column numbers (`(3) 20 30`). */
function splitYearAt(tokens: Tokens, j: number): boolean {
  return (
    tokens.isDigits(j) && tokens.isDigits(j + 1) && tokens.length(j) === 2 && tokens.length(j + 1) === 2 && !tokens.newlineBefore(j + 1) &&
    tokens.isDigits(j - 1) && YEAR.test(tokens.text(j - 1)) && YEAR.test(tokens.text(j) + tokens.text(j + 1))
  );
}

/** How many lines a row's label may wrap onto below its values (`Bồi dưỡng kỹ năng quản lý nhà nước,` / `vận hành chính quyền cấp xã`). */
const ROW_LABEL_LINES = 2;

/**
 * The token the row after the one ending at token `end` begins at: the next
 * line, or the row after the lines with no number that the label wrapped onto
 * (not another table's header). Where it is no row, the table has ended.
 */
function nextRow(tokens: Tokens, end: number, shape: TableShape): number {
  let next = tokens.nextLineStart(end + 1);
  // a page's number between two rows (`… 12.126 14.500 25.000` / `3` / `5 Chiều dài cao tốc …`), not a row's number
  // with its label on the next line
  if (pageBreakAt(tokens, next) && tableRowEnd(tokens, next + 1, shape) >= 0) next++;
  let after = next;
  for (
    let lines = 0;
    lines < ROW_LABEL_LINES && after < tokens.count && tableRowEnd(tokens, after, shape) < 0 && wrapsLabel(tokens, after) && !ROW_NUMBER_HEADERS.has(tokens.text(after));
    lines++
  ) {
    after = tokens.nextLineStart(after + 1);
  }
  return tableRowEnd(tokens, after, shape) >= 0 ? after : next;
}

/**
 * The line from token k may be the rest of a row's label: no number on it, or
 * in lower case with one (`cấp độ 3 trở lên`), where a line with a number and a
 * capital is a sentence after the table.
 */
function wrapsLabel(tokens: Tokens, k: number): boolean {
  const numbers = numbersOnLine(tokens, k);
  return numbers === 0 || (numbers === 1 && !tokens.capital(k) && !tokens.isDigits(k));
}

/** How many tokens of digits the line from token k holds. */
function numbersOnLine(tokens: Tokens, k: number): number {
  let numbers = 0;
  for (let j = k; j < tokens.count && (j === k || !tokens.newlineBefore(j)); j++) if (tokens.isDigits(j)) numbers++;
  return numbers;
}

/** One cell of a table of yearly plans: its value, for its column's year. */
function cellEntity(folded: FoldedText, tokens: Tokens, cell: Found, horizon?: string): TargetEntity {
  const { start, end } = originalSpan(folded, tokens.start[cell.first], tokens.endOf(cell.last));
  const entity: TargetEntity = { id: `target-${start}-${end}`, kind: 'target', start, end, text: folded.source.slice(start, end), confidence: 0.75, values: cell.values };
  if (horizon !== undefined) entity.horizon = horizon;
  return entity;
}

/** The one of `entities` (in text order) that offset `at` lies in, or undefined: found by halving, as a page may hold thousands. */
function coveringOf(entities: TargetEntity[], at: number): TargetEntity | undefined {
  let lo = 0;
  let hi = entities.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid].start <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && at < entities[hi].end ? entities[hi] : undefined;
}

/** Token k begins a table row: a row number, then a word, then at least two numbers on its line. */
function startsRow(tokens: Tokens, k: number): boolean {
  return rowNumberAt(tokens, k) && numbersIn(tokens, k + 1, tokens.nextLineStart(k + 1) - 1) >= 2;
}

/** How a table's rows are told: by their numbers or not, and how many numbers a row holds at least. */
interface TableShape {
  numbered: boolean;
  rowValues: number;
}
const NUMBERED_ROWS: TableShape = { numbered: true, rowValues: 2 };

/**
 * Token k begins the header of a table without row numbers: `Chỉ tiêu` or
 * `Nội dung`, then at least two years on the line, which ends on the last or a
 * column's name after it, with no `:` and no range between them (`Chỉ tiêu
 * giai đoạn 2026 - 2030:` heads a list, `Nội dung Kế hoạch năm 2026 và định
 * hướng đến năm 2030 ...` is prose).
 */
function unnumberedHeaderAt(readings: TokenReadings, k: number): boolean {
  const { tokens } = readings;
  if (!tokens.capital(k) || readings.firstPhraseAt(k, INDICATOR_HEADERS) < 0) return false;
  let years = 0;
  let lastYear = -1;
  let j = k + 1;
  for (; j < tokens.count && !tokens.newlineBefore(j); j++) {
    if (tokens.isChar(j, ':') || (years > 0 && (tokens.isChar(j, '-') || readings.readsAsAny(j, RANGE_WORDS, 1)))) return false;
    if (tokens.isDigits(j) && YEAR.test(tokens.text(j))) {
      years++;
      lastYear = j;
    }
  }
  // after the years at most a column's name (`Ghi chú`)
  return years >= 2 && (lastYear === j - 1 || (j - 1 - lastYear <= 2 && tokens.capital(lastYear + 1)));
}

/** Token k is a row's number: one or two digits, then a word. */
function rowNumberAt(tokens: Tokens, k: number): boolean {
  return k < tokens.count && tokens.isDigits(k) && tokens.length(k) <= 2 && !tokens.isPunctuation(k + 1) && !tokens.isDigits(k + 1);
}

/**
 * In a table (below its header), the last token of the row that begins at
 * token k, or -1: its line, or the next one where the label wraps before the
 * values (`9 Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt` / `nhiệm vụ trở lên hằng
 * năm % 88 90 92`), a line with fewer than `rowValues` numbers (two, or one in a
 * table of one column of values) before one that goes on in words. A row of a
 * table without row numbers begins with its label's word.
 */
function tableRowEnd(tokens: Tokens, k: number, shape: TableShape = NUMBERED_ROWS): number {
  const { numbered, rowValues } = shape;
  const labelStart = rowLabelStart(tokens, k, numbered);
  if (labelStart < 0) return -1;
  // a number alone between blank lines is a page's, not a row's with its label below
  if (labelStart > k && tokens.newlineBefore(k + 1) && tokens.blankLineBefore(k + 1)) return -1;
  const lineEnd = tokens.nextLineStart(k + 1) - 1;
  const numbers = numbersIn(tokens, labelStart, lineEnd);
  if (numbers >= rowValues) return rowEndsItsValues(tokens, k, lineEnd, shape) ? lineEnd : -1;
  const next = lineEnd + 1;
  // (in a table without row numbers a line that begins with a number holds the values of the label above it)
  if (next >= tokens.count || (numbered && tokens.isDigits(next)) || tokens.isPunctuation(next)) return -1;
  // a number in the label's first line is the label's (`Tỷ lệ trẻ học 2 buổi/ngày`), or OCR's for a letter (`Tỉ 18` =
  // Tỷ lệ), where the label goes on in lower case; a capital begins a sentence after the table
  if (numbers > 0 && tokens.capital(next)) return -1;
  const nextEnd = tokens.nextLineStart(next + 1) - 1;
  return numbersIn(tokens, next, nextEnd) >= rowValues && rowEndsItsValues(tokens, next, nextEnd, shape) ? nextEnd : -1;
}

/**
 * Where the label of a table's row beginning at token k begins, or -1 where no row begins there: after the row's
 * number, or at a part of the row above (`Trong đó: có văn bằng, chứng chỉ | % | 30 | 35`), which has none; in a
 * table without row numbers, at its first word.
 */
function rowLabelStart(tokens: Tokens, k: number, numbered: boolean): number {
  if (!numbered) return k >= tokens.count || tokens.isDigits(k) || tokens.isPunctuation(k) ? -1 : k;
  if (rowNumberAt(tokens, k)) return k + 1;
  return tokens.text(k) === 'trong' && tokens.text(k + 1) === 'do' && tokens.capital(k) ? k : -1;
}

/** How many numbers stand on tokens [from, to] (digits not glued to what comes before), counting to two. */
function numbersIn(tokens: Tokens, from: number, to: number): number {
  let numbers = 0;
  for (let j = from; j <= to && numbers < 2; j++) if (tokens.isDigits(j) && !tokens.glued(j)) numbers++;
  return numbers;
}

/**
 * The row on tokens [from, end] reads as one: a row of one value has no time
 * word after its last number (`3 Tổ chức thực hiện trong 6 tháng` is an item,
 * `02 Quý II` a cell and a column of times); one of a table without row numbers
 * ends on its values, a unit word at most after them (`15 16 17 xã`; `Căn cứ
 * Kế hoạch số 12-KH/TU ngày 5/3/2025, các chi bộ` is prose).
 */
function rowEndsItsValues(tokens: Tokens, from: number, end: number, { numbered, rowValues }: TableShape): boolean {
  if (numbered && rowValues > 1) return true;
  let last = end;
  while (last > from && !tokens.isDigits(last)) last--;
  if (numbered) return !(TIME_WORDS.has(tokens.text(last + 1)) && !tokens.capital(last + 1));
  return (end - last <= 2 && !tokens.isPunctuation(end)) || tokens.isChar(end, '%');
}
/** Folded time words after a number (`6 tháng`, `3 năm`). */
const TIME_WORDS = new Set(['thang', 'nam', 'ngay', 'quy', 'tuan']);

/**
 * The values on tokens [from, to]: numbers, percentages when `%` follows them
 * or when `%` names the row's unit before its values (`Tỷ lệ ... % 70 80 85`).
 */
function valuesOf(tokens: Tokens, from: number, to: number, ranges = true): Found[] {
  const values: Found[] = [];
  let unitPercent = false;
  for (let j = from; j <= to; j++) {
    if (tokens.isChar(j, '%') && values.length === 0) unitPercent = true;
    if (!tokens.isDigits(j) || tokens.glued(j)) continue;
    const { value, last: end } = numberValue(tokens, j);
    // `Theo mẫu 2-HSĐV`: a form's or a document's code, no value
    if (tokens.isChar(end + 1, '-') && tokens.glued(end + 1) && tokens.glued(end + 2) && !tokens.isDigits(end + 2) && !tokens.isPunctuation(end + 2)) {
      j = end + 2;
      continue;
    }
    // a cell holding a range (`%/năm 4,5 - 5`); a dash with no number after it is an empty cell
    const range = ranges && tokens.isChar(end + 1, '-') && !tokens.newlineBefore(end + 1) && tokens.isDigits(end + 2) && !tokens.newlineBefore(end + 2);
    const upper = range ? numberValue(tokens, end + 2) : undefined;
    const last = upper ? upper.last : end;
    const percent = tokens.isChar(last + 1, '%');
    const unit = percent || unitPercent ? '%' : 'count';
    values.push({
      first: j,
      last: percent ? last + 1 : last,
      values: upper ? [{ value, max: upper.value, unit }, { value: upper.value, unit, qualifier: 'đến' }] : [{ value, unit }],
    });
    j = last;
  }
  return values;
}

const SEMICOLON = 0x3b;
const PERCENT = 0x25;
const STOP = 0x2e;
const COLON = 0x3a;
const QUOTE = 0x22;
const LIST_MARKS = new Set([0x2d, 0x2b, 0x28]); // - + (
const PHRASE_ENDS = new Set([0x2c, SEMICOLON, COLON, STOP]); // , ; : .

/** A clause begins after `;`, after a sentence stop, or at a list item starting a line. */
function startsClause(tokens: Tokens, k: number): boolean {
  const prev = tokens.charCode(k - 1);
  if (prev === SEMICOLON) return true;
  const newline = tokens.newlineBefore(k);
  if (!tokens.glued(k) && (prev === STOP || (newline && prev === COLON))) return true;
  if (!newline) return false;
  if (LIST_MARKS.has(tokens.charCode(k)) || startsRow(tokens, k) || numberedRowAt(tokens, k)) return true;
  // a capital after a line ending on a value: a row of a table without row numbers (`Hồ sơ … đúng hạn | ≥ 95%` / `Số hồ
  // sơ … được số hóa | 12.000 hồ sơ`), or a new sentence
  if (tokens.capital(k) && (prev === PERCENT || tokens.isDigits(k - 1))) return true;
  // the line after a table row is a sentence of its own where it begins with a capital: a label wrapped below its values goes on in lower case
  if (tokens.capital(k) && startsRow(tokens, tokens.lineStartWithin(k - 1, 0))) return true;
  const next = tokens.charCode(k + 1);
  // `2)`, `b.`, `iv)`: a list number has at most two digits (a wrapped `2021)` ends a bracket, a wrapped `3.500` is a number)
  return tokens.glued(k + 1) && ((next === STOP && !groupedDigits(tokens, k + 2)) || next === 0x29) && tokens.length(k) <= (tokens.isDigits(k) ? 2 : 4);
}

/**
 * The lines [from, colon) lead in a list of targets: they end in `:` and say
 * `phấn đấu`, or announce `mục tiêu` / `chỉ tiêu` right before the colon or
 * `sau` (`Phấn đấu đến năm 2030 hoàn thành các mục tiêu cụ thể sau:`), or count
 * them before `sau` ends the lead-in, not one named before (`Để đạt được mục
 * tiêu trên, ... các giải pháp sau:`).
 */
function leadsInTargets(readings: TokenReadings, from: number, colon: number): boolean {
  // `Thống nhất 21 chỉ tiêu chủ yếu, trong đó ..., cụ thể như sau:`: the targets counted before they are listed
  if (readings.readsAs(colon - 1, AFTER, 1)) {
    for (let j = from + 1; j < colon; j++) if (readings.tokens.isDigits(j - 1) && (readings.phraseAt(j, CUE.quota) >= 0 || readings.phraseAt(j, CUE.goal) >= 0)) return true;
  }
  for (let j = Math.max(from, colon - CUE_REACH); j < colon; j++) {
    if (readings.phraseAt(j, CUE.strive) >= 0) return true;
    if (readings.phraseAt(j, CUE.goal) < 0 && readings.phraseAt(j, CUE.quota) < 0) continue;
    // `các mục tiêu cụ thể sau:`, `các mục tiêu, yêu cầu sau:`
    for (let a = j + 2; a <= Math.min(colon, j + LEAD_IN_TAIL); a++) if (a === colon || readings.readsAs(a, AFTER, 1)) return true;
  }
  return false;
}

/**
 * A lead-in opens a target block: its heading's, or one of its own until the
 * next heading below the current one; returns the block of its own.
 */
function openTargets(readings: TokenReadings, headings: Heading[], heading: Heading | undefined, from: number, colon: number): Heading | undefined {
  const horizon = horizonIn(readings, from, colon);
  if (heading) {
    heading.goal = true;
    heading.horizon ??= horizon;
    return undefined;
  }
  // a level below the section it is in (outside any section, the next heading of any level closes it);
  // it replaces the block of an earlier lead-in of the same section
  let section = headings.length - 1;
  while (section >= 0 && headings[section].leadIn) section--;
  const level = section >= 0 ? headings[section].level + 1 : Infinity;
  while (headings.length && headings[headings.length - 1].level >= level) headings.pop();
  const block: Heading = { level, goal: true, leadIn: true, assessment: false, horizon };
  headings.push(block);
  return block;
}

/**
 * `100% xã đạt chuẩn nông thôn mới, trong đó 06 xã đạt chuẩn nâng cao`: a
 * count after `trong đó` is a part of the percentage's subject with a target
 * of its own, not a description of it.
 */
function ofWhichBetween(readings: TokenReadings, from: number, to: number): boolean {
  return phraseIn(readings, Math.max(from + 1, to - CUE_REACH), to, [OF_WHICH]);
}

/** `giảm từ 24,5% xuống còn 15,2%`, `tăng từ 21,9% lên 27%`: the clause reports a change between its values. */
function reportsChange(readings: TokenReadings, found: Found[]): boolean {
  if (found.length < 2) return false;
  for (let j = found[0].last + 1; j < found[found.length - 1].first; j++) {
    if (readings.readsAsAny(j, CHANGE_WORDS, 0) && !readings.readsAs(j - 1, AT_LEAST, 0)) return true;
  }
  return false;
}

/** A part holds the numbered sections (`I.`, `A.`) written under it, up to the next part. */
const PART_LEVEL = -2;

/**
 * `Phần thứ nhất` / `THỰC TRẠNG ĐỘI NGŨ CÁN BỘ ...`: a part's title, a line in
 * capitals with no number, that opens on a section word. It is a top heading:
 * an assessment part, or a part of goals, or one of the other parts (which
 * ends the one before).
 */
function partTitleAt(readings: TokenReadings, k: number): Heading | undefined {
  const { tokens } = readings;
  if (!(k === 0 || tokens.newlineBefore(k)) || !tokens.upper(k) || !tokens.upper(k + 1) || tokens.newlineBefore(k + 1)) return undefined;
  if (readings.firstPhraseAt(k, ASSESSMENT_PHRASES, 0) >= 0) return { level: PART_LEVEL, goal: false, assessment: true };
  const goal = Math.max(readings.phraseAt(k, CUE.goal, 0), readings.phraseAt(k, CUE.quota, 0)) >= 0;
  if (goal || readings.firstPhraseAt(k, OTHER_PARTS, 0) >= 0) return { level: PART_LEVEL, goal, mixed: goal, assessment: false };
  return undefined;
}

/** A numbered line (`2.`, `1.2.`, `II.`, `B.`, `Điều 4.`) or a part's title, and what it announces. */
function headingAt(readings: TokenReadings, k: number): Heading | undefined {
  const { tokens } = readings;
  // every heading number ends in a glued `.`: the cheap test first
  const article = tokens.isChar(k + 2, '.') && tokens.glued(k + 2) && tokens.isDigits(k + 1) && readings.spelledAs(k, ARTICLE);
  if (!article && (!tokens.isChar(k + 1, '.') || !tokens.glued(k + 1))) return partTitleAt(readings, k);
  let level: number;
  let w = k;
  if (article) {
    // `Điều 4. Chỉ tiêu luân chuyển`: an article of a Quy định or Quy chế, its clauses numbered under it
    level = 0;
    w = k + 3;
  } else if (ROMAN.test(tokens.text(k)) && tokens.capital(k) && tokens.isChar(k + 1, '.')) {
    level = 0;
    w = k + 2;
  } else if (/^[a-e]$/.test(tokens.text(k)) && tokens.capital(k) && tokens.isChar(k + 1, '.')) {
    level = -1;
    w = k + 2;
  } else if (isNumber(tokens, k) && tokens.isChar(k + 1, '.') && tokens.glued(k + 1)) {
    level = 0;
    while ((w === k || !tokens.newlineBefore(w)) && tokens.isDigits(w) && tokens.isChar(w + 1, '.') && tokens.glued(w + 1)) {
      level++;
      w += 2;
    }
  } else {
    return undefined;
  }
  let end = w;
  while (end < tokens.count && (end === w || !tokens.newlineBefore(end))) end++;
  const cueAt = (j: number) => Math.max(readings.phraseAt(j, CUE.goal), readings.phraseAt(j, CUE.quota), readings.phraseAt(j, VISION));
  // `1. Một số chỉ tiêu chủ yếu`, `Các mục tiêu cụ thể`: a quantifier before the cue
  const quantifier = readings.firstPhraseAt(w, HEADING_QUANTIFIERS);
  let cue = cueAt(quantifier >= 0 ? w + HEADING_QUANTIFIERS[quantifier].length : w);
  // `III. NỘI DUNG, CHỈ TIÊU`: the cue as the second part of a short heading; what comes first may be another part
  let partBefore = -1;
  for (let j = w + 1; cue < 0 && j <= Math.min(w + HEADING_PART_REACH, end - 1); j++) {
    if (!(tokens.isChar(j - 1, ',') || readings.spelledAs(j - 1, AND))) continue;
    cue = cueAt(j);
    if (cue >= 0) partBefore = j - 1;
  }
  // `2. Phấn đấu đến năm 2030 đạt các chỉ tiêu chủ yếu`: a heading that strives for the quotas it names
  for (let j = w + 1; cue < 0 && readings.phraseAt(w, CUE.strive) >= 0 && j < end; j++) cue = cueAt(j);
  const goal = cue >= 0;
  let assessment = false;
  // only a top section (`I. TÌNH HÌNH ...`, `1. Sau 08 năm triển khai Nghị quyết ...`) reports the past; not the
  // results a task is to report (`3. Các tỉnh uỷ ... báo cáo kết quả về Ban Tổ chức Trung ương`)
  // in the heading's first phrase (`I. TÌNH HÌNH ...`, `1. Tán thành những nội dung cơ bản về đánh giá kết quả ...`):
  // a numbered line of prose that speaks of `tình hình thực tiễn` after a comma reports nothing
  for (let j = w; j < end && !assessment && level <= 1 && !PHRASE_ENDS.has(tokens.charCode(j)); j++) {
    assessment = readings.firstPhraseAt(j, ASSESSMENT_PHRASES) >= 0 && !(j >= 2 && readings.phraseAt(j - 2, REPORT) === j - 1);
  }
  if (level <= 1 && readings.spelledAs(w, AFTER) && tokens.isDigits(w + 1) && readings.readsAs(w + 2, YEAR_WORD, 1)) assessment = true;
  const general = goal && readings.readsAs(cue + 1, GENERAL, 1);
  let mixed = false;
  for (let j = cue + 1; goal && j < end && !mixed; j++) mixed = readings.firstPhraseAt(j, OTHER_PARTS) >= 0;
  for (let j = w; j < partBefore && !mixed; j++) mixed = readings.firstPhraseAt(j, OTHER_PARTS) >= 0;
  const situation = !goal && readings.firstPhraseAt(w, ASSESSMENT_PHRASES) >= 0;
  const otherPart = !goal && (readings.firstPhraseAt(w, OTHER_PARTS) >= 0 || numbersOnLine(tokens, w) === 0);
  const opening = openingAt(tokens, w);
  return {
    level, goal, general, mixed, assessment, situation, otherPart, opening, partBeforeCue: partBefore >= 0,
    horizon: goal ? horizonIn(readings, w, end - 1) : undefined,
  };
}

/**
 * Under a target heading: the nearest one lists targets, not `Mục tiêu chung`,
 * the goal in prose, where values count as they do elsewhere (corpus README:
 * the `Mục tiêu cụ thể` / `chỉ tiêu` sections).
 */
function listsTargets(headings: Heading[]): boolean {
  for (let h = headings.length - 1; h >= 0; h--) {
    const heading = headings[h];
    // `II. TÌNH HÌNH VÀ MỤC TIÊU` / `1. Tình hình`: its part on the situation lists none
    if (heading.situation) return false;
    // `II. MỤC TIÊU, NHIỆM VỤ`: its `2. Nhiệm vụ, giải pháp` part lists no targets, where its items do;
    // `III. MỨC XẾP LOẠI VÀ CHỈ TIÊU`: nor does its `1. Mức xếp loại ...`, numbers and all
    if (heading.goal) {
      if (heading.general) return false;
      for (let b = h + 1; b < headings.length; b++) if ((heading.mixed && headings[b].otherPart) || namesPart(heading, headings[b])) return false;
      return true;
    }
  }
  return false;
}

/** `below`, no heading of goals, is titled as the part `heading` names before its cue. */
function namesPart(heading: Heading, below: Heading): boolean {
  const part = heading.opening;
  return heading.partBeforeCue === true && part !== undefined && !below.goal && below.opening !== undefined && below.opening[0] === part[0] && below.opening[1] === part[1];
}

/** The folded word ids of tokens w and w + 1 (-1 past the text). */
function openingAt(tokens: Tokens, w: number): [number, number] {
  return [w < tokens.count ? tokens.word[w] : -1, w + 1 < tokens.count ? tokens.word[w + 1] : -1];
}

/**
 * The document's type lines near the top, in one pass: a `BÁO CÁO` (the whole document reports the past), a type of
 * what is to be done (`NGHỊ QUYẾT`, `KẾ HOẠCH`, `CHƯƠNG TRÌNH HÀNH ĐỘNG`). A type line is a line of its own in capitals.
 */
function typeLinesNear(readings: TokenReadings): { report: boolean; plan: boolean } {
  const { tokens } = readings;
  const found = { report: false, plan: false };
  const isTypeLine = (k: number, type: readonly number[]) => {
    const last = readings.phraseAt(k, type);
    return last >= 0 && tokens.upper(last) && (last + 1 >= tokens.count || tokens.newlineBefore(last + 1));
  };
  for (let k = 0; k < Math.min(tokens.count, TYPE_LINE_REACH); k++) {
    if (!tokens.newlineBefore(k) || !tokens.upper(k)) continue;
    if (isTypeLine(k, REPORT)) found.report = true;
    if (PLAN_TYPES.some((type) => isTypeLine(k, type))) found.plan = true;
  }
  return found;
}

/** How far into its clause an earlier year may come and still open it (`(Năm 2022,`, `Đến hết năm 2023,`). */
const PAST_YEAR_OPENING = 5;

/**
 * The first year in tokens [from, to] before `documentYear`, or -1, also when
 * the clause names that year or a later one (`giai đoạn 2021 - 2025`,
 * `so với năm 2020 ... đến năm 2030`). Years in dates (`16/6/2022`, `tháng 6
 * năm 2022`) date a document the clause cites, and a year compared with (`so
 * với năm 2020, tăng 10%`) is a baseline: neither is what the clause tells of.
 */
function pastYearIn(readings: TokenReadings, from: number, to: number, documentYear: number | undefined): number {
  if (documentYear === undefined) return -1;
  const { tokens } = readings;
  let first = -1;
  for (let j = from; j <= to; j++) {
    if (!tokens.isDigits(j) || tokens.length(j) !== 4) continue;
    const text = tokens.text(j);
    const yearWord = readings.readsAs(j - 1, YEAR_WORD, 1) ? 1 : 0;
    if (!YEAR.test(text) || (tokens.isChar(j - 1, '/') && !asOfDate(readings, j)) || (yearWord && tokens.isDigits(j - 2))) continue;
    // a baseline (`so với năm 2020`, `so với giai đoạn 2021 - 2025`), and the end of its range
    const yearAt = tokens.isDigits(j - 2) && isRangeDash(readings, j - 1, j - 2) ? j - 2 : j;
    if (comparedWithBefore(readings, Math.max(from, yearAt - COMPARED_REACH), yearAt)) continue;
    if (Number(text) >= documentYear) return -1;
    if (first < 0) first = j;
  }
  return first;
}

/** `so với` in tokens [from, at), with no mark between it and token `at`. */
function comparedWithBefore(readings: TokenReadings, from: number, at: number): boolean {
  for (let b = at - 1; b >= from && !readings.tokens.isPunctuation(b); b--) if (readings.phraseAt(b, COMPARED_WITH) === b + 1) return true;
  return false;
}

/**
 * The date whose year is token j tells when the clause's state held (`Đến
 * ngày 31/12/2023, toàn tỉnh có ...`, `tính đến hết ngày 30/6/2024`), not the
 * date of a document it cites.
 */
function asOfDate(readings: TokenReadings, j: number): boolean {
  const { tokens } = readings;
  const day = tokens.isChar(j - 3, '/') ? j - 4 : j - 2;
  if (day < 1 || !tokens.isDigits(day) || !readings.readsAs(day - 1, DAY_WORD, 1)) return false;
  return readings.readsAsAny(day - 2, RANGE_WORDS, 0) || (readings.spelledAs(day - 2, END_OF) && readings.readsAsAny(day - 3, RANGE_WORDS, 0));
}

/**
 * Between token k and the one before it, the original has what parts a table's cells: a column's gap (a tab, a long
 * run of spaces, not `xóm 1 02`'s one) or a markdown table's `|`.
 */
function cellBoundaryBefore(tokens: Tokens, k: number): boolean {
  if (columnGapBefore(tokens, k)) return true;
  const { folded } = tokens;
  return folded.source.slice(folded.originalIndex(tokens.endOf(k - 1)), folded.originalIndex(tokens.start[k])).includes('|');
}

/** Before the row's value cells that token k is one of, a cell that holds only `%` (the row's unit column). */
function unitCellBefore(tokens: Tokens, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && !tokens.newlineBefore(j + 1) && (tokens.isDigits(j) || ((tokens.isChar(j, '.') || tokens.isChar(j, ',')) && tokens.glued(j)))) j--;
  return tokens.isChar(j, '%') && !tokens.newlineBefore(j + 1) && cellBoundaryBefore(tokens, j) && cellBoundaryBefore(tokens, j + 1);
}

/**
 * Per tokenisation, what `valuesToLineEnd` has found from each token on (0 not asked, VALUES_TO_END, OTHER_BEFORE_END):
 * asked for every cell of a row, it would otherwise read the rest of the row again for each.
 */
const valuesToEnd = new WeakMap<Tokens, Int8Array>();
const VALUES_TO_END = 1;
const OTHER_BEFORE_END = 2;

/** From token k to its line's end, only numbers and their marks (`22`, `2.500`, `60%`, `4,5 - 5`): a row's last cells. */
function valuesToLineEnd(tokens: Tokens, k: number): boolean {
  let known = valuesToEnd.get(tokens);
  if (!known) valuesToEnd.set(tokens, (known = new Int8Array(tokens.count)));
  let j = k;
  let answer = VALUES_TO_END;
  for (; j < tokens.count && (j === k || !tokens.newlineBefore(j)); j++) {
    if (known[j] !== 0) {
      answer = known[j];
      break;
    }
    if (!tokens.isDigits(j) && !tokens.isChar(j, '%') && !tokens.isChar(j, '.') && !tokens.isChar(j, ',') && !tokens.isChar(j, '-')) {
      known[j] = answer = OTHER_BEFORE_END;
      break;
    }
  }
  // the answer holds for the rest of the line from each token read on (token j, where the loop stopped, is known or
  // begins the next line)
  known.fill(answer, k, j);
  return answer === VALUES_TO_END;
}

/** The count's noun at token k is money: `đồng`, `USD`, `triệu đồng`, `tỷ đồng` (not `đồng chí`, `đồng bào`). */
function moneyAt(readings: TokenReadings, k: number): boolean {
  const multiple = readings.readsAsAny(k, MONEY_MULTIPLES, 0);
  const dong = multiple ? k + 1 : k;
  if (readings.spelledAs(dong, USD)) return true;
  // after `triệu`, `tỷ` any `dong` is the currency (OCR's `đõng`); alone, written with marks, it must be written so (no `động`)
  return readings.spelledAs(dong, DONG) && (multiple || !writtenWithMarks(readings.tokens, dong) || writtenWord(readings.tokens, dong) === 'đồng') && !NOT_MONEY_AFTER_DONG.some((id) => readings.spelledAs(dong + 1, id));
}

/**
 * `chiếm 3,4%`: the share something has, a description, not a requirement;
 * `hỗ trợ 50% chi phí`, `được hưởng 85% mức lương`: the rate a policy pays;
 * `đóng đảng phí bằng 1% tiền lương`: a rate a rule sets; `được trích để lại
 * 50%, nộp lên cấp trên 50%`: how money is shared out; `217 người (43,4%)`:
 * what share of a whole a count is.
 */
function isShare(readings: TokenReadings, first: number, last: number, clauseStart: number): boolean {
  for (let b = first - 1; b >= Math.max(clauseStart, first - 2); b--) if (readings.readsAs(b, SHARE, 0)) return true;
  if (first - 2 >= clauseStart && readings.phraseAt(first - 2, ENTITLED, 0) === first - 1) return true;
  const { tokens } = readings;
  // `khoảng 217 người (43,4%)`: in brackets after a count, that count's share of the whole
  if (tokens.isChar(first - 1, '(') && tokens.isChar(last + 1, ')') && countBefore(readings, first - 1)) return true;
  // (the base of the rate after it: `tỷ lệ … bằng 90%.` sets a level to reach)
  if (readings.spelledAs(first - 1, EQUAL) && last + 1 < tokens.count && !tokens.isPunctuation(last + 1) && !tokens.newlineBefore(last + 1)) return true;
  for (let b = first - 1; b >= Math.max(clauseStart, first - ALLOCATION_REACH); b--) {
    if (readings.spelledAs(b, REACH)) break;
    if (readings.firstPhraseAt(b, ALLOCATION, 1) >= 0) return true;
  }
  // `hỗ trợ 50%`, `hỗ trợ thêm 20%`
  const support = readings.readsAs(first - 1, MORE, 1) ? first - 3 : first - 2;
  return support >= clauseStart && readings.phraseAt(support, SUPPORT, 0) === support + 1;
}

/** Words a count's noun may take between the count and a bracket after it (`283 đảng viên nữ (56,6%)`). */
const SHARE_NOUN_WORDS = 6;

/** A count, its noun after it, right before token `bracket` on its line: no year (`Đến năm 2030 (100%)`). */
function countBefore(readings: TokenReadings, bracket: number): boolean {
  const { tokens } = readings;
  for (let b = bracket - 1; b >= Math.max(0, bracket - 1 - SHARE_NOUN_WORDS); b--) {
    if (tokens.newlineBefore(b + 1)) return false;
    if (tokens.isDigits(b)) return !YEAR.test(tokens.text(b)) && !readings.readsAs(b - 1, YEAR_WORD, 1);
    if (tokens.isPunctuation(b)) return false;
  }
  return false;
}

/**
 * `tổ chức đảng có trên 30% đảng viên chưa hoàn thành nhiệm vụ thì không xếp
 * loại`, `được thông qua khi có trên 50% tổng số ủy viên tán thành`: a value in
 * the condition of a rule (a `thì` after it, a `khi có` right before it, a vote's word after it) is a threshold.
 */
function inCondition(readings: TokenReadings, clauseStart: number, first: number, last: number, clauseEnd: number): boolean {
  // `khi có` (when there are): `Sau khi sáp nhập, 95% chi bộ ...` sets a target after an event
  for (let j = first - 1; j >= Math.max(clauseStart, first - WHEN_REACH) && !readings.tokens.isPunctuation(j); j--) {
    if (readings.spelledAs(j, WHEN) && readings.phraseAt(j + 1, HAVE, 0) === j + 1) return true;
  }
  let ofTheWhole = false;
  for (let j = last + 1; j <= Math.min(clauseEnd, last + CUE_REACH); j++) {
    if (isThen(readings, j)) return true;
    // `phải được trên 50% tổng số ủy viên đồng ý`: the share of a body's members a vote needs (`95% cử tri đồng ý` is
    // a share to reach)
    if (readings.phraseAt(j, WHOLE_NUMBER, 0) >= 0) ofTheWhole = true;
    else if (ofTheWhole && readings.firstPhraseAt(j, VOTE_WORDS, 0) >= 0) return true;
  }
  return false;
}

/** Token j is `thì`: as written where the text keeps its marks (the `thị` of `Chỉ thị` folds alike), as spelled where OCR lost them. */
function isThen(readings: TokenReadings, j: number): boolean {
  return readings.spelledAs(j, THEN) && (!writtenWithMarks(readings.tokens, j) || writtenWord(readings.tokens, j) === 'thì');
}

const NO_PAST = 0;
/** Only a baseline compared with (`so với`). */
const BASELINE = 1;
const REPORTED = 2;

/** Tokens from j on are spelled as `phrase` (a loop, not `every` with a closure: asked for every token of every clause with a value). */
function spelledPhraseAt(readings: TokenReadings, j: number, phrase: readonly number[]): boolean {
  for (let i = 0; i < phrase.length; i++) if (!readings.spelledAs(j + i, phrase[i])) return false;
  return true;
}

/** What in tokens [from, to] puts the clause in the past: NO_PAST, only a BASELINE compared with, or words REPORTED (`đã`, `đạt được`). */
function clauseHasPast(readings: TokenReadings, from: number, to: number): number {
  let found = NO_PAST;
  for (let j = from; j <= to; j++) {
    for (const p of PAST) if (spelledPhraseAt(readings, j, p)) found = p === COMPARED_WITH ? BASELINE : REPORTED;
    if (readings.spelledAs(j, DA) && writtenWord(readings.tokens, j) === 'đã') found = REPORTED;
    if (found === REPORTED) return found;
  }
  return found;
}

const CUE_PHRASES = Object.values(CUE);
const CUE_FIRST_WORDS = CUE_PHRASES.map((ids) => ids[0]);

/** A cue begins at token j; most tokens read as no cue's first word, which one look at the token tells. */
function isCue(readings: TokenReadings, j: number): boolean {
  return readings.readsAsAny(j, CUE_FIRST_WORDS, 1) && readings.firstPhraseAt(j, CUE_PHRASES) >= 0;
}

/**
 * The cues of the current sentence (`phấn đấu A; B; C.`), read forward as its
 * values come: a token is read once, where asking back from every value would
 * read the sentence again and again.
 */
class SentenceCues {
  private start = 0;
  private scanned = 0;
  private last = -1;

  constructor(private readonly readings: TokenReadings) {}

  /** A sentence begins at token k. */
  begin(k: number): void {
    this.start = this.scanned = k;
    this.last = -1;
  }

  /** A cue shortly before token k: it governs the values near it, and the bound keeps run-on sentences linear. */
  before(k: number): boolean {
    for (let j = Math.max(this.scanned, k - CUE_REACH); j <= k; j++) if (isCue(this.readings, j)) this.last = j;
    this.scanned = Math.max(this.scanned, k + 1);
    return this.last >= Math.max(this.start, k - CUE_REACH);
  }

  /** The last cue found (by `before`) is `phấn đấu`. */
  strives(): boolean {
    return this.readings.phraseAt(this.last, CUE.strive) >= 0;
  }

  /** A cue after token `from` and shortly before token k. */
  since(from: number, k: number): boolean {
    return this.before(k) && this.last > from;
  }
}

/** A percentage, a range of percentages, or a count starting at token k; `inTargets` under a target heading or lead-in. */
function valueAt(readings: TokenReadings, k: number, clauseStart: number, inTargets: boolean, cues: SentenceCues): Found | undefined {
  const { tokens } = readings;
  if (!tokens.isDigits(k) || tokens.length(k) > 6 || isListNumber(tokens, k)) return undefined;
  // `¢6 niềm tin` (cố): digits right after OCR junk are the rest of a damaged word
  if (tokens.afterJunk(k)) return undefined;
  if (inQuotedTitle(readings, k, clauseStart)) return undefined;
  // `31/01 hằng năm`, `16/6/2022 đến 100%`: digits glued after a slash end a date or a symbol
  if (tokens.glued(k) && tokens.isChar(k - 1, '/')) return undefined;
  // the rest of a grouped or decimal number (`1.500`, `15,5`) belongs to its first digits: one step back, not
  // `numberStart`, which asked of every token of a long `1,1,1…` would walk back over it each time
  if (tokens.glued(k) && (tokens.isChar(k - 1, '.') || tokens.isChar(k - 1, ',')) && tokens.isDigits(k - 2) && tokens.glued(k - 1)) return undefined;
  // the upper end of a range is read together with its lower end
  if (isNumber(tokens, k - 2) && isRangeDash(readings, k - 1, numberStart(tokens, k - 2))) return undefined;
  const first = numberValue(tokens, k);
  let j = first.last + 1;
  const firstIsPercent = tokens.isChar(j, '%');
  if (firstIsPercent) j++;
  // range: `3 - 4%`, `03% - 04%`, `15% đến 20%`
  if (isNumber(tokens, j + 1) && (isRangeDash(readings, j, k) || readings.readsAsAny(j, RANGE_WORDS, 2))) {
    // `quán triệt Nghị quyết 71 đến 100% cán bộ`: a document's number, no lower end of a range
    if (!firstIsPercent && documentNumberAt(tokens, k)) return undefined;
    const second = numberValue(tokens, j + 1);
    if (tokens.isChar(second.last + 1, '%')) {
      const qualifier = qualifierFor(readings, k, second.last + 1, clauseStart);
      return {
        first: k,
        last: second.last + 1,
        values: [
          { value: first.value, max: second.value, unit: '%', ...(qualifier ? { qualifier } : {}) },
          { value: second.value, unit: '%', qualifier: 'đến' },
        ],
      };
    }
  }
  if (firstIsPercent) {
    const qualifier = qualifierFor(readings, k, first.last + 1, clauseStart);
    return { first: k, last: first.last + 1, values: [{ value: first.value, unit: '%', ...(qualifier ? { qualifier } : {}) }] };
  }
  return countAt(readings, k, first.value, first.last, clauseStart, inTargets, cues);
}

/** Per tokenisation, the last quote token at or before each token (-1 for none): asked of every number, found once. */
const lastQuotes = new WeakMap<Tokens, Int32Array>();

function lastQuoteBefore(tokens: Tokens): Int32Array {
  let last = lastQuotes.get(tokens);
  if (last) return last;
  last = new Int32Array(tokens.count);
  let quote = -1;
  for (let k = 0; k < tokens.count; k++) {
    if (tokens.charCode(k) === QUOTE) quote = k;
    last[k] = quote;
  }
  lastQuotes.set(tokens, last);
  return last;
}

/** Token k is inside a title in quotes after a title word, begun in its clause (the nearest quote before it opens one). */
function inQuotedTitle(readings: TokenReadings, k: number, clauseStart: number): boolean {
  if (k === 0) return false;
  const quote = lastQuoteBefore(readings.tokens)[k - 1];
  if (quote < 0 || quote < clauseStart || quote < k - TITLE_REACH) return false;
  for (const words of TITLES) if (readings.phraseEndsAt(quote - 1, words)) return true;
  return false;
}

/** `300 đảng viên`, `01 đơn vị`, `4 - 5 đảng viên`: a count, unless a year, a name, a time or a description of the subject. */
function countAt(
  readings: TokenReadings, k: number, value: number, numberEnd: number, clauseStart: number, inTargets: boolean, cues: SentenceCues,
): Found | undefined {
  const { tokens } = readings;
  // the cheap tests first: most numbers are dates, years, parts of symbols
  let end = numberEnd;
  let max: number | undefined;
  if (isRangeDash(readings, end + 1, k) && isNumber(tokens, end + 2)) {
    const upper = numberValue(tokens, end + 2);
    max = upper.value;
    end = upper.last;
  }
  // `19/19 tiêu chí`, `05/07 thôn`: so many of a whole no smaller, a count of what is named after it
  const wholeEnd = max === undefined ? fractionWholeEnd(tokens, end, value) : -1;
  const whole = wholeEnd >= 0;
  if (whole) end = wholeEnd;
  // a page's number between a count and its noun (`khoảng 50.000` / `3` / `doanh nghiệp`)
  const noun = pageNumberAt(tokens, end + 1) ? end + 2 : end + 1;
  if (whole && countUnitAt(readings, noun) < 0) return undefined;
  // a row's cells in a target block (`Liên chi đoàn khoa Toán - Tin học | 70 | 22`, `1 | Thành phố Thủy Nguyên | 5.200`):
  // a count with no noun of its own, before the others to its line's end, or the last of them (at the text's end too);
  // a `%` in the cell before them is the row's unit (`Tỷ lệ lao động qua đào tạo | % | 70 | 75`)
  if (inTargets && max === undefined && !whole && !tokens.newlineBefore(k) && !YEAR.test(tokens.text(k)) && cellBoundaryBefore(tokens, k)) {
    const beforeOthers = tokens.isDigits(noun) && !tokens.newlineBefore(noun) && cellBoundaryBefore(tokens, noun) && valuesToLineEnd(tokens, noun);
    if (beforeOthers || noun >= tokens.count || tokens.newlineBefore(noun)) return { first: k, last: end, values: [{ value, unit: unitCellBefore(tokens, k) ? '%' : 'count' }] };
  }
  // a number alone on its line is a page number
  if (noun >= tokens.count || tokens.isDigits(noun) || tokens.isPunctuation(noun) || (tokens.newlineBefore(k) && tokens.newlineBefore(noun))) return undefined;
  if (YEAR.test(tokens.text(k))) return undefined;
  // `t 1 đảng viên`: a digit after a one-letter fragment is OCR debris of a word (`tỷ lệ`); a grouped number or a
  // range is no letter OCR misread, and the fragment a word it lost the marked vowel of (`c 160.000` = có, `t 25 - 30` = từ)
  const before = tokens.charCode(k - 1);
  if (before >= 0x61 && before <= 0x7a && max === undefined && numberEnd === k) return undefined;
  // a unit spelled right is not OCR's damage to a time word (`tấn` is one letter away from `tuần`); a fraction of a time
  // unit is a measure (`thời gian lưu trú bình quân đạt 1,8 ngày`), where periods and deadlines are whole
  if (
    Number.isInteger(value) && readings.readsAsAny(noun, TIME_UNITS, 1) && !ONE_WORD_UNITS.some((id) => readings.spelledAs(noun, id)) && !writtenAsCountNoun(tokens, noun) &&
    !measuresLifespan(readings, clauseStart, k) && !guessedInWrittenText(readings, noun, k - 1) &&
    // `gấp 1,5 lần`: a multiple, where `lần` counts no event; `ngày công`, days of labour, are counted
    !readings.spelledAs(k - 1, TIMES) && readings.phraseAt(noun, WORKDAYS) < 0
  ) return undefined;
  // a unit of two words tells its first from a function word where OCR lost the marks (`02 co quan` = cơ quan)
  if (NOT_NOUNS.some((id) => readings.spelledAs(noun, id)) && !writtenAsCountNoun(tokens, noun) && (writtenWithMarks(tokens, noun) || countUnitAt(readings, noun) <= noun)) return undefined;
  // `33 giường bệnh trên 10.000 dân`: the population a ratio is counted per, no count of its own
  if (PER_BASE.has(value) && readings.spelledAs(noun, PEOPLE) && (readings.spelledAs(k - 1, PER) || tokens.isChar(k - 1, '/') || tokens.isChar(k - 1, 'x'))) return undefined;
  // in a target block any noun counts, but not a capital opening the next line: that begins a sentence (after a table's row)
  // (a listed unit of two words is the unit whole: `19 bác sĩ` counts bác sĩ, and the subject comes after it)
  const last = inTargets ? (tokens.newlineBefore(noun) && tokens.capital(noun) ? end : Math.max(noun, countUnitAt(readings, noun))) : countUnitAt(readings, noun);
  // outside a target block a count needs a cue, or to be more of something to have (`có thêm 15 sản phẩm`)
  // (a bound on money outside a target block is a budget's or a rate's: `bố trí tối thiểu 150 triệu đồng/năm`)
  if (last < 0 || (!inTargets && !cues.before(k) && !addsMore(readings, k) && !(boundBefore(readings, k) && !moneyAt(readings, noun)))) return undefined;
  for (const words of NOT_COUNTED_AFTER) if (readings.phraseEndsAt(k - 1, words)) return undefined;
  for (let b = Math.max(clauseStart, k - LOOK_BEHIND); b < k; b++) {
    // as spelled (or as OCR's known letters for them): a looser reading takes `duy`, `dua` for `dưới`
    const marker = readings.firstPhraseAt(b, SUBJECT_MARKERS, 0);
    if (marker < 0 || readings.readsAs(b + 1, MORE, 1)) continue;
    // `Dân quân cơ động 01 trung đội`: a noun its marks tell from a function word (`cơ`) is no `có`
    if (SUBJECT_MARKERS[marker] === HAVE && writtenAsCountNoun(tokens, b)) continue;
    // `xác minh không dưới 25 người`: no fewer than, a bound of what is to be done (`Chi bộ không dưới 3 đảng viên` describes it)
    if (SUBJECT_MARKERS[marker] === UNDER && readings.spelledAs(b - 1, NOT) && actionBefore(readings, b - 1)) continue;
    // `05 cấp ủy cấp dưới và 02 cơ quan`: the level below, no `dưới 3 đảng viên`
    if (levelAt(readings, b)) continue;
    if (SUBJECT_MARKERS[marker] === HAVE ? plansToHave(readings, clauseStart, b, k, last) : ratioBefore(readings, clauseStart, b)) continue;
    return undefined;
  }
  const qualifier = qualifierFor(readings, k, last, clauseStart);
  const q = qualifier ? { qualifier } : {};
  const values: TargetValue[] = max === undefined
    ? [{ value, unit: 'count', ...q }]
    : [{ value, max, unit: 'count', ...q }, { value: max, unit: 'count', qualifier: 'đến' }];
  return { first: k, last, values };
}

/**
 * Token b is the `trên` or `dưới` of `cấp trên`, `cấp dưới`: the level above or below, no bound.
 * Read as the subject markers and qualifiers are (OCR's known letters, at no cost: `cap duéi`).
 */
function levelAt(readings: TokenReadings, b: number): boolean {
  return (readings.readsAs(b, PER, 0) || readings.readsAs(b, UNDER[0], 0)) && readings.spelledAs(b - 1, LEVEL_WORD);
}

/** `có thêm` right before the count at k: more of something to have. */
function addsMore(readings: TokenReadings, k: number): boolean {
  return readings.readsAs(k - 1, MORE, 1) && readings.spelledAs(k - 2, HAVE[0]);
}

/** Last token of a unit noun at k (the last word may have the next one glued to it by OCR), or -1. */
function countUnitAt(readings: TokenReadings, k: number): number {
  const { tokens } = readings;
  for (const { head, last, folded } of COUNT_UNIT_PARTS) {
    if (head.length && readings.phraseAt(k, head) < 0) continue;
    const lastAt = k + head.length;
    if (readings.readsAs(lastAt, last, 1)) return lastAt;
    // the last word with the next one glued to it
    if (lastAt < tokens.count && tokens.length(lastAt) > folded.length && tokens.folded.text.startsWith(folded, tokens.start[lastAt])) return lastAt;
  }
  return -1;
}

/**
 * `xây dựng ít nhất 01 mô hình`, `cử tối thiểu 30 cán bộ`: a bound right before a count, after a verb of what is to be
 * done, sets a target as a cue does; a bound on what a body has or is made of (`chi bộ có ít nhất 4 đảng viên`, `gồm
 * tối thiểu 05 người`, `phải được ít nhất 02 đảng viên giới thiệu`) is a rule's.
 */
const BOUNDS_BEFORE = ['ít nhất', 'tối thiểu'].map(phraseIds);
function boundBefore(readings: TokenReadings, k: number): boolean {
  const from = readings.readsAs(k - 1, FROM, 1);
  const at = from ? k - 1 : k;
  const bound = BOUNDS_BEFORE.find((ids) => readings.phraseEndsAt(at - 1, ids));
  if (bound !== undefined) return actionBefore(readings, at - bound.length);
  // `kết nạp từ 5.000 đảng viên mới trở lên`: a floor around the count and its noun, right after the verb (`doanh
  // nghiệp sử dụng từ 50 lao động trở lên` says which firms, `hộ nghèo từ 2 người trở lên` which households)
  return from && upwardsAfter(readings, k) && actionEndsAt(readings, at - 1);
}

/** Tokens after a count's first digits its `trở lên` may come within (`từ 5.000 đảng viên mới trở lên`). */
const FLOOR_REACH = 8;

/** `trở lên` follows the count at token k within FLOOR_REACH tokens, over its own digit groups and plain words. */
function upwardsAfter(readings: TokenReadings, k: number): boolean {
  const { tokens } = readings;
  for (let a = k + 1; a <= k + FLOOR_REACH && a < tokens.count; a++) {
    // a glued `.` or `,` between digits groups the count (`5.000`); any other mark ends the phrase
    if (tokens.isPunctuation(a) && !(tokens.glued(a) && tokens.isDigits(a - 1) && tokens.isDigits(a + 1))) return false;
    if (readings.phraseAt(a, AT_LEAST_AFTER, 2) >= 0) return true;
  }
  return false;
}

/** A verb of what is to be done ends at token `last` (`kết nạp`, `tuyển`), or before one of AFTER_VERB there. */
function actionEndsAt(readings: TokenReadings, last: number): boolean {
  if (AFTER_VERB.some((id) => readings.spelledAs(last, id))) last--;
  for (let b = Math.max(0, last - 1); b <= last; b++) {
    const verb = readings.firstPhraseAt(b, ACTION_VERBS, 0);
    if (verb >= 0 && b + ACTION_VERBS[verb].length - 1 === last) return true;
  }
  return false;
}

/** How far before a bound its verb may be (`kiểm tra, giám sát chuyên đề ít nhất 03 tổ chức đảng`). */
const ACTION_REACH = 5;

/**
 * A verb of what is to be done, as spelled (`có` is one letter from `cử`), ends within `ACTION_REACH` tokens before
 * token `at`, with no `có` or `gồm` after it (`Tổ giúp việc gồm ít nhất 03 cán bộ` says what the body is made of).
 */
function actionBefore(readings: TokenReadings, at: number): boolean {
  for (let b = at - 1; b >= Math.max(0, at - ACTION_REACH - 1); b--) {
    if (readings.spelledAs(b, HAVE[0]) || readings.spelledAs(b, CONSISTS)) return false;
    const verb = readings.firstPhraseAt(b, ACTION_VERBS, 0);
    if (verb >= 0 && b + ACTION_VERBS[verb].length - 1 < at) return true;
  }
  return false;
}

/**
 * The `có` at token b, before the count at k (its unit ending at `last`),
 * sets a target rather than describing a subject (`chi bộ bản có ít nhất 4
 * đảng viên` describes the chi bộ):
 * - no subject before it: `- Có 10 xã đạt chuẩn`, `...; có ít nhất 40 doanh nghiệp`;
 * - to strive to have, a part to have, to have by a horizon: `Phấn đấu toàn tỉnh
 *   có 15.000 doanh nghiệp`, `trong đó có 03 trường`, `Hằng năm có`, `đến năm 2030 có`;
 * - a quota for each unit: `Mỗi thôn có ít nhất 01 mô hình`;
 * - the whole unit's quota with its bound: `toàn Khối có từ 70 mô hình trở lên`,
 *   where `toàn tỉnh có 95 xã` describes the province.
 */
function plansToHave(readings: TokenReadings, clauseStart: number, b: number, k: number, last: number): boolean {
  if (opensClause(readings.tokens, clauseStart, b) || strivesBefore(readings, clauseStart, b)) return true;
  if (readings.phraseEndsAt(b - 1, OF_WHICH) || horizonOpens(readings, clauseStart, b)) return true;
  if (scopeHas(readings, clauseStart, b, EACH)) return true;
  return scopeHas(readings, clauseStart, b, WHOLE) && qualifierFor(readings, k, last, clauseStart) !== undefined;
}

/**
 * Nouns that fold like a function word (`cơ` like `có`, `tầng` like `tăng`,
 * `tài` like `tại`, `dược` like `được`, `thẩm` like `tham`, `đề` like `để`, `chỗ` like `cho`) or lie one letter from a time word
 * (`tài`, `tuổi`), and follow counts (`05 cơ sở`, `10 tầng`, `02 tài khoản`, `30 thẩm phán`, `01 đề tài`, `10.000 chỗ ở`), or
 * stand where a function word would (`Dân quân cơ động 01 trung đội`, no `có`). Only the written
 * marks tell them apart; OCR damages marks too (`két nạp` = kết nạp), so only
 * these are let through.
 */
const COUNT_NOUNS_TOLD_BY_MARKS = new Set(['cơ', 'tầng', 'tài', 'dược', 'thẩm', 'đề', 'chỗ']);

function writtenAsCountNoun(tokens: Tokens, k: number): boolean {
  return COUNT_NOUNS_TOLD_BY_MARKS.has(writtenWord(tokens, k));
}

/**
 * Token k reads as a time unit only through OCR tolerance, after a word
 * written with its marks (`tối thiểu 250 tin`): where the text keeps its
 * diacritics, the word is as written (`tin`, not a damaged `tuần`).
 */
function guessedInWrittenText(readings: TokenReadings, k: number, before: number): boolean {
  return !readings.readsAsAny(k, TIME_UNITS, 0) && before >= 0 && writtenWithMarks(readings.tokens, before);
}

/**
 * One of `phrases` begins at a token in [from, to): the recognisers' look
 * back (or on) within a clause, its window bounded by the caller so that one
 * huge clause stays linear.
 */
function phraseIn(readings: TokenReadings, from: number, to: number, phrases: readonly (readonly number[])[], maxCost = 1): boolean {
  for (let j = from; j < to; j++) if (readings.firstPhraseAt(j, phrases, maxCost) >= 0) return true;
  return false;
}

/** `Tuổi thọ bình quân đạt 75 tuổi, số năm sống khỏe mạnh tối thiểu 68 năm`: years are what the clause measures. */
function measuresLifespan(readings: TokenReadings, clauseStart: number, k: number): boolean {
  return phraseIn(readings, Math.max(clauseStart, k - CUE_REACH), k, LIFESPAN, 0);
}

/**
 * `Mỗi thôn có ít nhất 01 mô hình`: `scope` (`mỗi`, `toàn`) and a short
 * subject before the `có` at token b. (`mỗi` folds like `mọi`, every, which
 * sets the same quota.)
 */
function scopeHas(readings: TokenReadings, clauseStart: number, b: number, scope: number): boolean {
  for (let m = b - 1; m >= Math.max(clauseStart, b - EACH_SUBJECT_REACH); m--) {
    if (readings.spelledAs(m, scope)) return true;
  }
  return false;
}

/**
 * `tỷ số` or `tỷ lệ` comes in the clause before the `dưới` at token b: the cap
 * of a ratio (`tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái`), where
 * `dưới 3 đảng viên` qualifies a chi bộ.
 */
function ratioBefore(readings: TokenReadings, clauseStart: number, b: number): boolean {
  return phraseIn(readings, Math.max(clauseStart, b - CUE_REACH), b - 1, RATIO);
}

/** `phấn đấu` comes in the clause before token b. */
function strivesBefore(readings: TokenReadings, clauseStart: number, b: number): boolean {
  return phraseIn(readings, Math.max(clauseStart, b - CUE_REACH), b - 1, [CUE.strive]);
}

/** The clause opens on a horizon, `hằng năm` (`hàng năm`) or `đến năm 2030`, right before token b. */
function horizonOpens(readings: TokenReadings, clauseStart: number, b: number): boolean {
  const { tokens } = readings;
  for (const from of [b - 2, b - 3, b - 4]) {
    if (from < clauseStart || !opensClause(tokens, clauseStart, from)) continue;
    const end = readings.firstPhraseAt(from, YEARLY) >= 0 ? from + 2 : readings.phraseAt(from, HORIZON.until) >= 0 && tokens.isDigits(from + 2) ? from + 3 : -1;
    if (end >= 0 && (end === b || (end + 1 === b && tokens.isChar(end, ',')))) return true;
  }
  return false;
}

/** Token b is the first word of the clause from `clauseStart`: only its list mark or number comes before it. */
function opensClause(tokens: Tokens, clauseStart: number, b: number): boolean {
  for (let j = clauseStart; j < b; j++) if (!(tokens.isPunctuation(j) || tokens.isDigits(j))) return false;
  return true;
}

/**
 * A `-` between two numbers, the lower one starting at token `lower`. At a
 * line's start it is the list mark of the next line (`đến năm 2030` / `- 70%
 * hộ ...`), unless the lower end follows `từ` (`từ 2,5` / `- 3%`): no clause
 * ends on `từ` and a number, nor on `khoảng` and one in an item that no `-`
 * opened (`(2) ... khoảng 35` / `- 40%`; after `- ... khoảng 80` the next `-`
 * opens the next item). Even then a clause may end on `từ` and a year
 * (`bắt đầu từ 2026`), a count larger than the next line's number (`tăng từ
 * 1.500` / `- 90%`) or a document's number (`Thong tu 15` / `- 70%`), and
 * `tư`, `tự` written with their marks are other words.
 */
function isRangeDash(readings: TokenReadings, k: number, lower: number): boolean {
  const { tokens } = readings;
  if (!tokens.isChar(k, '-')) return false;
  if (!tokens.newlineBefore(k)) return true;
  return (
    ((readings.readsAs(lower - 1, FROM, 1) && (!writtenWithMarks(tokens, lower - 1) || writtenWord(tokens, lower - 1) === 'từ')) ||
      (readings.spelledAs(lower - 1, ABOUT) && !tokens.isChar(tokens.lineStartWithin(lower, 0), '-'))) &&
    !YEAR.test(tokens.text(lower)) && isNumber(tokens, k + 1) && numberValue(tokens, lower).value <= numberValue(tokens, k + 1).value &&
    !documentNumberAt(tokens, lower)
  );
}

/** Where the number whose last digits are token `last` starts (`2,5`, `1.500`). */
function numberStart(tokens: Tokens, last: number): number {
  let k = last;
  while (tokens.glued(k) && (tokens.isChar(k - 1, '.') || tokens.isChar(k - 1, ',')) && tokens.glued(k - 1) && tokens.isDigits(k - 2)) k -= 2;
  return k;
}

/**
 * After the number ending at token `end`, a slash and a whole glued to it (`19/19`, `05/07`, `150/1.200`): its last
 * token, or -1. The whole is no smaller than `value` and no date's (no second slash); a whole under 5 makes a share
 * (`2/3 xã`), not a count.
 */
function fractionWholeEnd(tokens: Tokens, end: number, value: number): number {
  if (!tokens.isChar(end + 1, '/') || !tokens.glued(end + 1) || !tokens.glued(end + 2) || !isNumber(tokens, end + 2)) return -1;
  const whole = numberValue(tokens, end + 2);
  return !tokens.isChar(whole.last + 1, '/') && whole.value >= value && whole.value >= 5 ? whole.last : -1;
}

/**
 * Token k is a short number alone on its line, set apart by a blank line before
 * or after it: a page's number (with no blank line, a cell of a table pasted one
 * cell a line).
 */
function pageBreakAt(tokens: Tokens, k: number): boolean {
  return (
    tokens.isDigits(k) && tokens.length(k) <= 3 && tokens.newlineBefore(k) && k + 1 < tokens.count && tokens.newlineBefore(k + 1) &&
    (tokens.blankLineBefore(k) || tokens.blankLineBefore(k + 1))
  );
}

/**
 * Token k is a page's number inside a sentence (`pageBreakAt`), the sentence
 * going on after it in lower case (before a capital a number ends its part).
 */
function pageNumberAt(tokens: Tokens, k: number): boolean {
  return pageBreakAt(tokens, k) && !tokens.isDigits(k + 1) && !tokens.isPunctuation(k + 1) && !tokens.capital(k + 1);
}

/** Token k is a number of one to six digits. */
function isNumber(tokens: Tokens, k: number): boolean {
  return tokens.isDigits(k) && tokens.length(k) <= 6;
}

/** `(2)`, `2.` at the start of a line or clause: an item number, not a quantity (`3.500` wrapped onto a line is one). */
function isListNumber(tokens: Tokens, k: number): boolean {
  if (tokens.isChar(k - 1, '(') && tokens.isChar(k + 1, ')')) return true;
  if (!(k === 0 || tokens.newlineBefore(k))) return false;
  // a table's row number (`1 Tổng thu ngân sách 65.560 67.200`), in a row with no values (a form's: `2 | Tỷ lệ đảng
  // viên … | |`) where a row before or after it is numbered next to it
  if (!tokens.glued(k + 1)) return startsRow(tokens, k) || numberedRowAt(tokens, k);
  return tokens.isChar(k + 1, ')') || (tokens.isChar(k + 1, '.') && !groupedDigits(tokens, k + 2));
}

/** Token k, at a line's start, numbers a row of a table whose rows are numbered in turn, its label after it (`2 | Tỷ lệ …`). */
function numberedRowAt(tokens: Tokens, k: number): boolean {
  return tokens.capital(k + 1) && rowNumberAt(tokens, k) && numberedNextTo(tokens, k);
}

/** Lines a row's label may wrap onto, looked over for the rows numbered next to it. */
const NUMBERED_ROW_REACH = 3;

/** The number beginning the line at token k is one less than one that begins a line after it, or one more than one before. */
function numberedNextTo(tokens: Tokens, k: number): boolean {
  const n = Number(tokens.text(k));
  for (let line = 0, j = k; line < NUMBERED_ROW_REACH && (j = tokens.nextLineStart(j + 1)) < tokens.count; line++) {
    if (tokens.isDigits(j) && Number(tokens.text(j)) === n + 1) return true;
  }
  for (let line = 0, j = k; line < NUMBERED_ROW_REACH && j > 0 && (j = tokens.lineStartWithin(j - 1, 0)) >= 0; line++) {
    if (tokens.isDigits(j) && Number(tokens.text(j)) === n - 1) return true;
  }
  return false;
}

/** The number at k, with a decimal part (`15,5`, `2.5%`) when one is glued to it. */
function numberValue(tokens: Tokens, k: number): { value: number; last: number } {
  // Vietnamese groups thousands with `.` (`1.500 đảng viên`) and writes decimals with `,` (`15,5%`)
  let digits = tokens.text(k);
  let last = k;
  while (tokens.isChar(last + 1, '.') && groupedDigits(tokens, last + 2)) {
    digits += tokens.text(last + 2);
    last += 2;
  }
  // `1 00%`, `2 00 đảng viên`: OCR's space inside a round number (no share or count is written `00`); `12 000`,
  // thousands grouped by a space
  if (last === k && splitOffZeros(tokens, k + 1) && (digits.length === 1 || (digits.length <= 3 && tokens.length(k + 1) === 3))) {
    return { value: Number(digits + tokens.text(k + 1)), last: k + 1 };
  }
  // a glued `,` is always the decimal mark (`0,5 - 1%`, `1,2 triệu`); a `.` only before `%`, since `2.1` also numbers items
  const comma = tokens.isChar(last + 1, ',');
  if ((comma || tokens.isChar(last + 1, '.')) && tokens.glued(last + 1) && tokens.glued(last + 2) && tokens.isDigits(last + 2) && (comma || tokens.isChar(last + 3, '%'))) {
    return { value: Number(`${digits}.${tokens.text(last + 2)}`), last: last + 2 };
  }
  return { value: Number(digits), last };
}

/** A document type word, maybe with `số`, right before the end of a text (OCR's forms too). */
const DOCUMENT_BEFORE = new RegExp(`(?<![a-z])(?:${DOC_TYPE_WORDS.map((word) => word.pattern).join('|')})[ \\n](${NUMBER_CUE}[ \\n])?$`);
/** Enough folded text before a number for the longest type word and `số`. */
const DOCUMENT_REACH = 40;

/**
 * The number at token k is a document's: a type word before it, with `số`
 * (`Chỉ thị số 05`) or with a capital (`Nghị quyết 71`): `vượt kế hoạch 5 -
 * 10%` is a plan's share.
 */
function documentNumberAt(tokens: Tokens, k: number): boolean {
  const { folded } = tokens;
  const at = tokens.start[k];
  const from = Math.max(0, at - DOCUMENT_REACH);
  const match = DOCUMENT_BEFORE.exec(folded.text.slice(from, at));
  return match !== null && (match[1] !== undefined || isCapitalLetterAt(folded, from + match.index));
}

/** Token k is `00` or `000`, one space after the number before it on its line. */
function splitOffZeros(tokens: Tokens, k: number): boolean {
  const text = tokens.text(k);
  if ((text !== '00' && text !== '000') || tokens.newlineBefore(k)) return false;
  return tokens.start[k] - tokens.endOf(k - 1) === 1;
}

/** Three digits glued after a separator: a thousands group. */
function groupedDigits(tokens: Tokens, k: number): boolean {
  return tokens.glued(k - 1) && tokens.glued(k) && tokens.isDigits(k) && tokens.length(k) === 3;
}

function qualifierFor(readings: TokenReadings, first: number, last: number, clauseStart: number): string | undefined {
  const { tokens } = readings;
  let before: string | undefined;
  let hasFrom = false;
  for (let b = first - 1; b >= Math.max(clauseStart, first - LOOK_BEHIND) && !before; b--) {
    // a number or a mark closes the phrase the value belongs to (`Đến năm 2025: 100%` is not `đến 100%`), and so does a
    // table's cell (`quản lý trên phần mềm | 100%`)
    if (tokens.isDigits(b) || tokens.isPunctuation(b) || cellBoundaryBefore(tokens, b + 1)) break;
    // the levels above and below, not more or less than the number; `tỷ lệ`, whose `tỷ` OCR's letters read as `từ`
    if (levelAt(readings, b) || readings.firstPhraseAt(b, RATIO, 0) >= 0) continue;
    for (const [ids, name] of QUALIFIERS_BEFORE) {
      // as spelled, or as OCR's known letters for it: a looser reading takes `đưa` for `dưới`
      if (readings.phraseAt(b, ids, 0) === b + ids.length - 1 && b + ids.length - 1 < first) {
        // `không dưới`, read from its last word
        before = name === 'dưới' && readings.spelledAs(b - 1, NOT) ? 'tối thiểu' : name;
        break;
      }
    }
    if (readings.readsAs(b, FROM, 1)) hasFrom = true;
  }
  for (let a = last + 1; a <= last + 3; a++) {
    if (readings.phraseAt(a, AT_LEAST_AFTER, 2) >= 0) return hasFrom || before === 'từ' ? 'từ … trở lên' : 'trở lên';
  }
  return before ?? signBefore(tokens, first);
}

/** What a sign of comparison right before a value says (`≥ 95%`, a table's cell), in words: folding keeps no such token. */
const COMPARISON_SIGNS = new Map([['≥', 'tối thiểu'], ['>', 'trên'], ['≤', 'tối đa'], ['<', 'dưới']]);

/** Space within a line, which may part a sign from its value (a tab in a table's cell). */
const INLINE_SPACE = /[^\S\r\n]/;
/** What may stand before a sign of its own: an arrow's `->`, a markup tag's `<b>` end in other characters. */
const BEFORE_SIGN = /[\s(|:;,]/;

function signBefore(tokens: Tokens, first: number): string | undefined {
  const { source } = tokens.folded;
  let at = tokens.folded.originalIndex(tokens.start[first]) - 1;
  while (at >= 0 && INLINE_SPACE.test(source[at])) at--;
  const sign = at >= 0 ? COMPARISON_SIGNS.get(source[at]) : undefined;
  return sign !== undefined && (at === 0 || BEFORE_SIGN.test(source[at - 1])) ? sign : undefined;
}

function horizonIn(readings: TokenReadings, from: number, to: number): string | undefined {
  const { tokens } = readings;
  for (let j = from; j <= to; j++) {
    if (readings.phraseAt(j, HORIZON.yearly) >= 0 || readings.phraseAt(j, HORIZON.yearly2) >= 0) return 'hằng năm';
    const until = readings.phraseAt(j, HORIZON.until);
    if (until >= 0 && YEAR.test(tokens.text(until + 1))) return `đến năm ${tokens.text(until + 1)}`;
    const period = readings.phraseAt(j, HORIZON.period);
    if (period >= 0 && YEAR.test(tokens.text(period + 1)) && tokens.isChar(period + 2, '-') && YEAR.test(tokens.text(period + 3))) {
      return `giai đoạn ${tokens.text(period + 1)} - ${tokens.text(period + 3)}`;
    }
    if (readings.readsAs(j, YEAR_WORD, 1) && YEAR.test(tokens.text(j + 1))) return `năm ${tokens.text(j + 1)}`;
  }
  return undefined;
}

function toEntity(
  folded: FoldedText,
  readings: TokenReadings,
  first: number,
  last: number,
  found: Found[],
  headings: Heading[],
): TargetEntity {
  const { tokens } = readings;
  while (last > first && (tokens.isChar(last, ';') || tokens.isChar(last, '.') || tokens.isChar(last, ',') || tokens.isChar(last, ':'))) last--;
  const { start, end } = originalSpan(folded, tokens.start[first], tokens.endOf(last));
  const horizon = horizonIn(readings, first, last) ?? [...headings].reverse().find((h) => h.horizon)?.horizon;
  const afterValues = found[found.length - 1].last + 1;
  let subject: string | undefined;
  if (afterValues <= last) {
    const span = originalSpan(folded, tokens.start[afterValues], tokens.endOf(last));
    subject = cleanText(folded.source.slice(span.start, span.end)).replace(/[\s.;,]+$/, '').slice(0, 160) || undefined;
  }
  const inTargets = listsTargets(headings);
  return {
    id: `target-${start}-${end}`,
    kind: 'target',
    start,
    end,
    text: folded.source.slice(start, end),
    confidence: inTargets ? 0.9 : 0.75,
    values: found.flatMap((f) => f.values),
    ...(horizon ? { horizon } : {}),
    ...(subject ? { subject } : {}),
  };
}
