import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NA, type Answers } from '../../src/answers/model.js';
import { sampleClaims } from '../../src/audit/sample.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { parseRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { renderCsv } from '../../src/report/render-csv.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { ReportSchema } from '../../src/report/schema.js';
import { contradictions } from '../../src/scoring/contradictions.js';
import { questionStates, scoreAnswers, summarizeAnswers } from '../../src/scoring/score.js';

// The rule "a gate's closing answer that the file's own answers contradict closes nothing"
// (an option's `implies`), on the fixture built for it: `pilot-plan: started` implies that
// `ai-systems` is `pilot` or `operation`.

setMessageLang('en');
const FIXTURE = 'test/fixtures/rubrics/gate-contradiction.yaml';
const TEXT = readFileSync(FIXTURE, 'utf8');
function rubricOf(text: string): Rubric {
  const loaded = parseRubric('gate-contradiction.yaml', text);
  if (!loaded.ok) throw new Error(loaded.findings.map((f) => `${f.line}:${f.column}: ${f.message}`).join('\n'));
  return loaded.value.rubric;
}
const rubric = rubricOf(TEXT);
const CORE = { policy: 'applied', 'pilot-plan': 'started', 'data-exchange': 'all', training: 'all', 'skills-plan': 'yes' } as const;
const MODULE = ['ai-register', 'ai-audit'];

function answers(map: Record<string, string>, r: Rubric = rubric): Answers {
  return {
    rubric: { id: r.id, version: r.version },
    respondent: { organization: 'Test body' },
    answers: new Map(Object.entries(map)),
    comments: new Map(Object.entries(map).filter(([, v]) => v === NA).map(([id]) => [id, 'This does not apply to the body, as its head confirmed.'])),
    documents: new Map(),
    // Each claim with a document of its own, of a type its question accepts.
    evidence: new Map(Object.keys(map).map((id, i) => [id, { text: `${id === 'ai-register' ? 'Report' : id === 'ai-audit' ? 'Report' : 'Order'} No. ${i + 1} of ${10 + (i % 14)}.02.2026` }])),
  };
}
const score = (a: Answers, r: Rubric = rubric) => {
  const report = scoreAnswers(r, a, { lang: 'en', tool: { name: 'readiness', version: 'test' } });
  ReportSchema.parse(report);
  return report;
};

