import { describe, expect, it } from 'vitest';
import { classifyText } from '../../src/evidence/classify.js';
import { loadRubric } from '../../src/rubric/load.js';

// Review rubric-2.2.0-second-independent, section 4 (recency) and section 3 (overlap at zero, gaps).
const loaded = loadRubric();
if (!loaded.ok) throw new Error(loaded.findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n'));
const rubric = loaded.value.rubric;
const question = (id: string) => {
  const q = rubric.questions.find((x) => x.id === id);
  if (q === undefined) throw new Error(`no question ${id}`);
  return q;
};
const evidenceFrom = rubric.scoring?.evidenceFrom ?? 0.67;

describe('questions whose stem names a period', () => {
  // The period the stem states ("за последние N месяцев"): every rung that needs a document asks for one of that period.
  it.each(['staff-training-coverage', 'staff-training-personalisation', 'staff-international-exchange'])('%s: every documented rung carries the stem\'s period', (id) => {
    const q = question(id);
    const months = Number(/последние (\d+) месяц/u.exec(q.text.ru!)?.[1] ?? /последние (\d+) месяц/u.exec(q.help?.ru ?? '')?.[1]);
    expect(months).toBeGreaterThan(0);
    const documented = q.options.filter((o) => o.score >= evidenceFrom);
    expect(documented.length).toBeGreaterThan(0);
    for (const o of documented) expect([o.id, o.recentMonths]).toEqual([o.id, months]);
  });

  it('tech-pilot-plan: "started" (a pilot finished in the last 12 months) carries 12 months and still implies AI use', () => {
    const started = question('tech-pilot-plan').options.find((o) => o.id === 'started')!;
    expect(started.label.ru).toContain('последние 12 месяцев');
    expect(started.recentMonths).toBe(12);
    expect(started.implies).toEqual({ question: 'tech-ai-systems', in: ['pilot', 'operation'] });
  });

  it('a 2019 report does not support the top of training coverage in 2026, a recent one does', () => {
    const top = question('staff-training-coverage').options.find((o) => o.score === 1)!;
    expect(classifyText('Отчёт кадровой службы № 02-11/87 от 15.01.2019', '2026-03-01', top)).toEqual({ supported: false, reason: 'too-old' });
    expect(classifyText('Отчёт кадровой службы № 02-11/87 от 15.01.2026', '2026-03-01', top)).toEqual({ supported: true });
  });
});

describe('share ladders under "the highest option whose every condition holds"', () => {
  // A "fewer than …" rung is true at zero unless it says "at least one": then only "none" fits a body with none.
  it.each(['staff-training-coverage', 'infra-machine-readable', 'infra-data-exchange'])('%s: the lowest scored rung starts at one', (id) => {
    const scored = question(id).options.filter((o) => o.score > 0).sort((a, b) => a.score - b.score);
    expect(scored[0]!.label.en).toMatch(/at least one/i);
    expect(scored[0]!.label.ru).toMatch(/хотя бы один/u);
    expect(scored[0]!.label.kk).toMatch(/кемінде бір/u);
  });
});
