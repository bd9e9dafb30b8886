import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/pipeline.js';
import { gazetteer, ROOT } from './helpers.js';

interface Expected {
  docDate: string;
  stripped: string[];
  entities: string[];
  events: Array<{ type: string; status: string; participants: string[]; location?: string; date?: string }>;
}

const DIR = join(ROOT, 'tests', 'corpus', 'articles');
const { articles } = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as { articles: Record<string, Expected> };
const g = gazetteer();
const family = (t: string): string => (t === 'call' ? 'call' : 'meet');

describe.each(Object.entries(articles))('%s', (file, want) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  // articles without a dateline get the date a user would pass with --doc-date
  const doc = extractDocument(file, text, g, { docDate: want.docDate });

  it('dates the article and strips its chrome', () => {
    expect(doc.docDate?.value).toBe(want.docDate);
    const stripped = doc.boilerplate.map((b) => b.text.trim());
    for (const line of want.stripped) expect(stripped).toContain(line);
  });

  it('finds the people and places', () => {
    const ids = doc.entities.map((e) => e.id);
    for (const id of want.entities) expect(ids).toContain(id);
  });

  it.each(want.events.map((e) => [JSON.stringify(e), e] as const))('event %s', (_, e) => {
    const hit = doc.events.find(
      (x) => family(x.type) === family(e.type) && x.status === e.status && e.participants.every((p) => x.participants.includes(p))
        && (!e.location || x.location === e.location) && (!e.date || x.date?.value === e.date),
    );
    expect(hit, JSON.stringify(doc.events.map((x) => [x.type, x.status, x.participants, x.location, x.date?.value]))).toBeDefined();
  });
});
