import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// scripts/reading-load.mjs measures what a respondent reads as the independent method review of
// rubric 2.0.0 measured it (its section 4.6); the default rubric's header states the figures.
interface Load {
  modules: Record<'core' | 'gated', Record<'ru' | 'kk' | 'en', { words: number; withNotApplicable: number; evidenceHints: number }>>;
  time: { withoutAi: { low: number; high: number }; withAi: { low: number; high: number } };
}
const load = (file: string): Load => JSON.parse(execFileSync('node', ['scripts/reading-load.mjs', file, '--json'], { encoding: 'utf8' }));
const thousands = (n: number) => n.toLocaleString('en-US');

describe('reading load', () => {
  it('gives, for rubric 2.0.0, the counts the independent review published', () => {
    const old = load('rubrics/archive/default-2.0.0.yaml');
    // Review 4.6: core incl. n/a labels 1,789 / 1,678 / 2,114, evidence hints 375 / 367 / 468;
    // module incl. n/a labels 817 / 786 / 997.
    expect([old.modules.core.ru.withNotApplicable, old.modules.core.kk.withNotApplicable, old.modules.core.en.withNotApplicable]).toEqual([1789, 1678, 2114]);
    expect([old.modules.core.ru.evidenceHints, old.modules.core.kk.evidenceHints, old.modules.core.en.evidenceHints]).toEqual([375, 367, 468]);
    expect([old.modules.gated.ru.withNotApplicable, old.modules.gated.kk.withNotApplicable, old.modules.gated.en.withNotApplicable]).toEqual([817, 786, 997]);
  });

  it('matches what the default rubric\'s header states', () => {
    const now = load('rubrics/default.yaml');
    const header = readFileSync('rubrics/default.yaml', 'utf8').split('\nid: ')[0]!.replace(/\n#\s*/g, ' ');
    const core = now.modules.core;
    expect(header).toContain(`reads ${thousands(core.ru.withNotApplicable)} words in Russian`);
    expect(header).toContain(`${thousands(core.kk.withNotApplicable)} in Kazakh, ${thousands(core.en.withNotApplicable)} in English`);
    expect(header).toContain(`plus ${thousands(core.ru.evidenceHints)} words of evidence hints`);
    expect(header).toContain(`about ${Math.round(now.time.withoutAi.low)}-${Math.round(now.time.withoutAi.high)} minutes`);
    expect(header).toContain(`adds ${thousands(now.modules.gated.ru.withNotApplicable)} words (ru): about ${Math.round(now.time.withAi.low)}-${Math.round(now.time.withAi.high)} minutes`);
  });
});
