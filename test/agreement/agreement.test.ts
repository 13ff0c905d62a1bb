import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAgreement, organizationKey, type RespondentFile } from '../../src/agreement/agreement.js';
import { krippendorffAlpha } from '../../src/agreement/alpha.js';
import { renderAgreementHtml } from '../../src/agreement/render-html.js';
import { renderAgreementMarkdown } from '../../src/agreement/render-md.js';
import { AgreementSchema } from '../../src/agreement/schema.js';
import { parseAnswers } from '../../src/answers/load.js';
import { sameOrganization } from '../../src/answers/store.js';
import type { Rubric } from '../../src/rubric/model.js';
import { loadRubric } from '../../src/rubric/load.js';

function rubricAt(file?: string): Rubric {
  const loaded = loadRubric(file);
  if (!loaded.ok) throw new Error(`rubric ${file} does not load`);
  return loaded.value.rubric;
}

const MINIMAL = rubricAt('test/fixtures/rubrics/minimal.yaml');
const DEFAULT = rubricAt();
const TOOL = { name: 'readiness', version: 'test' };

/** One answer file from YAML lines after the header, checked against the rubric as every command does. */
function file(rubric: Rubric, name: string, org: string, body: string, who?: string): RespondentFile {
  const text = `rubric: {id: ${rubric.id}, version: ${rubric.version}}\nrespondent: {organization: ${JSON.stringify(org)}${who ? `, name: ${JSON.stringify(who)}` : ''}}\n${body}`;
  const loaded = parseAnswers(name, text, rubric);
  if (!loaded.ok) throw new Error(`${name}: ${JSON.stringify(loaded.findings)}`);
  return { file: name, answers: loaded.value };
}

const agree = (rubric: Rubric, files: RespondentFile[]) => computeAgreement(rubric, files, { lang: 'en', tool: TOOL });

