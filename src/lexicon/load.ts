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

/**
 * What start-up parses of the compiled lexicon: all of it but its entities and surfaces, which stay
 * lines of text (LexiconTables) until a text asks for them, and what is read from every entity at
 * once (capitals, ISO codes, first names, role holders), worked out when the lexicon is loaded
 * the first time or cached.
 */
export interface LexiconHead {
  version: string;
  ambiguous: CompiledLexicon['ambiguous'];
  words: CompiledLexicon['words'];
  /** Capital city id → its country's id, for metonymy (واشنطن for the United States). */
  countryOfCapital: Record<string, string>;
  /** ISO alpha-2 → country id. */
  countryByIso: Record<string, string>;
  /** First words of listed people's names: first names too. */
  personFirstWords: string[];
  /** `role@scope` → the ids of the entities that held it at some time, in the lexicon's order. */
  roleHolders: Record<string, string[]>;
}

/** The compiled lexicon's surface lines by first word, and its entities as lines `id<TAB>JSON` by id. */
export interface LexiconTables {
  surfaces: LineTable;
  entities: LineTable;
}

/**
 * Lines as one text, with where each line starts and an index of their first words (up to a space
 * or a tab): the surface lines (sorted) by first word, the entity lines by id. Start-up then makes
 * no string per line (80,000 surfaces, 9,000 entities) nor a map entry per first word (23,000), and
 * a word is found by its hash, compared in place. Surfaces and entities become strings and objects
 * only when a text asks for them. The cache stores the tables as they are (writeLexiconCache).
 */
export interface LineTable {
  /** The lines joined by line ends. */
  readonly text: string;
  /** Where each line starts in `text`, and one past the end of the last line's end. */
  readonly starts: Int32Array;
  /** Open addressing on the hash of a first word: the index of its first line + 1 (0: empty). */
  readonly heads: Int32Array;
}

const lineCount = (t: LineTable): number => t.starts.length - 1;
const lineOf = (t: LineTable, i: number): string => t.text.slice(t.starts[i]!, t.starts[i + 1]! - 1);

/** Line i's key starts with the word `head`. */
function lineStartsWithWord(t: LineTable, i: number, head: string): boolean {
  const at = t.starts[i]!;
  const next = t.text.charCodeAt(at + head.length);
  return (next === 32 || next === 9) && t.text.startsWith(head, at);
}

