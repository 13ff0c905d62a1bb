import fc from 'fast-check';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import {
  AnswerStore,
  backupAnswerFile,
  draftFromAnswers,
  openAnswerFile,
  organizationOf,
  renderAnswerFile,
  renderAnswerFileJson,
  sameOrganization,
  type AnswerDraft,
} from '../../src/answers/store.js';
import { loadRubric, parseRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';

const MINIMAL = 'test/fixtures/rubrics/minimal.yaml';

function rubricOf(file: string): Rubric {
  const loaded = loadRubric(file);
  if (!loaded.ok) throw new Error(loaded.findings.map((f) => f.message).join('\n'));
  return loaded.value.rubric;
}

const minimal = rubricOf(MINIMAL);

function draft(overrides: Partial<AnswerDraft> = {}): AnswerDraft {
  return {
    rubric: { id: 'minimal', version: '1.0.0' },
    respondent: { organization: 'Акимат города Тест' },
    language: 'ru',
    answers: new Map(),
    comments: new Map(),
    documents: new Map(), evidence: new Map(),
    ...overrides,
  };
}

describe('renderAnswerFile', () => {
  it('writes the SPEC format: answers in rubric order, unanswered left out, texts quoted', () => {
    const text = renderAnswerFile(
      minimal,
      draft({
        respondent: { organization: 'Акимат «Тест»: <b>x</b>', unit: 'IT', position: 'руководитель' },
        // Inserted out of rubric order on purpose.
        answers: new Map([
          ['cyber-pentest', 'yearly'],
          ['staff-training', 'some'],
        ]),
        comments: new Map([['cyber-pentest', 'Приказ №5; https://example.kz/a?b=1#c']]),
      }),
    );
    expect(text).toBe(
      [
        '# readiness: ответы сохраняются после каждого ответа. Продолжить: npx readiness assess --answers <этот файл>',
        'rubric: {id: minimal, version: 1.0.0}',
        'respondent:',
        '  organization: "Акимат «Тест»: <b>x</b>"',
        '  unit: "IT"',
        '  position: "руководитель"',
        'language: ru',
        'answers:',
        '  staff-training: some',
        '  cyber-pentest: yearly',
        'comments:',
        '  cyber-pentest: "Приказ №5; https://example.kz/a?b=1#c"',
        '',
      ].join('\n'),
    );
  });

  it("writes its first line in the file's language (the people who fill it in read it)", () => {
    expect(renderAnswerFile(minimal, draft({ language: 'kk' })).split('\n')[0]).toBe('# readiness: жауаптар әр жауаптан кейін сақталады. Жалғастыру: npx readiness assess --answers <осы файл>');
    expect(renderAnswerFile(minimal, draft({ language: 'en' })).split('\n')[0]).toMatch(/^# readiness: answers saved after every answer/);
    const merged = draft({ contributors: [{ file: 'it.yaml', answers: [] }] });
    expect(renderAnswerFile(minimal, merged).split('\n')[0]).toMatch(/^# readiness: ответы одного органа, объединённые из файлов его подразделений/);
  });

  it('writes an empty answers map before the first answer, and no comments section without comments', () => {
    const text = renderAnswerFile(minimal, draft());
    expect(text).toContain('\nanswers: {}\n');
    expect(text).not.toContain('comments');
    const parsed = parseAnswers('a.yaml', text, minimal);
    expect(parsed.ok).toBe(true);
  });

  it('reads back as the same answers through the loader `score` uses', () => {
    const d = draft({
      answers: new Map([
        ['staff-training', 'all'],
        ['cyber-pentest', 'never'],
      ]),
      comments: new Map([['staff-training', 'line one\nline two\t"quoted" \\ back']]),
      date: '2026-03-01',
    });
    const parsed = parseAnswers('a.yaml', renderAnswerFile(minimal, d), minimal);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
    expect(parsed.warnings).toEqual([]);
    expect(parsed.value.respondent).toEqual({ organization: 'Акимат города Тест' });
    expect(parsed.value.language).toBe('ru');
    expect([...parsed.value.answers]).toEqual([...d.answers]);
    expect([...parsed.value.comments]).toEqual([...d.comments]);
  });

  it('quotes option ids that YAML would read as booleans, null or numbers', () => {
    const text = readFileSync(MINIMAL, 'utf8')
      .replace('{id: none,', '{id: "no",')
      .replace('{id: some,', '{id: "null",')
      .replace('{id: all,', '{id: "1",')
      .replace('{id: yearly,', '{id: "true",');
    const loaded = parseRubric('odd.yaml', text);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
    const rubric = loaded.value.rubric;
    for (const [staff, cyber] of [
      ['no', 'true'],
      ['null', 'never'],
      ['1', 'true'],
    ] as const) {
      const d = draft({
        answers: new Map([
          ['staff-training', staff],
          ['cyber-pentest', cyber],
        ]),
      });
      const parsed = parseAnswers('a.yaml', renderAnswerFile(rubric, d), rubric);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
      expect(parsed.value.answers.get('staff-training')).toBe(staff);
      expect(parsed.value.answers.get('cyber-pentest')).toBe(cyber);
    }
  });

  it('any organization name and comment a person can type reads back exactly (property)', () => {
    // Texts as the interview stores them: trimmed, non-empty, within the format's limits.
    const text = (max: number) =>
      fc
        .string({ unit: fc.constantFrom('grapheme', 'binary'), maxLength: 60 })
        .map((s) => s.trim())
        .filter((s) => s.length > 0 && s.length <= max);
    fc.assert(
      fc.property(text(500), text(500), text(4000), (organization, name, comment) => {
        const d = draft({
          respondent: { organization, name },
          answers: new Map([['staff-training', 'some']]),
          comments: new Map([['staff-training', comment]]),
        });
        const parsed = parseAnswers('a.yaml', renderAnswerFile(minimal, d), minimal);
        if (!parsed.ok) throw new Error(`${JSON.stringify(organization)}: ${JSON.stringify(parsed.findings)}`);
        expect(parsed.value.respondent.organization).toBe(organization);
        expect(parsed.value.respondent.name).toBe(name);
        expect(parsed.value.comments.get('staff-training')).toBe(comment);
      }),
      { numRuns: 300 },
    );
  });

  it('no text can add a key or a line of its own to the file', () => {
    const hostile = 'x"\nanswers:\n  staff-training: all\n# \u2028\u0085\u001b[2J';
    const d = draft({ respondent: { organization: hostile }, comments: new Map([['cyber-pentest', hostile]]) });
    const text = renderAnswerFile(minimal, d);
    // Every line but the header is one of the keys the format has, or an entry under them.
    expect(text.split('\n').filter((l) => l !== '')).toHaveLength(8);
    const parsed = parseAnswers('a.yaml', text, minimal);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
    expect(parsed.value.answers.size).toBe(0);
    expect(parsed.value.respondent.organization).toBe(hostile);
  });
});

describe('the answer file on disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'readiness-store-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('openAnswerFile: absent is a new interview, a valid file resumes, a broken one is refused with positions', () => {
    const file = join(dir, 'a.yaml');
    expect(openAnswerFile(file, minimal)).toEqual({ kind: 'new' });

    writeFileSync(file, renderAnswerFile(minimal, draft({ answers: new Map([['staff-training', 'all']]) })));
    const resumed = openAnswerFile(file, minimal);
    expect(resumed.kind).toBe('resume');
    if (resumed.kind === 'resume') {
      const d = draftFromAnswers(minimal, resumed.answers);
      expect(d.respondent.organization).toBe('Акимат города Тест');
      expect([...d.answers]).toEqual([['staff-training', 'all']]);
    }

    writeFileSync(file, readFileSync(file, 'utf8').replace('staff-training: all', 'staff-training: everyone'));
    const broken = openAnswerFile(file, minimal);
    expect(broken.kind).toBe('invalid');
    if (broken.kind === 'invalid') {
      expect(broken.findings[0]).toMatchObject({ file, line: 7, severity: 'error' });
      expect(broken.findings[0]!.message).toContain('everyone');
    }
  });

  it('a resumed file of an older rubric version is saved under the current one', () => {
    const file = join(dir, 'a.yaml');
    writeFileSync(file, renderAnswerFile(minimal, draft({ rubric: { id: 'minimal', version: '0.9.0' }, answers: new Map([['staff-training', 'all']]) })));
    const opened = openAnswerFile(file, minimal);
    expect(opened.kind).toBe('resume');
    if (opened.kind !== 'resume') return;
    expect(opened.warnings.length).toBeGreaterThan(0);
    expect(draftFromAnswers(minimal, opened.answers).rubric).toEqual({ id: 'minimal', version: '1.0.0' });
  });

  it('AnswerStore.save writes atomically, creates the folder, and leaves no temporary file', () => {
    const file = join(dir, 'sub', 'answers.yaml');
    const store = new AnswerStore(file, minimal);
    const d = draft();
    expect(store.save(d)).toEqual({ file });
    d.answers.set('staff-training', 'some');
    expect(store.save(d)).toEqual({ file });
    d.answers.set('cyber-pentest', 'yearly');
    store.save(d);
    expect(readFileSync(file, 'utf8')).toBe(renderAnswerFile(minimal, d));
    expect(readdirSync(join(dir, 'sub'))).toEqual(['answers.yaml']);
  });

  it('never overwrites a file another interview wrote there for another body: the answers go beside it', () => {
    const file = join(dir, 'answers.yaml');
    const ours = new AnswerStore(file, minimal);
    const d = draft({ respondent: { organization: 'Министерство A' } });
    // Both interviews started in one folder; the other one saved first.
    const theirs = renderAnswerFile(minimal, draft({ respondent: { organization: 'Акимат B' }, answers: new Map([['staff-training', 'all']]) }));
    writeFileSync(file, theirs);

    const result = ours.save(d);
    expect(result).toEqual({ file: join(dir, 'answers-2.yaml'), movedFrom: file });
    expect(readFileSync(file, 'utf8')).toBe(theirs);
    expect(organizationOf(join(dir, 'answers-2.yaml'))).toBe('Министерство A');
    expect(ours.file).toBe(join(dir, 'answers-2.yaml'));

    // From then on it keeps to its own file.
    d.answers.set('cyber-pentest', 'never');
    expect(ours.save(d)).toEqual({ file: join(dir, 'answers-2.yaml') });
    expect(readFileSync(file, 'utf8')).toBe(theirs);
  });

  it('a file changed meanwhile but still the same body is saved there (case and spacing aside), keeping the new spelling', () => {
    const file = join(dir, 'answers.yaml');
    const store = new AnswerStore(file, minimal);
    const d = draft({ respondent: { organization: 'Акимат  Города Тест' } });
    store.save(d);
    writeFileSync(file, renderAnswerFile(minimal, draft({ respondent: { organization: 'акимат города тест ' } })));
    expect(store.save(d)).toEqual({ file, merged: ['respondent.organization'] });
    expect(organizationOf(file)).toBe('акимат города тест');
  });

  it('every field changed on disk meanwhile is kept beside the interview\'s own changes (YAML and JSON)', () => {
    for (const name of ['hand.yaml', 'hand.json']) {
      const file = join(dir, name);
      const start = draft({ respondent: { organization: 'Hand Org', name: 'Old Name' }, language: 'en', answers: new Map([['staff-training', 'some']]) });
      writeFileSync(file, (name.endsWith('.json') ? renderAnswerFileJson : renderAnswerFile)(minimal, start));
      const store = new AnswerStore(file, minimal);
      const opened = openAnswerFile(file, minimal);
      if (opened.kind !== 'resume') throw new Error(opened.kind);
      const d = draftFromAnswers(minimal, opened.answers);
      store.setBase(d);
      // By hand, while the interview shows the next question.
      const hand = draft({
        respondent: { organization: 'Hand Org', name: 'New Name', position: 'Head of IT', type: 'ministry', region: 'Astana' },
        language: 'ru',
        answers: new Map([['staff-training', 'some']]),
        comments: new Map([['staff-training', 'hand comment']]),
      });
      writeFileSync(file, (name.endsWith('.json') ? renderAnswerFileJson : renderAnswerFile)(minimal, hand));
      // The interview's own change: an answer, and its own name for the respondent's unit.
      d.answers.set('cyber-pentest', 'yearly');
      d.respondent.unit = 'IT';
      const result = store.save(d);
      expect(result.file).toBe(file);
      expect(result.merged?.sort()).toEqual(['language', 'respondent.name', 'respondent.position', 'respondent.region', 'respondent.type', 'staff-training'].sort());
      const back = openAnswerFile(file, minimal);
      if (back.kind !== 'resume') throw new Error(back.kind);
      expect(back.answers.respondent).toMatchObject({ organization: 'Hand Org', unit: 'IT', name: 'New Name', position: 'Head of IT', type: 'ministry', region: 'Astana' });
      expect(back.answers.language).toBe('ru');
      expect([...back.answers.answers]).toEqual([['staff-training', 'some'], ['cyber-pentest', 'yearly']]);
      expect([...back.answers.comments]).toEqual([['staff-training', 'hand comment']]);
      // The draft in memory holds the merge too: the next save keeps it.
      expect(d.respondent.name).toBe('New Name');
      expect(d.language).toBe('ru');
    }
  });

  it('sameOrganization compares as a person would', () => {
    expect(sameOrganization('Акимат  Города', ' акимат города')).toBe(true);
    expect(sameOrganization('Акимат A', 'Акимат B')).toBe(false);
  });

  it('backupAnswerFile moves the file aside under a free name, never over an earlier backup', () => {
    const file = join(dir, 'readiness-answers.yaml');
    writeFileSync(file, 'first');
    expect(backupAnswerFile(file)).toBe(join(dir, 'readiness-answers.backup.yaml'));
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, 'second');
    expect(backupAnswerFile(file)).toBe(join(dir, 'readiness-answers.backup-2.yaml'));
    expect(readFileSync(join(dir, 'readiness-answers.backup.yaml'), 'utf8')).toBe('first');
    expect(readFileSync(join(dir, 'readiness-answers.backup-2.yaml'), 'utf8')).toBe('second');
  });
});

describe('the answer file speaks the officer\'s language', () => {
  it('its first line is in the file\'s language, for a body\'s file and a merged one', () => {
    const first = (language: string, merged = false) =>
      renderAnswerFile(minimal, draft({ language, ...(merged ? { contributors: [{ file: 'it.yaml', answers: [] }] } : {}) })).split('\n')[0];
    expect(first('ru')).toBe('# readiness: ответы сохраняются после каждого ответа. Продолжить: npx readiness assess --answers <этот файл>');
    expect(first('kk')).toBe('# readiness: жауаптар әр жауаптан кейін сақталады. Жалғастыру: npx readiness assess --answers <осы файл>');
    expect(first('kk', true)).toContain('біріктірілген');
    expect(first('en')).toContain('answers saved after every answer');
  });
});
