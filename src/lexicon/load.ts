/** The compiled lexicon at run time: entities by id and a token index of surface forms. */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SURFACE_CODES, SURFACE_KINDS, surfaceFields, type CompiledEntity, type CompiledLexicon, type SurfaceKind } from './compiled-schema.js';
import { hashOf } from '../fnv.js';

/** Second halves of compound given names: عبد الله، نور الدين، فتح الرحمن. */
const COMPOUND_SECOND = new Set(['الله', 'الدين', 'الرحمن', 'الرحيم', 'الاسلام', 'العزيز']);

export const COMPILED_PATH = fileURLToPath(new URL('../../lexicons/compiled/gazetteer.json', import.meta.url));
export const SOURCES_DIR = fileURLToPath(new URL('../../lexicons/sources', import.meta.url));
/** The compiled lexicon in the form quickest to load (see `writeLexiconCache`), beside this module in dist/. */
export const CACHE_PATH = fileURLToPath(new URL('./gazetteer.cache', import.meta.url));

export interface Surface {
  tokens: string[];
  id: string;
  kind: SurfaceKind;
}

/** End of a surface line's first word: a space inside its key, else the tab after it. */
function firstWordEnd(line: string): number {
  const tab = line.indexOf('\t');
  const space = line.indexOf(' ');
  return space >= 0 && space < tab ? space : tab;
}

/** The line's key starts with the word `head` (followed by a space or the end of the key). */
function startsWithWord(line: string, head: string): boolean {
  const next = line.charCodeAt(head.length);
  return (next === 32 || next === 9) && line.startsWith(head);
}

/** The compiled lexicon without its surface lines, which a SurfaceTable holds. */
export type LexiconHead = Omit<CompiledLexicon, 'surfaces'>;

/**
 * The surface lines (sorted) as one text, with where each line starts and an index of first words:
 * start-up then makes no string per line (80,000 of them) nor a map entry per first word (23,000),
 * and a word is found by its hash, compared in place. Surfaces become strings and objects only for
 * the words a text asks for. The cache stores the table as it is (writeLexiconCache).
 */
export interface SurfaceTable {
  /** The lines joined by line ends. */
  readonly text: string;
  /** Where each line starts in `text`, and one past the end of the last line's end. */
  readonly starts: Int32Array;
  /** Open addressing on the hash of a first word: the index of its first line + 1 (0: empty). */
  readonly heads: Int32Array;
}

const lineCount = (t: SurfaceTable): number => t.starts.length - 1;
const lineOf = (t: SurfaceTable, i: number): string => t.text.slice(t.starts[i]!, t.starts[i + 1]! - 1);

/** Line i's key starts with the word `head`. */
function lineStartsWithWord(t: SurfaceTable, i: number, head: string): boolean {
  const at = t.starts[i]!;
  const next = t.text.charCodeAt(at + head.length);
  return (next === 32 || next === 9) && t.text.startsWith(head, at);
}

/** Line i sorts before `prefix` (code unit order, as the lines are sorted). */
function lineBefore(t: SurfaceTable, i: number, prefix: string): boolean {
  const text = t.text;
  const start = t.starts[i]!;
  const end = t.starts[i + 1]! - 1;
  for (let k = 0; k < prefix.length; k++) {
    if (start + k >= end) return true;
    const d = text.charCodeAt(start + k) - prefix.charCodeAt(k);
    if (d !== 0) return d < 0;
  }
  return false;
}

/** The first line of the surfaces whose first word is `word`, or -1. */
function firstLineOf(t: SurfaceTable, word: string): number {
  const heads = t.heads;
  const mask = heads.length - 1;
  for (let slot = hashOf(word, 0, word.length) & mask; heads[slot] !== 0; slot = (slot + 1) & mask) {
    const line = heads[slot]! - 1;
    if (lineStartsWithWord(t, line, word)) return line;
  }
  return -1;
}

/** The table of sorted surface lines. */
export function surfaceTable(lines: readonly string[]): SurfaceTable {
  const text = lines.join('\n');
  const starts = new Int32Array(lines.length + 1);
  for (let i = 0, at = 0; i < lines.length; i++) {
    starts[i] = at;
    at += lines[i]!.length + 1;
  }
  starts[lines.length] = text.length + 1;
  // each first word's first line, and the word's hash
  const firsts: Array<readonly [number, number]> = [];
  let head = '';
  lines.forEach((line, i) => {
    if (head && startsWithWord(line, head)) return;
    head = line.slice(0, firstWordEnd(line));
    firsts.push([i, hashOf(head, 0, head.length)]);
  });
  // (a power of two at least twice the first words: probes stay short)
  let size = 1;
  while (size < 2 * firsts.length) size <<= 1;
  const heads = new Int32Array(size);
  for (const [i, hash] of firsts) {
    let slot = hash & (size - 1);
    while (heads[slot] !== 0) slot = (slot + 1) & (size - 1);
    heads[slot] = i + 1;
  }
  return { text, starts, heads };
}

