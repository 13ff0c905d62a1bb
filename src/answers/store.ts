import { constants, copyFileSync, existsSync, linkSync, mkdirSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Finding } from '../errors.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import type { Rubric } from '../rubric/model.js';
import { parseYaml } from '../source/parse-yaml.js';
import { readSource } from '../source/read-source.js';
import { loadAnswers } from './load.js';
import type { Answers, Contributor, Decision, Respondent } from './model.js';

/** What the interview holds in memory and saves after every answer. */
export interface AnswerDraft {
  rubric: { id: string; version: string };
  respondent: Respondent;
  language?: string;
  /** question id → option id. */
  answers: Map<string, string>;
  /** question id → free text. */
  comments: Map<string, string>;
  /** question id → the document that shows the answer. */
  evidence: Map<string, string>;
  /** A unit's file: its unit id and the questions it was asked. */
  unit?: string;
  asked?: readonly string[];
  /** A merged file: who gave which answer, and the conflicts settled by `--prefer`. */
  contributors?: readonly Contributor[];
  decisions?: readonly Decision[];
}

/** The answer file the interview saves to when `--answers` is not given. */
export const DEFAULT_ANSWERS_FILE = 'readiness-answers.yaml';

// YAML 1.1 and 1.2 words that a plain scalar would turn into a boolean or null.
const RESERVED_WORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/** A key or id written plain when YAML reads it back as the same string, quoted otherwise. */
function yamlId(value: string): string {
  const word = /^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*$/i.test(value) && !RESERVED_WORDS.test(value);
  // A semantic version has two dots, so YAML never reads it as a number.
  const version = /^\d+\.\d+\.\d+(?:-[0-9a-z]+(?:[.-][0-9a-z]+)*)?$/i.test(value);
  return word || version ? value : yamlText(value);
}

/**
 * A double-quoted YAML scalar for any text. JSON string syntax is valid YAML; the
 * characters YAML does not accept raw or that YAML 1.1 readers (PyYAML, older tools an
 * auditor may use) take as line breaks (DEL, C1 controls with NEL, line and paragraph
 * separators, BOM, non-characters) are escaped too, so pasted or hostile text reads back
 * exactly as it was typed, whatever reads it.
 */
