/** src/cli/snapshot.ts: what the warm-up for the startup snapshot leaves behind (the end-to-end runs are in bundle.test.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warmUpForSnapshot } from '../../src/cli/snapshot.js';
import { gregorianToHijri } from '../../src/extract/dates/calendar.js';
import { wordOf } from '../../src/extract/tokens.js';
import { loadGazetteer } from '../../src/lexicon/load.js';

describe('the warm-up for the startup snapshot', () => {
  it('keeps neither the words met nor the gazetteer: code, not data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasid-warm-'));
    const article = join(dir, 'a.txt');
    writeFileSync(article, 'الرياض - التقى وزير الخارجية السعودي نظيره الأمريكي في الرياض يوم 1 رمضان 1446 هـ.');
    const word = wordOf('الرياض');
    const g = loadGazetteer();
    gregorianToHijri({ year: 2025, month: 3, day: 1 });
    expect(wordOf('الرياض')).toBe(word);
    expect(loadGazetteer()).toBe(g);
    warmUpForSnapshot([article]);
    expect(wordOf('الرياض')).not.toBe(word);
    expect(loadGazetteer()).not.toBe(g);
  });
});