describe('a gate closed against the file\'s own answers', () => {
  it('finds the contradiction from the answers alone: the implying option chosen, the other question answered outside `in` (n/a too)', () => {
    expect(contradictions(rubric, answers({ ...CORE, 'ai-systems': 'none' }))).toEqual([{ id: 'pilot-plan', option: 'started', question: 'ai-systems', answer: 'none' }]);
    expect(contradictions(rubric, answers({ ...CORE, 'ai-systems': 'pilot' }))).toEqual([]);
    expect(contradictions(rubric, answers({ ...CORE, 'ai-systems': 'operation' }))).toEqual([]);
    expect(contradictions(rubric, answers({ ...CORE, 'pilot-plan': 'planned', 'ai-systems': 'none' }))).toEqual([]);
    // An unanswered gate contradicts nothing (its questions apply anyway).
    expect(contradictions(rubric, answers({ ...CORE }))).toEqual([]);
    const na = answers({ ...CORE, 'ai-systems': 'none' });
    (na.answers as Map<string, string>).set('ai-systems', NA);
    expect(contradictions(rubric, na)).toEqual([{ id: 'pilot-plan', option: 'started', question: 'ai-systems', answer: NA }]);
  });

  it('the closing answer closes nothing: the module stays applicable and, left blank, counts as unanswered', () => {
    const honestNone = questionStates(rubric, answers({ ...CORE, 'pilot-plan': 'planned', 'ai-systems': 'none' }));
    for (const id of MODULE) expect(honestNone.get(id)!.status).toBe('gated');
    const contradicted = questionStates(rubric, answers({ ...CORE, 'ai-systems': 'none' }));
    for (const id of MODULE) expect(contradicted.get(id)!.status).toBe('unanswered');
    // Answered, the module counts as answered.
    const filled = questionStates(rubric, answers({ ...CORE, 'ai-systems': 'none', 'ai-register': 'kept', 'ai-audit': 'no' }));
    expect(filled.get('ai-register')!.status).toBe('answered');
    expect(filled.get('ai-audit')!.counted!.score).toBe(0);
  });

  it('the level falls to what the module at zero allows (the false "none" lifted 66.7 Developing to 100 Advanced)', () => {
    const honest = score(answers({ ...CORE, 'ai-systems': 'pilot', 'ai-register': 'no', 'ai-audit': 'no' }));
    expect([honest.overall.score, honest.overall.level?.id]).toEqual([66.7, 'developing']);
    const gamed = score(answers({ ...CORE, 'ai-systems': 'none' }));
    expect(gamed.overall.score).toBe(66.7);
    expect(gamed.overall.level?.id).toBe('developing');
    expect(gamed.overall.cappedBy?.id).toBe('module:ai-systems');
    expect(gamed.unanswered.map((u) => u.id).sort()).toEqual([...MODULE].sort());
    expect(gamed.notApplicable).toEqual([]);
    // A body whose pilot is only planned closes the module with its "none".
    const none = score(answers({ ...CORE, 'pilot-plan': 'planned', 'ai-systems': 'none' }));
    expect(none.notApplicable.map((n) => n.id).sort()).toEqual([...MODULE].sort());
  });

  it('holds without an evidence rule: a contradiction is not a matter of documents', () => {
    const loose = rubricOf(TEXT.replace('  evidenceFrom: 0.67\n', ''));
    const states = questionStates(loose, answers({ ...CORE, 'ai-systems': 'none' }, loose));
    for (const id of MODULE) expect(states.get(id)!.status).toBe('unanswered');
  });

  it('flags both questions `contradiction`, each naming the other, in the rubric\'s order', () => {
    const r = score(answers({ ...CORE, 'ai-systems': 'none' }));
    expect(r.flags.filter((f) => f.kind === 'contradiction')).toEqual([
      { id: 'ai-systems', text: 'Does the body run AI systems?', kind: 'contradiction', documents: [], question: { id: 'pilot-plan', text: 'Has an AI pilot started?' } },
      { id: 'pilot-plan', text: 'Has an AI pilot started?', kind: 'contradiction', documents: [], question: { id: 'ai-systems', text: 'Does the body run AI systems?' } },
    ]);
    expect(summarizeAnswers(rubric, answers({ ...CORE, 'ai-systems': 'none' })).flags).toBe(r.flags.length);
    expect(score(answers({ ...CORE, 'ai-systems': 'pilot' })).flags.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });

  it('a contradiction that closes no gate changes no score: the flag alone', () => {
    // data-exchange "all" implies policy "applied"; policy answered "approved" contradicts it.
    const implying = rubricOf(TEXT.replace("      - {id: all, score: 1, label: {ru: Полностью, kk: Толық, en: All}}", "      - {id: all, score: 1, label: {ru: Полностью, kk: Толық, en: All}, implies: {question: policy, in: [applied]}}"));
    const body = { ...CORE, 'pilot-plan': 'planned', policy: 'approved', 'ai-systems': 'pilot', 'ai-register': 'kept', 'ai-audit': 'yes' };
    const flagged = score(answers(body, implying), implying);
    const plain = score(answers(body));
    expect(flagged.flags.filter((f) => f.kind === 'contradiction').map((f) => [f.id, f.question?.id])).toEqual([
      ['policy', 'data-exchange'],
      ['data-exchange', 'policy'],
    ]);
    expect(flagged.overall).toEqual(plain.overall);
    expect(flagged.recommendations.map((x) => x.score)).toEqual(plain.recommendations.map((x) => x.score));
  });

  it('the renderers word the flag in ru, kk and en, naming the other question', () => {
    const a = answers({ ...CORE, 'ai-systems': 'none' });
    const words = { en: ['answers that contradict each other', 'contradicts the answer to'], ru: ['ответы противоречат друг другу', 'противоречит ответу на вопрос'], kk: ['жауаптар бір-біріне қайшы', 'жауабына қайшы'] } as const;
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const report = scoreAnswers(rubric, a, { lang, tool: { name: 'readiness', version: 'test' } });
      const md = renderMarkdown(report, { lang });
      const html = renderHtml(report, { lang });
      for (const w of words[lang]) {
        expect(md, `${lang} md`).toContain(w);
        expect(html, `${lang} html`).toContain(w);
      }
      expect(md).toContain('pilot-plan');
    }
    // The report's CSV counts them as every other flag (column "Flags for the auditor").
    const [head, row] = renderCsv(scoreAnswers(rubric, a, { lang: 'en', tool: { name: 'readiness', version: 'test' } }), 'body.yaml').trim().split('\n');
    const at = head!.split(',').indexOf('Flags for the auditor');
    expect(row!.split(',')[at]).toBe('2');
  });

  it('audit sample takes the contradicted claims first', () => {
    const a = answers({ ...CORE, 'ai-systems': 'none' });
    const declared = score(a);
    const claims = sampleClaims(rubric, a, declared, { size: 3, seed: 1, lang: 'en', sha256: 'a'.repeat(64), flags: declared.flags });
    expect(claims.slice(0, 2).map((c) => [c.id, c.reason])).toEqual([
      ['ai-systems', 'flag:contradiction'],
      ['pilot-plan', 'flag:contradiction'],
    ]);
  });
});

