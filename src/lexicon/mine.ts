/**
 * `rasid lexicon mine`: people and places that title, apposition and first-name patterns find
 * but the lexicon lacks, with counts and an example context, as lines a user reviews and appends
 * to a source file.
 */
import { romanize } from '../extract/romanize.js';
import { buildMatchKey, foldKey } from '../normalise/orthography.js';
import { extractDocument } from '../pipeline.js';
import type { Gazetteer } from './load.js';

export interface Proposal {
  type: 'person' | 'place';
  ar: string;
  count: number;
  documents: Set<string>;
  example: { document: string; text: string };
  rules: Set<string>;
}

/** Places named after a word that says what they are ("مدينة X", "بلدة X", "محافظة X"). */
const PLACE_HEAD = /(?<![\p{L}\p{N}])(?:ب|و|في\s)?(?:مدينه|بلده|قريه|محافظه|ولايه|اقليم|منطقه|مخيم|جزيره|ميناء|مطار)\s+(?<name>[\p{L}]{3,}(?:\s+(?:ال)?[\p{L}]{3,})?)/gu;

export class Miner {
  private readonly found = new Map<string, Proposal>();

  constructor(private readonly g: Gazetteer) {}

  add(id: string, text: string): void {
    const doc = extractDocument(id, text, this.g);
    for (const e of doc.entities) {
      if (e.source !== 'pattern' || e.type !== 'person') continue;
      const full = e.mentions.reduce((a, m) => (m.text.split(/\s+/u).length > a.split(/\s+/u).length ? m.text : a), e.mentions[0]!.text);
      const first = e.mentions.find((m) => m.text === full)!;
      this.note('person', full, id, contextOf(text, first.start, first.end), new Set(e.mentions.map((m) => m.rule)));
    }
    // places: the word after "مدينة", "محافظة" … when the gazetteer has no such place
    for (const sentence of splitForPlaces(text)) {
      const { key, keyToOrig } = buildMatchKey(sentence.text);
      for (const m of key.matchAll(PLACE_HEAD)) {
        const name = m.groups!.name!.split(/\s+/u);
        // stop at a word that is not part of a name
        const second = name[1];
        const keepSecond = second !== undefined && !/^[وبلف]/u.test(second) && !this.g.commonWords.has(second) && !this.g.commonWords.has(second.replace(/^ال/u, ''));
        const kept = keepSecond ? name : name.slice(0, 1);
        // the name as written in the article, not its folded key
        const nameStart = m.index + m[0].length - m.groups!.name!.length;
        const nameEnd = nameStart + kept.join(' ').length;
        const surface = sentence.text.slice(keyToOrig[nameStart], keyToOrig[nameEnd - 1]! + 1);
        if (this.g.commonWords.has(kept[0]!) || this.startsKnown(name)) continue;
        this.note('place', surface, id, sentence.text.trim().slice(0, 160), new Set(['place head word']));
      }
    }
  }

  /** The gazetteer has a name these words begin with. */
  private startsKnown(words: string[]): boolean {
    return this.g.surfacesStartingWith(words[0]!).some((s) => s.tokens.every((t, i) => words[i] === t));
  }

  private note(type: 'person' | 'place', ar: string, document: string, example: string, rules: Set<string>): void {
    const k = `${type}\u0000${foldKey(ar)}`;
    const p = this.found.get(k) ?? { type, ar, count: 0, documents: new Set<string>(), example: { document, text: example }, rules: new Set<string>() };
    p.count++;
    p.documents.add(document);
    for (const r of rules) p.rules.add(r);
    this.found.set(k, p);
  }

  /** Proposals, most frequent first. */
  proposals(minCount = 1): Proposal[] {
    return [...this.found.values()].filter((p) => p.count >= minCount).sort((a, b) => b.count - a.count || (a.ar < b.ar ? -1 : 1));
  }
}

function splitForPlaces(text: string): Array<{ text: string }> {
  return text.split(/(?<=[.!?؟\n])/u).map((t) => ({ text: t }));
}

/** Up to 60 characters each side of a mention, within its line. */
function contextOf(text: string, start: number, end: number): string {
  const cps = Array.from(text);
  let from = Math.max(0, start - 60);
  let to = Math.min(cps.length, end + 60);
  for (let i = start - 1; i >= from; i--) if (cps[i] === '\n') from = i + 1;
  for (let i = end; i < to; i++) if (cps[i] === '\n') to = i;
  return `${from > 0 ? '…' : ''}${cps.slice(from, to).join('').replace(/\s+/gu, ' ').trim()}${to < cps.length ? '…' : ''}`;
}

const titleCase = (s: string): string => s.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

/** The proposals as source lines (TSV), each after a comment with its count, rules and an example. */
export function proposalsTsv(proposals: Proposal[], type: 'person' | 'place'): string {
  const rows = proposals.filter((p) => p.type === type);
  const header = type === 'person' ? 'id\tar\ten\taliases\twikidata\tcountry\troles' : 'id\tar\ten\taliases\twikidata\tkind\tcountry';
  const lines = [
    `# Proposed ${type === 'person' ? 'people' : 'places'} (rasid lexicon mine): review each line, fix "en" (a romanization)`,
    `# and the ${type === 'person' ? 'country and roles' : 'kind and country'}, then append the lines you keep to a source in lexicons/sources/${type}/.`,
    header,
  ];
  for (const p of rows) {
    const slug = romanize(foldKey(p.ar));
    lines.push(`# ${p.count}× in ${p.documents.size} document(s), by ${[...p.rules].join(', ')}: «${p.example.text}» (${p.example.document})`);
    lines.push(type === 'person' ? `person:${slug}\t${p.ar}\t${titleCase(slug)}\t\t\t\t` : `place:${slug}\t${p.ar}\t${titleCase(slug)}\t\t\tcity\t`);
  }
  return `${lines.join('\n')}\n`;
}
