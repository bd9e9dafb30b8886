/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): no cell of the CSV timeline may start with
 * = + - @ tab or carriage return, in any column, whether the value comes from the lexicon, the
 * article's text or the file's name. Such cells are prefixed with a single quote.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutralise, timelineCsv } from '../../src/export/csv.js';
import type { TimelineRow } from '../../src/schema.js';
import { runCli } from '../helpers.js';
import { freshDir, parseCsv } from './helpers.js';

const DANGEROUS = ['=', '+', '-', '@', '\t', '\r'] as const;
const PAYLOAD = `cmd|' /C calc'!A0`;
const STARTS_DANGEROUS = /^[=+\-@\t\r]/u;

/** A row whose `column` holds `value` and every other column something harmless. */
function rowWith(column: (typeof CSV_COLUMNS)[number], value: string): TimelineRow {
  const row = {
    date: '2025-04-09',
    grain: 'day',
    status: 'occurred',
    type: 'meeting',
    subtype: 'talks',
    participants: [{ id: 'person:a', ar: 'بوتين', en: 'Putin' }, { id: 'person:b', ar: 'ويتكوف', en: 'Witkoff' }],
    location: { id: 'place:moscow', ar: 'موسكو', en: 'Moscow' },
    documents: ['a.txt', 'b.txt'],
    evidence: [{ document: 'a.txt', text: 'التقى بوتين ويتكوف.', start: 0, end: 19 }],
    cameo: '036',
  } as Record<string, unknown>;
  const first = <T extends object>(list: T[], patch: Partial<T>): T[] => [{ ...list[0]!, ...patch }, ...list.slice(1)];
  switch (column) {
    case 'participants_ar':
      row.participants = first(row.participants as Array<{ ar: string }>, { ar: value });
      break;
    case 'participants_en':
      row.participants = first(row.participants as Array<{ en: string }>, { en: value });
      break;
    case 'location_ar':
      row.location = { ...(row.location as object), ar: value };
      break;
    case 'location_en':
      row.location = { ...(row.location as object), en: value };
      break;
    case 'documents':
      row.documents = [value, 'b.txt'];
      break;
    case 'evidence':
      row.evidence = first(row.evidence as Array<{ text: string }>, { text: value });
      break;
    default:
      row[column] = value;
  }
  return row as unknown as TimelineRow;
}

describe('every CSV column is neutralised', () => {
  for (const column of CSV_COLUMNS) {
    for (const prefix of DANGEROUS) {
      it(`${column} starting with ${JSON.stringify(prefix)}`, () => {
        const value = `${prefix}${PAYLOAD}`;
        const rows = parseCsv(timelineCsv([rowWith(column, value)]));
        expect(rows[0]).toEqual([...CSV_COLUMNS]);
        const cell = rows[1]![CSV_COLUMNS.indexOf(column)]!;
        expect(cell.startsWith(`'${prefix}`), JSON.stringify(cell)).toBe(true);
        expect(cell.slice(1).startsWith(value)).toBe(true);
        for (const c of rows[1]!) expect(c).not.toMatch(STARTS_DANGEROUS);
      });
    }
  }

  it('a harmless row is written unchanged (no quote added to Arabic, dates, ids)', () => {
    const rows = parseCsv(timelineCsv([rowWith('cameo', '036')]));
    const cells = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(cells).toMatchObject({ date: '2025-04-09', grain: 'day', status: 'occurred', type: 'meeting', subtype: 'talks', participants_ar: 'بوتين؛ ويتكوف', participants_en: 'Putin; Witkoff', location_ar: 'موسكو', location_en: 'Moscow', documents: 'a.txt; b.txt', evidence: 'التقى بوتين ويتكوف.', cameo: '036' });
    for (const c of rows[1]!) expect(c.startsWith("'")).toBe(false);
  });

  it('neutralise() itself: only a leading character counts', () => {
    for (const p of DANGEROUS) expect(neutralise(`${p}x`)).toBe(`'${p}x`);
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise('')).toBe('');
    expect(neutralise("'=already")).toBe("'=already");
  });
});

describe('end to end: what users control (file names, article text) never leads a cell', () => {
  it('file names and evidence sentences that start like formulas', () => {
    const dir = freshDir('csv');
    const sentence = 'التقى الرئيس الروسي فلاديمير بوتين المبعوث الأمريكي ستيف ويتكوف في موسكو يوم 9 أبريل 2025.';
    const names: string[] = [];
    DANGEROUS.forEach((p, i) => {
      const name = `${p === '\t' || p === '\r' ? `${p}tab` : p}SUM(1+${i}).txt`;
      names.push(name);
      // each file's evidence sentence starts with the same character, after a line of its own
      writeFileSync(join(dir, name), `${p}HYPERLINK("http://x/${i}") ${sentence.replace('9 أبريل', `${i + 1} أبريل`)}\n`);
    });
    const r = runCli(['extract', '--format', 'csv', '--', ...names], { cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      for (const cell of row) expect(cell, JSON.stringify(row)).not.toMatch(STARTS_DANGEROUS);
    }
    const documents = rows.slice(1).map((row) => row[CSV_COLUMNS.indexOf('documents')]!);
    expect(documents.some((d) => d.startsWith("'=SUM"))).toBe(true);
    expect(documents.some((d) => d.startsWith("'@SUM"))).toBe(true);
  });
});
