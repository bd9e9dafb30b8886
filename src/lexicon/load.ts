/** The compiled lexicon at run time: entities by id and a token index of surface forms. */
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SURFACE_CODES, SURFACE_KINDS, surfaceFields, type CompiledEntity, type CompiledLexicon, type SurfaceKind } from './compiled-schema.js';

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

/** What most words start: shared, so a miss allocates nothing. */
const NO_SURFACES: readonly Surface[] = Object.freeze([]);
/** Up to this many surfaces for one first word are simply tried in turn. */
const FEW_SURFACES = 8;

export class Gazetteer {
  readonly version: string;
  readonly entities = new Map<string, CompiledEntity>();
  /**
   * First word → its surfaces, longest first. Until a text asks for a word, its entry is the
   * position of its first line in `lines` (its lines are contiguous): most are never asked for.
   */
  private readonly byFirst = new Map<string, readonly Surface[] | number>();
  /** First word → its surfaces by second word, for first words that start many (see surfacesBefore). */
  private readonly bySecond = new Map<string, { oneWord: readonly Surface[]; next: Map<string, readonly Surface[]> }>();
  private readonly lines: readonly string[];
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

  constructor(lex: CompiledLexicon) {
    this.version = lex.version;
    for (const parsed of lex.entities) {
      const e = withEveryField(parsed);
      this.entities.set(e.id, e);
      if (e.capital) this.countryOfCapital.set(e.capital, e.id);
      if (e.iso2) this.countryByIso.set(e.iso2, e.id);
    }
    this.ids = lex.entities.map((e) => e.id);
    this.lines = lex.surfaces;
    let head = '';
    lex.surfaces.forEach((line, i) => {
      if (head && startsWithWord(line, head)) return;
      head = line.slice(0, firstWordEnd(line));
      this.byFirst.set(head, i);
    });
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
    const to = initial === undefined ? this.lines.length : this.firstLineFrom(String.fromCharCode(initial.charCodeAt(0) + 1));
    let head = '';
    for (let i = from; i < to; i++) {
      const line = this.lines[i]!;
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
    let hi = this.lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lines[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  surfacesStartingWith(token: string): readonly Surface[] {
    const found = this.byFirst.get(token);
    if (found === undefined) return NO_SURFACES;
    return typeof found === 'number' ? this.group(token, found) : found;
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

  /** The surfaces of one first word, made from their lines the first time the word is asked for. */
  private group(head: string, from: number): readonly Surface[] {
    const list: Surface[] = [];
    for (let i = from; i < this.lines.length && startsWithWord(this.lines[i]!, head); i++) list.push(this.surfaceOf(this.lines[i]!));
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
  const g = new Gazetteer((path === COMPILED_PATH && readLexiconCache()) || readLexicon(path));
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

/**
 * The compiled lexicon as `npm run build` (and `rasid lexicon build`) cached it: UTF-16 text, whose
 * first line is JSON (the stamp of the compiled file, then the lexicon without its surfaces) and
 * whose other lines are the surfaces. Arabic read as UTF-8 must be decoded character by character
 * and 75,000 surfaces parsed as JSON strings; UTF-16 is copied as it is and the surfaces split off
 * at line ends, about half the time of the compiled JSON. Null when the cache is missing or stale
 * (the compiled file changed since): the compiled file is the truth.
 */
export function readLexiconCache(compiledPath = COMPILED_PATH, cachePath = CACHE_PATH): CompiledLexicon | null {
  try {
    const text = readFileSync(cachePath).toString('utf16le');
    const end = text.indexOf('\n');
    const head = JSON.parse(text.slice(0, end)) as { of: Stamp; lexicon: Omit<CompiledLexicon, 'surfaces'> };
    const now = stampOf(compiledPath);
    if (head.of.size !== now.size || head.of.mtimeMs !== now.mtimeMs) return null;
    return { ...head.lexicon, surfaces: end + 1 < text.length ? text.slice(end + 1).split('\n') : [] };
  } catch {
    return null;
  }
}

/** Writes the cache of the compiled lexicon (see `readLexiconCache`); false when it cannot be made. */
export function writeLexiconCache(compiledPath = COMPILED_PATH, cachePath = CACHE_PATH): boolean {
  const of = stampOf(compiledPath); // (before reading: a file changed meanwhile leaves a stale cache, never a wrong one)
  const { surfaces, ...lexicon } = readLexicon(compiledPath);
  if (surfaces.some((line) => line.includes('\n'))) return false;
  const tmp = `${cachePath}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.from(`${JSON.stringify({ of, lexicon })}\n${surfaces.join('\n')}`, 'utf16le'));
  renameSync(tmp, cachePath);
  return true;
}
