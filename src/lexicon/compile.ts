/** Sources → compiled lexicon. Deterministic: the same sources give byte-identical output. */
import { createHash } from 'node:crypto';
import { foldKey } from '../normalise/orthography.js';
import { SURFACE_CODES, type CompiledEntity, type CompiledLexicon, type EntityType, type SurfaceKind } from './compiled-schema.js';
import type { LoadedSources } from './sources.js';
import type { PersonRow, PlaceRow } from './source-schema.js';
import { nameVariants } from './variants.js';
import { ROLE_TITLES } from '../extract/titles-table.js';
import { ARAB_COUNTRIES } from './arab-world.js';

/** A title is never a surname on its own ("الشيخ" in حسين الشيخ). */
const TITLE_WORDS = new Set(ROLE_TITLES.flatMap(([, forms]) => forms.filter((f) => !f.includes(' ')).map(foldKey)));

/** Arab League members: names from these countries are Arabic, not transliterated. */

/** Where the family name comes first, so the first token is the surname (شي جين بينغ). */
const FAMILY_NAME_FIRST = new Set(['CN', 'TW', 'HK', 'MO', 'KR', 'KP', 'VN']);

/** Particles that belong to a European surname (van, von, de, da, del, la). */
const SURNAME_PARTICLES = new Set(['فان', 'فون', 'دي', 'دا', 'دو', 'دل', 'ديل', 'لا', 'لو', 'دوس', 'ده']);
/** Regnal numbers end a name without being a surname: عبد الله الثاني, محمد السادس. */
const REGNAL = /^(ال)?(اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه|ثامن|ثامنه|تاسع|تاسعه|عاشر|عاشره|حادي عشر|ثاني عشر)$/u;

