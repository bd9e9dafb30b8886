/**
 * Derives word lists from ANERcorp (CoNLL `token TAG` lines): words that are almost never part
 * of a name (so a rule never takes them for one), and first names (tokens that open a
 * multi-word person name); and the names themselves, as lexicon sources (deriveAnercorpNames).
 * The tail of the file is held out so the tagger can be measured honestly.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ROLE_TITLES, STOPWORDS, TITLE_MODIFIERS } from '../extract/titles-table.js';
import { compileLexicon } from './compile.js';
import { loadSources } from './sources.js';
import { surfaceFields } from './compiled-schema.js';
import { romanize } from '../extract/romanize.js';
import { stems } from '../extract/tokens.js';
import { foldKey } from '../normalise/orthography.js';

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
    .filter(([t, c]) => c >= 2 && (inside.get(t) ?? 0) <= 0.1 * (c + (inside.get(t) ?? 0)))
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

// ---------------------------------------------------------------------------------------------
// Names: people, places and organisations tagged in the same training part, as lexicon sources.

/** The three source files the import writes, by type folder. */
export const ANERCORP_SOURCE_FILE = 'anercorp.tsv';

export type AnercorpType = 'person' | 'place' | 'org';
const TYPE_OF_TAG: Readonly<Record<string, AnercorpType>> = { PERS: 'person', LOC: 'place', ORG: 'org' };

export interface AnercorpName {
  type: AnercorpType;
  id: string;
  /** The spelling seen most often (bidi marks removed). */
  ar: string;
  /** A romanization in Title Case: a placeholder, not the English name. */
  en: string;
  kind?: string;
  /** Times tagged as exactly this name and type (clitic-prefixed copies included). */
  count: number;
  /** Times the token sequence occurs at all. */
  occurrences: number;
}

export interface AnercorpNames {
  names: AnercorpName[];
  tokensUsed: number;
  heldOut: number;
  /** Why candidates were left out, with counts (for the log line). */
  skipped: Record<string, number>;
}

export interface NameImportOptions {
  heldOutFraction?: number;
  /** Folded surfaces (tokens joined by one space) the lexicon already has, with their types: never imported again. */
  known?: ReadonlyMap<string, ReadonlySet<AnercorpType>>;
  /** Folded common words: never a one-word name. */
  commonWords?: ReadonlySet<string>;
  /** Folded first names: never a one-word person (they open longer names). */
  firstNames?: ReadonlySet<string>;
  /** Folded words that are never part of a name (titles, function words). */
  notNames?: ReadonlySet<string>;
  /** Times a one-word name must be seen as that whole name (default 2; multi-word names: 1). */
  minCount?: number;
}

/**
 * What the name import must not take again, from the lexicon sources as they stand (without the
 * files the import writes): every compiled surface with its type, ambiguous forms, common words,
 * first names (listed, and the first word of every listed person), titles and function words.
 */
export function nameImportContext(sourcesDir: string): Required<Pick<NameImportOptions, 'known' | 'commonWords' | 'firstNames' | 'notNames'>> {
  const loaded = loadSources(sourcesDir);
  const others = { ...loaded, entries: loaded.entries.filter((e) => basename(e.file) !== ANERCORP_SOURCE_FILE) };
  const lex = compileLexicon(others);
  const known = new Map<string, Set<AnercorpType>>();
  const knownAs = (key: string, type: AnercorpType | undefined): void => {
    const types = known.get(key) ?? new Set<AnercorpType>();
    if (type) types.add(type);
    known.set(key, types);
  };
  const sourceType = { person: 'person', place: 'place', organization: 'org' } as const;
  for (const { key, index, code } of lex.surfaces.map(surfaceFields)) {
    const type = lex.entities[index]?.type;
    knownAs(key, code === 'i' || !type ? undefined : sourceType[type]);
  }
  for (const e of others.entries) for (const n of [e.row.ar, ...e.row.aliases]) knownAs(nameTokens(n).join(' '), e.type);
  for (const a of loaded.ambiguous) knownAs(nameTokens(a.form).join(' '), undefined);
  const notNames = new Set([...ROLE_TITLES.flatMap(([, forms]) => forms), ...STOPWORDS, ...TITLE_MODIFIERS].filter((w) => !w.includes(' ')).map(foldKey));
  const firstNames = new Set(lex.words['first-names'] ?? []);
  for (const e of lex.entities) if (e.type === 'person') firstNames.add(nameTokens(e.ar)[0] ?? '');
  return { known, commonWords: new Set(lex.words['common-words'] ?? []), firstNames, notNames };
}

