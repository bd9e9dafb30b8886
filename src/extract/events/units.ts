/**
 * Participant units: every stretch of a sentence that can name a party to an event, in text
 * order: a named entity, a role resolved to its holder, or a nisba adjective standing for a country.
 */
import type { Gazetteer } from '../../lexicon/load.js';
import type { EntityLayer } from '../entities.js';
import { firstFrom } from '../tokens.js';

export interface Unit {
  start: number;
  end: number;
  kind: 'person' | 'place' | 'organization' | 'role' | 'nisba';
  /** The entity meant: the person, the place, the role's holder (null if unknown), the nisba's country. */
  id: string | null;
  /** For places: the country a capital stands for in metonymy ("واشنطن" for the United States). */
  country: string | undefined;
}

export function buildUnits(layer: EntityLayer, g: Gazetteer): Unit[] {
  const units: Unit[] = [];
  for (const r of layer.roles) units.push({ start: r.start, end: r.end, kind: 'role', id: r.holder, country: undefined });
  // role and principal spans, sorted: a mention inside one is not a party of its own
  const spans = [...layer.roles, ...layer.principals].sort((a, b) => a.start - b.start);
  let reach = 0;
  // (by push, not map: map's array kind depends on whether the code around it is optimised yet)
  const ends: number[] = [];
  for (const x of spans) ends.push((reach = Math.max(reach, x.end)));
  const inRole = (s: number): boolean => {
    const i = firstFrom(spans, s + 1) - 1;
    return i >= 0 && ends[i]! > s;
  };
  for (const e of layer.entities.values()) {
    for (const m of e.mentions) {
      if (m.rule === 'role' || inRole(m.start)) continue;
      // (every unit in one shape, country undefined when there is none: code reading units is not deoptimised by a second shape)
      let country: string | undefined;
      if (e.type === 'place') {
        const g1 = g.entity(e.id);
        country = (g1?.kind === 'country' || g1?.kind === 'territory' ? e.id : g.countryOfCapital.get(e.id)) || undefined;
      }
      units.push({ start: m.start, end: m.end, kind: e.type, id: e.id, country });
    }
  }
  // (a nisba that a role is written on is the role's: "نظيريه التركي والأمريكي")
  const roleEndAt = new Map<number, number>();
  for (const r of layer.roles) roleEndAt.set(r.start, r.end);
  for (const n of layer.nisbas) if (roleEndAt.get(n.start) !== n.end) units.push({ start: n.start, end: n.end, kind: 'nisba', id: n.country, country: undefined });
  return units.sort((a, b) => a.start - b.start);
}

/** Index of the first unit starting at or after `pos` (units are sorted by start). */
export const firstUnitFrom = (units: ReadonlyArray<{ start: number }>, pos: number): number => firstFrom(units, pos);

/** The units (or any spans sorted by start) lying wholly inside [from, to). */
export function unitsIn<T extends { start: number; end: number }>(units: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstUnitFrom(units, from); i < units.length && units[i]!.start < to; i++) if (units[i]!.end <= to) out.push(units[i]!);
  return out;
}
