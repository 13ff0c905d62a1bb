import type { Lang } from '../i18n/lang.js';
import { summarizeMethod, type MethodSummary } from '../analyze/summary.js';
import type { Rubric } from '../rubric/model.js';
import { diffImpact, overLimit, type AnswerSource, type Impact, type ScoreSide } from './impact.js';
import { diffRubrics, type RubricDiff } from './structure.js';

/** Bump on any change that breaks a reader of `readiness diff --format json`. */
export const DIFF_SCHEMA_VERSION = 1;

export interface RubricRef {
  id: string;
  version: string;
  sha256: string;
  /** Where it was read from: a path, or `<ref>:<path>` for --base. */
  source: string;
}

type Level = ScoreSide['level'];

/** Everything `readiness diff` found: the one model both renderers read. */
export interface DiffResult {
  schemaVersion: typeof DIFF_SCHEMA_VERSION;
  tool: { name: string; version: string };
  language: Lang;
  old: RubricRef;
  new: RubricRef;
  structure: RubricDiff;
  /** What `readiness analyze` finds on each side: shares, simulated profiles, gaming routes. */
  method: { old: MethodSummary; new: MethodSummary };
  /** Null when no answer files were given. */
  impact: Impact | null;
  /** The `--max-delta` limit, if one was set. */
  maxDelta: number | null;
  /** Files whose overall score moved by more than `maxDelta`, biggest first. */
  overLimit: Array<{ file: string; organization: string; delta: number | null }>;
  /** Whether a level change fails the diff (`--fail-on-level-change`). */
  failOnLevelChange: boolean;
  /** Files whose level differs between the rubrics (null: no level), in the order of the score table. */
  levelChanges: Array<{ file: string; organization: string; before: Level; after: Level }>;
  /** False when the exit code is 1: a file invalid, the migration wrong, a move over the limit, or a level change under `failOnLevelChange`. */
  ok: boolean;
}

export interface DiffInput {
  old: { rubric: Rubric; source: string };
  new: { rubric: Rubric; source: string };
  /** Null when `--answers` was not given. */
  answers: readonly AnswerSource[] | null;
  /** Inputs of `--answers` that could not be read: counted as invalid files. */
  unreadable?: Impact['invalid'];
  maxDelta: number | null;
  lang: Lang;
  tool: { name: string; version: string };
  /** Version discipline as errors (`--strict`). */
  strict?: boolean;
  /** Any answer file's level changing fails the diff (`--fail-on-level-change`). */
  failOnLevelChange?: boolean;
}

const ref = (rubric: Rubric, source: string): RubricRef => ({ id: rubric.id, version: rubric.version, sha256: rubric.sha256, source });

/** Compares the rubrics, scores the answer files under both, and applies the limit. Pure. */
export function buildDiffResult(input: DiffInput): DiffResult {
  const structure = diffRubrics(input.old.rubric, input.new.rubric, { strict: input.strict === true });
  let impact: Impact | null = null;
  if (input.answers !== null) {
    impact = diffImpact(input.old.rubric, input.new.rubric, input.answers, {
      lang: input.lang,
      tool: input.tool,
      added: structure.questions.added.map((a) => a.id),
    });
    if (input.unreadable && input.unreadable.length > 0) {
      impact.invalid = [...input.unreadable, ...impact.invalid];
      impact.summary.invalid = impact.invalid.length;
    }
  }
  const over =
    impact && input.maxDelta !== null
      ? overLimit(impact, input.maxDelta).map((f) => ({ file: f.file, organization: f.organization, delta: f.delta }))
      : [];
  const levelChanges = (impact?.files ?? [])
    .filter((f) => f.levelChanged)
    .map((f) => ({ file: f.file, organization: f.organization, before: f.before.level, after: f.after.level }));
  const failOnLevelChange = input.failOnLevelChange === true;
  const ok =
    over.length === 0 &&
    !(failOnLevelChange && levelChanges.length > 0) &&
    (impact?.invalid.length ?? 0) === 0 &&
    !structure.problems.some((p) => p.severity === 'error');
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    tool: { name: input.tool.name, version: input.tool.version },
    language: input.lang,
    old: ref(input.old.rubric, input.old.source),
    new: ref(input.new.rubric, input.new.source),
    structure,
    method: { old: summarizeMethod(input.old.rubric, input.lang), new: summarizeMethod(input.new.rubric, input.lang) },
    impact,
    maxDelta: input.maxDelta,
    overLimit: over,
    failOnLevelChange,
    levelChanges,
    ok,
  };
}
