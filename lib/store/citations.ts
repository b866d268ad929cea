/**
 * Which saved document cites which: each document lists the canonical symbols
 * it cites, and a document is cited by every other one listing its own
 * symbol. Symbols compare as canonical strings ('21-NQ/TW'), which the core
 * already restored from OCR damage.
 */
import type { DocumentRecord } from './types';

export interface Citations {
  /** Symbols this document cites, in the order it lists them. */
  cites: string[];
  /** Symbols (or titles, for documents without one) of the saved documents citing this one. */
  citedBy: string[];
}

export function citationGraph(documents: readonly DocumentRecord[]): Map<string, Citations> {
  const citing = new Map<string, DocumentRecord[]>();
  for (const document of documents) {
    for (const symbol of document.citedSymbols) citing.set(symbol, [...(citing.get(symbol) ?? []), document]);
  }
  const graph = new Map<string, Citations>();
  for (const document of documents) {
    const symbol = document.card.symbol;
    const citedBy = symbol ? (citing.get(symbol) ?? []).filter((other) => other.id !== document.id) : [];
    graph.set(document.id, { cites: document.citedSymbols, citedBy: citedBy.map((other) => other.card.symbol ?? other.title) });
  }
  return graph;
}
