#!/usr/bin/env node
/**
 * A rubric of chained gates within every cap, for measuring `validate` and `analyze` on a
 * large rubric (docs/reviews/adversarial-0.2.0-answers.md, finding 9). The review's chain.py,
 * cut into chains: `n` yes/no questions, question i gated on question i-1 unless i is a
 * multiple of `k` (it then opens a new chain), one recommendation, a tight share band.
 *
 *   node scripts/gen-chains.mjs 1000 10 > chains-1000.yaml   # 100 chains of ten questions, nine gates each
 */
const [n = 1000, k = 10] = process.argv.slice(2).map(Number);
if (!(n >= 1 && k >= 1)) {
  process.stderr.write('usage: node scripts/gen-chains.mjs <questions> [questions per chain]\n');
  process.exit(2);
}
const L = (s) => `{ru: ${s}, kk: ${s}, en: ${s}}`;
const out = [
  'id: chain',
  'version: 1.0.0',
  'languages: [ru, kk, en]',
  `title: ${L('T')}`,
  'problemAreas:',
  `  - {id: a, title: ${L('A')}}`,
  'riskCategories:',
  `  - {id: r, title: ${L('R')}}`,
  'recommendations:',
  `  - {id: x, title: ${L('X')}, actions: {lo: ${L('d')}, hi: ${L('d')}}}`,
  'levels:',
  `  - {id: lo, min: 0, label: ${L('L')}}`,
  `  - {id: hi, min: 50, label: ${L('H')}}`,
  'scoring: {shareBand: [0.01, 0.02]}',
  'questions:',
];
for (let i = 0; i < n; i++) {
  const when = i % k === 0 ? '' : `, when: {question: q${i - 1}, in: [y]}`;
  out.push(`  - {id: q${i}, area: ${i % 2 === 0 ? 'a' : 'r'}, recommendations: [x]${when}, text: ${L('t')}, options: [{id: n, score: 0, label: ${L('n')}}, {id: y, score: 1, label: ${L('y')}}]}`);
}
process.stdout.write(`${out.join('\n')}\n`);
