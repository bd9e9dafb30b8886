/**
 * zod for the commands' options and the JSONL input, as zod/mini (`import * as z from 'zod/mini'`):
 * the same validators and errors as the classic API (which src/schema.ts uses for the output), as
 * functions rather than methods, so the bundle keeps only those used: about 50 KB against 750 KB,
 * next to nothing at the start of every command. A module that parses with zod/mini imports this
 * one, which makes the messages English, as the classic API has them. (Not re-exported from here:
 * a namespace passed on whole cannot be tree-shaken, and would bring every locale along.)
 */
import * as z from 'zod/mini';
import { $ZodError } from 'zod/v4/core';
import { en } from 'zod/locales';

z.config(en());

/** A zod validation error, from either API (they share one error class). */
export const isZodError = (err: unknown): err is $ZodError => err instanceof $ZodError;

/** A boolean flag (commander gives true, false or nothing) that is `fallback` when not given. */
export const flag = (fallback: boolean) => z._default(z.boolean(), fallback);

/** A string option that is `fallback` when not given. */
export const text = (fallback: string) => z._default(z.string(), fallback);

/** One of a few words, the first by default. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z._default(z.enum(values), values[0]);

/** A whole number from `min` (to `max`), given as text. */
export const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) => z.pipe(z.coerce.number(), z.int().check(z.minimum(min), z.maximum(max)));
