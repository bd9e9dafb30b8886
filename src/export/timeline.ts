/**
 * The timeline: events across documents, one row per real-world event. Mentions of the same
 * meeting in several articles (same type, overlapping participants, compatible date and place)
 * merge into one row listing every source.
 */
import type { Gazetteer } from '../lexicon/load.js';
import { datesCompatible, partiesOverlap, placesCompatible } from '../extract/events/merge.js';
import type { Document, TimelineRow } from '../schema.js';

const family = (t: string): string => (t === 'call' ? 'call' : 'meet');

export function buildTimeline(docs: Document[], g: Gazetteer): TimelineRow[] {
  const rows: Array<TimelineRow & { ids: string[]; docs: string[] }> = [];
  for (const doc of docs) {
    const names = new Map(doc.entities.map((e) => [e.id, e.name]));
    const nameOf = (id: string): { id: string; ar: string; en?: string } => {
      const n = names.get(id) ?? (g.entity(id) ? { ar: g.entity(id)!.ar, en: g.entity(id)!.en } : { ar: id });
      return { id, ar: n.ar, ...(n.en ? { en: n.en } : {}) };
    };
    for (const ev of doc.events) {
      const evidence = { document: doc.id, text: ev.evidence.text, start: ev.evidence.start, end: ev.evidence.end };
      // across articles, only a shared date (or the same ordinal: "the fourth meeting") says it is the same meeting
      const known = (v: string | null | undefined): v is string => !!v && /^\d{4}/u.test(v);
      const match = rows.find(
        (r) =>
          family(r.type) === family(ev.type) &&
          r.status === ev.status &&
          ev.participants.length > 0 &&
          partiesOverlap(ev.participants, r.ids, g) &&
          placesCompatible(r.location?.id ?? null, ev.location, g) &&
          (r.docs.includes(doc.id)
            ? false
            : known(r.date) && known(ev.date?.value)
              ? datesCompatible(r.date, ev.date!.value)
              : r.ordinal !== undefined && r.ordinal === ev.ordinal),
      );
      if (match) {
        for (const p of ev.participants) if (!match.ids.includes(p)) {
          match.ids.push(p);
          match.participants.push(nameOf(p));
        }
        if (!match.documents.includes(doc.id)) match.documents.push(doc.id);
        match.docs.push(doc.id);
        match.evidence.push(evidence);
        if (ev.location && !match.location) match.location = nameOf(ev.location);
        if (ev.duration && !match.duration) match.duration = ev.duration.value;
        if (ev.date && (!match.date || ev.date.value.length > match.date.length)) {
          match.date = ev.date.value;
          match.grain = ev.date.grain;
        }
        continue;
      }
      rows.push({
        ids: [...ev.participants],
        docs: [doc.id],
        date: ev.date?.value ?? null,
        grain: ev.date?.grain ?? null,
        status: ev.status,
        type: ev.type,
        ...(ev.subtype ? { subtype: ev.subtype } : {}),
        participants: ev.participants.map(nameOf),
        location: ev.location ? nameOf(ev.location) : null,
        ...(ev.ordinal ? { ordinal: ev.ordinal } : {}),
        ...(ev.duration ? { duration: ev.duration.value } : {}),
        documents: [doc.id],
        evidence: [evidence],
        cameo: ev.cameo,
      });
    }
  }
  return rows
    .map(({ ids: _ids, docs: _docs, ...row }) => row)
    .sort((a, b) => (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1));
}
