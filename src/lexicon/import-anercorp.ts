/**
 * Derives word lists from ANERcorp (CoNLL `token TAG` lines): words that are almost never part
 * of a name (so a rule never takes them for one), and first names (tokens that open a
 * multi-word person name). The tail of the file is held out so the tagger can be measured honestly.
 */
import { readFileSync } from 'node:fs';

export interface AnercorpLists {
  commonWords: string[];
  firstNames: string[];
  tokensUsed: number;
  heldOut: number;
}

const CLITIC_START = /^[وفلب]/u;

export function deriveAnercorpLists(conllPath: string, heldOutFraction = 0.1): AnercorpLists {
  const lines = readFileSync(conllPath, 'utf8').split('\n');
  const cut = Math.floor(lines.length * (1 - heldOutFraction));
  const tokens: Array<[string, string]> = [];
  for (const line of lines.slice(0, cut)) {
    const parts = line.replace(/[\u200e\u200f]/gu, '').trim().split(/\s+/u);
    if (parts.length === 2 && parts[0] && parts[1]) tokens.push([parts[0], parts[1]]);
  }
  const outside = new Map<string, number>();
  const inside = new Map<string, number>();
  const opens = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
  tokens.forEach(([tok, tag], i) => {
    inc(tag === 'O' ? outside : inside, tok);
    if (tag === 'B-PERS' && tokens[i + 1]?.[1] === 'I-PERS') inc(opens, tok);
  });
  const commonWords = [...outside]
    .filter(([t, c]) => c >= 3 && (inside.get(t) ?? 0) <= 0.1 * (c + (inside.get(t) ?? 0)))
    .map(([t]) => t);
  let firstNames = [...opens].filter(([t, c]) => c >= 2 && (outside.get(t) ?? 0) < c).map(([t]) => t);
  const names = new Set(firstNames);
  // a clitic-prefixed copy of a name already listed adds nothing
  firstNames = firstNames.filter((t) => !(CLITIC_START.test(t) && names.has(t.slice(1))));
  const sort = (a: string[]): string[] => [...new Set(a)].sort();
  return { commonWords: sort(commonWords), firstNames: sort(firstNames), tokensUsed: tokens.length, heldOut: lines.length - cut };
}

export function wordListFile(title: string, words: string[], tokensUsed: number): string {
  return [
    `# ${title}`,
    '# Derived by `rasid lexicon import-anercorp` from ANERcorp (Benajiba, Rosso and Benedí 2007),',
    `# training part, first ${tokensUsed} tokens (the tail is held out for evaluation). CC BY-SA 4.0 (CAMeL Lab split).`,
    ...words,
    '',
  ].join('\n');
}
