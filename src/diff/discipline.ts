import { compareVersions, type Rubric } from '../rubric/model.js';
import { migrationChain } from '../answers/migrate.js';
import { diffRubrics, type MigrationProblem } from './structure.js';

/** A version-discipline finding about the current rubric, at a path into its document. */
export interface DisciplineProblem {
  severity: 'error' | 'warning';
  /** A key of the catalogue's `diff` namespace (a `MigrationProblem` code, or one of this module's). */
  code: MigrationProblem['code'] | 'migrationFromNotArchived' | 'previousNotArchived' | 'archivedVersionDiffers';
  vars: Record<string, string>;
  path: Array<string | number>;
  key?: boolean;
  /** The step the finding is about, `from → to`, when it is about a migration step. */
  step?: string;
}

export interface DisciplineInput {
  current: Rubric;
  /** Every archived rubric (`rubrics/archive/`), any id; only those with the current id count. */
  archive: readonly Rubric[];
  /** The rubric at `--base <git-ref>`, if given. */
  base?: { rubric: Rubric; label: string } | null;
  /** Errors rather than warnings (`validate --strict`). */
  strict: boolean;
}

/**
 * Checks a rubric's version discipline against its archived versions and, with `--base`, the
 * base branch's copy: every migration starts from a version that existed (one in the
 * archive); each step, from its archived version to the next, names only ids that version
 * had and loses no question or option undeclared; the archived previous version to the
 * current one loses nothing undeclared; a change that can move a score carries a new version
 * (against the base, or against an archived copy of the same version); a base of an older
 * version is archived. Pure.
 */
export function checkVersionDiscipline({ current, archive, base = null, strict }: DisciplineInput): DisciplineProblem[] {
  const severity = strict ? 'error' : 'warning';
  const problems: DisciplineProblem[] = [];
  const archived = new Map(archive.filter((r) => r.id === current.id).map((r) => [r.version, r]));
  const promote = (p: MigrationProblem, extra: Partial<DisciplineProblem> = {}): DisciplineProblem => ({
    ...p,
    severity: p.severity === 'error' || strict ? 'error' : 'warning',
    ...extra,
  });

  // Each `from:` names a version that existed.
  current.migrations.forEach((mig, i) => {
    if (!archived.has(mig.from)) {
      problems.push({ severity, code: 'migrationFromNotArchived', vars: { from: mig.from, versions: [...archived.keys()].sort(compareVersions).join(', ') || '-' }, path: ['migrations', i, 'from'] });
    }
  });

  // Each step, from its archived version to the next (archived, or this one). The last step,
  // from the previous release to this rubric, is also the previous-release check below: one diff.
  const diffs = new Map<Rubric, Map<Rubric, ReturnType<typeof diffRubrics>>>();
  const diffOf = (before: Rubric, after: Rubric) => {
    const row = diffs.get(before) ?? new Map<Rubric, ReturnType<typeof diffRubrics>>();
    diffs.set(before, row);
    let d = row.get(after);
    if (!d) row.set(after, (d = diffRubrics(before, after, { strict })));
    return d;
  };
  const seen = new Set<string>();
  const first = [...current.migrations].sort((a, b) => compareVersions(a.from, b.from))[0];
  for (const { migration, to } of first ? migrationChain(current.migrations, current.version, first.from) : []) {
    const before = archived.get(migration.from);
    const target = to === current.version ? current : archived.get(to);
    if (!before || !target) continue;
    const index = current.migrations.indexOf(migration);
    // The step's own migration is the current rubric's; an archived target did not have it yet.
    const after = target === current ? current : { ...target, migrations: current.migrations };
    const step = `${migration.from} → ${to}`;
    for (const p of diffOf(before, after).problems) {
      if (p.code === 'scoresChangedNotBumped' || p.code === 'versionNotBumped') continue;
      // Findings about an archived target point at the step that leads there.
      problems.push(promote(p, { step, ...(target === current ? {} : { path: ['migrations', index], key: false }) }));
      seen.add(`${p.code}:${JSON.stringify(p.vars)}`);
    }
  }

  // The archived previous version: what it had is carried forward or declared gone.
  const previous = [...archived.values()].filter((r) => compareVersions(r.version, current.version) < 0).sort((a, b) => compareVersions(b.version, a.version))[0];
  if (previous) {
    for (const p of diffOf(previous, current).problems) {
      if (seen.has(`${p.code}:${JSON.stringify(p.vars)}`)) continue;
      problems.push(promote(p));
      seen.add(`${p.code}:${JSON.stringify(p.vars)}`);
    }
  }

  // An archived copy of this very version must be this rubric.
  const same = archived.get(current.version);
  if (same) {
    const d = diffRubrics(same, current);
    if (d.movesScores) {
      const fields = d.fields.filter((f) => f.kind === 'method' && f.path !== 'version').map((f) => f.path);
      problems.push({ severity, code: 'archivedVersionDiffers', vars: { version: current.version, fields: fields.slice(0, 5).join(', ') + (fields.length > 5 ? ', …' : '') }, path: ['version'] });
    }
  }

  if (base) {
    for (const p of diffRubrics(base.rubric, current, { strict }).problems) {
      if (seen.has(`${p.code}:${JSON.stringify(p.vars)}`)) continue;
      problems.push(promote(p));
      seen.add(`${p.code}:${JSON.stringify(p.vars)}`);
    }
    if (base.rubric.id === current.id && compareVersions(base.rubric.version, current.version) < 0 && !archived.has(base.rubric.version)) {
      problems.push({ severity, code: 'previousNotArchived', vars: { version: base.rubric.version, base: base.label }, path: ['version'] });
    }
  }
  return problems;
}