/** Folded tokens of a name, as the compiled lexicon keys its surfaces. */
export const nameTokens = (s: string): string[] => foldKey(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Letters of a name token: Arabic letters and marks only (no digits, Latin, punctuation). */
const ARABIC_WORD = /^[\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670\u0671-\u06d3\u0640]+$/u;
const MARKS_RE = /[\u200e\u200f\u061c\u200b-\u200d\ufeff]/gu;

/** Head words that say what kind of place a name is; anything else is guessed to be a city. */
const PLACE_KIND_HEADS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['region', ['منطقة', 'إقليم', 'اقليم', 'ولاية', 'محافظة', 'مقاطعة', 'جبل', 'جبال', 'وادي', 'صحراء', 'جزيرة', 'جزر', 'شبه', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'هضبة', 'سهل', 'ريف']],
  ['water', ['بحر', 'البحر', 'نهر', 'خليج', 'الخليج', 'محيط', 'المحيط', 'بحيرة', 'مضيق', 'قناة']],
  ['territory', ['جمهورية', 'مملكة', 'إمارة', 'سلطنة', 'دولة', 'الاتحاد', 'اتحاد', 'الإمبراطورية', 'إمبراطورية']],
  ['venue', ['مطار', 'ميناء', 'ملعب', 'استاد', 'قصر', 'سجن', 'مخيم', 'معبر', 'قاعدة', 'فندق', 'مسجد', 'كنيسة', 'جامعة']],
];
/** Trailing words that make a known place name a region ("أوروبا الشرقية", "شمال …"). */
const REGION_TAILS = ['الشرقيه', 'الغربيه', 'الشماليه', 'الجنوبيه', 'الوسطي', 'الشرقي', 'الغربي', 'الشمالي', 'الجنوبي'];
const ORG_KIND_HEADS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ministry', ['وزارة', 'وزارات']],
  ['party', ['حزب', 'الحزب', 'حركة', 'تيار', 'جبهة', 'الجبهة']],
  ['military', ['جيش', 'الجيش', 'قوات', 'القوات', 'كتائب', 'سرايا', 'لواء', 'فيلق']],
  ['agency', ['وكالة']],
  ['media', ['صحيفة', 'جريدة', 'مجلة', 'قناة', 'تلفزيون', 'التلفزيون', 'إذاعة', 'اذاعة', 'راديو', 'موقع']],
  ['company', ['شركة', 'شركات', 'بنك', 'البنك', 'مصرف', 'المصرف', 'مجموعة', 'مؤسسة', 'بورصة', 'سوق', 'نادي', 'فريق']],
  ['government', ['مجلس', 'المجلس', 'البرلمان', 'برلمان', 'الحكومة', 'حكومة', 'هيئة', 'الهيئة', 'محكمة', 'المحكمة', 'لجنة', 'اللجنة', 'مفوضية', 'المفوضية', 'السلطة', 'سلطة', 'الكنيست', 'الكونغرس', 'الكونجرس']],
  ['international', ['الأمم', 'الامم', 'منظمة', 'المنظمة', 'الاتحاد', 'اتحاد', 'صندوق', 'البنك الدولي', 'الجامعة العربية']],
];

function headKind(name: string, table: ReadonlyArray<readonly [string, readonly string[]]>): string | undefined {
  const first = foldKey(name.split(/\s+/u)[0] ?? '');
  for (const [kind, heads] of table) if (heads.some((h) => foldKey(h) === first)) return kind;
  return undefined;
}

const titleCase = (slug: string): string =>
  slug
    .split('-')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');

/**
 * People, places and organisations tagged in ANERcorp's training part (the same head as the word
 * lists: the tail is never read), as lexicon rows. A name is kept when it is tagged as that whole
 * name at least `minCount` times (once for multi-word names) and in more than half of the places
 * its token sequence occurs at all (so a first name that mostly opens longer names, or a word that
 * is mostly an ordinary word, stays out); when the lexicon does not have it yet; and when it is
 * not junk (digits, Latin, punctuation, one-letter words, common words, titles). Copies with a
 * proclitic (وبوش, لبوش, للبنك) count for the bare name and are not listed themselves.
 */
