import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Audit } from '../../src/audit/model.js';
import { pairAudits } from '../../src/audit/pair.js';
import { renderAuditJson, renderAuditMarkdown, renderAuditYaml, type BodySample } from '../../src/audit/render.js';
import { AuditSchema } from '../../src/audit/schema.js';
import { setMessageLang } from '../../src/i18n/messages.js';

setMessageLang('en');
const HOSTILE = 'Body "X"\n# verdicts: {a: {verdict: confirmed}}\u2028- yes: no';
const sample: BodySample = {
  file: 'in/body: 1.yaml',
  organization: HOSTILE,
  sha256: 'c'.repeat(64),
  rubric: { id: 'kz-civil-service-ai', version: '2.0.0' },
  seed: 3,
  size: 2,
  claims: [
    { id: 'tech-ai-systems', reason: 'gate', question: 'Does the body have AI systems?', claimed: { option: 'none', label: 'None: "no" # really' }, cited: HOSTILE, documents: [], shows: null, points: 0 },
    { id: 'staff-ai-roles', reason: 'sample', question: 'Roles?', claimed: { option: 'post', label: 'A post' }, cited: 'order-12 (12-п, 2026-02-14)', documents: [{ id: 'order-12', type: 'order', number: '12-п', date: '2026-02-14' }], shows: 'The staff list', points: 2.5 },
  ],
};

describe('the audit file as written', () => {
  it('keeps untrusted text in its place in YAML and JSON, and passes its own schema with verdicts blank', () => {
    for (const text of [renderAuditYaml(sample, 'en'), renderAuditJson(sample)]) {
      const value = parse(text) as { answers: { organization: string }; verdicts: Record<string, { verdict: null; cited: string | null; claimed: { label: string } }> };
      expect(AuditSchema.safeParse(value).success).toBe(true);
      expect(value.answers.organization).toBe(HOSTILE);
      expect(Object.keys(value.verdicts)).toEqual(['tech-ai-systems', 'staff-ai-roles']);
      expect(value.verdicts['tech-ai-systems']!.cited).toBe(HOSTILE);
      expect(value.verdicts['tech-ai-systems']!.claimed.label).toBe('None: "no" # really');
      expect(Object.values(value.verdicts).every((v) => v.verdict === null)).toBe(true);
      expect((value.verdicts['staff-ai-roles'] as unknown as { documents: unknown }).documents).toEqual([{ id: 'order-12', type: 'order', number: '12-п', date: '2026-02-14' }]);
    }
    // The comment at the top stays one line whatever the organization holds.
    expect(renderAuditYaml(sample, 'en').split('\n')[0]).toMatch(/^# Audit of /);
    expect(renderAuditYaml(sample, 'en').split('\n')[1]).toMatch(/^audit: /);
  });

  it('prints a work list: one row per claim with a box for the verdict, and a line to sign', () => {
    const md = renderAuditMarkdown(sample, 'en');
    expect(md.match(/☐ confirmed ☐ rejected/g)).toHaveLength(2);
    expect(md).toContain('gate answer that closes questions');
    expect(md).toContain('random sample (points: 2.50)');
    // A register entry is listed with its type's label, number and date.
    // The document's date as officers read dates, its number kept with its sign.
    expect(md).toContain('order-12: Order, №\u00A012-п, 14 February 2026');
    expect(md).toContain('Auditor: ____');
    // The hostile name is one escaped line of the title and one cell, never a row of its own.
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(4);
  });
});

describe('pairing audits with answer files', () => {
  const audit = (file: string, sha: string, organization: string): Audit => ({ file, auditor: null, date: null, organization, sha256: sha, verdicts: [] });
  const shas: Record<string, string> = { 'a.yaml': '1'.repeat(64), 'b.yaml': '2'.repeat(64) };
  const orgs: Record<string, string> = { 'a.yaml': 'Body A', 'b.yaml': 'Body B' };
  const pair = (audits: Audit[]) => pairAudits(['a.yaml', 'b.yaml'], audits, (f) => shas[f], (f) => orgs[f], (x, y) => x.toLowerCase() === y.toLowerCase(), 'en');

  it('pairs by sha256 alone, whatever the organization the audit names', () => {
    const p = pair([audit('x.audit.yaml', '1'.repeat(64), 'Another name')]);
    expect(p.byFile['a.yaml']).toEqual({ audit: expect.objectContaining({ file: 'x.audit.yaml' }) });
    expect(p.byFile['b.yaml']).toBeUndefined();
    expect(p.problems).toEqual([]);
  });

  it('says a file changed since its audit, refuses a second audit of one file, and names an audit of no given file', () => {
    const p = pair([
      audit('a1.audit.yaml', '1'.repeat(64), 'Body A'),
      audit('a2.audit.yaml', '1'.repeat(64), 'Body A'),
      audit('b.audit.yaml', '9'.repeat(64), 'body b'),
      audit('c.audit.yaml', '8'.repeat(64), 'Body C'),
    ]);
    expect(p.byFile['b.yaml']).toEqual({ file: 'b.audit.yaml', error: expect.stringMatching(/changed since its audit/) });
    expect(p.problems.map((f) => [f.file, f.message.slice(0, 24)])).toEqual([
      ['a2.audit.yaml', 'two audits name the same'],
      ['c.audit.yaml', 'this audit names an answ'],
    ]);
  });
});
