import type { Lang } from '../../src/i18n/lang.js';
import { ReportSchema, type Report } from '../../src/report/schema.js';

/** Texts a hostile or careless answer file could carry into a report. */
export const HOSTILE = {
  organization: 'Evil <script>alert(1)</script> [x](javascript:alert(1)) | pipe\n# injected `tick` *bold* _u_ &amp; ~~s~~',
  comment: [
    'First line <img src=x onerror=alert(1)> [click](javascript:alert(2))',
    '# not a heading',
    '- not a list',
    '```js',
    'see https://x.kz/`a``b` and www.evil.example | ok',
    '<!-- hidden -->',
  ].join('\n'),
  question: 'Broken | table\nrow? `code` <b>bold</b>',
  option: 'Option | with pipe\n| and a new row',
};

const option = (id: string, label: string, score: number) => ({ id, label, score });

/**
 * A report built by hand, valid against ReportSchema: three recommendations (one not
 * assessed), four gaps, one unanswered question, one warning. `hostile` puts untrusted
 * text in every place an answer file or a rubric reaches.
 */
export function sampleReport(language: Lang = 'en', opts: { hostile?: boolean } = {}): Report {
  const h = opts.hostile === true;
  const comment = h ? HOSTILE.comment : 'Order No. 12 of 01.02.2025 approves the policy.';
  const qText = h ? HOSTILE.question : 'Is an AI policy approved?';
  const optLabel = h ? HOSTILE.option : 'Drafted';
  const report: Report = {
    schemaVersion: 3,
    tool: { name: 'readiness', version: '9.9.9' },
    rubric: { id: 'sample', version: '1.0.0', sha256: 'ab'.repeat(32), title: 'Sample rubric' },
    respondent: {
      organization: h ? HOSTILE.organization : 'Ministry of Examples',
      unit: h ? 'Unit | <i>x</i>' : 'Digital department',
      name: 'A. Person',
      position: h ? 'Head\n## of nothing' : 'Head of unit',
    },
    language,
    date: '2026-03-01',
    answersRubricVersion: '1.0.0',
    method: { minCoverage: 0.75, weakestLink: 1, evidenceFrom: 0.67, unsupported: 'flag', maxCitations: 3, oldAfterMonths: null },
    overall: {
      score: 42.5,
      answeredScore: 45.2,
      level: { id: 'developing', label: 'Developing', min: 30 },
      status: 'complete',
      coverage: 0.8,
      answered: 4,
      applicable: 5,
      total: 7,
      required: 4,
      missing: 0,
      uncappedLevel: null,
      cappedBy: null,
      next: {
        level: { id: 'established', label: 'Established', min: 55 },
        pointsNeeded: 12.5,
        reachable: true,
        changes: [
          { question: 'legal-policy', text: qText, from: option('draft', optLabel, 0.33), to: option('approved', 'Approved', 1), gain: 10.1 },
          { question: 'staff-training', text: 'Are staff trained?', from: option('some', 'Some staff', 0.5), to: option('all', 'All staff', 1), gain: 2.4 },
          { question: 'cyber-pentest', text: 'Are penetration tests run?', from: null, to: option('yearly', 'Every year', 1), gain: 1.2 },
        ],
      },
    },
    levels: [
      { id: 'initial', label: 'Initial', min: 0 },
      { id: 'developing', label: 'Developing', min: 30 },
      { id: 'established', label: 'Established', min: 55 },
      { id: 'advanced', label: 'Advanced', min: 80 },
    ],
    recommendations: [
      {
        id: 'legal-framework',
        title: h ? 'Legal | framework <u>' : 'Legal framework',
        weight: 1,
        score: 33.3,
        answeredScore: 33.3,
        level: { id: 'developing', label: 'Developing', min: 30 },
        gap: 66.7,
        gain: 20.2,
        actions: h ? 'Approve the act.\n# Then publish it <script>x</script>' : 'Approve the act and publish it.',
        examples: [h ? 'Estonia: [link](javascript:alert(3))' : 'Estonia: 99% of public services online.'],
        answered: 1,
        applicable: 1,
        total: 2,
        questions: [
          {
            id: 'legal-policy',
            text: qText,
            area: 'legal-barriers',
            status: 'answered',
            option: option('draft', optLabel, 0.33),
            weight: 1,
            contribution: 33,
            evidence: h ? HOSTILE.comment : 'Draft order of 01.02.2025',
            comment,
          },
          { id: 'legal-register', text: 'Is a register of AI systems kept?', area: 'legal-barriers', status: 'gated', option: null, weight: 1, contribution: null },
        ],
      },
      {
        id: 'digital-literacy',
        title: 'Digital literacy',
        weight: 2,
        score: 47.1,
        answeredScore: 56.3,
        level: { id: 'developing', label: 'Developing', min: 30 },
        gap: 52.9,
        gain: 14.3,
        actions: 'Train every civil servant.',
        examples: [],
        answered: 3,
        applicable: 4,
        total: 5,
        questions: [
          { id: 'staff-training', text: 'Are staff trained?', area: 'staff', status: 'answered', option: option('some', 'Some staff', 0.5), weight: 2, contribution: 22.22 },
          {
            id: 'staff-roles',
            text: 'Are AI roles filled?',
            area: 'staff',
            status: 'answered',
            option: option('team', h ? HOSTILE.option : 'A team', 1),
            unsupported: true,
            reason: 'placeholder',
            weight: 1,
            contribution: 22.22,
          },
          { id: 'staff-exchange', text: 'Exchanges abroad?', area: 'staff', status: 'answered', option: option('few', 'A few', 0.25), weight: 0.5, contribution: 2.78 },
          { id: 'cyber-pentest', text: 'Are penetration tests run?', area: 'cyber', status: 'unanswered', option: null, weight: 1, contribution: 0 },
          { id: 'staff-hr', text: 'Is AI used in HR?', area: 'staff', status: 'declared-na', option: null, weight: 1, contribution: null },
        ],
      },
      {
        id: 'pilots',
        title: 'Pilots',
        weight: 1,
        score: null,
        answeredScore: null,
        level: null,
        gap: null,
        gain: 0,
        actions: 'Start one pilot.',
        examples: ['Kazakhstan: AI in Public Service Centres cut processing time by 15%.'],
        answered: 0,
        applicable: 0,
        total: 1,
        questions: [{ id: 'legal-register', text: 'Is a register of AI systems kept?', area: 'legal-barriers', status: 'gated', option: null, weight: 1, contribution: null }],
      },
    ],
    gaps: [
      {
        question: 'legal-policy',
        text: qText,
        area: 'legal-barriers',
        recommendations: ['legal-framework'],
        option: option('draft', optLabel, 0.33),
        best: option('approved', 'Approved', 1),
        gain: 10.1,
      },
      { question: 'staff-training', text: 'Are staff trained?', area: 'staff', recommendations: ['digital-literacy'], option: option('some', 'Some staff', 0.5), best: option('all', 'All staff', 1), gain: 4.8 },
      { question: 'cyber-pentest', text: 'Are penetration tests run?', area: 'cyber', recommendations: ['digital-literacy'], option: null, best: option('yearly', 'Every year', 1), gain: 2.4 },
      { question: 'staff-exchange', text: 'Exchanges abroad?', area: 'staff', recommendations: ['digital-literacy'], option: option('few', 'A few', 0.25), best: option('many', 'Many', 1), gain: 1.8 },
    ],
    problemAreas: [
      { id: 'staff', title: 'Staff', score: 64.3, answered: 3, applicable: 3, total: 4 },
      { id: 'legal-barriers', title: h ? 'Legal | barriers' : 'Legal barriers', score: 33, answered: 1, applicable: 1, total: 2 },
    ],
    riskCategories: [{ id: 'cyber', title: 'Cyber threats', exposure: 100, answered: 0, applicable: 1, total: 1 }],
    unanswered: [{ id: 'cyber-pentest', text: 'Are penetration tests run?', area: 'cyber' }],
    notApplicable: [
      {
        id: 'staff-hr',
        text: 'Is AI used in HR?',
        area: 'staff',
        reason: 'declared',
        label: 'The body has no HR service of its own',
        justification: h ? HOSTILE.comment : 'HR is served by the Agency under agreement No. 4.',
      },
      {
        id: 'legal-register',
        text: 'Is a register of AI systems kept?',
        area: 'legal-barriers',
        reason: 'gated',
        gate: { question: 'ai-inventory', text: 'Does the body run AI systems?', answer: option('none', h ? HOSTILE.option : 'None', 0) },
      },
    ],
    unsupported: [
      {
        id: 'staff-roles',
        text: 'Are AI roles filled?',
        area: 'staff',
        option: option('team', h ? HOSTILE.option : 'A team', 1),
        countedAs: null,
        kind: 'option',
        reason: 'placeholder',
        given: h ? HOSTILE.comment : '-',
        evidence: 'The staffing table',
      },
    ],
    flags: [{ id: 'legal-policy', text: qText, kind: 'reused-document', documents: [h ? HOSTILE.comment : 'order-12'] }],
    modules: [],
    warnings: [h ? '3:1: rubric.version: made with <b>0.9.0</b> | [x](javascript:1)' : '3:1: rubric.version: the answers were made with version 0.9.0'],
  };
  return ReportSchema.parse(report);
}

