import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Answers } from '../../src/answers/model.js';
import type { RubricFile } from '../../src/rubric/schema.js';
import { formatFinding, type Finding } from '../../src/errors.js';
import { expect } from 'vitest';

/** Cases per property: `FUZZ_RUNS` (npm run fuzz sets 20000), else a CI-sized default. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
/** Per-property time limit that grows with the cases asked for (npm run fuzz runs many). */
export const TIMEOUT = Math.max(120_000, RUNS * 200);
/** Cases actually run, per property, for the summary printed at the end of each file. */
export const counted = new Map<string, number>();
export function count(name: string): void {
  counted.set(name, (counted.get(name) ?? 0) + 1);
}

const LANG_SETS = [['ru', 'kk', 'en'], ['en'], ['kk', 'ru'], ['en', 'ru', 'kk']] as const;
const WORD = fc.constantFrom('Кадры', 'Кадрлар', 'Staff', 'Әкімдік қ ң ө ұ ү һ і', '<b>x</b>', '=1+1', '"quoted"', 'a: b', '# not a comment');

export interface RubricCase {
  file: RubricFile;
  /** How many options each question has, to pick answers with. */
  optionCounts: number[];
}

/** Valid rubrics of every shape the schema and the rules allow: sizes, weights, maps, levels. */
export const rubricArb: fc.Arbitrary<RubricCase> = fc
  .record({
    langs: fc.constantFrom(...LANG_SETS),
    areas: fc.integer({ min: 1, max: 3 }),
    risks: fc.integer({ min: 0, max: 3 }),
    recs: fc.array(fc.option(fc.double({ min: 0.1, max: 10, noNaN: true }), { nil: undefined }), { minLength: 1, maxLength: 4 }),
    levelSteps: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 0, maxLength: 3 }),
    extra: fc.integer({ min: 0, max: 6 }),
    word: WORD,
    seed: fc.array(
      fc.record({
        weight: fc.option(fc.double({ min: 0.1, max: 5, noNaN: true }), { nil: undefined }),
        asMap: fc.boolean(),
        refWeights: fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), { minLength: 1, maxLength: 3 }),
        middle: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 0, maxLength: 3 }),
        zeroFirst: fc.boolean(),
      }),
      { minLength: 12, maxLength: 12 },
    ),
  })
  .map(({ langs, areas, risks, recs, levelSteps, extra, word, seed }) => {
    const text = (s: string) => Object.fromEntries(langs.map((l) => [l, `${s} ${word} ${l}`]));
    const sections = [...Array(areas).keys()].map((i) => `area-${i}`);
    const riskIds = [...Array(risks).keys()].map((i) => `risk-${i}`);
    const all = [...sections, ...riskIds];
    const levels: RubricFile['levels'] = [];
    let min = 0;
    levels.push({ id: 'level-0', min: 0, label: text('L0') });
    levelSteps.forEach((step, i) => {
      min += step;
      if (min <= 100) levels.push({ id: `level-${i + 1}`, min, label: text(`L${i + 1}`) });
    });
    const recIds = recs.map((_, i) => `rec-${i}`);
    const nq = Math.max(all.length, recIds.length) + extra;
    const optionCounts: number[] = [];
    const questions: RubricFile['questions'] = [...Array(nq).keys()].map((i) => {
      const s = seed[i % seed.length]!;
      const refs = [recIds[i % recIds.length]!, ...s.refWeights.slice(1).map((_, k) => recIds[(i + k + 1) % recIds.length]!)];
      const unique = [...new Set(refs)];
      const scores = s.zeroFirst ? [0, ...s.middle, 1] : [1, ...s.middle, 0];
      optionCounts.push(scores.length);
      return {
        id: `q-${i}`,
        area: all[i % all.length]!,
        recommendations: s.asMap ? Object.fromEntries(unique.map((id, k) => [id, s.refWeights[k] ?? 1])) : unique,
        ...(s.weight !== undefined ? { weight: s.weight } : {}),
        text: text(`Q${i}`),
        options: scores.map((score, k) => ({ id: `o-${k}`, score, label: text(`O${k}`) })),
      };
    });
    const file: RubricFile = {
      id: 'fuzz-rubric',
      version: '1.0.0',
      languages: [...langs],
      title: text('Title'),
      problemAreas: sections.map((id) => ({ id, title: text(id) })),
      riskCategories: riskIds.map((id) => ({ id, title: text(id) })),
      recommendations: recIds.map((id, i) => ({
        id,
        title: text(id),
        ...(recs[i] !== undefined ? { weight: recs[i] } : {}),
        actions: Object.fromEntries(levels.map((l) => [l.id, text(`do ${id} ${l.id}`)])),
      })),
      levels,
      questions,
    };
    return { file, optionCounts };
  });

