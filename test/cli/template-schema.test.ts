import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/source/parse-yaml.js';
import { parseAnswers } from '../../src/answers/load.js';
import { loadRubric } from '../../src/rubric/load.js';
import { cli } from '../helpers/cli.js';

const MINIMAL = 'test/fixtures/rubrics/minimal.yaml';

describe('readiness template', () => {
  it.each(['ru', 'kk', 'en'] as const)('lists every question and option in %s, and parses as YAML', (lang) => {
    const result = cli(['template', '--rubric', MINIMAL, '--lang', lang]);
    expect(result.status).toBe(0);
    const rubric = loadRubric(MINIMAL);
    if (!rubric.ok) throw new Error('fixture');
    for (const q of rubric.value.rubric.questions) {
      expect(result.stdout).toContain(`  ${q.id}:\n`);
      expect(result.stdout).toContain(q.text[lang]!);
      for (const o of q.options) expect(result.stdout).toContain(o.label[lang]!);
    }
    const parsed = parseYaml('template.yaml', result.stdout);
    expect(parsed.ok).toBe(true);
  });

  it('is refused by score until the organization is filled in, then accepted', () => {
    const rubric = loadRubric(MINIMAL);
    if (!rubric.ok) throw new Error('fixture');
    const blank = cli(['template', '--rubric', MINIMAL, '--lang', 'en']).stdout;
    const refused = parseAnswers('blank.yaml', blank, rubric.value.rubric);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.findings[0]).toMatchObject({ path: 'respondent.organization', message: 'must not be empty' });

    const filled = blank
      .replace('organization: ""', 'organization: "Akimat of Abai Region"')
      .replace('  staff-training:\n', '  staff-training: some\n');
    const accepted = parseAnswers('filled.yaml', filled, rubric.value.rubric);
    expect(accepted.ok).toBe(true);
    if (accepted.ok) expect([...accepted.value.answers]).toEqual([['staff-training', 'some']]);
  });

  it.each(['ru', 'kk', 'en'] as const)('has a register and an evidence block, and says in %s that comments never count', (lang) => {
    const out = cli(['template', '--lang', lang]).stdout;
    expect(out).toMatch(/^date: /m);
    expect(out).toMatch(/^documents: \{\}$/m);
    expect(out).toMatch(/^evidence:$/m);
    // The instructions name the register and the evidence block, not comments, as the place for documents.
    const howTo = out.split('\n').slice(0, 6).join('\n');
    expect(howTo).toContain('`documents:`');
    expect(howTo).toContain('`evidence:`');
    expect(out).toMatch(/^# .*`comments:`.*$/m);
  });

  it('the honest path: the blank template filled with the best answers and a real document each reaches the top level, with no claim unsupported', () => {
    const loaded = loadRubric();
    if (!loaded.ok) throw new Error('default rubric');
    const rubric = loaded.value.rubric;
    const best = new Map(rubric.questions.map((q) => [q.id, q.options.reduce((a, b) => (b.score > a.score ? b : a)).id]));
    const lines = cli(['template', '--lang', 'ru']).stdout.split('\n');
    let block = '';
    const filled = lines.map((line) => {
      const top = /^(\w+):/.exec(line);
      if (top) block = top[1]!;
      const entry = /^ {2}([a-z0-9-]+):$/.exec(line);
      if (line.startsWith('date:')) return 'date: 2026-06-01';
      if (line.startsWith('  organization:')) return '  organization: "Министерство цифрового развития"';
      if (line === 'documents: {}') {
        return ['documents:', ...rubric.questions.map((q, i) => `  doc-${q.id}: {type: ${q.evidenceTypes?.[0] ?? 'order'}, number: "${i + 1}-п", date: 2026-05-${String(17 + (i % 14)).padStart(2, '0')}, title: "Документ ${i + 1}"}`)].join('\n');
      }
      if (entry && block === 'answers') return `  ${entry[1]}: ${best.get(entry[1]!)}`;
      if (entry && block === 'evidence') return `  ${entry[1]}: [doc-${entry[1]}]`;
      return line;
    });
    const dir = mkdtempSync(join(tmpdir(), 'readiness-honest-'));
    const file = join(dir, 'body.yaml');
    writeFileSync(file, filled.join('\n'));
    const r = cli(['score', file, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.unsupported).toEqual([]);
    expect(report.overall.status).toBe('complete');
    expect(report.overall.level.id).toBe(rubric.levels.at(-1)!.id);
  });

  it('writes to --out, never over an existing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-template-'));
    const out = join(dir, 'blank.yaml');
    expect(cli(['template', '--rubric', MINIMAL, '--out', out, '--quiet']).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('rubric: {id: minimal, version: 1.0.0}');
    writeFileSync(out, 'old');
    expect(cli(['template', '--rubric', MINIMAL, '--out', out, '--quiet']).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old');
  });

  it('refuses an unknown language as a usage error', () => {
    const result = cli(['template', '--lang', 'de']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('de');
  });
});

describe('readiness schema', () => {
  it.each(['rubric', 'answers', 'report'])('prints the JSON Schema of %s', (format) => {
    const result = cli(['schema', format]);
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout) as { $schema: string; type: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.type).toBe('object');
    const expected = { rubric: ['questions', 'levels', 'recommendations'], answers: ['rubric', 'respondent'], report: ['schemaVersion', 'overall', 'recommendations'] }[format]!;
    for (const key of expected) expect(schema.required).toContain(key);
  });

  it('describes the evidence model: the register, evidence as ids or a free reference, the rubric\'s types and parameters', () => {
    const answers = JSON.parse(cli(['schema', 'answers']).stdout) as { properties: Record<string, any> };
    expect(answers.properties.date.anyOf[0].pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
    const doc = answers.properties.documents.anyOf[0].additionalProperties;
    expect(Object.keys(doc.properties)).toEqual(['type', 'number', 'date', 'title', 'issuer', 'link']);
    expect(JSON.stringify(doc.properties.type)).toContain('register-extract');
    const evidence = JSON.stringify(answers.properties.evidence);
    expect(evidence).toContain('"type":"array"');
    expect(evidence).toContain('"type":"string"');
    const rubric = cli(['schema', 'rubric']).stdout;
    for (const key of ['maxCitations', 'veto', 'types', 'web-page']) expect(rubric).toContain(`"${key}"`);
  });

  it('refuses an unknown format with exit 2', () => {
    expect(cli(['schema', 'html']).status).toBe(2);
  });
});

describe('readiness --help and --version', () => {
  it('prints the version from package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const result = cli(['--version']);
    expect(result.stdout.trim()).toBe(pkg.version);
    expect(result.status).toBe(0);
  });

  it('teaches: every command, examples and exit codes, in the user language', () => {
    const en = cli(['--help']);
    expect(en.status).toBe(0);
    for (const c of ['assess', 'score', 'validate', 'diff', 'template', 'schema']) expect(en.stdout).toContain(c);
    expect(en.stdout).toContain('Exit codes');
    expect(cli(['--help'], { env: { READINESS_LANG: 'kk' } }).stdout).toContain('Шығу кодтары');
    expect(cli(['--help'], { env: { LANG: 'ru_RU.UTF-8', READINESS_LANG: '' } }).stdout).toContain('Коды выхода');
  });

  it('exits 2 on an unknown option or command', () => {
    expect(cli(['score', '--no-such-option', 'x.yaml']).status).toBe(2);
    expect(cli(['frobnicate']).status).toBe(2);
  });
});