export function deriveAnercorpNames(conllPath: string, options: NameImportOptions = {}): AnercorpNames {
  const lines = readFileSync(conllPath, 'utf8').split('\n');
  const cut = Math.floor(lines.length * (1 - (options.heldOutFraction ?? 0.1)));
  // every line of the head is a position; a malformed line is an O that breaks any name
  const words: string[] = [];
  const tags: string[] = [];
  for (const line of lines.slice(0, cut)) {
    const parts = line.replace(MARKS_RE, '').trim().split(/\s+/u);
    const tag = parts.at(-1) ?? '';
    if (parts.length === 2 && parts[0] && /^(?:O|[BI]-[A-Z]+)$/u.test(tag)) {
      words.push(parts[0]);
      tags.push(tag);
    } else if (line.trim()) {
      words.push('');
      tags.push('O');
    }
  }
  const tokensUsed = words.filter(Boolean).length;
  const folded = words.map((w) => nameTokens(w).join(' '));

  // candidates: exact entity spans, by folded surface, with the spellings seen
  interface Cand {
    type: AnercorpType;
    key: string;
    tokens: number;
    count: number;
    occurrences: number;
    spellings: Map<string, number>;
  }
  const byKey = new Map<string, Map<AnercorpType, Cand>>();
  let maxLen = 1;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    if (!tag.startsWith('B-') && !(tag.startsWith('I-') && tags[i - 1]?.slice(2) !== tag.slice(2))) continue;
    const type = TYPE_OF_TAG[tag.slice(2)];
    let j = i + 1;
    while (j < tags.length && tags[j] === `I-${tag.slice(2)}`) j++;
    if (!type) continue;
    const span = words.slice(i, j);
    const key = folded.slice(i, j).filter(Boolean).join(' ');
    if (!key || span.some((w) => !w)) continue;
    const cands = byKey.get(key) ?? new Map<AnercorpType, Cand>();
    byKey.set(key, cands);
    const c = cands.get(type) ?? { type, key, tokens: j - i, count: 0, occurrences: 0, spellings: new Map() };
    cands.set(type, c);
    c.count++;
    const spelling = span.join(' ');
    c.spellings.set(spelling, (c.spellings.get(spelling) ?? 0) + 1);
    maxLen = Math.max(maxLen, j - i);
  }
  const skipped: Record<string, number> = {};
  const skip = (why: string): false => {
    skipped[why] = (skipped[why] ?? 0) + 1;
    return false;
  };
  const known = options.known ?? new Map<string, ReadonlySet<AnercorpType>>();
  const common = options.commonWords ?? new Set<string>();
  const firstNames = options.firstNames ?? new Set<string>();
  const notNames = options.notNames ?? new Set<string>();

  // occurrences of every candidate's token sequence (and of its bare forms) anywhere, tagged or not
  const wanted = new Set<string>();
  for (const key of byKey.keys()) {
    wanted.add(key);
    for (const b of bareForms(key, 'place')) wanted.add(b.key);
  }
  const occurrences = new Map<string, number>();
  const standalone = new Map<string, number>();
  for (let i = 0; i < folded.length; i++) {
    let key = '';
    const f0 = folded[i]!;
    if (f0) standalone.set(f0, (standalone.get(f0) ?? 0) + 1);
    for (let n = 1; n <= maxLen && i + n <= folded.length; n++) {
      const f = folded[i + n - 1]!;
      if (!f) break;
      key = n === 1 ? f : `${key} ${f}`;
      if (wanted.has(key)) occurrences.set(key, (occurrences.get(key) ?? 0) + 1);
    }
  }
  for (const [key, cands] of byKey) for (const c of cands.values()) c.occurrences = occurrences.get(key) ?? c.count;

  // a clitic-prefixed copy (وبوش, للبنك, وأحمد حسن) counts for the bare name: merged into it when it
  // was seen too; renamed to it (multi-word names, or a clitic before the article) when the bare first
  // word is a word of its own (a first name; for places and organisations, seen alone at least twice);
  // dropped when the lexicon already has it. Longest keys first, so a chain (وللبنك → البنك) ends at the bare name.
  const live = (): Cand[] =>
    [...byKey.values()].flatMap((m) => [...m.values()]).sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.type < b.type ? -1 : 1));
  // the bare first word is a word of its own: a first name (people), or seen alone at least twice (places, organisations)
  const openers = new Set<string>();
  for (const [key, cands] of byKey) if (cands.has('person')) openers.add(key.split(' ')[0]!);
  const bareWordIsKnown = (word: string, type: AnercorpType): boolean =>
    type === 'person' ? firstNames.has(word) || openers.has(word) : (standalone.get(word) ?? 0) >= 2;
  /** The prefixed first word is a word of its own ("وكالة" is not و + "كالة", "وليد" is not و + "ليد"). */
  const ownWord = (c: Cand): boolean => {
    const w = c.key.split(' ')[0]!;
    return common.has(w) || firstNames.has(w);
  };
  const remove = (c: Cand): void => {
    const m = byKey.get(c.key)!;
    m.delete(c.type);
    if (!m.size) byKey.delete(c.key);
  };
  for (const c of live()) {
    // gone already, or a name the lexicon has (left for `keep` to drop: it must not lend its counts to a bare form)
    if (byKey.get(c.key)?.get(c.type) !== c || known.has(c.key)) continue;
    const forms = bareForms(c.key, c.type);
    for (const b of forms) {
      // the lexicon has the bare name as this type: the matcher peels the clitic itself ("بلير" is not ب + "لير")
      if (known.get(b.key)?.has(c.type)) {
        remove(c);
        skip('already in the lexicon');
        break;
      }
      const target = byKey.get(b.key)?.get(c.type);
      // renamed only on the first peel, and only when the prefixed word is not a word of its own elsewhere ("وكالة")
      const rename = !target && !b.mergeOnly && b === forms[0] && (c.tokens > 1 || b.article) && b.word.length >= 3 && bareWordIsKnown(b.word, c.type) && !ownWord(c);
      if (!target && !rename) continue;
      remove(c);
      const t = target ?? { type: c.type, key: b.key, tokens: c.tokens, count: 0, occurrences: occurrences.get(b.key) ?? 0, spellings: new Map<string, number>() };
      if (!target) {
        const m = byKey.get(b.key) ?? new Map<AnercorpType, Cand>();
        m.set(c.type, t);
        byKey.set(b.key, m);
      }
      t.count += c.count;
      t.occurrences += c.occurrences;
      for (const [sp, n] of c.spellings) {
        const bare = b.strip(sp);
        t.spellings.set(bare, (t.spellings.get(bare) ?? 0) + n);
      }
      break;
    }
  }

  const keep = (c: Cand): boolean => {
    const toks = c.key.split(' ');
    const spelling = best(c.spellings);
    if (!spelling.split(' ').every((w) => ARABIC_WORD.test(w))) return skip('digits, Latin or punctuation');
    if (toks.some((t) => t.length < 2)) return skip('one-letter word');
    if (known.has(c.key)) return skip('already in the lexicon');
    if (notNames.has(toks[0]!) || notNames.has(toks.at(-1)!)) return skip('title or function word');
    if (toks.length > 1 && UNFINISHED.has(toks.at(-1)!)) return skip('unfinished name');
    // "الأردن والباكستان", "نيويورك ولندن": two names tagged as one
    if (toks.slice(1).some((t) => t.startsWith('و') && (known.has(t.slice(1)) || byKey.has(t.slice(1))))) return skip('two names joined by و');
    if (toks.length === 1 && common.has(c.key)) return skip('common word');
    if (toks.length === 1 && c.type === 'person' && firstNames.has(c.key)) return skip('first name alone');
    if (c.count < (toks.length === 1 ? options.minCount ?? 2 : 1)) return skip('seen too rarely');
    if (c.count * 2 <= c.occurrences) return skip('not that name in most occurrences');
    return true;
  };
  const all = live().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.type < b.type ? -1 : 1));

  const names: AnercorpName[] = [];
  const usedIds = new Set<string>();
  for (const c of all.filter(keep)) {
    const slug = romanize(c.key);
    let id = `${c.type}:anercorp-${slug}`;
    for (let n = 2; usedIds.has(id); n++) id = `${c.type}:anercorp-${slug}-${n}`;
    usedIds.add(id);
    const ar = best(c.spellings);
    const name: AnercorpName = { type: c.type, id, ar, en: titleCase(slug), count: c.count, occurrences: c.occurrences };
    if (c.type === 'place') {
      const toks = c.key.split(' ');
      name.kind = headKind(ar, PLACE_KIND_HEADS) ?? (toks.length > 1 && REGION_TAILS.includes(toks.at(-1)!) ? 'region' : 'city');
    }
    if (c.type === 'org') name.kind = headKind(ar, ORG_KIND_HEADS) ?? 'other';
    names.push(name);
  }
  return { names, tokensUsed, heldOut: lines.length - cut, skipped };
}