/** One answer per question: an option index, or none. */
export const choicesArb = (optionCounts: number[]): fc.Arbitrary<Array<number | null>> =>
  fc.tuple(...optionCounts.map((n) => fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: null, freq: 3 })));

/** The text of an answer file choosing `choices` from a fuzz rubric. */
export function answerText(file: RubricFile, choices: Array<number | null>, organization = 'Акимат'): string {
  const answers: Record<string, string> = {};
  file.questions.forEach((q, i) => {
    const c = choices[i];
    if (c !== null && c !== undefined) answers[q.id] = q.options[c]!.id;
  });
  return stringify({ rubric: { id: file.id, version: file.version }, respondent: { organization }, language: file.languages[0], answers });
}

/** Answers as the scorer takes them. */
export function answersOf(file: RubricFile, choices: Array<number | null>): Answers {
  const answers = new Map<string, string>();
  file.questions.forEach((q, i) => {
    const c = choices[i];
    if (c !== null && c !== undefined) answers.set(q.id, q.options[c]!.id);
  });
  return { rubric: { id: file.id, version: file.version }, respondent: { organization: 'Акимат' }, answers, comments: new Map(), documents: new Map(), evidence: new Map() };
}

/** A copy with every map's keys in another order (lists keep theirs). */
export function shuffleKeys(value: unknown, rand: () => number): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, rand));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, shuffleKeys(v, rand)] as const);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries);
}

/** A seeded random for shuffles inside a property. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

/** What every refusal must look like: a typed finding, a position where there is one, no stack. */
export function expectCleanFindings(file: string, findings: readonly Finding[]): void {
  expect(findings.length).toBeGreaterThan(0);
  for (const f of findings) {
    expect(f.file).toBe(file);
    expect(['error', 'warning']).toContain(f.severity);
    expect(typeof f.message).toBe('string');
    expect(f.message.length).toBeGreaterThan(0);
    if (f.line !== undefined) {
      expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
      expect(Number.isInteger(f.column) && f.column! >= 1).toBe(true);
    }
    const line = formatFinding(f);
    expect(line).not.toMatch(/\n\s+at /);
    expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }
}

/** Values of every JSON/YAML type, with hostile keys and strings mixed in. */
export const KEYS = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '<<', '', ' ') },
);
export const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 20 }),
    fc.constantFrom('none', 'some', 'all', 'never', 'yearly', 'minimal', '1.0.0', 'staff-training', 'cyber-pentest'),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(KEYS, tie('value')), { maxLength: 4 }).map((pairs) => ({ pairs })),
  ),
})).value;

/** JSON text for a value where `{pairs}` are maps (keys may repeat or be `__proto__`). */
export function toJsonText(value: unknown): string {
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'pairs' in value) {
    const pairs = (value as { pairs: Array<[string, unknown]> }).pairs;
    return `{${pairs.map(([k, v]) => `${JSON.stringify(k)}: ${toJsonText(v)}`).join(', ')}}`;
  }
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(', ')}]`;
  return JSON.stringify(value) ?? 'null';
}
