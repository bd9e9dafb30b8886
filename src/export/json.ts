/** JSON (one object: meta, documents, timeline) and JSONL (one document per line). */
import type { Document, Output, TimelineRow } from '../schema.js';

export function jsonOutput(meta: Output['meta'], documents: Document[], timeline: TimelineRow[]): string {
  const output: Output = { meta, documents, timeline };
  return `${JSON.stringify(output, null, 2)}\n`;
}

export function jsonlLine(doc: Document): string {
  return `${JSON.stringify(doc)}\n`;
}