describe('computeAgreement', () => {
  it('groups files into bodies by organization, as a person reads the name, and computes alpha per question over bodies', () => {
    const files = [
      file(MINIMAL, 'a1.yaml', 'Akimat  A', 'answers: {staff-training: none, cyber-pentest: never}', 'Aigerim'),
      file(MINIMAL, 'a2.yaml', 'akimat a', 'answers: {staff-training: some, cyber-pentest: never}', 'Erlan'),
      file(MINIMAL, 'b1.yaml', 'Body B', 'answers: {staff-training: all, cyber-pentest: yearly}'),
      file(MINIMAL, 'b2.yaml', 'Body B', 'answers: {staff-training: all, cyber-pentest: yearly}'),
      file(MINIMAL, 'c1.yaml', 'Body C', 'answers: {staff-training: some, cyber-pentest: yearly}'),
    ];
    const a = agree(MINIMAL, files);
    expect(AgreementSchema.parse(a)).toEqual(a);
    expect(a.bodies.map((b) => [b.organization, b.respondents.length, b.contributes])).toEqual([
      ['Akimat  A', 2, true],
      ['Body B', 2, true],
      ['Body C', 1, false],
    ]);
    expect(a.singleRespondent).toBe(1);
    // staff-training: ranks none 0, some 1, all 2; units A = [0, 1], B = [2, 2]; C has one value and contributes nothing.
    const staff = a.questions.find((q) => q.id === 'staff-training')!;
    const expected = krippendorffAlpha([[0, 1], [2, 2]], 'ordinal').alpha!;
    expect(staff.alpha).toBe(Math.round(expected * 1000) / 1000);
    expect(staff).toMatchObject({ units: 2, values: 4, ambiguous: expected < 0.667 });
    expect(staff.confusions).toEqual([{ a: { id: 'none', label: 'No training', score: 0 }, b: { id: 'some', label: 'Some staff', score: 0.5 }, pairs: 1, bodies: 1 }]);
    const pentest = a.questions.find((q) => q.id === 'cyber-pentest')!;
    expect(pentest).toMatchObject({ alpha: 1, units: 2, values: 4, ambiguous: false, confusions: [] });
    // Who chose what, in the body that disagrees, to settle before merge.
    expect(a.bodies[0]!.disagreements).toEqual([
      {
        id: 'staff-training',
        text: expect.any(String),
        choices: [
          { file: 'a1.yaml', name: 'Aigerim', status: 'answered', option: { id: 'none', label: 'No training', score: 0 } },
          { file: 'a2.yaml', name: 'Erlan', status: 'answered', option: { id: 'some', label: 'Some staff', score: 0.5 } },
        ],
      },
    ]);
    expect(a.bodies[1]!.disagreements).toEqual([]);
    // Overall: every (body, question) unit with option scores.
    const overall = krippendorffAlpha([[0, 0.5], [1, 1], [0, 0], [1, 1]], 'ordinal');
    expect(a.overall).toEqual({ alpha: Math.round(overall.alpha! * 1000) / 1000, units: 4, values: 8 });
    expect(a.sections.map((s) => s.id)).toEqual(['staff', 'cyber']);
    expect(a.sections[1]).toMatchObject({ alpha: 1, units: 2 });
    expect(a.recommendations.map((r) => r.id)).toEqual(['literacy', 'infrastructure']);
  });

  it('groups by the same rule as sameOrganization', () => {
    const name = fc.stringMatching(/^[ aAbBäÄ\u0308\t]{0,6}$/);
    fc.assert(fc.property(name, name, (x, y) => (organizationKey(x) === organizationKey(y)) === sameOrganization(x, y)));
  });

  it('counts unanswered, n/a and gated questions as missing values, not disagreement', () => {
    const na = 'comments: {legal-trusted-list: "Not a sectoral body."}\n';
    const files = [
      file(DEFAULT, 'x1.yaml', 'X', `answers: {legal-trusted-list: formed, tech-ai-systems: operation, ai-roles: all}\n`),
      file(DEFAULT, 'x2.yaml', 'X', `answers: {legal-trusted-list: n/a, tech-ai-systems: none, ai-roles: none}\nevidence: {tech-ai-systems: "Register extract No. 4 of 01.02.2026", legal-trusted-list: "Statute of the body No. 5 of 01.02.2026"}\n${na}`),
      file(DEFAULT, 'y1.yaml', 'Y', `answers: {legal-trusted-list: formed}\n`),
      file(DEFAULT, 'y2.yaml', 'Y', `answers: {legal-trusted-list: none}\n`),
      file(DEFAULT, 'z1.yaml', 'Z', `answers: {legal-trusted-list: published}\n`),
      file(DEFAULT, 'z2.yaml', 'Z', `answers: {}\n`),
    ];
    const a = agree(DEFAULT, files);
    const trusted = a.questions.find((q) => q.id === 'legal-trusted-list')!;
    // Only body Y pairs: X's n/a and Z's blank are missing, so one unit of two values.
    expect(trusted).toMatchObject({ units: 1, values: 2 });
    const roles = a.questions.find((q) => q.id === 'ai-roles')!;
    expect(roles).toMatchObject({ units: 0, values: 0, alpha: null, ambiguous: false });
    // X disagrees on the trusted list (an option against n/a) and on the gate; not on ai-roles, which x2's own gate excludes
    // (its answer there is set aside, as the scorer sets it aside).
    const x = a.bodies.find((b) => b.organization === 'X')!;
    expect(x.disagreements.map((d) => d.id).sort()).toEqual(['legal-trusted-list', 'tech-ai-systems']);
    expect(x.disagreements.find((d) => d.id === 'legal-trusted-list')!.choices.map((c) => c.status)).toEqual(['answered', 'declared-na']);
    // Z: one blank, one answer: nothing to settle.
    expect(a.bodies.find((b) => b.organization === 'Z')!.disagreements).toEqual([]);
  });

  it('says which files were carried forward from another rubric version', () => {
    const old = parseAnswers('old.yaml', `rubric: {id: ${DEFAULT.id}, version: 1.0.0}\nrespondent: {organization: X}\nanswers: {}\n`, DEFAULT);
    expect(old.ok).toBe(true);
    const a = agree(DEFAULT, [{ file: 'old.yaml', answers: (old as { value: RespondentFile['answers'] }).value }, file(DEFAULT, 'new.yaml', 'X', 'answers: {}\n')]);
    expect(a.carriedForward).toEqual([{ file: 'old.yaml', version: '1.0.0' }]);
    expect(renderAgreementMarkdown(a)).toContain('old.yaml');
  });

  it('renders every section in markdown and HTML, the chart with its two lines', () => {
    const files = [
      file(MINIMAL, 'a1.yaml', 'A', 'answers: {staff-training: none, cyber-pentest: never}'),
      file(MINIMAL, 'a2.yaml', 'A', 'answers: {staff-training: all, cyber-pentest: yearly}'),
      file(MINIMAL, 'b1.yaml', 'B', 'answers: {staff-training: some, cyber-pentest: never}'),
      file(MINIMAL, 'b2.yaml', 'B', 'answers: {staff-training: all, cyber-pentest: never}'),
    ];
    for (const lang of ['ru', 'kk', 'en'] as const) {
      const a = computeAgreement(MINIMAL, files, { lang, tool: TOOL });
      const md = renderAgreementMarkdown(a);
      expect(md.match(/^## /gm)).toHaveLength(6);
      expect(md).toContain('### A');
      const html = renderAgreementHtml(a);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html.match(/<line [^>]*stroke-dasharray="5 3"/g)).toHaveLength(2);
      expect(html).toContain('id="chart-alpha-t"');
      expect(html).not.toMatch(/<script|style="/);
      // The axis ticks as the reader writes numbers.
      expect(html).toContain(lang === 'en' ? '>0.25</text>' : '>0,25</text>');
    }
  });
});
