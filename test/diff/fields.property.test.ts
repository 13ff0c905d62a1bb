import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import { diffFields } from '../../src/diff/fields.js';
import { diffRubrics } from '../../src/diff/structure.js';
import type { Rubric } from '../../src/rubric/model.js';
import { summarizeAnswers } from '../../src/scoring/score.js';
import { rubric } from './helpers.js';

// The built-in rubric and every answer file of it the fixtures hold (its own version and 1.0.0).
// The default rubric as of 2.0.0 (archived since 2.1.0): a realistic, fixed base.
const BASE = rubric('rubrics/archive/default-2.0.0.yaml');
const FILES = ['v2/ministry-well-along', 'v2/agency-in-between', 'v2/akimat-starting', 'ministry-well-along', 'agency-in-between', 'akimat-starting'].map((n) => {
  const file = `test/fixtures/answers/${n}.yaml`;
  return { file, text: readFileSync(file, 'utf8') };
});

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = Array<string | number>;

const model = JSON.parse(JSON.stringify({ ...BASE, sha256: undefined })) as Record<string, Json>;

/** Every place a mutation can hit: plain values, lists of plain values, and whole objects. */
function places(value: Json, path: Path, out: Array<{ path: Path; value: Json }>): Array<{ path: Path; value: Json }> {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) out.push({ path, value });
    else value.forEach((v, i) => places(v, [...path, i], out));
  } else if (value !== null && typeof value === 'object') {
    if (path.length > 0) out.push({ path, value });
    for (const [k, v] of Object.entries(value)) places(v, [...path, k], out);
  } else out.push({ path, value });
  return out;
}
// The version is what a change must raise: changing it is not the change under test.
const PLACES = places(model, [], []).filter((p) => p.path[0] !== 'version');
const STRINGS = [...new Set(PLACES.filter((p) => typeof p.value === 'string' && (p.value as string).length < 40).map((p) => p.value as string)), 'flag', 'downgrade', 'x'];

function mutate(value: Json, pick: number, amount: number): Json | undefined {
  if (typeof value === 'number') return [value + 0.25, value / 2, 0, 1, amount][pick % 5]!;
  if (typeof value === 'string') return pick % 4 === 0 ? `${value}-x` : STRINGS[(pick * 7919 + Math.floor(amount * 1000)) % STRINGS.length]!;
  if (typeof value === 'boolean') return !value;
  if (value === null) return [0.5, 1, 2][pick % 3]!;
  if (Array.isArray(value)) {
    if (pick % 3 === 0 || value.length === 0) return [...value, typeof value[0] === 'number' ? amount : STRINGS[pick % STRINGS.length]!];
    const drop = pick % value.length;
    return pick % 3 === 1 ? value.filter((_, i) => i !== drop) : value.map((v, i) => (i === drop && typeof v === 'number' ? v + amount : v));
  }
  return pick % 2 === 0 ? undefined : { ...value, extra: 'x' };
}

function applyAt(root: Record<string, Json>, path: Path, next: Json | undefined): Rubric {
  const copy = JSON.parse(JSON.stringify(root)) as Record<string, Json>;
  let at: Json = copy;
  for (const key of path.slice(0, -1)) at = (at as Record<string, Json>)[key as string]!;
  const last = path[path.length - 1]!;
  if (next === undefined) {
    if (Array.isArray(at)) at.splice(last as number, 1);
    else delete (at as Record<string, Json>)[last as string];
  } else (at as Record<string | number, Json>)[last] = next;
  return { ...(copy as unknown as Rubric), sha256: 'mutated' };
}

/** What each answer file comes to under a rubric: its figures, or the fact that it is refused. */
function outcomes(r: Rubric): string[] {
  return FILES.map(({ file, text }) => {
    const parsed = parseAnswers(file, text, r);
    return parsed.ok ? JSON.stringify(summarizeAnswers(r, parsed.value)) : 'refused';
  });
}

describe('diff misses nothing (property)', () => {
  const before = outcomes(BASE);

  it('any change to any field of the rubric that moves a score (or refuses a file) is reported, and is an error under --strict', () => {
    let moved = 0;
    fc.assert(
      fc.property(fc.nat(PLACES.length - 1), fc.nat(1000), fc.double({ min: 0, max: 1, noNaN: true }), (index, pick, amount) => {
        const place = PLACES[index]!;
        const next = mutate(place.value, pick, amount);
        const after = applyAt(model, place.path, next);
        let now: string[];
        try {
          now = outcomes(after);
        } catch {
          // A mutation that breaks the model beyond what `validate` lets through (a dangling
          // reference the scorer cannot follow) is not a rubric anyone can ship.
          fc.pre(false);
          return;
        }
        const d = diffRubrics(BASE, after);
        const changed = JSON.stringify(next) !== JSON.stringify(place.value);
        // Any difference in the model is listed; "the same" only for the same model.
        if (changed) {
          expect(d.same).toBe(false);
          expect(d.fields.length).toBeGreaterThan(0);
        }
        if (now.some((o, i) => o !== before[i])) {
          moved++;
          expect(d.movesScores, `${place.path.join('.')}: ${JSON.stringify(place.value)} → ${JSON.stringify(next)}`).toBe(true);
          const strict = diffRubrics(BASE, after, { strict: true });
          expect(strict.problems.some((p) => p.severity === 'error')).toBe(true);
        }
      }),
      { numRuns: 200, seed: 20261207 },
    );
    // The property is about score-moving changes: make sure it met many.
    expect(moved).toBeGreaterThan(20);
  }, 120_000);

  it('a change the diff calls text-only moves no score', () => {
    const texts = PLACES.filter((p) => typeof p.value === 'string' && ['ru', 'kk', 'en'].includes(String(p.path[p.path.length - 1])));
    fc.assert(
      fc.property(fc.nat(texts.length - 1), fc.string({ minLength: 1, maxLength: 20 }), (index, text) => {
        const place = texts[index]!;
        const after = applyAt(model, place.path, `${String(place.value)}${text}`);
        const d = diffRubrics(BASE, after);
        expect(d.movesScores).toBe(false);
        expect(d.fields.every((f) => f.kind === 'text')).toBe(true);
        expect(outcomes(after)).toEqual(before);
      }),
      { numRuns: 40, seed: 7 },
    );
  }, 60_000);

  it('names the fields the reviewer found unreported', () => {
    const paths = (r: Rubric) => diffFields(BASE, r).map((f) => `${f.path}:${f.kind}`);
    const q = (id: string) => BASE.questions.findIndex((x) => x.id === id);
    expect(paths(applyAt(model, ['questions', q('ai-audit'), 'when', 'in'], ['operation']))).toEqual(['questions[ai-audit].when.in:method']);
    expect(paths(applyAt(model, ['questions', q('legal-trusted-list'), 'notApplicable'], undefined))).toEqual(['questions[legal-trusted-list].notApplicable:method']);
    expect(paths(applyAt(model, ['scoring', 'unsupported'], 'flag'))).toEqual(['scoring.unsupported:method']);
    expect(paths(applyAt(model, ['scoring', 'shareBand'], [0.01, 0.05]))).toEqual(['scoring.shareBand:method']);
    expect(paths(applyAt(model, ['scoring', 'minCoverage'], 0.8))).toEqual(['scoring.minCoverage:method']);
    expect(paths(applyAt(model, ['questions', q('staff-ai-roles'), 'text', 'kk'], 'x'))).toEqual(['questions[staff-ai-roles].text.kk:text']);
  });
});
