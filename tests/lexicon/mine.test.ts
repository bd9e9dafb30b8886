import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

describe('rasid lexicon mine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-mine-'));
  writeFileSync(join(dir, 'a.txt'), 'وقال السفير مسعود معلوف، المحلل السياسي، إن الحوار ضروري. وأضاف معلوف أن المرحلة حساسة.\nوقصفت الطائرات بلدة كفرنبل في ريف إدلب.\n');
  writeFileSync(join(dir, 'b.txt'), 'وأكد مسعود معلوف أن اللقاء مهم.\nوقال سكان من بلدة كفرنبل إن القصف مستمر.\n');

  it('proposes people the patterns find and the lexicon lacks, with counts and an example', () => {
    const r = runCli(['lexicon', 'mine', dir]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toContain('id\tar\ten\taliases\twikidata\tcountry\troles');
    const row = lines.findIndex((l) => l.startsWith('person:') && l.includes('مسعود معلوف'));
    expect(row).toBeGreaterThan(0);
    expect(lines[row - 1]).toMatch(/^# \d+× in 2 document\(s\).*«.*مسعود معلوف.*»/);
    // people the lexicon has are not proposed
    expect(r.stdout).not.toMatch(/بوتين/);
  });

  it('proposes places named after a head word ("بلدة X")', () => {
    const r = runCli(['lexicon', 'mine', '--type', 'place', dir]);
    expect(r.stdout).toMatch(/^place:\S+\tكفرنبل\t/m);
    expect(r.stdout).not.toMatch(/\tإدلب\t/);
  });
});