/** Last words that leave a name unfinished ("زيان ابن"). */
const UNFINISHED = new Set(['بن', 'ابن', 'بنت', 'ابو', 'عبد', 'ام', 'ال', 'اب'].map(foldKey));

/**
 * The bare forms of a name whose first word carries proclitics, as the matcher peels them (و ف,
 * then ب ل ك; لل for ل + ال), plus the name without its article for places and organisations
 * (the build generates the article on names of 4+ letters: that form may only merge, never rename).
 * `strip` does the same to an unfolded spelling.
 */
interface BareForm {
  key: string;
  /** The first word without its clitics. */
  word: string;
  article: boolean;
  mergeOnly: boolean;
  strip: (spelling: string) => string;
}

function bareForms(key: string, type: AnercorpType): BareForm[] {
  const [first, ...rest] = key.split(' ');
  const out: BareForm[] = [];
  const min = rest.length ? 2 : 3;
  const add = (drop: number, prefix: string, mergeOnly = false): void => {
    const word = prefix + first!.slice(drop);
    if (first!.length - drop < min || out.some((o) => o.word === word)) return;
    out.push({ key: [word, ...rest].join(' '), word, article: word.startsWith('ال'), mergeOnly, strip: (sp) => prefix + sp.slice(drop) });
  };
  let i = 0;
  if (/^[وف]/u.test(first!)) {
    i = 1;
    add(1, '');
  }
  if (first!.startsWith('لل', i)) add(i + 2, 'ال');
  // (after لل the plain ل reading, للوسي = ل + لوسي, may only merge)
  if (/^[بلك]/u.test(first!.slice(i))) add(i + 1, '', first!.startsWith('لل', i));
  if (type !== 'person' && first!.startsWith('ال') && first!.length >= 6) add(2, '', true);
  return out;
}

