/** The shape of lexicon source rows, validated with zod. One schema per entity type. */
import { z } from 'zod';
import { ROLES } from './roles.js';

export const ENTITY_TYPES = ['person', 'place', 'org'] as const;
export type SourceType = (typeof ENTITY_TYPES)[number];

export { ROLES, type Role } from './roles.js';

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const roleSchema = z.object({
  role: z.enum(ROLES),
  scope: z.string().regex(/^([A-Z]{2}|[a-z0-9]+(-[a-z0-9]+)*)$/, 'a scope: ISO alpha-2 or an organisation slug'),
  from: partialDate.optional(),
  to: partialDate.optional(),
});
export type RoleSpan = z.infer<typeof roleSchema>;

/** `ROLE@SCOPE:FROM..TO;…` */
export function parseRoles(cell: string): unknown[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^([a-z_]+)@([^:]+)(?::([^.]*)\.\.(.*))?$/.exec(s);
      if (!m) return { invalid: s };
      return { role: m[1], scope: m[2], from: m[3] || undefined, to: m[4] || undefined };
    });
}

const list = z
  .string()
  .optional()
  .transform((s) => (s ?? '').split('|').map((x) => x.trim()).filter(Boolean));
const arabic = z.string().regex(/\p{Script=Arabic}/u, 'Arabic text');
const iso2 = z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code').optional();
const wikidata = z.string().regex(/^Q\d+$/, 'a Wikidata id like Q7747').optional();
const idOf = (type: SourceType): z.ZodString =>
  z.string().regex(new RegExp(`^${type}:[a-z0-9]+(-[a-z0-9]+)*$`), `an id like ${type}:lower-case-slug`);

const common = (type: SourceType) => ({
  id: idOf(type),
  ar: arabic,
  en: z.string().min(1),
  aliases: list.pipe(z.array(arabic)),
  wikidata,
});

export const personRow = z.strictObject({
  ...common('person'),
  country: iso2,
  roles: z
    .string()
    .optional()
    .transform((s) => parseRoles(s ?? ''))
    .pipe(z.array(roleSchema)),
});

export const placeRow = z.strictObject({
  ...common('place'),
  kind: z.enum(['country', 'territory', 'city', 'region', 'water', 'venue']),
  country: iso2,
  parent: idOf('place').optional(),
  iso2,
  capital: idOf('place').optional(),
  nisba: list.pipe(z.array(arabic)),
  nisba_plural: list.pipe(z.array(arabic)),
});

export const orgRow = z.strictObject({
  ...common('org'),
  kind: z.enum(['international', 'government', 'ministry', 'military', 'party', 'agency', 'state_agency', 'media', 'company', 'other']),
  country: iso2,
});

export const ROW_SCHEMAS = { person: personRow, place: placeRow, org: orgRow } as const;
export type PersonRow = z.infer<typeof personRow>;
export type PlaceRow = z.infer<typeof placeRow>;
export type OrgRow = z.infer<typeof orgRow>;
export type SourceRow = PersonRow | PlaceRow | OrgRow;