describe('validate: implies, each problem with its position', () => {
  const findings = (text: string) => {
    const loaded = parseRubric('g.yaml', text);
    return loaded.ok ? loaded.warnings.map((f) => `${f.line}:${f.column}: ${f.path}: ${f.message}`) : loaded.findings.map((f) => `${f.line}:${f.column}: ${f.path}: ${f.message}`);
  };
  const lineOf = (needle: string, text: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
  /** The column where `needle` starts on the line `IMPLIES` was replaced by. */
  const colOf = (needle: string, line: string) => line.indexOf(needle) + 1;
  const IMPLIES = '        implies: {question: ai-systems, in: [pilot, operation]}';
  const with_ = (line: string) => TEXT.replace(IMPLIES, line);

  it('accepts the fixture', () => {
    expect(findings(TEXT)).toEqual([]);
  });
  it('refuses an unknown question, an unknown option, its own question', () => {
    const unknown = with_('        implies: {question: ai-system, in: [pilot]}');
    expect(findings(unknown)).toEqual([`${lineOf('question: ai-system,', unknown)}:29: questions[4].options[2].implies.question: question "ai-system" named in \`implies\` is not in this rubric`]);
    const optionLine = '        implies: {question: ai-systems, in: [pilot, running]}';
    const option = with_(optionLine);
    expect(findings(option)).toEqual([
      `${lineOf('running]', option)}:${colOf('running', optionLine)}: questions[4].options[2].implies.in[1]: option "running" is not an option of question "ai-systems"; expected one of: none, pilot, operation`,
    ]);
    const self = with_('        implies: {question: pilot-plan, in: [none]}');
    expect(findings(self)).toEqual([`${lineOf('question: pilot-plan', self)}:29: questions[4].options[2].implies.question: an option cannot imply the answer to its own question`]);
  });
  it('refuses an implication that says nothing, or one its own question could never be chosen under', () => {
    const alwaysLine = '        implies: {question: ai-systems, in: [none, pilot, operation]}';
    const always = with_(alwaysLine);
    expect(findings(always)).toEqual([`${lineOf('in: [none, pilot', always)}:${colOf('[none', alwaysLine)}: questions[4].options[2].implies.in: lists every option of "ai-systems": any answer agrees, so \`implies\` says nothing`]);
    // A module question whose option says the gate is "none": it applies only under pilot or operation.
    const never = TEXT.replace("      - {id: yes, score: 1, label: {ru: Да, kk: Иә, en: Yes}}\n  - id: policy", "      - {id: yes, score: 1, label: {ru: Да, kk: Иә, en: Yes}, implies: {question: ai-systems, in: [none]}}\n  - id: policy");
    expect(findings(never)).toHaveLength(1);
    expect(findings(never)[0]).toMatch(/^\d+:\d+: questions\[2\]\.options\[1\]\.implies\.in: the question applies only when "ai-systems" is one of pilot, operation/);
  });
  it('refuses a field it does not know inside implies (the schema)', () => {
    const extra = with_('        implies: {question: ai-systems, in: [pilot], when: x}');
    expect(findings(extra).join('\n')).toContain('questions[4].options[2].implies');
  });
});
