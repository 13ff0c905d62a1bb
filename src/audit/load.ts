import { formatPath, limitFindings, sortFindings, type Finding, type Loaded } from '../errors.js';
import { audit as words } from '../i18n/catalogue/audit.js';
import { t } from '../i18n/lang.js';
import { messageLang } from '../i18n/messages.js';
import { locate, parseYaml, type SourceDocument } from '../source/parse-yaml.js';
import { printable } from '../source/printable.js';
import { ANSWER_LIMITS, readSource } from '../source/read-source.js';
import { schemaFindings } from '../source/schema-findings.js';
import type { Audit } from './model.js';
import { AuditSchema } from './schema.js';

export { fileSha256 } from './model.js';

export { isAuditValue } from './model.js';

/** A finding at a path of an audit file, with its line and column. */
export function findingAt(source: SourceDocument, path: ReadonlyArray<string | number>, message: string, severity: Finding['severity'] = 'error', key = false): Finding {
  const { line, column } = locate(source, path, { key });
  return { file: source.file, line, column, path: printable(formatPath(path), 200), message, severity };
}

/**
 * An audit file parsed with positions and checked for shape (see `AuditSchema`): the audit,
 * and its source for locating later findings (a verdict against the answers), or every
 * finding with its line and column. Never throws for bad input.
 */
export function auditFromSource(source: SourceDocument): Loaded<{ audit: Audit; source: SourceDocument }> {
  const result = AuditSchema.safeParse(source.value);
  if (!result.success) {
    const lang = messageLang();
    const value = source.value as { answers?: { sha256?: unknown }; audit?: { date?: unknown; received?: unknown } };
    // The two formats zod checks by pattern get the catalogue's own words (a present string of the wrong form).
    const findings = schemaFindings(source, result.error).map((f) =>
      f.path === 'answers.sha256' && typeof value.answers?.sha256 === 'string'
        ? { ...f, message: t(lang, words.badSha) }
        : (f.path === 'audit.date' && typeof value.audit?.date === 'string') || (f.path === 'audit.received' && typeof value.audit?.received === 'string')
          ? { ...f, message: t(lang, words.badDate) }
          : f,
    );
    return { ok: false, findings: limitFindings(sortFindings(findings)) };
  }
  const data = result.data;
  return {
    ok: true,
    warnings: [],
    value: {
      source,
      audit: {
        file: source.file,
        auditor: data.audit.auditor ?? null,
        date: data.audit.date ?? null,
        received: data.audit.received ?? null,
        organization: data.answers.organization,
        sha256: data.answers.sha256,
        verdicts: Object.entries(data.verdicts).map(([id, v]) => [id, { verdict: v?.verdict ?? null, option: v?.option ?? null, note: v?.note ?? null }]),
      },
    },
  };
}

/** Reads and parses an audit file (see `auditFromSource`). */
export function loadAudit(file: string): Loaded<{ audit: Audit; source: SourceDocument }> {
  const read = readSource(file);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  const parsed = parseYaml(file, read.text, ANSWER_LIMITS);
  if (!parsed.ok) return parsed;
  return auditFromSource(parsed.source);
}