/** The most frequent spelling; ties go to the first in code-point order, so output is stable. */
function best(spellings: Map<string, number>): string {
  let out = '';
  let n = -1;
  for (const [s, c] of [...spellings].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (c > n) {
      out = s;
      n = c;
    }
  }
  return out;
}

const TYPE_TITLES: Readonly<Record<AnercorpType, string>> = {
  person: 'People (tagged PERS)',
  place: 'Places (tagged LOC)',
  org: 'Organisations (tagged ORG)',
};

/** One source file (TSV with its header comment) for one type. */
export function anercorpSourceFile(type: AnercorpType, names: AnercorpName[], tokensUsed: number): string {
  const columns = type === 'person' ? ['id', 'ar', 'en', 'wikidata', 'country'] : ['id', 'ar', 'en', 'kind', 'wikidata', 'country'];
  const rows = names
    .filter((n) => n.type === type)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((n) => (type === 'person' ? [n.id, n.ar, n.en, '', ''] : [n.id, n.ar, n.en, n.kind ?? '', '', '']).join('\t'));
  return [
    `# ${TYPE_TITLES[type]} in ANERcorp (Benajiba, Rosso and Benedí 2007; CC BY-SA 4.0, CAMeL Lab split), training part,`,
    `# first ${tokensUsed} tokens only: the tail of the file is held out for evaluation and never read here.`,
    '# Generated by `rasid lexicon import-anercorp` (rerun it rather than editing: edits are overwritten).',
    '# Kept: names tagged as that whole name at least twice (multi-word names: once) and in more than half of the',
    '# places the words occur; not already in the other lexicon files; no digits, Latin, one-letter words, common',
    '# words or titles; clitic-prefixed copies (وبوش, للبنك) counted for the bare name and not listed.',
    '# `en` is a machine romanization of the Arabic (a placeholder, not the English name); wikidata and country are',
    `# left empty.${type === 'place' ? ' `kind` is guessed from a head word (منطقة, نهر, مطار …), else city.' : type === 'org' ? ' `kind` is guessed from a head word (وزارة, حزب, شركة …), else other.' : ''}`,
    columns.join('\t'),
    ...rows,
    '',
  ].join('\n');
}
