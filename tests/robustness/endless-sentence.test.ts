/**
 * A page with no full stops is one endless sentence: each event mention cites a bounded window of
 * words around its trigger, not the whole page, and the window's offsets stay exact.
 */
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/lexicon/load.js';
import { extractDocument } from '../../src/pipeline.js';
import { fixtureTexts } from './helpers.js';

describe('an endless sentence', () => {
  const text = fixtureTexts()
    .map((t) => t.replace(/[.!?;\r\n]+/gu, ' '))
    .join(' ')
    .repeat(4);
  const doc = extractDocument('endless', text, loadGazetteer());
  const chars = Array.from(text);
  const cited = doc.events.flatMap((e) => [e.evidence, ...e.mentions.map((m) => m.evidence)]);

  it('still yields its events', () => {
    expect(doc.events.length).toBeGreaterThan(3);
  });

  it('cites a window around each trigger, not the page', () => {
    for (const e of cited) expect(e.text.length).toBeLessThan(1200);
    for (const e of doc.events) for (const m of e.mentions) expect(m.evidence.start <= m.trigger.start && m.trigger.end <= m.evidence.end).toBe(true);
  });

  it('keeps every evidence range exact', () => {
    for (const e of cited) expect(chars.slice(e.start, e.end).join('')).toBe(e.text);
  });
});
