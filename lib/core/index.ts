export { analyzeText } from './analyze';
export { precheckPartyDocument, detectPartyDocument } from './detect';
export { foldText, foldDiacritics, originalSpan } from './normalize';
export type { FoldedText } from './normalize';
export type * from './types';
