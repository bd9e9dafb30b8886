/** Who held a role on a date: "الرئيس الأوكراني" on the document's date. */
import type { CalendarDate } from './dates/calendar.js';
import type { Gazetteer } from '../lexicon/load.js';
import { ROLES, type Role } from '../lexicon/roles.js';
import type { RoleSpan } from '../lexicon/source-schema.js';

const asStart = (s: string): string => (s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);
const asEnd = (s: string): string => (s.length === 4 ? `${s}-12-31` : s.length === 7 ? `${s}-31` : s);

function covers(span: RoleSpan, day: string | null): boolean {
  if (!day) return !span.to; // no date: the current holder
  if (span.from && asStart(span.from) > day) return false;
  if (span.to && asEnd(span.to) < day) return false;
  return true;
}

/** How much a role makes someone the default referent of their bare surname. */
export const ROLE_PROMINENCE: Partial<Record<Role, number>> = {
  head_of_state: 6, head_of_government: 5, crown_prince: 4, foreign_minister: 3, defence_minister: 2, envoy: 2, secretary_general: 2, leader: 2,
};

export function prominence(g: Gazetteer, id: string): number {
  // (a loop, not a spread of mapped roles: map's array is packed or holey depending on whether the
  // code around it is optimised yet, and optimised code made for one kind was thrown out on the other)
  let most = 0;
  for (const r of g.entity(id)?.roles ?? []) most = Math.max(most, ROLE_PROMINENCE[r.role] ?? 1);
  return most;
}

const dayOf = (d: CalendarDate | null): string | null =>
  d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null;

/**
 * The roles a title names, itself included: a bare "الوزير" is a minister of any portfolio; the
 * head of an organisation ("رئيس البنك الدولي", leader) whatever the organisation calls its head.
 */
export function rolesNamedBy(role: Role, g?: Gazetteer, scope?: string): readonly Role[] {
  // (a government's head is its head of government: "رئيس حكومة إقليم كردستان", not the region's president)
  if (role === 'leader') return g && scope && g.entity(`org:${scope}`)?.kind === 'government' ? GOVERNMENT_HEADS : HEADS;
  return role === 'minister' ? MINISTERS : [role];
}
const MINISTERS: readonly Role[] = ROLES.filter((r) => r === 'minister' || r.endsWith('_minister'));
const HEADS: readonly Role[] = ['leader', 'head_of_state', 'head_of_government', 'secretary_general', 'speaker'];
const GOVERNMENT_HEADS: readonly Role[] = ['leader', 'head_of_government'];

/** Every person who held `role` for `scope` on the date (or holds it now, without a date). */
export function holders(g: Gazetteer, role: Role, scope: string, date: CalendarDate | null): string[] {
  const day = dayOf(date);
  // (a loop and push, not filter and map: their arrays' kinds differ with the input's length, and
  // the entity rules, compiled with one kind inlined, were thrown out on meeting the other)
  const out: string[] = [];
  for (const id of g.roleHolders(role, scope)) {
    for (const span of g.entity(id)!.roles!) {
      if (span.role === role && span.scope === scope && covers(span, day)) {
        out.push(id);
        break;
      }
    }
  }
  return out;
}

/** Every role span a person has (for matching a title to a named person). */
export function hasRole(g: Gazetteer, id: string, role: Role, scope?: string): boolean {
  return (g.entity(id)?.roles ?? []).some((r) => r.role === role && (!scope || r.scope === scope));
}

/** The person holds some role on the date (or now, without one). */
export function inOffice(g: Gazetteer, id: string, date: CalendarDate | null): boolean {
  const day = dayOf(date);
  return (g.entity(id)?.roles ?? []).some((r) => covers(r, day));
}

/** The roles a person holds on the date (or now, without one). */
export function activeRoles(g: Gazetteer, id: string, date: CalendarDate | null): RoleSpan[] {
  const day = dayOf(date);
  return (g.entity(id)?.roles ?? []).filter((r) => covers(r, day));
}