/** What most words start: shared, so a miss allocates nothing. */
const NO_SURFACES: readonly Surface[] = Object.freeze([]);
/** Up to this many surfaces for one first word are simply tried in turn. */
const FEW_SURFACES = 8;

export class Gazetteer {
  readonly version: string;
  readonly entities = new Map<string, CompiledEntity>();
  /** First word → its surfaces, longest first: made from their lines when a text first asks for the word. */
  private readonly byFirst = new Map<string, readonly Surface[]>();
  /** First word → its surfaces by second word, for first words that start many (see surfacesBefore). */
  private readonly bySecond = new Map<string, { oneWord: readonly Surface[]; next: Map<string, readonly Surface[]> }>();
  /** The surface lines, sorted, in one text (see SurfaceTable). */
  private readonly table: SurfaceTable;
  private readonly ids: readonly string[];
  readonly commonWords: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  /** Non-Arab given names ("جوزيه", "راوول"): a word with the article after them is not their surname. */
  readonly foreignFirstNames: ReadonlySet<string>;
  /** Given names that are also ordinary words ("أمل", "وفاء"): names only before a clear name. */
  readonly ambiguousFirstNames: ReadonlySet<string>;
  /** Capital city id → country id, for metonymy (واشنطن for the United States). */
  readonly countryOfCapital = new Map<string, string>();
  /** Forms with several readings (`-` for "not an entity"), chosen by clue words in the document. */
  readonly ambiguous: ReadonlyMap<string, { readings: string[]; clues: Record<string, string[]> }>;
  /** ISO alpha-2 → country id. */
  readonly countryByIso = new Map<string, string>();

  /** From the compiled lexicon, or from its cache: the lexicon without its surfaces and their table. */
  constructor(lex: LexiconHead & { surfaces?: readonly string[] }, table: SurfaceTable = surfaceTable(lex.surfaces ?? [])) {
    this.version = lex.version;
    for (const parsed of lex.entities) {
      const e = withEveryField(parsed);
      this.entities.set(e.id, e);
      if (e.capital) this.countryOfCapital.set(e.capital, e.id);
      if (e.iso2) this.countryByIso.set(e.iso2, e.id);
    }
    this.ids = lex.entities.map((e) => e.id);
    this.table = table;
    this.ambiguous = new Map(Object.entries(lex.ambiguous ?? {}));
    this.commonWords = new Set(lex.words['common-words'] ?? []);
    const first = new Set(lex.words['first-names'] ?? []);
    // first tokens of listed people's names are first names too
    // (not the first half of a compound given name: "فتح" of "فتح الله", "نور" of "نور الدين")
    for (const e of lex.entities) {
      if (e.type !== 'person') continue;
      const [head, second] = e.ar.split(/\s+/u);
      if (!second || !COMPOUND_SECOND.has(second)) first.add(head!);
    }
    this.firstNames = first;
    this.foreignFirstNames = new Set(lex.words['first-names-foreign'] ?? []);
    this.ambiguousFirstNames = new Set(lex.words['first-names-ambiguous'] ?? []);
  }

  /**
   * Every name and alias of a person (not generated variants), by first word, longest first; with
   * `initial`, only those whose first word starts with that letter (their lines are contiguous).
   */
  personSurfaces(initial?: string): Array<{ id: string; tokens: string[] }> {
    const out: Array<{ id: string; tokens: string[] }> = [];
    let group: Surface[] = [];
    const close = (): void => {
      group.sort((a, b) => b.tokens.length - a.tokens.length);
      for (const s of group) out.push({ id: s.id, tokens: s.tokens });
      group = [];
    };
    const from = initial === undefined ? 0 : this.firstLineFrom(initial);
    const to = initial === undefined ? lineCount(this.table) : this.firstLineFrom(String.fromCharCode(initial.charCodeAt(0) + 1));
    let head = '';
    for (let i = from; i < to; i++) {
      const line = lineOf(this.table, i);
      if (!head || !startsWithWord(line, head)) {
        close();
        head = line.slice(0, firstWordEnd(line));
      }
      const code = line.charAt(line.length - 1);
      if (code !== SURFACE_CODES.name && code !== SURFACE_CODES.alias) continue;
      const s = this.surfaceOf(line);
      if (this.entities.get(s.id)?.type === 'person') group.push(s);
    }
    close();
    return out;
  }

