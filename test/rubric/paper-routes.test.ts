import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

// The method review of rubric 2.0.0 (section 5) scored a body whose every answer is true and
// documented but rests on a few weeks of paper (no AI post, budget, system or pilot run):
// G13 reached «Сформированный» (72.4) and G13b, with more paper, «Продвинутый» (82.8). In
// rubric 2.1.0 the tops of the practice questions need the practice, so paper alone stays
// below Advanced; Established now says "the main conditions are set in approved documents",
// which is what such a body has. The second reading of 2.1.0 (section 4) found that six months of
// paper (G13c: job descriptions amended, reviews minuted, a follow-up opinion, an internal check act)
// reached «Продвинутый» (80.2) with no AI system, no pilot running and no technical control; in
// 2.2.0 every practice top needs the practice, so the same body answered honestly stays below it.
// The routes' files are dated up to 2026-09-01; they are scored on a day after it (an assessment
// dated after the day it is scored is judged on that day).
const TODAY = { READINESS_TODAY: '2026-12-01' };
const score = (file: string) => {
  const r = cli(['score', file, '--format', 'json'], { env: TODAY });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { overall: { score: number; level: { id: string } | null } };
};

describe('paper routes of the method reviews against rubric 2.2.0', () => {
  it('G13-paper-tiger: documented paper is at most Established', () => {
    const r = score('test/fixtures/answers/v2/routes/G13-paper-tiger.yaml');
    // Developing: `legalrisk-legal-review` credits a written procedure with no opinion given as one of
    // two (0.25), the same as an opinion given without a procedure.
    expect(r.overall.level?.id).toBe('developing');
    expect(r.overall.score).toBeLessThan(72.4);
  });

  it('G13b-paper-tiger-plus: more paper does not reach Advanced', () => {
    const r = score('test/fixtures/answers/v2/routes/G13b-paper-tiger-plus.yaml');
    expect(r.overall.level?.id).not.toBe('advanced');
    expect(r.overall.score).toBeLessThan(80);
  });

  it('G13c-six-months-paper: six months of paper without practice stays below Advanced', () => {
    const r = score('test/fixtures/answers/v2/routes/G13c-six-months-paper.yaml');
    expect(r.overall.level?.id).toBe('established');
    expect(r.overall.score).toBeLessThan(80);
  });

  // The independent review of 2.2.0 (section 5.2, G13e): G13c plus practice on a pilot the
  // leadership approved but has not launched (the principles checklist filled in, a legal opinion
  // before launch), roadmap measures done, candidates ranked on measured baselines, a measured
  // baseline of discretionary decisions, a foreign-memo measure done, the explanation procedure
  // published and one tabletop exercise. The practice tops of `ethics-principles` and
  // `legalrisk-legal-review` accept an approved project not yet launched, because a body without AI
  // must be able to reach them (a launched pilot is AI use, which the gate's "none" denies). Such a
  // body shows its conditions applied, checked and measured, which is what Advanced says, so it
  // stays Advanced, just above the threshold; without the practice on its approved pilot and the
  // exercise (the same paper) it is Established.
  it('G13e-practice-on-a-planned-pilot: practice on an approved, not launched pilot is Advanced; the same paper without that practice is not', () => {
    const file = 'test/fixtures/answers/v2/routes/G13e-practice-on-a-planned-pilot.yaml';
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/\n  tech-pilot-plan: ordered\n/);
    expect(text).toMatch(/\n  tech-ai-systems: none\n/);
    const r = score(file);
    expect(r.overall.level?.id).toBe('advanced');
    expect(r.overall.score).toBeGreaterThanOrEqual(80);
    expect(r.overall.score).toBeLessThan(83);
    const paper = text
      .replace('\n  ethics-principles: applied\n', '\n  ethics-principles: in-template\n')
      .replace('\n  legalrisk-legal-review: issued\n', '\n  legalrisk-legal-review: on-request\n')
      .replace('\n  datasec-incident-response: tested\n', '\n  datasec-incident-response: ai-covered\n');
    for (const line of ['ethics-principles: in-template', 'legalrisk-legal-review: on-request', 'datasec-incident-response: ai-covered']) expect(paper).toContain(`\n  ${line}\n`);
    const dir = mkdtempSync(join(tmpdir(), 'g13e-'));
    const file2 = join(dir, 'G13e-paper.yaml');
    writeFileSync(file2, paper);
    expect(score(file2).overall.level?.id).toBe('established');
  });
});
