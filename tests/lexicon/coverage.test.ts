import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';
import { gazetteer } from '../helpers.js';

const g = gazetteer();
const KEY_ROLES = new Set(['head_of_state', 'head_of_government', 'foreign_minister']);

/** Sentence frames a name can stand in; the name's own spelling from the lexicon. */
const PERSON_FRAMES = ['وقال {} في تصريح صحفي إن الوضع يتطلب الحوار.', 'والتقى الوفد مع {} أمس.'];
const PLACE_FRAMES = ['وصل الوفد إلى {} مساء أمس.', 'وتشهد {} تطورات متسارعة.'];

function recall(ids: string[], frames: string[]): { rate: number; missed: string[] } {
  const missed: string[] = [];
  let hits = 0;
  let total = 0;
  for (const id of ids) {
    const e = g.entity(id)!;
    for (const frame of frames) {
      total++;
      const found = extractDocument('probe', frame.replace('{}', e.ar), g).entities.some((x) => x.id === id);
      if (found) hits++;
      else missed.push(`${e.ar} (${id})`);
    }
  }
  return { rate: hits / total, missed };
}

describe('the gazetteer finds ≥ 95% of heads of state and government, foreign ministers, capitals and countries', () => {
  const people = [...g.allEntities()].filter((e) => e.type === 'person' && e.roles?.some((r) => KEY_ROLES.has(r.role))).map((e) => e.id);
  const countries = [...g.allEntities()].filter((e) => e.kind === 'country').map((e) => e.id);
  const capitals = [...new Set([...g.allEntities()].map((e) => e.capital).filter((c): c is string => !!c && !!g.entity(c)))];

  it.each([
    ['people', people, PERSON_FRAMES],
    ['countries', countries, PLACE_FRAMES],
    ['capitals', capitals, PLACE_FRAMES],
  ] as const)('%s', (_, ids, frames) => {
    expect(ids.length).toBeGreaterThan(100);
    const { rate, missed } = recall([...ids], [...frames]);
    expect(rate, `${(rate * 100).toFixed(1)}%; missed: ${missed.slice(0, 40).join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });
});
