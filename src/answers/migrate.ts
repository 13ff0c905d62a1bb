import { m } from '../i18n/messages.js';
import { compareVersions, type Rubric } from '../rubric/model.js';
import type { RubricMigration } from '../rubric/schema.js';
import type { EvidenceRef } from '../evidence/model.js';
import type { RuleIssue } from '../rubric/rules.js';
import { printable } from '../source/printable.js';

/** An answer file's entries by question id, each with the id it was written under. */
export type Entries<V = string> = Map<string, { value: V; from: string }>;

/** The four parts of an answer file that follow a question when it is renamed, split or dropped. */
export interface MigratingEntries {
  answers: Entries;
  comments: Entries;
  /** A list of register ids or a free reference (evidence/model.ts). */
  evidence: Entries<EvidenceRef>;
  asked: Entries;
}

/**
 * The migrations a file made with rubric `version` goes through, oldest first, each with the
 * version it leads to. A migration `from: X` carries files of X to the version the next migration starts from (or to the rubric's own version): a file of any earlier version is carried
 * through every later step in order, so a maintainer writes each step once. A file whose
 * version no migration starts from has no chain (empty): its lineage is unknown.
 */
export function migrationChain(migrations: readonly RubricMigration[], current: string, version: string): Array<{ migration: RubricMigration; to: string }> {
  const sorted = [...migrations].sort((a, b) => compareVersions(a.from, b.from));
  const steps = sorted.map((migration, i) => ({ migration, to: sorted[i + 1]?.from ?? current }));
  const start = steps.findIndex((s) => s.migration.from === version);
  return start < 0 ? [] : steps.slice(start).filter((s) => compareVersions(s.migration.from, current) < 0);
}

/**
 * Carries the entries of an answer file made with rubric `version` forward to `rubric`'s
 * version through every migration after it (`migrationChain`), in place; what it did (or
 * that no migration starts at its version) is added to `warnings`. Pure apart from the
 * maps it is given.
 */
export function carryForward(rubric: Rubric, version: string, maps: MigratingEntries, warnings: RuleIssue[]): void {
  const chain = migrationChain(rubric.migrations, rubric.version, version);
  if (chain.length === 0) {
    warnings.push({ path: ['rubric', 'version'], message: m('otherVersion', { got: printable(version), want: rubric.version }) });
    return;
  }
  const applied: string[] = [];
  for (const { migration, to } of chain) {
    const done = applyMigration(migration, maps, warnings);
    // With more than one step, each says which one it was.
    if (done.length > 0) applied.push(chain.length > 1 ? `${migration.from} → ${to}: ${done.join('; ')}` : done.join('; '));
  }
  warnings.push({
    path: ['rubric', 'version'],
    // Nothing renamed, split or dropped: say so in words rather than a lone dash.
    message: applied.length > 0 ? m('migrated', { from: printable(version), what: applied.join('; ') }) : m('migratedSameIds', { from: printable(version) }),
  });
}

/** Applies one migration to the entries in place; returns what it moved, renamed or dropped. */
function applyMigration(migration: RubricMigration, maps: MigratingEntries, warnings: RuleIssue[]): string[] {
  const applied: string[] = [];
  const move = <V>(map: Entries<V>, from: string, targets: string[], record: boolean) => {
    const entry = map.get(from);
    if (!entry) return;
    map.delete(from);
    const moved: string[] = [];
    for (const to of targets) {
      // An answer the file already gives under the new id is the author's word: kept,
      // and the old one is not carried over it.
      const kept = map.get(to);
      if (kept) {
        warnings.push({
          path: [record ? 'answers' : 'comments', entry.from],
          message: m('migrationConflict', { from: printable(from), to, kept: printable(typeof kept.value === 'string' ? kept.value : JSON.stringify(kept.value)) }),
        });
        continue;
      }
      map.set(to, entry);
      moved.push(to);
    }
    if (record && moved.length > 0) applied.push(`${printable(from)} → ${moved.join(', ')}`);
  };
  for (const [from, to] of Object.entries(migration.renamed ?? {})) {
    move(maps.answers, from, [to], true);
    move(maps.comments, from, [to], false);
    move(maps.evidence, from, [to], false);
    move(maps.asked, from, [to], false);
  }
  for (const [from, targets] of Object.entries(migration.split ?? {})) {
    move(maps.answers, from, targets, true);
    move(maps.comments, from, targets, false);
    move(maps.evidence, from, targets, false);
    move(maps.asked, from, targets, false);
  }
  for (const id of migration.dropped ?? []) {
    if (maps.answers.delete(id)) applied.push(`${id} → ∅`);
    maps.comments.delete(id);
    maps.evidence.delete(id);
    maps.asked.delete(id);
  }
  for (const [qid, map] of Object.entries(migration.options ?? {})) {
    const entry = maps.answers.get(qid);
    const to = entry && Object.hasOwn(map, entry.value) ? map[entry.value] : undefined;
    if (entry && to !== undefined) {
      maps.answers.set(qid, { ...entry, value: to });
      applied.push(`${qid}: ${printable(entry.value)} → ${to}`);
    }
  }
  return applied;
}

/**
 * The one migration equivalent to the chain from `before`'s version to `after`'s, found by
 * carrying every option of every question of `before` through it: what `diff` checks and
 * shows when the base is more than one version back. Null when no migration applies.
 */
export function composeMigration(before: Rubric, after: Rubric): RubricMigration | null {
  const chain = migrationChain(after.migrations, after.version, before.version);
  if (chain.length === 0) return null;
  if (chain.length === 1 && chain[0]!.migration.from === before.version) return chain[0]!.migration;
  const renamed: Record<string, string> = {};
  const split: Record<string, string[]> = {};
  const dropped: string[] = [];
  const options: Record<string, Record<string, string>> = {};
  for (const q of before.questions) {
    let targets: string[] | undefined;
    for (const o of q.options) {
      const maps: MigratingEntries = { answers: new Map([[q.id, { value: o.id, from: q.id }]]), comments: new Map(), evidence: new Map(), asked: new Map() };
      for (const { migration } of chain) applyMigration(migration, maps, []);
      targets ??= [...maps.answers.keys()];
      for (const [qid, { value }] of maps.answers) {
        if (value !== o.id) (options[qid] ??= {})[o.id] = value;
      }
    }
    targets ??= [q.id];
    if (targets.length === 0) dropped.push(q.id);
    else if (targets.length > 1) split[q.id] = targets;
    else if (targets[0] !== q.id) renamed[q.id] = targets[0]!;
  }
  return {
    from: before.version,
    ...(Object.keys(renamed).length > 0 ? { renamed } : {}),
    ...(Object.keys(split).length > 0 ? { split } : {}),
    ...(dropped.length > 0 ? { dropped } : {}),
    ...(Object.keys(options).length > 0 ? { options } : {}),
  };
}