/** Line i sorts before `prefix` (code unit order, as the lines are sorted). */
function lineBefore(t: LineTable, i: number, prefix: string): boolean {
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

/** The first line whose first word is `word` (a surface's first word, an entity's id), or -1. */
function firstLineOf(t: LineTable, word: string): number {
  const heads = t.heads;
  const mask = heads.length - 1;
  for (let slot = hashOf(word, 0, word.length) & mask; heads[slot] !== 0; slot = (slot + 1) & mask) {
    const line = heads[slot]! - 1;
    if (lineStartsWithWord(t, line, word)) return line;
  }
  return -1;
}

/** The table of `lines`; a first word's lines must follow one another (as sorted surface lines do). */
export function lineTable(lines: readonly string[]): LineTable {
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
const NO_IDS: readonly string[] = Object.freeze([]);
/** Up to this many surfaces for one first word are simply tried in turn. */
const FEW_SURFACES = 8;

export class Gazetteer {
  readonly version: string;
  /** The entities a text has asked for, parsed from their lines, by id. */
  private readonly parsed = new Map<string, CompiledEntity>();
  /** Entity index (as surface lines give it) → its id, the parsed entity's own string, once parsed. */
  private readonly ids: Array<string | undefined>;
  /** First word → its surfaces, longest first: made from their lines when a text first asks for the word. */
  private readonly byFirst = new Map<string, readonly Surface[]>();
  /** First word → its surfaces by second word, for first words that start many (see surfacesBefore). */
  private readonly bySecond = new Map<string, { oneWord: readonly Surface[]; next: Map<string, readonly Surface[]> }>();
  /** The surface lines, sorted, in one text (see LineTable). */
  private readonly table: LineTable;
  /** The entity lines, `id<TAB>JSON`, in the compiled lexicon's order. */
  private readonly entityLines: LineTable;
  private readonly roleHolderIds: ReadonlyMap<string, readonly string[]>;
  readonly commonWords: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  /** Non-Arab given names ("جوزيه", "راوول"): a word with the article after them is not their surname. */
  readonly foreignFirstNames: ReadonlySet<string>;
  /** Given names that are also ordinary words ("أمل", "وفاء"): names only before a clear name. */
  readonly ambiguousFirstNames: ReadonlySet<string>;
  /** Capital city id → country id, for metonymy (واشنطن for the United States). */
  readonly countryOfCapital: ReadonlyMap<string, string>;
  /** Forms with several readings (`-` for "not an entity"), chosen by clue words in the document. */
  readonly ambiguous: ReadonlyMap<string, { readings: string[]; clues: Record<string, string[]> }>;
  /** ISO alpha-2 → country id. */
  readonly countryByIso: ReadonlyMap<string, string>;

  /** From the compiled lexicon's cache (readLexiconCache); `Gazetteer.of` makes one from the compiled lexicon. */
  constructor(head: LexiconHead, tables: LexiconTables) {
    this.version = head.version;
    this.table = tables.surfaces;
    this.entityLines = tables.entities;
    this.ids = new Array<string | undefined>(lineCount(tables.entities));
    this.roleHolderIds = new Map(Object.entries(head.roleHolders));
    this.countryOfCapital = new Map(Object.entries(head.countryOfCapital));
    this.countryByIso = new Map(Object.entries(head.countryByIso));
    this.ambiguous = new Map(Object.entries(head.ambiguous ?? {}));
    this.commonWords = new Set(head.words['common-words'] ?? []);
    this.firstNames = new Set([...(head.words['first-names'] ?? []), ...head.personFirstWords]);
    this.foreignFirstNames = new Set(head.words['first-names-foreign'] ?? []);
    this.ambiguousFirstNames = new Set(head.words['first-names-ambiguous'] ?? []);
  }

  /** From the compiled lexicon itself (no cache). */
  static of(lex: CompiledLexicon): Gazetteer {
    const { head, tables } = splitLexicon(lex);
    return new Gazetteer(head, tables);
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
      if (this.entity(s.id)?.type === 'person') group.push(s);
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
    return { tokens: key.split(' '), id: this.idOf(index), kind: SURFACE_KINDS[code]! };
  }

  /** The id on entity line `index`: the entity's own string, so that every id of it is one string and found by identity. */
  private idOf(index: number): string {
    return this.ids[index] ?? this.parseAt(index).id;
  }

  /** The listed entity with this id, parsed from its line the first time it is asked for. */
  entity(id: string): CompiledEntity | undefined {
    // (the lookup alone, small enough for V8 to inline into the hot rules that call it)
    return this.parsed.get(id) ?? this.parseEntity(id);
  }

  /** (not remembered when unlisted: such ids are the document's, made anew each time) */
  private parseEntity(id: string): CompiledEntity | undefined {
    const index = firstLineOf(this.entityLines, id);
    return index < 0 ? undefined : this.parseAt(index);
  }

  private parseAt(index: number): CompiledEntity {
    const line = lineOf(this.entityLines, index);
    const e = withEveryField(JSON.parse(line.slice(line.indexOf('\t') + 1)) as CompiledEntity);
    this.parsed.set(e.id, e);
    this.ids[index] = e.id;
    return e;
  }

  /** Every listed entity, in the compiled lexicon's order (parsing them all: for tools and tests, not per text). */
  *allEntities(): IterableIterator<CompiledEntity> {
    for (let i = 0; i < this.ids.length; i++) yield this.entity(this.idOf(i))!;
  }

  /** The ids of the entities that held `role` for `scope` at some time (their role spans say when). */
  roleHolders(role: string, scope: string): readonly string[] {
    return this.roleHolderIds.get(`${role}@${scope}`) ?? NO_IDS;
  }

  /** The country a place lies in, or the place itself when it is a country. */
  countryOf(id: string): string | undefined {
    const e = this.entity(id);
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
    republic: e.republic,
    // role spans too: from and to are optional in the source, and each mix of them was a shape of its own
    roles: e.roles?.map((r) => ({ role: r.role, scope: r.scope, from: r.from, to: r.to })),
  };
}

/** The head and the tables of a compiled lexicon (see LexiconHead). */
export function splitLexicon(lex: CompiledLexicon): { head: LexiconHead; tables: LexiconTables } {
  const countryOfCapital: Record<string, string> = {};
  const countryByIso: Record<string, string> = {};
  const personFirstWords = new Set<string>();
  const roleHolders: Record<string, string[]> = {};
  for (const e of lex.entities) {
    if (e.capital) countryOfCapital[e.capital] = e.id;
    if (e.iso2) countryByIso[e.iso2] = e.id;
    for (const { role, scope } of e.roles ?? []) {
      const holders = (roleHolders[`${role}@${scope}`] ??= []);
      if (holders.at(-1) !== e.id) holders.push(e.id);
    }
    if (e.type !== 'person') continue;
    // (not the first half of a compound given name: "فتح" of "فتح الله", "نور" of "نور الدين")
    const [first, second] = e.ar.split(/\s+/u);
    if (!second || !COMPOUND_SECOND.has(second)) personFirstWords.add(first!);
  }
  return {
    head: { version: lex.version, ambiguous: lex.ambiguous, words: lex.words, countryOfCapital, countryByIso, personFirstWords: [...personFirstWords], roleHolders },
    tables: {
      surfaces: lineTable(lex.surfaces),
      entities: lineTable(lex.entities.map((e) => `${e.id}\t${JSON.stringify(e)}`)),
    },
  };
}

let cached: Gazetteer | null = null;

export function loadGazetteer(path = COMPILED_PATH): Gazetteer {
  if (path === COMPILED_PATH && cached) return cached;
  const fromCache = path === COMPILED_PATH ? readLexiconCache() : null;
  const g = fromCache ? new Gazetteer(fromCache.head, fromCache.tables) : Gazetteer.of(readLexicon(path));
  if (path === COMPILED_PATH) cached = g;
  return g;
}

/** Drops the gazetteer loaded by default (the startup snapshot loads it at each start: it is quicker read than restored). */
export function forgetGazetteer(): void {
  cached = null;
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

/**
 * The cache's layout: these numbers first (32-bit), then the head, the surface lines and the
 * entity lines (UTF-16), then the two tables' arrays.
 */
const CACHE_MAGIC = 0x52534432; // "RSD2"
// magic, head length, then for the surfaces and the entities: text length, lines + 1, first-word slots
const CACHE_FIELDS = 8;

/** The compiled lexicon as the cache holds it. */
export interface CachedLexicon {
  head: LexiconHead;
  tables: LexiconTables;
}

/**
 * The compiled lexicon as `npm run build` (and `rasid lexicon build`) cached it: a few numbers, the
 * stamp of the compiled file and the lexicon's head as JSON, the surface lines and the entity lines
 * as texts, all in UTF-16 (copied as they are, where UTF-8 Arabic is decoded character by
 * character), then the tables' arrays as they lie in memory. Start-up parses the head's JSON and
 * nothing else. Null when the cache is missing, broken or stale (the compiled file changed since):
 * the compiled file is the truth.
 */
export function readLexiconCache(compiledPath = COMPILED_PATH, cachePath = CACHE_PATH): CachedLexicon | null {
  try {
    const buf = readFileSync(cachePath);
    const [magic, headLength, ...counts] = int32s(buf, 0, CACHE_FIELDS);
    if (magic !== CACHE_MAGIC) return null;
    const [surfaceText, surfaceStarts, surfaceSlots, entityText, entityStarts, entitySlots] = counts as [number, number, number, number, number, number];
    const surfacesAt = 4 * CACHE_FIELDS + 2 * headLength!;
    const entitiesAt = surfacesAt + 2 * surfaceText;
    const arraysAt = align4(entitiesAt + 2 * entityText);
    if (buf.length !== arraysAt + 4 * (surfaceStarts + surfaceSlots + entityStarts + entitySlots)) return null;
    const { of, head } = JSON.parse(buf.toString('utf16le', 4 * CACHE_FIELDS, surfacesAt)) as { of: Stamp; head: LexiconHead };
    const now = stampOf(compiledPath);
    if (of.size !== now.size || of.mtimeMs !== now.mtimeMs) return null;
    let at = arraysAt;
    const next = (n: number): Int32Array => int32s(buf, (at += 4 * n) - 4 * n, n);
    const surfaces: LineTable = { text: buf.toString('utf16le', surfacesAt, entitiesAt), starts: next(surfaceStarts), heads: next(surfaceSlots) };
    const entities: LineTable = { text: buf.toString('utf16le', entitiesAt, entitiesAt + 2 * entityText), starts: next(entityStarts), heads: next(entitySlots) };
    return { head, tables: { surfaces, entities } };
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
  const lex = readLexicon(compiledPath);
  // (a line end inside a line, or a space or tab inside an id, would split it: such a lexicon is read uncached)
  if (lex.surfaces.some((line) => line.includes('\n')) || lex.entities.some((e) => /\s/u.test(e.id))) return false;
  const { head, tables } = splitLexicon(lex);
  const json = JSON.stringify({ of, head });
  const { surfaces, entities } = tables;
  const arrays = [surfaces.starts, surfaces.heads, entities.starts, entities.heads];
  const surfacesAt = 4 * CACHE_FIELDS + 2 * json.length;
  const entitiesAt = surfacesAt + 2 * surfaces.text.length;
  const arraysAt = align4(entitiesAt + 2 * entities.text.length);
  const buf = Buffer.alloc(arraysAt + arrays.reduce((n, a) => n + a.byteLength, 0));
  // (the numbers in the machine's own order, as the arrays are: read back as they lie in memory)
  const fields = Int32Array.of(CACHE_MAGIC, json.length, surfaces.text.length, surfaces.starts.length, surfaces.heads.length, entities.text.length, entities.starts.length, entities.heads.length);
  Buffer.from(fields.buffer).copy(buf, 0);
  buf.write(json, 4 * CACHE_FIELDS, 'utf16le');
  buf.write(surfaces.text, surfacesAt, 'utf16le');
  buf.write(entities.text, entitiesAt, 'utf16le');
  let at = arraysAt;
  for (const a of arrays) at += Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(buf, at);
  const tmp = `${cachePath}.${process.pid}.tmp`;
  writeFileSync(tmp, buf);
  renameSync(tmp, cachePath);
  return true;
}
