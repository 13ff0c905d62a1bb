import type { Rubric } from '../rubric/model.js';
import type { Comparison } from './schema.js';

type MigrationStep = NonNullable<Comparison['rubricChange']>['migration'][number];

/**
 * What the current rubric's migration from `version` does to one file's answers, step by
 * step, in the order the answer check applies them (renamed, split, dropped, options): the
 * rows of the migration table `compare` shows instead of one long line. Only the steps that
 * touch an answer the file gives are listed. Pure.
 */
export function migrationSteps(rubric: Rubric, version: string, answers: Readonly<Record<string, unknown>>): MigrationStep[] {
  const migration = rubric.migrations.find((m) => m.from === version);
  if (!migration) return [];
  const given = new Map<string, string>();
  for (const [id, value] of Object.entries(answers)) if (typeof value === 'string' && value.trim() !== '') given.set(id, value.trim());
  const steps: MigrationStep[] = [];
  for (const [from, to] of Object.entries(migration.renamed ?? {})) {
    const value = given.get(from);
    if (value === undefined) continue;
    given.delete(from);
    if (!given.has(to)) given.set(to, value);
    steps.push({ kind: 'renamed', question: from, to: [to] });
  }
  for (const [from, targets] of Object.entries(migration.split ?? {})) {
    const value = given.get(from);
    if (value === undefined) continue;
    given.delete(from);
    for (const to of targets) if (!given.has(to)) given.set(to, value);
    steps.push({ kind: 'split', question: from, to: [...targets] });
  }
  for (const id of migration.dropped ?? []) {
    if (!given.delete(id)) continue;
    steps.push({ kind: 'dropped', question: id, to: [] });
  }
  for (const [qid, map] of Object.entries(migration.options ?? {})) {
    const value = given.get(qid);
    if (value === undefined || !Object.hasOwn(map, value)) continue;
    steps.push({ kind: 'option', question: qid, to: [value, map[value]!] });
  }
  return steps;
}
