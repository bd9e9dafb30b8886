/** Reading lexicon sources: TSV files, one category each, every problem reported as file:line. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { foldKey } from '../normalise/orthography.js';
import { ENTITY_TYPES, ROW_SCHEMAS, type SourceRow, type SourceType } from './source-schema.js';

export interface LexiconProblem {
  file: string;
  line: number;
  message: string;
}

export interface SourceEntry {
  type: SourceType;
  row: SourceRow;
  file: string;
  line: number;
}

export interface WordList {
  name: string;
  words: string[];
}

export interface AmbiguousForm {
  form: string;
  readings: string[];
  clues: Record<string, string[]>;
  file: string;
  line: number;
}

/** A template expanded for every country: ministries ("وزارة الخارجية" + nisba). */
export interface TemplateRow {
  slug: string;
  ar: string;
  short?: string;
  en: string;
  file: string;
  line: number;
}

export interface LoadedSources {
  /** Organisation templates (lexicons/sources/templates/*.tsv). */
  templates: TemplateRow[];
  entries: SourceEntry[];
  /** Forms with several readings, chosen by context clues (lexicons/sources/ambiguous.tsv). */
  ambiguous: AmbiguousForm[];
  /** Plain word lists (lexicons/sources/words/*.txt): common words, first names. */
  wordLists: WordList[];
  problems: LexiconProblem[];
  /** Relative paths of every file read, for the version hash. */
  files: Array<{ path: string; text: string }>;
}

export const formatProblem = (p: LexiconProblem): string => `${p.file}:${p.line}: ${p.message}`;

export function loadSources(dir: string): LoadedSources {
  const out: LoadedSources = { entries: [], templates: [], ambiguous: [], wordLists: [], problems: [], files: [] };
  for (const type of ENTITY_TYPES) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, type)).filter((n) => n.endsWith('.tsv')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, type, name);
      const text = readFileSync(path, 'utf8');
      out.files.push({ path: relative(dir, path), text });
      parseTsv(type, relative(process.cwd(), path), text, out);
    }
  }
  try {
    for (const name of readdirSync(join(dir, 'words')).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(dir, 'words', name), 'utf8');
      out.files.push({ path: `words/${name}`, text });
      const words = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
      out.wordLists.push({ name: name.replace(/\.txt$/, ''), words });
    }
  } catch {
    // no word lists: fine
  }
  try {
    for (const name of readdirSync(join(dir, 'templates')).filter((n) => n.endsWith('.tsv')).sort()) {
      const text = readFileSync(join(dir, 'templates', name), 'utf8');
      out.files.push({ path: `templates/${name}`, text });
      parseTemplates(relative(process.cwd(), join(dir, 'templates', name)), text, out);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  try {
    const text = readFileSync(join(dir, 'ambiguous.tsv'), 'utf8');
    out.files.push({ path: 'ambiguous.tsv', text });
    parseAmbiguous(relative(process.cwd(), join(dir, 'ambiguous.tsv')), text, out);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  checkUniqueness(out);
  checkReferences(out);
  return out;
}

function parseTemplates(file: string, text: string, out: LoadedSources): void {
  let header: string[] | null = null;
  text.split('\n').forEach((raw, idx) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      if (cells.join(',') !== 'slug,ar,short,en') out.problems.push({ file, line: idx + 1, message: 'header must be: slug, ar, short, en' });
      return;
    }
    const [slug = '', ar = '', short = '', en = ''] = cells;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) out.problems.push({ file, line: idx + 1, message: `bad slug "${slug}"` });
    else if (!/\p{Script=Arabic}/u.test(ar) || !en) out.problems.push({ file, line: idx + 1, message: `${slug}: missing Arabic or English name` });
    else out.templates.push({ slug, ar, en, file, line: idx + 1, ...(short ? { short } : {}) });
  });
}

