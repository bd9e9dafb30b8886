/** The compiled lexicon at run time: entities by id and a token index of surface forms. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SURFACE_CODES, SURFACE_KINDS, surfaceFields, type CompiledEntity, type CompiledLexicon, type SurfaceKind } from './compiled-schema.js';

/** Second halves of compound given names: عبد الله، نور الدين، فتح الرحمن. */
const COMPOUND_SECOND = new Set(['الله', 'الدين', 'الرحمن', 'الرحيم', 'الاسلام', 'العزيز']);

export const COMPILED_PATH = fileURLToPath(new URL('../../lexicons/compiled/gazetteer.json', import.meta.url));
export const SOURCES_DIR = fileURLToPath(new URL('../../lexicons/sources', import.meta.url));

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

export class Gazetteer {
  readonly version: string;
  readonly entities = new Map<string, CompiledEntity>();
  /**
   * First word → its surfaces, longest first. Until a text asks for a word, its entry is the
   * position of its first line in `lines` (its lines are contiguous): most are never asked for.
   */
  private readonly byFirst = new Map<string, readonly Surface[] | number>();
  private readonly lines: readonly string[];
  private readonly ids: readonly string[];
  readonly commonWords: ReadonlySet<string>;
  readonly firstNames: ReadonlySet<string>;
  /** Non-Arab given names ("جوزيه", "راوول"): a word with the article after them is not their surname. */
  readonly foreignFirstNames: ReadonlySet<string>;
  /** Capital city id → country id, for metonymy (واشنطن for the United States). */
  readonly countryOfCapital = new Map<string, string>();
  /** Forms with several readings (`-` for "not an entity"), chosen by clue words in the document. */
  readonly ambiguous: ReadonlyMap<string, { readings: string[]; clues: Record<string, string[]> }>;
  /** ISO alpha-2 → country id. */
  readonly countryByIso = new Map<string, string>();

  constructor(lex: CompiledLexicon) {
    this.version = lex.version;
    for (const e of lex.entities) {
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

let cached: Gazetteer | null = null;

export function loadGazetteer(path = COMPILED_PATH): Gazetteer {
  if (path === COMPILED_PATH && cached) return cached;
  let lex: CompiledLexicon;
  try {
    lex = JSON.parse(readFileSync(path, 'utf8')) as CompiledLexicon;
  } catch (err) {
    throw Object.assign(new Error(`${path}: cannot read the compiled lexicon (${(err as Error).message}); run \`rasid lexicon build\``), { code: 'LEXICON' });
  }
  const g = new Gazetteer(lex);
  if (path === COMPILED_PATH) cached = g;
  return g;
}