function yamlText(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The answer file's text in the SPEC format: rubric, respondent, language, the answers in
 * rubric order (unanswered questions left out) and the comments. Pure and fast: it is
 * written after every answer.
 */
export function renderAnswerFile(rubric: Rubric, draft: AnswerDraft): string {
  const lines: string[] = [
    draft.contributors !== undefined && draft.contributors.length > 0
      ? "# readiness: one body's answers, merged from its units' files (see contributors). Continue: npx readiness assess --answers <this file>"
      : '# readiness: answers saved after every answer. Resume: npx readiness assess --answers <this file>',
    `rubric: {id: ${yamlId(draft.rubric.id)}, version: ${yamlId(draft.rubric.version)}}`,
    'respondent:',
    `  organization: ${yamlText(draft.respondent.organization)}`,
  ];
  for (const key of ['unit', 'name', 'position', 'type', 'region'] as const) {
    const value = draft.respondent[key];
    if (value !== undefined && value !== '') lines.push(`  ${key}: ${yamlText(value)}`);
  }
  if (draft.language !== undefined) lines.push(`language: ${yamlId(draft.language)}`);
  if (draft.unit !== undefined) lines.push(`unit: ${yamlId(draft.unit)}`);
  if (draft.asked !== undefined) lines.push(`asked: [${draft.asked.map(yamlId).join(', ')}]`);

  const ordered = (map: ReadonlyMap<string, string>) => {
    const known = rubric.questions.filter((q) => map.has(q.id)).map((q) => q.id);
    // Ids outside the rubric never come from the interview; kept last rather than dropped.
    const rest = [...map.keys()].filter((id) => !rubric.questions.some((q) => q.id === id));
    return [...known, ...rest];
  };
  const answered = ordered(draft.answers);
  if (answered.length === 0) lines.push('answers: {}');
  else {
    lines.push('answers:');
    for (const id of answered) lines.push(`  ${yamlId(id)}: ${yamlId(draft.answers.get(id)!)}`);
  }
  const commented = ordered(draft.comments).filter((id) => draft.comments.get(id)!.trim() !== '');
  if (commented.length > 0) {
    lines.push('comments:');
    for (const id of commented) lines.push(`  ${yamlId(id)}: ${yamlText(draft.comments.get(id)!)}`);
  }
  const evidenced = ordered(draft.evidence).filter((id) => draft.evidence.get(id)!.trim() !== '');
  if (evidenced.length > 0) {
    lines.push('evidence:');
    for (const id of evidenced) lines.push(`  ${yamlId(id)}: ${yamlText(draft.evidence.get(id)!)}`);
  }
  if (draft.contributors !== undefined && draft.contributors.length > 0) {
    lines.push('contributors:');
    for (const c of draft.contributors) {
      lines.push(`  - file: ${yamlText(c.file)}`);
      for (const key of ['unit', 'name', 'position'] as const) {
        const value = c[key];
        if (value !== undefined && value !== '') lines.push(`    ${key}: ${key === 'unit' ? yamlId(value) : yamlText(value)}`);
      }
      lines.push(`    answers: [${c.answers.map(yamlId).join(', ')}]`);
    }
  }
  if (draft.decisions !== undefined && draft.decisions.length > 0) {
    lines.push('decisions:');
    for (const d of draft.decisions) {
      lines.push(`  - question: ${yamlId(d.question)}`, `    answer: ${yamlId(d.answer)}`, `    file: ${yamlText(d.file)}`, '    over:');
      for (const o of d.over) lines.push(`      - {answer: ${yamlId(o.answer)}, file: ${yamlText(o.file)}}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A draft from answers loaded from a file, for resuming. */
export function draftFromAnswers(rubric: Rubric, answers: Answers): AnswerDraft {
  return {
    // Answers carried forward from another version are saved under the current one.
    rubric: { id: rubric.id, version: rubric.version },
    respondent: { ...answers.respondent },
    language: answers.language,
    answers: new Map(answers.answers),
    comments: new Map(answers.comments),
    evidence: new Map(answers.evidence),
    ...(answers.unit !== undefined ? { unit: answers.unit } : {}),
    ...(answers.asked !== undefined ? { asked: [...answers.asked] } : {}),
    ...(answers.contributors !== undefined ? { contributors: answers.contributors } : {}),
    ...(answers.decisions !== undefined ? { decisions: answers.decisions } : {}),
  };
}

/** What is found at the answer file's path when the interview starts. */
export type OpenedAnswers =
  | { kind: 'new' }
  | { kind: 'resume'; answers: Answers; warnings: Finding[] }
  | { kind: 'invalid'; findings: Finding[] };

/** Looks at the answer file: absent (a new interview), resumable, or refused with every finding. */
export function openAnswerFile(file: string, rubric: Rubric): OpenedAnswers {
  if (!existsSync(file)) return { kind: 'new' };
  const loaded = loadAnswers(file, rubric);
  if (!loaded.ok) return { kind: 'invalid', findings: loaded.findings };
  return { kind: 'resume', answers: loaded.value, warnings: loaded.warnings };
}

/** The first path beside `file`, `<stem><suffix(n)><ext>` for n = 1, 2, …, that does not exist yet. */
function freePath(file: string, suffix: (n: number) => string): string {
  const ext = extname(file);
  const stem = basename(file, ext);
  for (let n = 1; ; n++) {
    const candidate = join(dirname(file), `${stem}${suffix(n)}${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Moves the answer file aside for `--restart` and returns where it went: beside it, as
 * `<name>.backup.yaml` (then `.backup-2.yaml`, …), never over an earlier backup. The backup
 * keeps its extension, so `readiness score` reads it like any answer file.
 */
export function backupAnswerFile(file: string): string {
  for (;;) {
    const backup = freePath(file, (n) => (n === 1 ? '.backup' : `.backup-${n}`));
    try {
      // A hard link cannot overwrite (EEXIST), so two runs never share a backup name.
      linkSync(file, backup);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      copyFileSync(file, backup, constants.COPYFILE_EXCL);
    }
    unlinkSync(file);
    return backup;
  }
}

/** The organization named by an answer file on disk, if it can be read at all. */
export function organizationOf(file: string): string | undefined {
  const read = readSource(file);
  if (!read.ok) return undefined;
  const parsed = parseYaml(file, read.text);
  if (!parsed.ok) return undefined;
  const value = parsed.source.value as { respondent?: { organization?: unknown } } | null;
  const org = value?.respondent?.organization;
  return typeof org === 'string' ? org : undefined;
}

/** Compares organization names as a person would: case, spacing and Unicode form aside. */
export function sameOrganization(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) === norm(b);
}

/** What a save did: written where asked, or moved to a free file because someone else's answers appeared there. */
export type SaveResult = { file: string; movedFrom?: string };

/**
 * Saves the interview's answers atomically after every answer. It remembers the file as
 * it left it; if another process has written that path since (two interviews started in
 * one folder), and the file now belongs to another organization, it never overwrites it:
 * the answers go to a free file beside it instead, and the result says so.
 */
export class AnswerStore {
  #file: string;
  #last: Stats | undefined;

  constructor(
    file: string,
    private readonly rubric: Rubric,
  ) {
    this.#file = file;
    this.#last = existsSync(file) ? statSync(file) : undefined;
  }

  /** The file the answers are saved to now. */
  get file(): string {
    return this.#file;
  }

  /**
   * Writes the draft (temporary file, fsync, rename). If the path was taken over meanwhile,
   * writes to `<name>-2.yaml` (or the next free name) from then on. Throws file-system
   * errors for the caller to report.
   */
  save(draft: AnswerDraft): SaveResult {
    const result: SaveResult = { file: this.#file };
    if (this.#changedByOthers(draft.respondent.organization)) {
      result.movedFrom = this.#file;
      this.#file = freePath(this.#file, (n) => `-${n + 1}`);
      result.file = this.#file;
    }
    mkdirSync(dirname(this.#file), { recursive: true });
    writeFileAtomic(this.#file, renderAnswerFile(this.rubric, draft));
    this.#last = statSync(this.#file);
    return result;
  }

  /**
   * Whether the path now holds a file someone else wrote for another (or an unknown)
   * organization. Every save renames a new file into place, so the same inode, time and
   * size mean the file is still the one this store wrote.
   */
  #changedByOthers(organization: string): boolean {
    let now: Stats;
    try {
      now = statSync(this.#file);
    } catch {
      return false;
    }
    const last = this.#last;
    if (last && now.ino === last.ino && now.mtimeMs === last.mtimeMs && now.size === last.size) return false;
    const owner = organizationOf(this.#file);
    return owner === undefined || !sameOrganization(owner, organization);
  }
}
