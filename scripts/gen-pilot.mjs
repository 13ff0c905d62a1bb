#!/usr/bin/env node
/**
 * Generates a pilot of the rubric: bodies each answered by several independent respondents,
 * for `readiness agreement`. Deterministic (the project's seeded generator). Each body has a
 * true option per question, drawn around its maturity; each respondent reports it, except
 * that with probability `noise` they pick a neighbouring option (one step up or down the
 * question's options ordered by score) and with probability `blank` they leave it blank.
 * The questions named in `ambiguous` are answered with `ambiguousNoise` instead: the pilot a
 * maintainer would run on a rubric with a few badly worded ladders.
 *
 *   node scripts/gen-pilot.mjs --out <dir> [--bodies 100] [--respondents 2] [--seed 1]
 *                              [--noise 0.05] [--ambiguous id,id] [--rubric rubrics/default.yaml]
 *
 * Also a module: `readPilotRubric(file)` and `generatePilot(rubric, options)`, used by the
 * tests and by `scripts/bench-agreement.mjs`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { seededRandom } from '../dist/random.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_RUBRIC = join(root, 'rubrics', 'default.yaml');

const NAMES = ['Айгерим Сапарова', 'Ерлан Абенов', 'Динара Касымова', 'Нурлан Жумабеков', 'Асель Тулегенова', 'Марат Исмаилов', 'Жанар Оспанова', 'Ольга Ким'];

/** The parts of a rubric the generator needs: each question's option ids from the lowest score up. */
export function readPilotRubric(file = DEFAULT_RUBRIC) {
  const r = parse(readFileSync(file, 'utf8'));
  return {
    id: r.id,
    version: r.version,
    questions: r.questions.map((q) => ({
      id: q.id,
      options: q.options.map((o, i) => ({ id: o.id, score: o.score, i })).sort((a, b) => a.score - b.score || a.i - b.i).map((o) => o.id),
    })),
  };
}

/**
 * The pilot's answer files: `[{ name, text }]`, `respondents` files per body, file names
 * `body-0001-r1.yaml`. `respondents` may be a function of the body's index (for bodies with
 * one respondent in the mix).
 */
export function generatePilot(rubric, { bodies = 100, respondents = 2, seed = 1, noise = 0.05, blank = 0.03, ambiguous = [], ambiguousNoise = 0.6 } = {}) {
  const rand = seededRandom((seed * 0x9e3779b1) >>> 0);
  const vague = new Set(ambiguous);
  const files = [];
  for (let b = 0; b < bodies; b++) {
    const maturity = rand();
    const truth = rubric.questions.map((q) => {
      const x = Math.min(0.999, Math.max(0, maturity + (rand() - 0.5) * 0.6));
      return Math.floor(x * q.options.length);
    });
    const count = typeof respondents === 'function' ? respondents(b) : respondents;
    for (let r = 0; r < count; r++) {
      const lines = [
        `rubric: {id: ${rubric.id}, version: ${rubric.version}}`,
        'respondent:',
        `  organization: ${JSON.stringify(`Pilot body №${b + 1}`)}`,
        `  name: ${JSON.stringify(NAMES[(b + r) % NAMES.length])}`,
        'language: en',
        'answers:',
      ];
      rubric.questions.forEach((q, i) => {
        if (rand() < blank) return;
        let k = truth[i];
        if (rand() < (vague.has(q.id) ? ambiguousNoise : noise)) k = Math.max(0, Math.min(q.options.length - 1, k + (rand() < 0.5 ? -1 : 1) * (vague.has(q.id) ? 1 + Math.floor(rand() * 2) : 1)));
        lines.push(`  ${q.id}: ${q.options[k]}`);
      });
      files.push({ name: `body-${String(b + 1).padStart(4, '0')}-r${r + 1}.yaml`, text: `${lines.join('\n')}\n` });
    }
  }
  return files;
}

/** Writes a pilot to `dir`; returns the number of files. */
export function writePilot(dir, rubric, options) {
  mkdirSync(dir, { recursive: true });
  const files = generatePilot(rubric, options);
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
  return files.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = { out: undefined, bodies: 100, respondents: 2, seed: 1, noise: 0.05, ambiguous: [], rubric: DEFAULT_RUBRIC };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--out') opts.out = value();
    else if (flag === '--bodies') opts.bodies = Number(value());
    else if (flag === '--respondents') opts.respondents = Number(value());
    else if (flag === '--seed') opts.seed = Number(value());
    else if (flag === '--noise') opts.noise = Number(value());
    else if (flag === '--ambiguous') opts.ambiguous = value().split(',').filter(Boolean);
    else if (flag === '--rubric') opts.rubric = value();
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!opts.out) throw new Error('--out <dir> is required');
  const n = writePilot(opts.out, readPilotRubric(opts.rubric), opts);
  console.log(`${n} answer files in ${opts.out}`);
}
