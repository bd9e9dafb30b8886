/**
 * CoNLL token streams in and out: one token per line (`token [TAG]`), blank lines as sentence
 * breaks. Tokens are joined with spaces into text (each token's code-point offsets kept), cut into
 * chunks at sentence ends, run through the entity layer on the matching key, and every mention is
 * mapped back to the tokens it overlaps: a clitic-prefixed token ("بواشنطن") is tagged as a whole,
 * as ANERcorp tags it. The scorer is conlleval's: entity level, exact span and type.
 */
import type { EntityType } from '../lexicon/compiled-schema.js';
import type { Gazetteer } from '../lexicon/load.js';
import { extractEntities, UNNAMED_MENTION_RULES } from '../extract/entities.js';
import { TRIGGERS } from '../extract/events/triggers.js';
import { stems } from '../extract/tokens.js';
import { foldKey } from '../normalise/orthography.js';
import { SourceText } from '../normalise/source.js';

/** Our entity types as CoNLL tag types (ANERcorp's names). Nisbas and roles are not entities here. */
export const CONLL_TYPE: Readonly<Record<EntityType, string>> = { person: 'PERS', place: 'LOC', organization: 'ORG' };

/** One input line: a token (with its gold tag when the line has one) or a sentence break. */
export type ConllLine = { kind: 'token'; token: string; gold: string | null } | { kind: 'break' };

/** A tag column: O, or B-/I- (also E-/S-) with a type. */
const TAG = /^(?:O|[BIES]-[A-Za-z]+)$/u;

/**
 * Parses one line. The token is everything before the last whitespace-separated field when that
 * field is a tag (so a token that holds a space or is empty stays as it was), else the whole line.
 * A line of whitespace only is a sentence break.
 */
export function parseConllLine(raw: string): ConllLine {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (!/\S/u.test(line)) return { kind: 'break' };
  const m = /^(.*?)[ \t]+(\S+)[ \t]*$/su.exec(line);
  if (m && TAG.test(m[2]!)) return { kind: 'token', token: m[1]!, gold: m[2]! };
  return { kind: 'token', token: line, gold: null };
}

/** A mention as tokens: the first token, how many, its CoNLL type, and what found it. */
export interface TokenMention {
  first: number;
  count: number;
  type: string;
  id: string;
  rule: string;
}

export interface TaggedChunk {
  tags: string[];
  mentions: TokenMention[];
}

/**
 * Common nouns that head a place or organisation name without being part of it in CoNLL
 * annotation: ANERcorp tags "قطاع [غزة]", "إقليم [دارفور]", "حركة [حماس]", "صحيفة [بيلد]". Our
 * gazetteer names include them ("قطاع غزة" is the Gaza Strip), so the tokens drop them here. The
 * list is what the training part of ANERcorp leaves outside the name in most cases.
 */
