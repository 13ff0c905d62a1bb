import { m } from '../i18n/messages.js';
import type { Rubric } from '../rubric/model.js';
import type { RuleIssue } from '../rubric/rules.js';
import { printable } from '../source/printable.js';

/** An answer file's entries by question id, each with the id it was written under. */
export type Entries = Map<string, { value: string; from: string }>;

/** The four parts of an answer file that follow a question when it is renamed, split or dropped. */
export interface MigratingEntries {
  answers: Entries;
  comments: Entries;
  evidence: Entries;
  asked: Entries;
}

/**
 * Carries the entries of an answer file made with rubric `version` forward to `rubric`'s
 * version by the rubric's migrations, in place; what it did (or that it could not) is
 * added to `warnings`. Pure apart from the maps it is given.
 */
export function carryForward(rubric: Rubric, version: string, maps: MigratingEntries, warnings: RuleIssue[]): void {
  const migration = rubric.migrations.find((mig) => mig.from === version);
  if (migration) {
    const applied: string[] = [];
    const move = (map: Map<string, { value: string; from: string }>, from: string, targets: string[], record: boolean) => {
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
            path: [record ? 'answers' : 'comments', from],
            message: m('migrationConflict', { from: printable(from), to, kept: printable(kept.value) }),
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
    warnings.push({
      path: ['rubric', 'version'],
      message: m('migrated', { from: printable(version), what: applied.length > 0 ? applied.join('; ') : '-' }),
    });
  } else {
    warnings.push({ path: ['rubric', 'version'], message: m('otherVersion', { got: printable(version), want: rubric.version }) });
  }
}
