import { NA, type Answers } from '../answers/model.js';
import { audit as words } from '../i18n/catalogue/audit.js';
import { t, type Lang } from '../i18n/lang.js';
import type { Rubric } from '../rubric/model.js';
import { isRejection, type Audit } from './model.js';

/** A problem with one verdict: where in the audit file (`verdicts.<id>…`) and what. */
export interface VerdictIssue {
  path: Array<string | number>;
  message: string;
  /** Whether the finding points at the key (an unknown question) rather than the value. */
  key?: boolean;
}

/**
 * Checks an audit's verdicts against the rubric and, when given, the answers it audits:
 * every question must exist, an auditor's option must be one of the question's (or `n/a`
 * where the rubric allows it), a verdict must be on a question the file answers (there is
 * no claim to check otherwise), a confirmed claim keeps the option claimed, and a rejected
 * one (or one whose document was not found) names another option or none. Returns every issue; pure.
 */
export function checkVerdicts(rubric: Rubric, audit: Pick<Audit, 'verdicts'>, answers: Answers | undefined, lang: Lang): VerdictIssue[] {
  const issues: VerdictIssue[] = [];
  const byId = new Map(rubric.questions.map((q) => [q.id, q]));
  for (const [id, v] of audit.verdicts) {
    const q = byId.get(id);
    if (!q) {
      issues.push({ path: ['verdicts', id], message: t(lang, words.unknownQuestion, { id }), key: true });
      continue;
    }
    if (v.option !== null) {
      const known = q.options.some((o) => o.id === v.option) || (v.option === NA && q.notApplicable !== undefined);
      if (!known) {
        const options = [...q.options.map((o) => o.id), ...(q.notApplicable !== undefined ? [NA] : [])].join(', ');
        issues.push({ path: ['verdicts', id, 'option'], message: t(lang, words.unknownOption, { id, option: v.option, options }) });
        continue;
      }
    }
    if (!answers) continue;
    const claimed = answers.answers.get(id);
    // A blank entry on an unanswered question says nothing; a verdict on one is refused.
    if (claimed === undefined) {
      if (v.verdict !== null) issues.push({ path: ['verdicts', id, 'verdict'], message: t(lang, words.notAnswered, { id }) });
      continue;
    }
    if (v.verdict === 'confirmed' && v.option !== null && v.option !== claimed) {
      issues.push({ path: ['verdicts', id, 'option'], message: t(lang, words.confirmedOther, { id, option: v.option, claimed }) });
    }
    if (isRejection(v.verdict) && v.option === claimed) {
      issues.push({ path: ['verdicts', id, 'option'], message: t(lang, words.rejectedSame, { id, option: v.option }) });
    }
  }
  return issues;
}
