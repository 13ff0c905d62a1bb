import { type Lang, sayerIn } from '../i18n/lang.js';
import type { Report } from '../report/schema.js';
import { printable } from './plan.js';
import { interview } from '../i18n/catalogue/interview.js';

/**
 * The closing summary's list of claims still without a document: the report's
 * `unsupported[]`, each with the option claimed and what the rubric expects as proof.
 */
export function unsupportedLines(report: Report, lang: Lang): string[] {
  const say = sayerIn(interview, lang);
  if (report.unsupported.length === 0) return [];
  return [
    say('closingUnsupported', { count: report.unsupported.length }),
    ...report.unsupported.map((u) => {
      const expected = u.evidence ? ` (${say('evidenceExpected', { evidence: printable(u.evidence) })})` : '';
      return `  · ${printable(u.text)} → ${printable(u.option.label)}${expected}`;
    }),
  ];
}