  /** Index of the first surface line at or after `prefix` in sort order. */
  private firstLineFrom(prefix: string): number {
    let lo = 0;
    let hi = lineCount(this.table);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lineBefore(this.table, mid, prefix)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  surfacesStartingWith(token: string): readonly Surface[] {
    const found = this.byFirst.get(token);
    if (found !== undefined) return found;
    const line = firstLineOf(this.table, token);
    return line < 0 ? NO_SURFACES : this.group(line);
  }

  /**
   * The surfaces starting with `head` that can match where `next` follows it (undefined: nothing
   * joinable follows): the one-word ones and those whose second word is `next`, longest first. A
   * first word that starts hundreds of names (وزارة, جمهورية, عبد) is then not compared name by
   * name. `all`: the surfaces starting with `head`, when the caller has them already.
   */
  surfacesBefore(head: string, next: string | undefined, all: readonly Surface[] = this.surfacesStartingWith(head)): readonly Surface[] {
    if (all.length <= FEW_SURFACES) return all;
    let index = this.bySecond.get(head);
    if (!index) {
      // sorted longest first, so the one-word surfaces close every list, as they close `all`
      const oneWord = all.filter((s) => s.tokens.length === 1);
      const lists = new Map<string, Surface[]>();
      for (const s of all) {
        if (s.tokens.length === 1) continue;
        const list = lists.get(s.tokens[1]!);
        if (list) list.push(s);
        else lists.set(s.tokens[1]!, [s]);
      }
      for (const list of lists.values()) list.push(...oneWord);
      // keyed by the lexicon's own string: `head` may be a slice that keeps a whole document alive
      this.bySecond.set(all[0]!.tokens[0]!, (index = { oneWord, next: lists }));
    }
    return (next === undefined ? undefined : index.next.get(next)) ?? index.oneWord;
  }

  /**
   * The surfaces of the first word whose lines start at line `from`, made from their lines the
   * first time the word is asked for, and kept under the lexicon's own string for the word (not the
   * caller's, which may be a slice that keeps a whole document alive).
   */
  private group(from: number): readonly Surface[] {
    const first = lineOf(this.table, from);
    const head = first.slice(0, firstWordEnd(first));
    const list: Surface[] = [this.surfaceOf(first)];
    const n = lineCount(this.table);
    for (let i = from + 1; i < n && lineStartsWithWord(this.table, i, head); i++) list.push(this.surfaceOf(lineOf(this.table, i)));
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(head, list);
    return list;
  }

  private surfaceOf(line: string): Surface {
    const { key, index, code } = surfaceFields(line);
    return { tokens: key.split(' '), id: this.ids[index]!, kind: SURFACE_KINDS[code]! };
  }

  entity(id: string): CompiledEntity | undefined {
    return this.entities.get(id);
  }

  /** The country a place lies in, or the place itself when it is a country. */
  countryOf(id: string): string | undefined {
    const e = this.entities.get(id);
    if (!e) return undefined;
    if (e.kind === 'country' || e.kind === 'territory') return e.id;
    return e.country ? this.countryByIso.get(e.country) : undefined;
  }
}

/**
 * The entity with every optional field present (undefined when absent), in one order. Parsed from
 * JSON, entities have as many shapes (V8 maps) as combinations of fields, and the hot code that
 * reads them (`g.entity(id)?.kind`, `.country`, `.roles`) was deoptimised by each new shape.
 */
function withEveryField(e: CompiledEntity): CompiledEntity {
  return {
    id: e.id,
    type: e.type,
    kind: e.kind,
    ar: e.ar,
    en: e.en,
    wikidata: e.wikidata,
    country: e.country,
    parent: e.parent,
    iso2: e.iso2,
    capital: e.capital,
    // role spans too: from and to are optional in the source, and each mix of them was a shape of its own
    roles: e.roles?.map((r) => ({ role: r.role, scope: r.scope, from: r.from, to: r.to })),
  };
}

let cached: Gazetteer | null = null;

export function loadGazetteer(path = COMPILED_PATH): Gazetteer {
  if (path === COMPILED_PATH && cached) return cached;
  const fromCache = path === COMPILED_PATH ? readLexiconCache() : null;
  const g = fromCache ? new Gazetteer(fromCache.lexicon, fromCache.table) : new Gazetteer(readLexicon(path));
  if (path === COMPILED_PATH) cached = g;
  return g;
}

function readLexicon(path: string): CompiledLexicon {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CompiledLexicon;
  } catch (err) {
    throw Object.assign(new Error(`${path}: cannot read the compiled lexicon (${(err as Error).message}); run \`rasid lexicon build\``), { code: 'LEXICON' });
  }
}

