import type { Finding } from '../errors.js';
import { audit as words } from '../i18n/catalogue/audit.js';
import { t, type Lang } from '../i18n/lang.js';
import { printable } from '../source/printable.js';
import type { Audit } from './model.js';

/** What an answer file of a batch gets from the audits: its audit, or why none applies. */
export type AuditFor = { audit: Audit } | { error: string; file: string };

/** Audits paired with the answer files of a batch; plain data, so a worker thread can receive it. */
export interface AuditPairing {
  /** answer file → its audit or the error that stands for it. */
  byFile: Record<string, AuditFor>;
  /** Audits that apply to no given file: one error row each. */
  problems: Finding[];
}

/**
 * Pairs audits with answer files by the sha256 of the file's bytes (SPEC.md "Audit"). An
 * audit whose sha256 no given file has is the error of the file of the same organization
 * that has no audit of its own (the file changed since its audit), or, naming no given
 * body, an error row of its own. Two audits of one file: the second is refused. `orgOf` is
 * asked only when some audit is left unpaired.
 */
export function pairAudits(
  files: readonly string[],
  audits: readonly Audit[],
  shaOf: (file: string) => string | undefined,
  orgOf: (file: string) => string | undefined,
  same: (a: string, b: string) => boolean,
  lang: Lang,
): AuditPairing {
  const byFile: Record<string, AuditFor> = Object.create(null) as Record<string, AuditFor>;
  const problems: Finding[] = [];
  const shas = new Map<string, string>();
  const filesBySha = new Map<string, string[]>();
  for (const file of files) {
    const sha = shaOf(file);
    if (sha === undefined) continue;
    shas.set(file, sha);
    filesBySha.set(sha, [...(filesBySha.get(sha) ?? []), file]);
  }
  const taken = new Map<string, Audit>();
  const unpaired: Audit[] = [];
  for (const audit of audits) {
    const first = taken.get(audit.sha256);
    if (first) {
      problems.push({ file: audit.file, message: t(lang, words.twoAudits, { a: printable(first.file, 1000), b: printable(audit.file, 1000) }), severity: 'error' });
      continue;
    }
    const paired = filesBySha.get(audit.sha256);
    if (!paired) {
      unpaired.push(audit);
      continue;
    }
    taken.set(audit.sha256, audit);
    for (const file of paired) byFile[file] = { audit };
  }
  if (unpaired.length > 0) {
    const orgs = new Map<string, string | undefined>();
    const unaudited = files.filter((f) => !Object.hasOwn(byFile, f));
    for (const audit of unpaired) {
      let claimed = false;
      for (const file of unaudited) {
        if (!orgs.has(file)) orgs.set(file, orgOf(file));
        const org = orgs.get(file);
        if (org === undefined || !same(org, audit.organization) || Object.hasOwn(byFile, file)) continue;
        byFile[file] = {
          file: audit.file,
          error: t(lang, words.changedSince, { audit: printable(audit.file, 1000), want: audit.sha256, got: shas.get(file) ?? '?' }),
        };
        claimed = true;
      }
      if (!claimed) {
        problems.push({
          file: audit.file,
          message: t(lang, words.noAnswerFile, { sha: audit.sha256, organization: printable(audit.organization, 200) }),
          severity: 'error',
        });
      }
    }
  }
  return { byFile, problems };
}
