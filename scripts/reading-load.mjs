#!/usr/bin/env node
// Reading load of a rubric, measured as the method review of rubric 2.0.0 measured it
// (shared review, section 4.6 and its appendix): words are `[\p{L}\p{N}]+` tokens of what the
// respondent reads for each question: the question, its options and its help, plus the
// not-applicable text where there is one; evidence hints are counted apart. Counted per module
// (the core, answered by every body, and the questions a gate opens) and per language.
//
// The time model is the review's: reading at 150 words a minute, about 20 seconds a choice, and
// 30-60 seconds to type or paste each document reference, with about 70% of the answers citing
// a document (the review counted 18 references for the 26 core questions of 2.0.0).
//
// Usage: node scripts/reading-load.mjs [rubric.yaml] [--json]
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'rubrics/default.yaml';
const asJson = args.includes('--json');
const rubric = parse(readFileSync(file, 'utf8'));
const WORD = /[\p{L}\p{N}]+/gu;
const words = (text) => (typeof text === 'string' ? (text.match(WORD) ?? []).length : 0);
const READ_WPM = 150;
const CHOICE_S = 20;
const REF_S = [30, 60];
const CITING = 0.7;

const modules = { core: rubric.questions.filter((q) => !q.when), gated: rubric.questions.filter((q) => q.when) };
const result = { rubric: `${rubric.id} ${rubric.version}`, modules: {} };
for (const [name, qs] of Object.entries(modules)) {
  const perLang = {};
  for (const lang of rubric.languages) {
    let read = 0;
    let na = 0;
    let evidence = 0;
    for (const q of qs) {
      read += words(q.text?.[lang]) + words(q.help?.[lang]);
      for (const o of q.options) read += words(o.label?.[lang]);
      na += words(q.notApplicable?.[lang]);
      evidence += words(q.evidence?.[lang]);
    }
    perLang[lang] = { questions: qs.length, words: read, withNotApplicable: read + na, evidenceHints: evidence };
  }
  result.modules[name] = perLang;
}
// Minutes for one officer answering in Russian (the review's figures are Russian ones).
const minutes = (w, n) => {
  const reading = w / READ_WPM;
  const choosing = (n * CHOICE_S) / 60;
  const refs = Math.round(n * CITING);
  return { reading, choosing, references: refs, low: reading + choosing + (refs * REF_S[0]) / 60, high: reading + choosing + (refs * REF_S[1]) / 60 };
};
const lang = rubric.languages.includes('ru') ? 'ru' : rubric.languages[0];
const core = result.modules.core[lang];
const gated = result.modules.gated[lang];
result.time = {
  language: lang,
  withoutAi: minutes(core.withNotApplicable + core.evidenceHints, core.questions),
  withAi: minutes(core.withNotApplicable + core.evidenceHints + gated.withNotApplicable + gated.evidenceHints, core.questions + gated.questions),
};
if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`${result.rubric}: words the respondent reads (question, options, help; with the not-applicable texts; evidence hints apart)`);
  for (const [name, perLang] of Object.entries(result.modules)) {
    for (const [l, c] of Object.entries(perLang)) console.log(`  ${name.padEnd(5)} ${l}: ${c.questions} questions, ${c.words} words, ${c.withNotApplicable} with n/a texts, ${c.evidenceHints} in evidence hints`);
  }
  for (const [name, t] of Object.entries(result.time)) {
    if (name === 'language') continue;
    console.log(`  time (${result.time.language}, ${name === 'withoutAi' ? 'core' : 'core and AI module'}): reading ${t.reading.toFixed(0)} min, choosing ${t.choosing.toFixed(0)} min, ${t.references} references: ${Math.round(t.low)}-${Math.round(t.high)} min`);
  }
}
