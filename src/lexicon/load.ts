/** The compiled lexicon at run time: entities by id and a token index of surface forms. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SURFACE_KINDS, type CompiledEntity, type CompiledLexicon, type SurfaceKind } from './compiled-schema.js';

/** Second halves of compound given names: عبد الله، نور الدين، فتح الرحمن. */
const COMPOUND_SECOND = new Set(['الله', 'الدين', 'الرحمن', 'الرحيم', 'الاسلام', 'العزيز']);

export const COMPILED_PATH = fileURLToPath(new URL('../../lexicons/compiled/gazetteer.json', import.meta.url));
export const SOURCES_DIR = fileURLToPath(new URL('../../lexicons/sources', import.meta.url));

export interface Surface {
  tokens: string[];
  id: string;
  kind: SurfaceKind;
}

/** What most words start: shared, so a miss allocates nothing. */
const NO_SURFACES: readonly Surface[] = Object.freeze([]);

export class Gazetteer {
  readonly version: string;
  readonly entities = new Map<string, CompiledEntity>();
  /** First token → surfaces starting with it, longest first. */
  private readonly byFirst = new Map<string, Surface[]>();
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
    // surfaces come sorted by key, so those sharing a first word are contiguous; most are one word
    let list: Surface[] = [];
    let current = '';
    let multi = false;
    const close = (): void => {
      if (!list.length) return;
      if (multi) list.sort((a, b) => b.tokens.length - a.tokens.length);
      this.byFirst.set(current, list);
    };
    for (const [key, index, code] of lex.surfaces) {
      const space = key.indexOf(' ');
      const head = space < 0 ? key : key.slice(0, space);
      if (head !== current) {
        close();
        list = this.byFirst.get(head) ?? [];
        current = head;
        multi = list.length > 0;
      }
      if (space >= 0) multi = true;
      list.push({ tokens: space < 0 ? [key] : key.split(' '), id: lex.entities[index]!.id, kind: SURFACE_KINDS[code]! });
    }
    close();
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

  /** Every name and alias of a person (not generated variants). */
  personSurfaces(): Array<{ id: string; tokens: string[] }> {
    const out: Array<{ id: string; tokens: string[] }> = [];
    for (const list of this.byFirst.values()) {
      for (const s of list) if ((s.kind === 'name' || s.kind === 'alias') && this.entities.get(s.id)?.type === 'person') out.push({ id: s.id, tokens: s.tokens });
    }
    return out;
  }

  surfacesStartingWith(token: string): readonly Surface[] {
    return this.byFirst.get(token) ?? NO_SURFACES;
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
