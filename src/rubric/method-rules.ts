import { m } from '../i18n/messages.js';
import type { RuleGaps, RuleIssue } from './rules.js';
import type { RubricFile } from './schema.js';
import { evidenceOf } from './model.js';

/** How many `when` gates may stand in a row before a question (the shipped rubric has one). */
export const MAX_GATE_DEPTH = 10;

/**
 * The method's rules (SPEC.md "Method"): units declared and used, `when` gates that
 * resolve and never loop, `notApplicable` and `evidence` in every language (checked with
 * the other texts), weight-0 questions that gate something, and parameters that can work.
 * `checkTexts` is the caller's language check, so every text is checked one way; `gaps`
 * skips the checks that need a list the schema refused in part (see `RuleGaps`).
 */
export function checkMethod(
  rubric: RubricFile,
  add: (path: Array<string | number>, message: string, key?: boolean) => void,
  checkTexts: (texts: Readonly<Record<string, string>> | undefined, path: Array<string | number>) => void,
  gaps: RuleGaps = {},
): void {
  // Units: unique, titled in every language, each used by a question, each question's unit declared.
  const units = new Map<string, number>();
  rubric.units?.forEach((u, i) => {
    const first = units.get(u.id);
    if (first !== undefined) add(['units', i, 'id'], m('duplicateId', { id: u.id, where: `units[${first}]` }));
    else units.set(u.id, i);
    checkTexts(u.title, ['units', i, 'title']);
  });
  const usedUnits = new Set<string>();
  const byId = new Map(rubric.questions.map((q, i) => [q.id, { q, i }]));
  const gates = new Set<string>();
  rubric.questions.forEach((q, i) => {
    const path = ['questions', i];
    if (q.unit !== undefined) {
      usedUnits.add(q.unit);
      if (!units.has(q.unit) && !gaps.units) add([...path, 'unit'], m('unknownUnit', { id: q.unit }));
    }
    checkTexts(evidenceOf(q.evidence).evidence, [...path, 'evidence']);
    checkTexts(q.notApplicable, [...path, 'notApplicable']);
    if (!q.when) return;
    const gate = byId.get(q.when.question);
    if (q.when.question === q.id) {
      add([...path, 'when', 'question'], m('gateSelf'));
      return;
    }
    if (!gate) {
      if (gaps.questions) return;
      add([...path, 'when', 'question'], m('unknownGate', { id: q.when.question }));
      return;
    }
    gates.add(gate.q.id);
    // (A refused part is absent here, when the rules check what the schema left: see rules.ts.)
    if (!gate.q.options || gaps.options) return;
    const options = new Set(gate.q.options.map((o) => o.id));
    const within = q.when.in ?? [];
    within.forEach((id, k) => {
      if (!options.has(id)) add([...path, 'when', 'in', k], m('unknownGateOption', { option: id, id: gate.q.id, options: [...options].join(', ') }));
    });
    if (within.length >= options.size && within.every((id) => options.has(id))) {
      add([...path, 'when', 'in'], m('gateAlways', { id: gate.q.id }));
    }
  });
  // Implications (an option saying what another question's answer is): the question and its
  // options exist, never the option's own question, never every option (it would say nothing),
  // and not only answers under which the option's own question does not apply.
  rubric.questions.forEach((q, i) => {
    (q.options ?? []).forEach((o, k) => {
      if (!o.implies) return;
      const path = ['questions', i, 'options', k, 'implies'];
      if (o.implies.question === q.id) {
        add([...path, 'question'], m('impliesSelf'));
        return;
      }
      const target = byId.get(o.implies.question);
      if (!target) {
        if (!gaps.questions) add([...path, 'question'], m('unknownImplied', { id: o.implies.question }));
        return;
      }
      if (!target.q.options || gaps.options) return;
      const options = new Set(target.q.options.map((x) => x.id));
      const within = o.implies.in ?? [];
      within.forEach((id, j) => {
        if (!options.has(id)) add([...path, 'in', j], m('unknownGateOption', { option: id, id: target.q.id, options: [...options].join(', ') }));
      });
      if (within.length >= options.size && [...options].every((id) => within.includes(id))) add([...path, 'in'], m('impliesAlways', { id: target.q.id }));
      else if (q.when?.question === target.q.id && !within.some((id) => q.when!.in.includes(id))) {
        add([...path, 'in'], m('impliesNeverApplies', { id: target.q.id, options: q.when.in.join(', ') }));
      }
    });
  });
  rubric.units?.forEach((u, i) => {
    if (!usedUnits.has(u.id) && !gaps.unitRefs) add(['units', i, 'id'], m('unitUnused', { id: u.id }));
  });

  // Gate chains must end: follow each question's gates; a loop is reported once, at each member.
  const state = new Map<string, 'visiting' | 'done'>();
  const inCycle = new Set<string>();
  for (const start of rubric.questions) {
    const chain: string[] = [];
    let id: string | undefined = start.id;
    while (id !== undefined && state.get(id) !== 'done') {
      if (state.get(id) === 'visiting') {
        for (const member of chain.slice(chain.indexOf(id))) inCycle.add(member);
        break;
      }
      state.set(id, 'visiting');
      chain.push(id);
      const next: string | undefined = byId.get(id)?.q.when?.question;
      id = next !== undefined && next !== id ? next : undefined;
    }
    for (const member of chain) state.set(member, 'done');
  }
  for (const id of inCycle) {
    const { q, i } = byId.get(id)!;
    add(['questions', i, 'when', 'question'], m('gateCycle', { id: q.id }));
  }

  // Gate chains must be short: the share band is checked for every gate's answers, and a
  // chain of a thousand gates (within every size cap) made that quadratic in time and warnings.
  // Reported once per chain, at the first question past the cap; linear (depths memoised).
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    const path: string[] = [];
    let at: string | undefined = id;
    while (at !== undefined && !depth.has(at) && !inCycle.has(at) && !path.includes(at)) {
      path.push(at);
      const gate: string | undefined = byId.get(at)?.q.when?.question;
      at = gate !== undefined && byId.has(gate) && gate !== at ? gate : undefined;
    }
    let d = at === undefined || inCycle.has(at) || !depth.has(at) ? -1 : depth.get(at)!;
    for (let k = path.length - 1; k >= 0; k--) depth.set(path[k]!, ++d);
    return depth.get(id)!;
  };
  rubric.questions.forEach((q, i) => {
    if (inCycle.has(q.id) || !q.when || !byId.has(q.when.question)) return;
    const d = depthOf(q.id);
    if (d === MAX_GATE_DEPTH + 1) add(['questions', i, 'when', 'question'], m('gateTooDeep', { id: q.id, depth: d, max: MAX_GATE_DEPTH }));
  });

  // Weight 0 only for a gate: a question that neither scores nor gates is dead weight.
  rubric.questions.forEach((q, i) => {
    if (q.weight === 0 && !gates.has(q.id) && !gaps.questions) add(['questions', i, 'weight'], m('zeroWeightNotGate'));
  });

  // Parameters that can work.
  const s = rubric.scoring;
  if (s?.shareBand && s.shareBand[0] > s.shareBand[1]) {
    add(['scoring', 'shareBand'], m('bandOrder', { min: s.shareBand[0], max: s.shareBand[1] }));
  }
  if (s?.weakestLink !== undefined && s.weakestLink >= rubric.levels.length) {
    add(['scoring', 'weakestLink'], m('weakestLinkRange', { max: rubric.levels.length - 1 }));
  }
  // A period on a rung is checked through its evidence: only where the rubric asks for evidence.
  rubric.questions.forEach((q, i) => {
    (q.options ?? []).forEach((o, k) => {
      // A rung's period is checked through its evidence: only a rung that needs evidence can have one.
      for (const field of ['recentMonths', 'notBefore'] as const) {
        if (o[field] === undefined) continue;
        const path = ['questions', i, 'options', k, field];
        if (s?.evidenceFrom === undefined) add(path, m(`${field}NeedsEvidenceFrom`));
        else if (o.score < s.evidenceFrom) add(path, m(`${field}BelowEvidence`, { evidenceFrom: s.evidenceFrom }));
      }
    });
  });
  if (s?.unsupported === 'downgrade' && s.evidenceFrom === undefined) {
    add(['scoring', 'unsupported'], m('downgradeNeedsEvidenceFrom'));
  }
}
