/**
 * The one canonical output schema. `rasid schema` prints its JSON Schema; tests validate real
 * output against it. Offsets are Unicode code points into the original file text.
 */
import { z } from 'zod';

export const spanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const grainSchema = z.enum(['minute', 'day', 'week', 'month', 'year']);

export const entitySchema = z.object({
  id: z.string().regex(/^(person|place|organization|org):\S+$/),
  type: z.enum(['person', 'place', 'organization']),
  name: z.object({ ar: z.string(), en: z.string().optional() }),
  /** Where the entity came from: the gazetteer, or a pattern that found a name the gazetteer lacks. */
  source: z.enum(['gazetteer', 'pattern']),
  kind: z.string().optional(),
  wikidata: z.string().optional(),
  mentions: z.array(spanSchema.extend({ rule: z.string() })),
});

export const dateSchema = spanSchema.extend({
  /** ISO 8601: "2025-04-09", "2025-W16", "2025-04", "2025", "2025-04-09T14:22", "XXXX-04-11"; an interval is "start/end". */
  value: z.string(),
  grain: grainSchema,
  interval: z.boolean().optional(),
  mod: z.enum(['START', 'MID', 'END', 'APPROX']).optional(),
  /** True when part of the value (the year) was implied by the document date, not stated. */
  implied: z.boolean().optional(),
  rule: z.string(),
});

export const eventSchema = z.object({
  id: z.string(),
  type: z.enum(['meeting', 'call', 'visit']),
  subtype: z.enum(['summit', 'talks', 'negotiations', 'consultations', 'contacts']).optional(),
  status: z.enum(['occurred', 'planned', 'cancelled']),
  participants: z.array(z.string()),
  location: z.string().nullable(),
  /** The building the event took place in, when the text names one (its city is the location). */
  venue: z.string().optional(),
  date: z.object({ value: z.string(), grain: grainSchema, mod: z.enum(['START', 'MID', 'END', 'APPROX']).optional() }).nullable(),
  ordinal: z.number().int().positive().optional(),
  /** How long it lasted, as an ISO 8601 duration ("استمر قرابة خمس ساعات" → PT5H, APPROX). */
  duration: spanSchema.extend({ value: z.string().regex(/^P/), mod: z.literal('APPROX').optional() }).optional(),
  cameo: z.string().regex(/^\d{3}$/),
  trigger: spanSchema,
  evidence: spanSchema,
  /** Every mention of this event in the document, headline and body. */
  mentions: z.array(z.object({ trigger: spanSchema, evidence: spanSchema })),
  rule: z.string(),
});

/** How long something lasted: ISO 8601 durations, never dates ("خمس ساعات" → PT5H). */
export const durationSchema = spanSchema.extend({ value: z.string().regex(/^P/), mod: z.literal('APPROX').optional() });

export const boilerplateSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  reason: z.string(),
});

export const documentSchema = z.object({
  id: z.string(),
  encoding: z.string(),
  warnings: z.array(z.string()),
  docDate: z.object({ value: z.string(), source: z.enum(['text', 'option']) }).nullable(),
  headline: spanSchema.nullable(),
  entities: z.array(entitySchema),
  dates: z.array(dateSchema),
  durations: z.array(durationSchema),
  events: z.array(eventSchema),
  boilerplate: z.array(boilerplateSchema),
});

export const timelineRowSchema = z.object({
  date: z.string().nullable(),
  grain: grainSchema.nullable(),
  status: z.enum(['occurred', 'planned', 'cancelled']),
  type: z.enum(['meeting', 'call', 'visit']),
  subtype: z.string().optional(),
  participants: z.array(z.object({ id: z.string(), ar: z.string(), en: z.string().optional() })),
  location: z.object({ id: z.string(), ar: z.string(), en: z.string().optional() }).nullable(),
  ordinal: z.number().int().positive().optional(),
  duration: z.string().optional(),
  documents: z.array(z.string()),
  evidence: z.array(z.object({ document: z.string(), text: z.string(), start: z.number().int(), end: z.number().int() })),
  cameo: z.string(),
});

export const outputSchema = z.object({
  meta: z.object({
    tool: z.literal('rasid'),
    version: z.string(),
    lexiconVersion: z.string(),
    options: z.record(z.string(), z.unknown()),
  }),
  documents: z.array(documentSchema),
  timeline: z.array(timelineRowSchema),
});

export type Span = z.infer<typeof spanSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type DateMention = z.infer<typeof dateSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Boilerplate = z.infer<typeof boilerplateSchema>;
export type Document = z.infer<typeof documentSchema>;
export type TimelineRow = z.infer<typeof timelineRowSchema>;
export type Output = z.infer<typeof outputSchema>;
