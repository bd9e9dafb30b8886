/** The commands' options: zod (zod/mini) schemas, parsed on the first line of every action. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z as classic } from 'zod';
import { describe, expect, it } from 'vitest';
import { describe as describeError, exitCodeFor } from '../../src/cli/errors.js';
import * as z from 'zod/mini';
import { flag, isZodError, oneOf, text, wholeNumber } from '../../src/cli/options.js';
import { ROOT } from '../helpers.js';

const failure = (schema: z.ZodMiniType, raw: unknown): unknown => {
  try {
    schema.parse(raw);
  } catch (err) {
    return err;
  }
  throw new Error('parsed');
};

describe('option schemas', () => {
  const schema = z.object({ format: oneOf(['json', 'csv']), jobs: z._default(wholeNumber(1, 8), 2), learn: flag(true), glob: text('**/*.txt') });

  it('fill defaults and coerce numbers given as text', () => {
    expect(schema.parse({})).toEqual({ format: 'json', jobs: 2, learn: true, glob: '**/*.txt' });
    expect(schema.parse({ format: 'csv', jobs: '8', learn: false, glob: '*.md' })).toEqual({ format: 'csv', jobs: 8, learn: false, glob: '*.md' });
  });

  it('refuse what is out of range, with English messages and exit code 2', () => {
    for (const [raw, message] of [
      [{ format: 'xml' }, '--format: Invalid option: expected one of "json"|"csv"'],
      [{ jobs: '0' }, '--jobs: Too small: expected number to be >=1'],
      [{ jobs: '9' }, '--jobs: Too big: expected number to be <=8'],
      [{ jobs: '1.5' }, '--jobs: Invalid input: expected int, received number'],
      [{ jobs: 'two' }, '--jobs: Invalid input: expected number, received NaN'],
    ] as const) {
      const err = failure(schema, raw);
      expect(isZodError(err)).toBe(true);
      expect(describeError(err)).toBe(message);
      expect(exitCodeFor(err)).toBe(2);
    }
  });

  it('recognise errors of the classic API too, and nothing else', () => {
    expect(isZodError(failure(classic.object({ a: classic.string() }) as unknown as z.ZodMiniType, {}))).toBe(true);
    expect(isZodError(Object.assign(new Error('x'), { name: 'ZodError', issues: [] }))).toBe(false);
    expect(exitCodeFor(new Error('x'))).toBe(1);
  });
});

describe('every command', () => {
  const dir = join(ROOT, 'src', 'cli', 'commands');
  const actions = readdirSync(dir).flatMap((file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    return [...source.matchAll(/\.action\(async \(([^)]*)\) => \{\n(.*)\n/gu)].map((m) => ({ file, params: m[1]!, first: m[2]!.trim() }));
  });

  it('parses its options with a zod schema on the first line of its action', () => {
    expect(actions.length).toBeGreaterThanOrEqual(8);
    for (const a of actions) {
      if (!/\braw\b/u.test(a.params)) continue; // (`schema` takes no options)
      expect(`${a.file}: ${a.first}`).toMatch(/: const opts = \w+\.parse\(raw\);$/u);
    }
    expect(actions.filter((a) => /\braw\b/u.test(a.params)).length).toBeGreaterThanOrEqual(7);
  });
});
