import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswersSchema } from '../../src/answers/schema.js';
import { plainAnswersFile } from '../../src/answers/shape.js';
import { RUNS } from '../fuzz/arbitraries.js';

// The zod-free check must decide exactly as the schema does for every value it accepts, and
// hand everything else to the schema.
const text = (max: number) => fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('', '  ', ' x ', 'a'.repeat(max), 'a'.repeat(max + 1), '  ' + 'b'.repeat(max - 1) + '  '));
// Mostly well-formed files (YAML gives no `undefined`), each field now and then of the wrong
// type or length, an unknown key now and then.
const rare = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) => fc.oneof({ arbitrary: good, weight: 8 }, { arbitrary: bad, weight: 1 });
const junk = fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 2 }), fc.constant(null));
const optText = (max: number) => rare(fc.oneof(text(max), fc.constant(null)), junk);
const map = (max: number) =>
  rare(fc.dictionary(fc.constantFrom('q1', 'q2', 'x-y', '0'), rare(fc.oneof(text(max), fc.constant(null)), junk), { maxKeys: 3 }), junk);
const file = fc.record(
  {
    $schema: rare(fc.string(), junk),
    rubric: rare(fc.record({ id: rare(fc.string({ minLength: 1, maxLength: 3 }), fc.constantFrom('', 5)), version: rare(fc.string({ minLength: 1, maxLength: 3 }), fc.constant('')) }), junk),
    respondent: rare(
      fc.record({ organization: rare(text(500), junk), unit: optText(500), name: optText(500), position: optText(500), extra: fc.string() }, { requiredKeys: ['organization'] }).map((r) => {
        if (Math.abs(JSON.stringify(r).length % 7) !== 0) delete (r as Record<string, unknown>).extra;
        return r;
      }),
      junk,
    ),
    language: optText(10),
    answers: map(10),
    comments: map(4000),
    evidence: map(2000),
    unit: rare(fc.oneof(fc.constantFrom('it', ' hr ', '', '  ', 'x'.repeat(201)), fc.constant(null)), junk),
    asked: rare(fc.oneof(fc.array(fc.constantFrom('q1', 'q2', 'y'.repeat(201)), { maxLength: 3 }), fc.constant(null)), junk),
    unknown: fc.string(),
  },
  { requiredKeys: ['rubric', 'respondent'] },
).map((f) => {
  if (JSON.stringify(f).length % 5 !== 0) delete (f as Record<string, unknown>).unknown;
  return f;
});

describe('plainAnswersFile agrees with AnswersSchema', () => {
  it('on generated answer files: the same value when it accepts, and it accepts what the schema accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(file, (v) => {
        const plain = plainAnswersFile(v);
        const zod = AnswersSchema.safeParse(v);
        expect(plain !== undefined).toBe(zod.success);
        if (plain !== undefined) {
          accepted++;
          expect(plain).toEqual(zod.data);
          expect(JSON.stringify(plain)).toBe(JSON.stringify(zod.data));
        }
      }),
      { numRuns: Math.max(RUNS, 2000) },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('accepts a typical file and trims the organization as the schema does', () => {
    const v = { rubric: { id: 'r', version: '1.0.0' }, respondent: { organization: '  Акимат  ', unit: null }, answers: { q1: 'a', q2: null }, evidence: { q1: 'Приказ № 5' } };
    expect(plainAnswersFile(v)).toEqual(AnswersSchema.parse(v));
    expect(plainAnswersFile(v)!.respondent.organization).toBe('Акимат');
  });

  it('leaves to the schema every file it refuses, each for the reason the schema gives', () => {
    for (const v of [
      { rubric: { id: 'r', version: '1' }, respondent: { organization: ' ' } },
      { rubric: { id: 'r', version: '1' }, respondent: { organization: 'x'.repeat(501) } },
      { rubric: { id: 'r', version: '1' }, respondent: { organization: 'x' }, answers: { q: 1 } },
      { rubric: { id: 'r', version: '1' }, respondent: { organization: 'x' }, comments: { q: 'c'.repeat(4001) } },
      { rubric: { id: 'r', version: '1' }, respondent: { organization: 'x' }, extra: 1 },
      { rubric: { id: 'r', version: '1', x: 1 }, respondent: { organization: 'x' } },
    ]) {
      expect(plainAnswersFile(v)).toBeUndefined();
      expect(AnswersSchema.safeParse(v).success).toBe(false);
    }
  });
});
