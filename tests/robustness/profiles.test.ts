/**
 * What is learnt about a site (its chrome) comes from its articles only: bad files in the folder,
 * however many, change neither what is learnt nor, in a big folder, which articles are sampled.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/cli/inputs.js';
import { learnProfiles } from '../../src/cli/profiles.js';
import type { SiteProfile } from '../../src/normalise/site-profile.js';
import { freshDir } from './helpers.js';

const CHROME = ['الرئيسية | أخبار | رياضة | اقتصاد', 'تابعونا على وسائل التواصل'];
const WORDS = 'بوتين موسكو الرئيس المبعوث التقى اجتماع قمة الرياض واشنطن الوفد محادثات اتفاق'.split(' ');

/** n articles sharing the site chrome, each with its own sentences (and every 7th with an extra shared line). */
function writeArticles(dir: string, n: number): void {
  for (let i = 0; i < n; i++) {
    const body = Array.from({ length: 4 }, (_, k) => Array.from({ length: 9 }, (_, w) => WORDS[(i * 7 + k * 3 + w * 5) % WORDS.length]).join(' ') + ` ${i}-${k}.`);
    writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.txt`), [CHROME[0], ...body, i % 7 === 0 ? 'اقرأ أيضا' : '', CHROME[1]].join('\n'));
  }
}

function writeBad(dir: string, n: number): void {
  for (let i = 0; i < n; i++) {
    // named to fall among the articles, so that an index-based sample would shift
    const name = join(dir, `a${String(i * 3).padStart(4, '0')}-bad.txt`);
    if (i % 4 === 0) writeFileSync(name, '');
    else if (i % 4 === 1) writeFileSync(name, Buffer.from([0, 1, 2, 0, 3]));
    else if (i % 4 === 2) writeFileSync(name, 'Home | News | Sport\nEnglish text only.\n');
    else writeFileSync(name, ' \n \n');
  }
}

const plain = (p: SiteProfile | undefined) => p && { documents: p.documents, lines: [...p.lines].sort(), prefixes: [...p.prefixes].sort(), suffixes: [...p.suffixes].sort() };
const only = (m: Map<string, SiteProfile>) => {
  expect(m.size).toBe(1);
  return plain([...m.values()][0]);
};

describe('site profiles ignore bad files', () => {
  for (const [articles, bad] of [[5, 8], [320, 120]] as const) {
    it(`${articles} articles with ${bad} bad files beside them learn what the articles alone learn`, () => {
      const good = freshDir('prof-good');
      const mixed = freshDir('prof-mixed');
      writeArticles(good, articles);
      writeArticles(mixed, articles);
      writeBad(mixed, bad);
      const alone = only(learnProfiles(collectInputs([good], '**/*.txt').files));
      const beside = only(learnProfiles(collectInputs([mixed], '**/*.txt').files));
      expect(alone!.lines.length).toBeGreaterThan(0);
      expect(beside).toEqual(alone);
    });
  }
});
