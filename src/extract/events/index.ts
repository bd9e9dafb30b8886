/** Stage 2c: meeting events, from trigger mentions merged into one event per real-world event. */
import type { Gazetteer } from '../../lexicon/load.js';
import { findEventMentions, type EventMention, type MentionInput } from './mentions.js';
import { mergeMentions, foldHeadline, type MergedEvent } from './merge.js';
import { placeStoryEvents } from './dateline-place.js';
import { joinCompanions } from './companions.js';

export type { EventMention } from './mentions.js';
export type { MergedEvent } from './merge.js';

export function extractEvents(input: MentionInput & { datelinePlace?: string | null }): MergedEvent[] {
  const mentions = findEventMentions(input);
  joinCompanions(input, mentions);
  const merged = mergeMentions(mentions, input.g);
  const events = (input.headline ? foldHeadline(merged, input.headline, input.g) : merged).filter((e) => e.participants.length > 0 || e.location);
  placeStoryEvents(events, input.datelinePlace ?? null, input.docDay);
  return events;
}

/**
 * CAMEO codes (Conflict and Mediation Event Observations): 036 intent to meet, 040 consult,
 * 041 discuss by telephone, 042 make a visit, 043 host a visit, 044 meet at a third location,
 * 046 engage in negotiation.
 */
export function cameoCode(e: MergedEvent, g: Gazetteer): string {
  if (e.status === 'planned') return '036';
  if (e.type === 'call') return '041';
  if (e.mentions.some((m) => m.row.host)) return '043';
  if (e.type === 'visit') return '042';
  if (e.subtype === 'negotiations' || e.subtype === 'talks') return '046';
  if (e.location) {
    const country = g.countryOf(e.location);
    const home = new Set(e.participants.map((p) => (g.entity(p)?.type === 'person' ? g.countryByIso.get(g.entity(p)?.country ?? '') : g.countryOf(p))));
    if (country && e.participants.length >= 2 && !home.has(country)) return '044';
  }
  return '040';
}

/** A readable account of how the event was found, for auditing. */
export function ruleOf(e: MergedEvent): string {
  const first = e.mentions.find((m) => m.participants.length) ?? e.mentions[0]!;
  return `<${first.row.name}> ${first.how.slice(1).join(', ') || 'trigger only'}${e.mentions.length > 1 ? ` (+${e.mentions.length - 1} mention${e.mentions.length > 2 ? 's' : ''})` : ''}`;
}