export const CONLL_HEAD_WORDS: Readonly<Record<string, readonly string[]>> = {
  LOC: ['قطاع', 'إقليم', 'اقليم', 'منطقة', 'مدينة', 'دولة', 'ولاية', 'محافظة', 'جمهورية', 'العاصمة', 'بلدة', 'مخيم', 'قرية', 'جزيرة', 'مطار', 'ميناء', 'نهر', 'بحيرة', 'حي', 'شارع'],
  ORG: ['حركة', 'صحيفة', 'جريدة', 'مجلة', 'شركة', 'نادي', 'فريق', 'قناة'],
  // titles inside a listed alias ("الملك محمد الخامس", "الشيخة حسينة واجد")
  PERS: ['الملك', 'الملكة', 'الشيخ', 'الشيخة', 'الأمير', 'الأميرة', 'الرئيس', 'الرئيسة', 'السلطان', 'الإمام', 'السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'البابا', 'مولاي', 'الجنرال', 'المشير'],
};
/** Compass words before a region ("شمال [أفريقيا]", "جنوب شرق [آسيا]"), not before a country ("جنوب أفريقيا"). */
export const CONLL_DIRECTION_WORDS: readonly string[] = ['شمال', 'جنوب', 'شرق', 'غرب', 'وسط'];
/** Epithets after a place that ANERcorp leaves outside: "[مكة] المكرمة", "[القدس] المحتلة". */
export const CONLL_TAIL_WORDS: Readonly<Record<string, readonly string[]>> = {
  LOC: ['المكرمة', 'المحتلة', 'المقدسة', 'الإسلامية'],
};
/** What follows a team's name in results: a score ("1 - 4", "صفر") or its country in brackets. */
const SCORE_OR_COUNTRY = /^\s*(?:\d+\s*-\s*(?:\d+|صفر)|صفر\s*-|\(\s*\p{L}+\s*\)\s*(?:\d|-))/u;
const QUOTED = /["«“']\s*$/u;
/** The quote closes within two more words. */
const CLOSE_QUOTE = /^(?:\s+\p{L}+){0,2}\s*["»”']/u;
const folded = (table: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, ReadonlySet<string>> =>
  new Map(Object.entries(table).map(([t, ws]) => [t, new Set(ws.map(foldKey))]));
const HEADS = folded(CONLL_HEAD_WORDS);
const TAILS = folded(CONLL_TAIL_WORDS);
const DIRECTIONS = new Set(CONLL_DIRECTION_WORDS.map(foldKey));
/** A word of the list, with or without proclitics (لدولة قطر, بمدينة حلب, بشمال أفريقيا). */
const inList = (list: ReadonlySet<string> | undefined, token: string): boolean => !!list && stems(foldKey(token)).some((s) => list.has(s.stem));

/** Trigger words never end up inside a person's name (as in the pipeline). */
const TRIGGER_WORDS: ReadonlySet<string> = new Set(TRIGGERS.map((t) => foldKey(t.name.split(' ')[0]!)));

const cpLength = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

/**
 * Tags one chunk of tokens. `breaks[i]` says a sentence break comes before token i (the tokens are
 * then joined with a line break, so no name runs across it). Tags are B-/I- PERS, LOC, ORG and O;
 * head words, compass words before a region and a few epithets after a place (CONLL_HEAD_WORDS,
 * CONLL_DIRECTION_WORDS, CONLL_TAIL_WORDS) are left outside unless `keepHeads`.
 */
export function tagTokens(tokens: readonly string[], g: Gazetteer, breaks?: ReadonlySet<number>, options: { keepHeads?: boolean } = {}): TaggedChunk {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  let at = 0;
  tokens.forEach((tok, i) => {
    if (i > 0) {
      text += breaks?.has(i) ? '\n' : ' ';
      at++;
    }
    starts.push(at);
    text += tok;
    at += cpLength(tok);
    ends.push(at);
  });
  const tags: string[] = tokens.map(() => 'O');
  const mentions: TokenMention[] = [];
  if (!tokens.length) return { tags, mentions };

  const source = new SourceText(text);
  const key = source.key;
  const hasTanwin = (s: number, e: number): boolean => {
    const o = source.toOriginal(s, e);
    return /[\u064b-\u064d]/u.test(source.slice(o.start, o.end));
  };
  const original = (s: number, e: number): string => source.mention(s, e).text;
  const layer = extractEntities(key, g, { docDate: null, notNames: TRIGGER_WORDS, hasTanwin, original });

  const found: Array<{ start: number; end: number; type: string; id: string; rule: string; kind?: string }> = [];
  for (const e of layer.entities.values()) {
    for (const m of e.mentions) {
      // a role ("الرئيس الروسي") or an honorific pronoun ("سموه") stands for a person without naming them
      if (UNNAMED_MENTION_RULES.has(m.rule) || m.end <= m.start) continue;
      const o = source.toOriginal(m.start, m.end);
      let type = CONLL_TYPE[e.type];
      // a city with a masculine nisba after it is a club ("ليون الفرنسي", "بنفيكا البرتغالي"): cities are feminine
      if (type === 'LOC' && e.kind === 'city') {
        const after = key.slice(m.end).match(/^\s+(ال\p{L}+ي)(?![\p{L}])/u);
        const before = key.slice(Math.max(0, m.start - 12), m.start).match(/(فريق|نادي|ضيفه|مضيفه|منتخب)\s+$/u);
        if ((after && layer.nisbas.some((n) => key.slice(n.start, n.end) === after[1])) || before) type = 'ORG';
        // a city before a score or its country in brackets is a team: "على كوبنهاغن 1 - صفر", "هامبورغ ( ألمانيا )"
        if (SCORE_OR_COUNTRY.test(key.slice(m.end, m.end + 24))) type = 'ORG';
      }
      // a name alone inside quotes is a title, a stadium or a newspaper («الشرق الأوسط», "سانتياغو برنابيو")
      if (type === 'LOC' && QUOTED.test(key.slice(Math.max(0, m.start - 3), m.start)) && CLOSE_QUOTE.test(key.slice(m.end, m.end + 40))) continue;
      found.push({ start: o.start, end: o.end, type, id: e.id, rule: m.rule, ...(e.kind ? { kind: e.kind } : {}) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);

  // tokens are in order: walk them alongside the mentions
  let t = 0;
  for (const f of found) {
    while (t < tokens.length && ends[t]! <= f.start) t++;
    let first = -1;
    let last = -1;
    for (let i = t; i < tokens.length && starts[i]! < f.end; i++) {
      if (ends[i]! <= starts[i]!) continue; // an empty token is never inside a name
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) continue;
    if (!options.keepHeads) {
      const region = f.type === 'LOC' && f.kind !== 'country' && f.kind !== 'territory';
      while (first < last && (inList(HEADS.get(f.type), tokens[first]!) || (region && inList(DIRECTIONS, tokens[first]!)))) first++;
      if (first < last && inList(TAILS.get(f.type), tokens[last]!)) last--;
    }
    let free = true;
    for (let i = first; i <= last; i++) if (tags[i] !== 'O') free = false;
    if (!free) continue;
    for (let i = first; i <= last; i++) tags[i] = `${i === first ? 'B' : 'I'}-${f.type}`;
    mentions.push({ first, count: last - first + 1, type: f.type, id: f.id, rule: f.rule });
  }
  return { tags, mentions };
}

/** A line of output: the token exactly as read with the tag we give it, or a sentence break. */
export type TaggedLine = { kind: 'token'; token: string; gold: string | null; tag: string } | { kind: 'break' };

export interface TaggerOptions {
  /** A chunk closes at the first sentence end once it holds this many tokens. */
  chunkTokens?: number;
  /** …and in any case at this many tokens, so text without punctuation still streams. */
  maxChunkTokens?: number;
  /** Keep head words ("قطاع غزة") inside the name instead of ANERcorp's "قطاع [غزة]". */
  keepHeads?: boolean;
  /** Called with each chunk's mentions (token indices counted from the start of the stream). */
  onMentions?: (mentions: TokenMention[]) => void;
}

export const DEFAULT_CHUNK_TOKENS = 400;
const SENTENCE_END = /^[.?!؟]+$/u;

/**
 * Streams CoNLL lines through the tagger: `push` takes one input line and returns the lines whose
 * chunk is complete (in input order); `end` returns the rest.
 */
export class ConllTagger {
  private pending: ConllLine[] = [];
  private tokenCount = 0;
  private emitted = 0;
  private readonly chunkTokens: number;
  private readonly maxChunkTokens: number;

  constructor(
    private readonly g: Gazetteer,
    private readonly options: TaggerOptions = {},
  ) {
    this.chunkTokens = Math.max(1, options.chunkTokens ?? DEFAULT_CHUNK_TOKENS);
    this.maxChunkTokens = Math.max(this.chunkTokens, options.maxChunkTokens ?? this.chunkTokens * 8);
  }

  push(raw: string): TaggedLine[] {
    const line = parseConllLine(raw);
    this.pending.push(line);
    if (line.kind === 'token') this.tokenCount++;
    const sentenceEnd = line.kind === 'break' || SENTENCE_END.test(line.token.replace(/[\u200e\u200f]/gu, '').trim());
    if ((sentenceEnd && this.tokenCount >= this.chunkTokens) || this.tokenCount >= this.maxChunkTokens) return this.flush();
    return [];
  }

  end(): TaggedLine[] {
    return this.flush();
  }

  private flush(): TaggedLine[] {
    const lines = this.pending;
    this.pending = [];
    this.tokenCount = 0;
    const tokens: string[] = [];
    const breaks = new Set<number>();
    let sawBreak = false;
    for (const l of lines) {
      if (l.kind === 'break') sawBreak = true;
      else {
        if (sawBreak && tokens.length) breaks.add(tokens.length);
        sawBreak = false;
        tokens.push(l.token);
      }
    }
    const { tags, mentions } = tagTokens(tokens, this.g, breaks, { keepHeads: this.options.keepHeads ?? false });
    if (this.options.onMentions) this.options.onMentions(mentions.map((m) => ({ ...m, first: m.first + this.emitted })));
    this.emitted += tokens.length;
    let i = 0;
    return lines.map((l) => (l.kind === 'break' ? l : { ...l, tag: tags[i++]! }));
  }
}

/** `token TAG`, or an empty line for a sentence break. */
export function formatTaggedLine(l: TaggedLine): string {
  return l.kind === 'break' ? '' : `${l.token} ${l.tag}`;
}

/** An entity as a token span [start, end) with its type. */
export interface TagSpan {
  start: number;
  end: number;
  type: string;
}

const typeOf = (tag: string | null): string | null => (tag && /^[BIES]-/u.test(tag) ? tag.slice(2) : null);

/**
 * Entity spans of a tag sequence, the conlleval way: a chunk starts at B-X, or at I-X after O or
 * after another type; `null` entries are sentence breaks, which close any chunk.
 */
export function spansOf(tags: ReadonlyArray<string | null>): TagSpan[] {
  const out: TagSpan[] = [];
  let open: TagSpan | null = null;
  let pos = 0;
  for (const tag of tags) {
    if (tag === null) {
      if (open) out.push(open);
      open = null;
      continue;
    }
    const type = typeOf(tag);
    const begins = type !== null && (tag[0] === 'B' || tag[0] === 'S' || !open || open.type !== type);
    if (open && (type === null || begins)) {
      out.push(open);
      open = null;
    }
    if (type !== null) {
      if (begins) open = { start: pos, end: pos + 1, type };
      else open!.end = pos + 1;
      if (tag[0] === 'E' || tag[0] === 'S') {
        out.push(open!);
        open = null;
      }
    }
    pos++;
  }
  if (open) out.push(open);
  return out;
}

export interface TypeScore {
  type: string;
  gold: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllScore {
  tokens: number;
  tokenAccuracy: number;
  types: TypeScore[];
  /** Over every type in gold or output (MISC included: we never tag it, so it only costs recall). */
  overall: TypeScore;
  /** Over the types we tag: PERS, LOC, ORG. */
  tagged: TypeScore;
}

/** Entity-level precision, recall and F1, exact span and type, fed line by line. */
export class ConllScorer {
  private readonly gold: Array<string | null> = [];
  private readonly pred: Array<string | null> = [];
  private tokens = 0;
  private sameTag = 0;
  /** True once some line carried a gold tag. */
  hasGold = false;

  add(line: TaggedLine): void {
    if (line.kind === 'break') {
      this.gold.push(null);
      this.pred.push(null);
      return;
    }
    if (line.gold !== null) this.hasGold = true;
    // a malformed or missing gold tag counts as O
    const gold = line.gold !== null && TAG.test(line.gold) ? line.gold : 'O';
    this.gold.push(gold);
    this.pred.push(line.tag);
    this.tokens++;
    if (gold === line.tag) this.sameTag++;
  }

  score(): ConllScore {
    const g = spansOf(this.gold);
    const p = spansOf(this.pred);
    const keyOf = (s: TagSpan): string => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(g.map(keyOf));
    const count = (spans: TagSpan[]): Map<string, number> => {
      const m = new Map<string, number>();
      for (const s of spans) m.set(s.type, (m.get(s.type) ?? 0) + 1);
      return m;
    };
    const goldBy = count(g);
    const predBy = count(p);
    const correctBy = count(p.filter((s) => goldKeys.has(keyOf(s))));
    const make = (type: string, types: string[]): TypeScore => {
      const sum = (m: Map<string, number>): number => types.reduce((n, t) => n + (m.get(t) ?? 0), 0);
      const gold = sum(goldBy);
      const found = sum(predBy);
      const correct = sum(correctBy);
      const precision = found ? correct / found : 0;
      const recall = gold ? correct / gold : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return { type, gold, found, correct, precision, recall, f1 };
    };
    const all = [...new Set([...goldBy.keys(), ...predBy.keys()])].sort();
    return {
      tokens: this.tokens,
      tokenAccuracy: this.tokens ? this.sameTag / this.tokens : 0,
      types: all.map((t) => make(t, [t])),
      overall: make('overall', all),
      tagged: make('PERS+LOC+ORG', Object.values(CONLL_TYPE)),
    };
  }
}

/** The score as conlleval prints it (percentages, two decimals). */
export function formatScore(s: ConllScore): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  const row = (t: TypeScore): string =>
    `${t.type.padStart(14)}: precision: ${pct(t.precision)}%; recall: ${pct(t.recall)}%; FB1: ${pct(t.f1)}  (gold ${t.gold}, found ${t.found}, correct ${t.correct})`;
  return [
    `processed ${s.tokens} tokens with ${s.overall.gold} phrases; found: ${s.overall.found} phrases; correct: ${s.overall.correct}.`,
    `accuracy: ${pct(s.tokenAccuracy)}%; precision: ${pct(s.overall.precision)}%; recall: ${pct(s.overall.recall)}%; FB1: ${pct(s.overall.f1)}`,
    ...s.types.map(row),
    row(s.tagged),
    '',
  ].join('\n');
}