/** The compiled file a cache was made from: a cache of another size or time is stale. */
type Stamp = { size: number; mtimeMs: number };
const stampOf = (path: string): Stamp => {
  const st = statSync(path);
  return { size: st.size, mtimeMs: st.mtimeMs };
};

/** The cache's layout: these numbers first (32-bit), then the head and the surfaces (UTF-16), then the table's arrays. */
const CACHE_MAGIC = 0x52534431; // "RSD1"
const CACHE_FIELDS = 5; // magic, head length, text length, lines + 1, head slots

/** The compiled lexicon as the cache holds it: the lexicon without its surfaces, and their table. */
export interface CachedLexicon {
  lexicon: LexiconHead;
  table: SurfaceTable;
}

/**
 * The compiled lexicon as `npm run build` (and `rasid lexicon build`) cached it: a few numbers, the
 * stamp of the compiled file and the lexicon without its surfaces as JSON, the surface lines as
 * one text, both in UTF-16 (copied as they are, where UTF-8 Arabic is decoded character by
 * character), then the surface table's arrays as they lie in memory. Start-up parses the JSON and
 * nothing else. Null when the cache is missing, broken or stale (the compiled file changed since):
 * the compiled file is the truth.
 */
export function readLexiconCache(compiledPath = COMPILED_PATH, cachePath = CACHE_PATH): CachedLexicon | null {
  try {
    const buf = readFileSync(cachePath);
    const fields = int32s(buf, 0, CACHE_FIELDS);
    const [magic, headLength, textLength, startCount, slotCount] = fields;
    if (magic !== CACHE_MAGIC) return null;
    const textAt = 4 * CACHE_FIELDS + 2 * headLength!;
    const arraysAt = align4(textAt + 2 * textLength!);
    if (buf.length !== arraysAt + 4 * (startCount! + slotCount!)) return null;
    const head = JSON.parse(buf.toString('utf16le', 4 * CACHE_FIELDS, textAt)) as { of: Stamp; lexicon: LexiconHead };
    const now = stampOf(compiledPath);
    if (head.of.size !== now.size || head.of.mtimeMs !== now.mtimeMs) return null;
    const table: SurfaceTable = {
      text: buf.toString('utf16le', textAt, textAt + 2 * textLength!),
      starts: int32s(buf, arraysAt, startCount!),
      heads: int32s(buf, arraysAt + 4 * startCount!, slotCount!),
    };
    return { lexicon: head.lexicon, table };
  } catch {
    return null;
  }
}

const align4 = (n: number): number => (n + 3) & ~3;

/** `n` 32-bit integers of `buf` from byte `at`: a view when aligned, else a copy. */
function int32s(buf: Buffer, at: number, n: number): Int32Array {
  if (buf.length < at + 4 * n) throw new RangeError('short cache');
  const offset = buf.byteOffset + at;
  return offset % 4 === 0 ? new Int32Array(buf.buffer, offset, n) : new Int32Array(buf.buffer.slice(offset, offset + 4 * n));
}

/** Writes the cache of the compiled lexicon (see `readLexiconCache`); false when it cannot be made. */
export function writeLexiconCache(compiledPath = COMPILED_PATH, cachePath = CACHE_PATH): boolean {
  const of = stampOf(compiledPath); // (before reading: a file changed meanwhile leaves a stale cache, never a wrong one)
  const { surfaces, ...lexicon } = readLexicon(compiledPath);
  if (surfaces.some((line) => line.includes('\n'))) return false;
  const table = surfaceTable(surfaces);
  const head = JSON.stringify({ of, lexicon });
  const textAt = 4 * CACHE_FIELDS + 2 * head.length;
  const arraysAt = align4(textAt + 2 * table.text.length);
  const buf = Buffer.alloc(arraysAt + 4 * (table.starts.length + table.heads.length));
  // (the numbers in the machine's own order, as the arrays are: read back as they lie in memory)
  const fields = Int32Array.of(CACHE_MAGIC, head.length, table.text.length, table.starts.length, table.heads.length);
  Buffer.from(fields.buffer).copy(buf, 0);
  buf.write(head, 4 * CACHE_FIELDS, 'utf16le');
  buf.write(table.text, textAt, 'utf16le');
  Buffer.from(table.starts.buffer, table.starts.byteOffset, table.starts.byteLength).copy(buf, arraysAt);
  Buffer.from(table.heads.buffer, table.heads.byteOffset, table.heads.byteLength).copy(buf, arraysAt + table.starts.byteLength);
  const tmp = `${cachePath}.${process.pid}.tmp`;
  writeFileSync(tmp, buf);
  renameSync(tmp, cachePath);
  return true;
}
