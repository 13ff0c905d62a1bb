import type { Answers } from '../answers/model.js';
import { formatFinding, type Finding } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import type { Report } from '../report/schema.js';
import type { Rubric } from '../rubric/model.js';
import type { ScoreOptions } from '../scoring/score.js';
import { checkVerdicts } from './check.js';
import { findingAt, loadAudit } from './load.js';
import type { AuditFor } from './pair.js';
import { auditedReport, auditErrorReport, verifiedReport } from './verify.js';

/**
 * The declared report with its `audit` block for one answer file, and the findings to print:
 * the verified result when the audit applies and every verdict stands, else the declared
 * score with the error (an audit of a changed file, a verdict on an unanswered question or
 * a nonexistent option, each as `file:line:col`).
 */
export function applyAudit(
  rubric: Rubric,
  answers: Answers,
  declared: Report,
  auditFor: AuditFor,
  options: ScoreOptions,
  lang: Lang,
): { report: Report; findings: Finding[]; verified?: Report } {
  if ('error' in auditFor) {
    return { report: auditErrorReport(declared, auditFor.file, auditFor.error), findings: [{ file: auditFor.file, message: auditFor.error, severity: 'error' }] };
  }
  const { audit } = auditFor;
  const issues = checkVerdicts(rubric, audit, answers, lang);
  if (issues.length === 0) {
    const verified = verifiedReport(rubric, answers, audit, options);
    return { report: auditedReport(rubric, answers, audit, declared, options, verified), findings: [], verified };
  }
  // Positions are worked out only for an audit that has something to say.
  const loaded = loadAudit(audit.file);
  const findings = issues.map((i): Finding =>
    loaded.ok ? findingAt(loaded.value.source, i.path, i.message, 'error', i.key) : { file: audit.file, message: i.message, severity: 'error' },
  );
  return { report: auditErrorReport(declared, audit.file, findings.slice(0, 5).map(formatFinding).join('; ')), findings };
}
