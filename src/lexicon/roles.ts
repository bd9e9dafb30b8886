/**
 * The offices the lexicon knows holders of. A module of its own, with no zod: the extractor reads it
 * at start-up, and the source schema (which loads zod, some 45 ms of a cold start) only to validate.
 */
export const ROLES = [
  'head_of_state', 'head_of_government', 'vice_president', 'crown_prince', 'foreign_minister', 'defence_minister',
  'interior_minister', 'finance_minister', 'spokesperson', 'foreign_ministry_spokesperson', 'presidential_aide',
  'national_security_adviser', 'chief_of_staff', 'envoy', 'ambassador', 'secretary_general', 'leader',
  'military_chief', 'intelligence_chief', 'speaker', 'minister', 'official',
] as const;
export type Role = (typeof ROLES)[number];