const TYPE_NAMES: Record<string, EntityType> = { person: 'person', place: 'place', org: 'organization' };
const tokensOf = (s: string): string[] => foldKey(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

export function compileLexicon(sources: LoadedSources): CompiledLexicon {
  const words: Record<string, string[]> = {};
  // lists merge by family: first-names-anercorp.txt and first-names-world.txt both feed first-names,
  // common-words.txt and common-words-press.txt common-words
  for (const list of sources.wordLists) {
    // (except the given names that are also words: a list of their own, for the one rule that may use them)
    const family = list.name.startsWith('first-names') && list.name !== 'first-names-ambiguous' ? 'first-names' : list.name.startsWith('common-words') ? 'common-words' : list.name;
    words[family] = [...(words[family] ?? []), ...list.words.map(foldKey)];
    // non-Arab given names are also kept apart: they are never followed by a surname with the article
    if (list.name === 'first-names-world') words['first-names-foreign'] = list.words.map(foldKey);
  }
  for (const family of Object.keys(words)) words[family] = [...new Set(words[family])].sort();
  const common = new Set(words['common-words'] ?? []);
  const firstNames = new Set(words['first-names'] ?? []);

  const ambiguousForms = new Set(sources.ambiguous.map((a) => foldKey(a.form)));
  // a surname alone must not be a place's name or a nationality ("روسي", "كروز" aside)
  const placeForms = new Set<string>();
  for (const { type, row } of sources.entries) {
    if (type !== 'place') continue;
    for (const n of [row.ar, ...row.aliases, ...nisbaForms(row as PlaceRow)]) placeForms.add(tokensOf(n).join(' '));
  }
  const nisbaSet = new Set<string>();
  for (const { type, row } of sources.entries) if (type === 'place') for (const n of nisbaForms(row as PlaceRow)) nisbaSet.add(tokensOf(n).join(' '));
  const entities: CompiledEntity[] = [];
  const surfaces = new Map<string, [string, string, SurfaceKind]>();
  const add = (tokens: string[], id: string, kind: SurfaceKind): void => {
    if (!tokens.length) return;
    const key = tokens.join(' ');
    // a single common word is never a name on its own (ambiguous.tsv lists the forms that are both)
    // (nationality adjectives are frequent words by nature: they stay)
    if (kind !== 'nisba' && tokens.length === 1 && common.has(key) && !ambiguousForms.has(key)) return;
    // a generated spelling that is a nationality ("البوروندي" from "بوروندي") is the nisba, not the place
    if (kind === 'variant' && nisbaSet.has(key)) return;
    const k = `${key}\u0000${id}`;
    const prev = surfaces.get(k);
    if (!prev || rank(kind) < rank(prev[2])) surfaces.set(k, [key, id, kind]);
  };

  for (const { type, row } of sources.entries) {
    const e: CompiledEntity = { id: row.id, type: TYPE_NAMES[type]!, ar: row.ar, en: row.en };
    if ('kind' in row && row.kind) e.kind = row.kind;
    if (row.wikidata) e.wikidata = row.wikidata;
    if ('country' in row && row.country) e.country = row.country;
    if (type === 'place') {
      const p = row as PlaceRow;
      if (p.parent) e.parent = p.parent;
      if (p.iso2) e.iso2 = p.iso2;
      if (p.capital) e.capital = p.capital;
      // (its official name says so: "الجمهورية الإسلامية الموريتانية"; its head of state is "رئيس الجمهورية")
      if (p.kind === 'country' && [p.ar, ...p.aliases].some((n) => /جمهوري/u.test(n))) e.republic = true;
    }
    if (type === 'person' && (row as PersonRow).roles.length) e.roles = (row as PersonRow).roles;
    entities.push(e);

    const country = e.iso2 ?? e.country;
    // transliteration rules apply to foreign names only: not to Arabic or Hebrew-origin places in Arabic
    const foreign = type !== 'org' && !!country && !ARAB_COUNTRIES.has(country) && !(type === 'place' && country === 'IL');
    const names = [row.ar, ...row.aliases];
    names.forEach((name, i) => {
      const toks = tokensOf(name);
      add(toks, row.id, i === 0 ? 'name' : 'alias');
      const article = type === 'person' ? 'none' : name.trim().startsWith('ال') ? 'has' : 'may-add';
      for (const v of nameVariants(toks, foreign, article)) add(v, row.id, 'variant');
      if (type === 'person' && toks.length >= 2) {
        const last = (country && FAMILY_NAME_FIRST.has(country) ? toks[0] : toks[toks.length - 1])!;
        const beforeLast = toks[toks.length - 2]!;
        // "عبد الملك", "بن سلمان": the last word alone is a first name or a common word, not the surname
        const compound = ['عبد', 'ابو', 'ابي', 'ابا', 'بن', 'ابن', 'ال', 'ام', 'بنت'].includes(beforeLast);
        if (!compound && last.length >= 3 && !firstNames.has(last) && !common.has(last) && !placeForms.has(last) && !REGNAL.test(last) && !TITLE_WORDS.has(last)) {
          // (a spelling variant may be a word, or the future of a verb: Sezer's سيزور is "will visit";
          // or a word with a proclitic: Pakpour's باكبر is "بأكبر", "as the biggest")
          const aWord = (v: string): boolean => v !== last && (common.has(v) || firstNames.has(v) || (/^[سوفبلك]/u.test(v) && common.has(v.slice(1))));
          for (const v of nameVariants([last], foreign, 'none')) if (v[0]!.length >= 4 && !placeForms.has(v[0]!) && !aWord(v[0]!)) add(v, row.id, 'surname');
          // "فان نيستلروي", "دي ميستورا": the particle goes with the surname when it stands alone
          if (toks.length >= 3 && SURNAME_PARTICLES.has(beforeLast)) for (const v of nameVariants([beforeLast, last], foreign, 'none')) add(v, row.id, 'surname');
        }
      }
    });
    if (type === 'place') for (const form of [...nisbaForms(row as PlaceRow), ...accusativeNisbaForms(row as PlaceRow)]) add(tokensOf(form), row.id, 'nisba');
  }

  // templates: one ministry per country with a nationality adjective
  for (const { type, row } of sources.entries) {
    if (type !== 'place' || !('iso2' in row) || !row.iso2 || !row.nisba.length || row.kind !== 'country') continue;
    const adjective = feminine(row.nisba[0]!);
    for (const t of sources.templates) {
      const id = `org:ministry-of-${t.slug}-${row.iso2.toLowerCase()}`;
      entities.push({ id, type: 'organization', kind: 'ministry', ar: `${t.ar} ${adjective}`, en: `${t.en} (${row.en})`, country: row.iso2 });
      add(tokensOf(`${t.ar} ${adjective}`), id, 'name');
      if (t.short) add(tokensOf(`${t.short} ${adjective}`), id, 'alias');
    }
  }

  // a spelling made by rule never takes a name another entity lists: "عبدالله الثاني" is listed for
  // one person, and "عبد الله الثاني" for another, whose joined spelling it would otherwise be too;
  // nor the surname of a listed name ("براك", Tom Barrack's, is no spelling of Prague's براغ)
  const listedBy = new Map<string, Set<string>>();
  for (const [key, id, kind] of surfaces.values()) {
    if (kind !== 'name' && kind !== 'alias' && kind !== 'surname') continue;
    let ids = listedBy.get(key);
    if (!ids) listedBy.set(key, (ids = new Set()));
    ids.add(id);
  }
  for (const [k, [key, id, kind]] of surfaces) {
    if (kind !== 'variant') continue;
    const owners = listedBy.get(key);
    if (owners && !owners.has(id)) surfaces.delete(k);
  }

  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const indexOf = new Map(entities.map((e, i) => [e.id, i]));
  // keys are words joined by single spaces, and a space sorts before any letter or digit: the
  // surfaces sharing a first word come out contiguous, which the run-time index relies on
  const sorted = [...surfaces.values()]
    .map(([key, id, kind]): [string, number, string] => [key, indexOf.get(id)!, SURFACE_CODES[kind]])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
    .map((fields) => fields.join('\t'));
  const version = createHash('sha256');
  for (const f of [...sources.files].sort((a, b) => (a.path < b.path ? -1 : 1))) version.update(f.path).update('\0').update(f.text);
  const ambiguous: CompiledLexicon['ambiguous'] = {};
  for (const a of [...sources.ambiguous].sort((x, y) => (x.form < y.form ? -1 : 1))) {
    const clues: Record<string, string[]> = {};
    for (const id of Object.keys(a.clues).sort()) clues[id] = a.clues[id]!.map(foldKey);
    ambiguous[foldKey(a.form)] = { readings: a.readings, clues };
  }
  return {
    _generated: 'GENERATED by `rasid lexicon build` from lexicons/sources. Do not edit by hand.',
    version: version.digest('hex').slice(0, 12),
    entities,
    surfaces: sorted,
    ambiguous,
    words,
  };
}

function rank(kind: SurfaceKind): number {
  return ['name', 'alias', 'variant', 'surname', 'nisba'].indexOf(kind);
}

/** Every form of a country's nisba: الروسي، الروسية، روسي، روسية، الروس، الروسيين … */
export function nisbaForms(row: PlaceRow): string[] {
  const out: string[] = [];
  for (const n of row.nisba) {
    // every word of a nisba agrees: "كوري جنوبي" → "الكورية الجنوبية"
    const words = foldKey(n).split(/\s+/u);
    for (const ending of ['', 'ه', 'ين', 'ون', 'ان']) {
      const form = words.map((w) => `${w}${ending}`);
      out.push(form.join(' '), form.map((w) => `ال${w}`).join(' '));
    }
  }
  for (const p of row.nisba_plural) out.push(p, `ال${foldKey(p)}`);
  return out;
}

/**
 * The indefinite accusative of a country's one-word nisba: "وفدا أمريكيا". Not a nationality that a
 * generated spelling of a place must give way to (قيرغيزيا stays Kyrgyzstan's).
 */
export function accusativeNisbaForms(row: PlaceRow): string[] {
  return row.nisba.filter((n) => !/\s/u.test(n.trim())).map((n) => `${foldKey(n.trim())}ا`);
}

/** Serialises the compiled lexicon; stable key order and one surface per line keep diffs readable. */
export function serialiseLexicon(lex: CompiledLexicon): string {
  const lines = [
    '{',
    `  "_generated": ${JSON.stringify(lex._generated)},`,
    `  "version": ${JSON.stringify(lex.version)},`,
    '  "entities": [',
    lex.entities.map((e) => `    ${JSON.stringify(e)}`).join(',\n'),
    '  ],',
    '  "surfaces": [',
    lex.surfaces.map((s) => `    ${JSON.stringify(s)}`).join(',\n'),
    '  ],',
    `  "ambiguous": ${JSON.stringify(lex.ambiguous)},`,
    `  "words": ${JSON.stringify(lex.words)}`,
    '}',
    '',
  ];
  return lines.join('\n');
}

/** The definite feminine of a nisba, as it follows a feminine noun: روسي → الروسية, كوري جنوبي → الكورية الجنوبية. */
function feminine(nisba: string): string {
  return nisba.split(/\s+/u).map((w) => `ال${w}ة`).join(' ');
}