function parseAmbiguous(file: string, text: string, out: LoadedSources): void {
  let header = false;
  text.split('\n').forEach((raw, idx) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    if (!header) {
      header = true;
      if (line.split('\t').join(',') !== 'form,readings,clues') out.problems.push({ file, line: idx + 1, message: 'header must be: form, readings, clues' });
      return;
    }
    const [form, readings, clues = ''] = line.split('\t').map((c) => c.trim());
    if (!form || !readings) {
      out.problems.push({ file, line: idx + 1, message: 'missing form or readings' });
      return;
    }
    const clueMap: Record<string, string[]> = {};
    for (const part of clues.split(';').filter(Boolean)) {
      const [id, words] = part.split('=');
      if (!id || !words) out.problems.push({ file, line: idx + 1, message: `bad clue "${part}" (expected id=word|word)` });
      else clueMap[id.trim()] = words.split('|').map((w) => w.trim()).filter(Boolean);
    }
    out.ambiguous.push({ form, readings: readings.split('|').map((r) => r.trim()), clues: clueMap, file, line: idx + 1 });
  });
}

/** Ids named in capital, parent, role scopes and the ambiguity list must exist. */
function checkReferences(out: LoadedSources): void {
  const ids = new Set(out.entries.map((e) => e.row.id));
  for (const e of out.entries) {
    for (const col of ['capital', 'parent'] as const) {
      const ref = (e.row as Record<string, unknown>)[col];
      if (typeof ref === 'string' && !ids.has(ref)) out.problems.push({ file: e.file, line: e.line, message: `${e.row.id}: ${col} ${ref} is not defined` });
    }
    for (const r of 'roles' in e.row ? e.row.roles : []) {
      if (!/^[A-Z]{2}$/.test(r.scope) && !ids.has(`org:${r.scope}`)) out.problems.push({ file: e.file, line: e.line, message: `${e.row.id}: role scope ${r.scope} is not an organisation id` });
    }
  }
  for (const a of out.ambiguous) {
    for (const id of [...a.readings, ...Object.keys(a.clues)]) if (id !== '-' && !ids.has(id)) out.problems.push({ file: a.file, line: a.line, message: `${id} is not defined` });
  }
}

function parseTsv(type: SourceType, file: string, text: string, out: LoadedSources): void {
  const schema = ROW_SCHEMAS[type];
  const lines = text.split('\n');
  let header: string[] | null = null;
  lines.forEach((raw, idx) => {
    const lineNo = idx + 1;
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      const known = Object.keys(schema.shape);
      for (const col of header) if (!known.includes(col)) out.problems.push({ file, line: lineNo, message: `unknown column "${col}" (known: ${known.join(', ')})` });
      for (const col of ['id', 'ar', 'en']) if (!header.includes(col)) out.problems.push({ file, line: lineNo, message: `missing column "${col}"` });
      return;
    }
    if (cells.length !== header.length) {
      out.problems.push({ file, line: lineNo, message: `${cells.length} cells, but the header has ${header.length}` });
      return;
    }
    const obj: Record<string, string> = {};
    header.forEach((col, i) => {
      const v = cells[i]!.trim();
      if (v !== '') obj[col] = v;
    });
    const parsed = schema.safeParse(obj);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
        const what = issue.code === 'invalid_type' && issue.input === undefined ? 'missing' : issue.message;
        out.problems.push({ file, line: lineNo, message: `${obj.id ?? '(no id)'}: ${where}${what}` });
      }
      return;
    }
    out.entries.push({ type, row: parsed.data, file, line: lineNo });
  });
  if (!header) out.problems.push({ file, line: 1, message: 'no header line' });
}

/** Duplicate ids, and one surface form claimed by two entities of the same type. */
function checkUniqueness(out: LoadedSources): void {
  const ids = new Map<string, SourceEntry>();
  const surfaces = new Map<string, SourceEntry>();
  const ambiguousForms = new Set(out.ambiguous.map((a) => foldKey(a.form)));
  for (const e of out.entries) {
    const first = ids.get(e.row.id);
    if (first) out.problems.push({ file: e.file, line: e.line, message: `duplicate id ${e.row.id} (first at ${first.file}:${first.line})` });
    else ids.set(e.row.id, e);
    for (const name of new Set([e.row.ar, ...e.row.aliases])) {
      const k = `${e.type}\u0000${foldKey(name)}`;
      const other = surfaces.get(k);
      if (other && other.row.id !== e.row.id && !ambiguousForms.has(foldKey(name))) {
        out.problems.push({ file: e.file, line: e.line, message: `"${name}" is claimed by ${other.row.id} (${other.file}:${other.line}) and ${e.row.id}` });
      } else surfaces.set(k, e);
    }
  }
}
