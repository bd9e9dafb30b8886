/** The CSV timeline, one row per event, written with csv-stringify. */
import { stringify } from 'csv-stringify/sync';
import type { TimelineRow } from '../schema.js';

/** OWASP: a cell starting with = + - @ tab or carriage return could run as a spreadsheet formula. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
}

export const CSV_COLUMNS = [
  'date', 'grain', 'status', 'type', 'subtype', 'participants_ar', 'participants_en', 'location_ar', 'location_en',
  'ordinal', 'duration', 'documents', 'evidence', 'cameo',
] as const;

export function timelineCsv(rows: TimelineRow[]): string {
  const records = rows.map((r) => [
    r.date ?? '',
    r.grain ?? '',
    r.status,
    r.type,
    r.subtype ?? '',
    r.participants.map((p) => p.ar).join('؛ '),
    r.participants.map((p) => p.en ?? '').join('; '),
    r.location?.ar ?? '',
    r.location?.en ?? '',
    r.ordinal ? String(r.ordinal) : '',
    r.duration ?? '',
    r.documents.join('; '),
    r.evidence.map((e) => e.text).join(' | '),
    r.cameo,
  ]);
  return stringify([[...CSV_COLUMNS], ...records], { cast: { string: (v) => neutralise(v) } });
}