/** The same report with nothing answered: every score null. */
export function unassessedReport(language: Lang = 'en'): Report {
  const r = sampleReport(language);
  const report: Report = {
    ...r,
    overall: { ...r.overall, score: null, answeredScore: null, level: null, status: 'incomplete', coverage: 0, answered: 0, missing: 4, next: null },
    recommendations: r.recommendations.map((rec) => ({
      ...rec,
      score: null,
      answeredScore: null,
      level: null,
      gap: null,
      gain: 0,
      answered: 0,
      applicable: 0,
      questions: rec.questions.map((q) => ({ id: q.id, text: q.text, area: q.area, status: 'gated' as const, option: null, weight: q.weight, contribution: null })),
    })),
    gaps: [],
    problemAreas: r.problemAreas.map((a) => ({ ...a, score: null, answered: 0 })),
    riskCategories: r.riskCategories.map((c) => ({ ...c, exposure: null, answered: 0 })),
    unanswered: [
      { id: 'legal-policy', text: 'Is an AI policy approved?', area: 'legal-barriers' },
      { id: 'staff-training', text: 'Are staff trained?', area: 'staff' },
    ],
    notApplicable: [],
    unsupported: [],
    flags: [],
    warnings: [],
  };
  return ReportSchema.parse(report);
}

/** Splits a GFM table row into cells at unescaped pipes, as a forge does. */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === '\\' && row[i + 1] === '|') {
      current += '\\|';
      i++;
    } else if (ch === '|') {
      cells.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current);
  // The leading and trailing pipes leave an empty cell at each end.
  return cells.slice(1, -1);
}
