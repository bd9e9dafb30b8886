import { describe, expect, it } from 'vitest';
import { datesCompatible, mergeMentions } from '../../src/extract/events/merge.js';
import type { EventMention } from '../../src/extract/events/mentions.js';
import { TRIGGERS } from '../../src/extract/events/triggers.js';
import { gazetteer } from '../helpers.js';

const g = gazetteer();
const MEETING = TRIGGERS.find((t) => t.name === 'لقاء')!;

/** A meeting that happened, naming these parties, in a sentence of its own at `at`. */
function meeting(parties: string[], at: number): EventMention {
  return {
    row: MEETING,
    trigger: { start: at, end: at + 4 },
    sentence: at,
    type: 'meeting',
    status: 'occurred',
    participants: parties.map((id) => ({ id, unit: { start: at + 5, end: at + 10, kind: id.startsWith('person:') ? 'person' : 'place', id } })),
    unnamedParties: false,
    location: null,
    date: null,
    anchor: false,
    generic: false,
    how: [],
  };
}

describe('merging the mentions of a page with many events', () => {
  // thirty meetings, more than are simply tried in turn: found by party
  // a French person first, then people of other countries than France, none named twice
  const people = [...g.allEntities()].filter((e) => e.type === 'person' && e.country);
  const french = people.find((e) => e.country === 'FR')!;
  const others = people.filter((e) => e.country !== 'FR').slice(0, 61);
  const ids = [french.id, ...others.map((e) => e.id)];
  const pairs = Array.from({ length: 30 }, (_, i) => [ids[2 * i]!, ids[2 * i + 1]!]);
  const [first, second] = pairs[0]!;
  const newcomer = ids[60]!;
  const france = g.countryByIso.get('FR')!;

  const mentions = [
    ...pairs.map((p, i) => meeting(p, 100 * i)),
    // the same thirty meetings again, further down the page
    ...pairs.map((p, i) => meeting(p, 10_000 + 100 * i)),
    meeting([first!, newcomer], 20_000),
    // France for its own citizen: the first meeting again (not the one above, made later)
    meeting([france], 20_100),
    // fits the first meeting and the one just above: the one made first takes it
    meeting([newcomer, first!, second!], 20_200),
  ];
  const events = mergeMentions(mentions, g);

  it('gives each meeting one event, with every mention of it', () => {
    expect(events).toHaveLength(31);
    for (const [i, e] of events.slice(1, 30).entries()) expect(e.mentions.map((m) => m.trigger.start)).toEqual([100 * (i + 1), 10_000 + 100 * (i + 1)]);
  });

  it('finds an event through a country and one of its people', () => {
    expect(events[0]!.mentions.map((m) => m.trigger.start)).toContain(20_100);
  });

  it('gives a mention that fits several events to the one made first', () => {
    expect(events[0]!.mentions.map((m) => m.trigger.start)).toEqual([0, 10_000, 20_100, 20_200]);
    expect(events[30]!.mentions.map((m) => m.trigger.start)).toEqual([20_000]);
    // (France, for which its citizen stands, is no party of its own)
    expect(events[0]!.participants).toEqual([first, second, newcomer]);
  });
});

describe('a country one of its people stands for', () => {
  const person = (iso: string): string => [...g.allEntities()].find((e) => e.type === 'person' && e.country === iso)!.id;
  const [egypt, bahrain, israel] = ['EG', 'BH', 'IL'].map((iso) => g.countryByIso.get(iso)!);

  it('is no party of its own: named after its people ("القمة المصرية البحرينية") or before them', () => {
    const [summit] = mergeMentions([meeting([person('EG'), person('BH')], 0), meeting([egypt!, bahrain!], 100)], g);
    expect(summit!.participants).toEqual([person('EG'), person('BH')]);
    const [talks] = mergeMentions([meeting([egypt!, bahrain!], 0), meeting([person('EG'), person('BH')], 100)], g);
    expect(talks!.participants).toEqual([person('EG'), person('BH')]);
  });

  it('stays one when none of its people is named', () => {
    const [talks] = mergeMentions([meeting([person('EG'), israel!], 0)], g);
    expect(talks!.participants).toEqual([person('EG'), israel]);
  });
});

describe('dates of two mentions of one event', () => {
  it('agree when the day falls in the week, not otherwise ("السبت المقبل" is not "الأسبوع المقبل")', () => {
    expect(datesCompatible('2025-04-12', '2025-W15')).toBe(true);
    expect(datesCompatible('2025-W16', '2025-04-12')).toBe(false);
    expect(datesCompatible('2024-12-30', '2025-W01')).toBe(true);
    expect(datesCompatible('2025-04', '2025-W15')).toBe(true);
  });
});
