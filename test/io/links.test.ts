import { chmodSync, existsSync, lchownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnswerStore } from '../../src/answers/store.js';
import { ExitError } from '../../src/errors.js';
import type { Lang } from '../../src/i18n/lang.js';
import { messageLang, setMessageLang } from '../../src/i18n/messages.js';
import { runInterview } from '../../src/interview/run.js';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { loadRubric } from '../../src/rubric/load.js';
import { describeFsError } from '../../src/source/read-source.js';

// A link planted in a shared sticky folder (adversarial review of 0.2.0, finding 12): the
// answer file is written through a link on purpose, but never through another user's link.
const NOBODY = 65534;
let dir: string;
let sticky: string;
let victim: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-links-'));
  chmodSync(dir, 0o755);
  sticky = join(dir, 'sticky');
  victim = join(dir, 'victim');
  mkdirSync(sticky);
  chmodSync(sticky, 0o1777);
  mkdirSync(victim, { mode: 0o755 });
});
const initialLang = messageLang();
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  setMessageLang(initialLang);
});

/** What the writer threw, described as every command describes a file-system error. */
function refusal(write: () => void): string {
  try {
    write();
  } catch (error) {
    return describeFsError(error);
  }
  throw new Error('the write was not refused');
}

/** A link in the sticky folder owned by nobody, dangling into the victim's folder. */
function plantedLink(name = 'readiness-answers.yaml'): string {
  const link = join(sticky, name);
  symlinkSync(join(victim, 'planted.yaml'), link);
  lchownSync(link, NOBODY, NOBODY);
  return link;
}

describe.runIf(process.getuid?.() === 0)('links in a shared sticky folder (run as root, the link as nobody)', () => {
  it('a dangling link of another user is not followed: nothing is created where it points', () => {
    const link = join(sticky, 'readiness-answers.yaml');
    symlinkSync(join(victim, 'planted.yaml'), link);
    lchownSync(link, NOBODY, NOBODY);
    expect(() => writeFileAtomic(link, 'answers', { followLink: true })).toThrow(/EACCES/);
    expect(existsSync(join(victim, 'planted.yaml'))).toBe(false);
  });

  it("another user's link to an existing file is not followed either; the user's own link is (the control)", () => {
    const target = join(victim, 'real.yaml');
    writeFileSync(target, 'before');
    const foreign = join(sticky, 'foreign.yaml');
    symlinkSync(target, foreign);
    lchownSync(foreign, NOBODY, NOBODY);
    expect(() => writeFileAtomic(foreign, 'after', { followLink: true })).toThrow(/EACCES/);
    expect(readFileSync(target, 'utf8')).toBe('before');
    const own = join(sticky, 'own.yaml');
    symlinkSync(target, own);
    writeFileAtomic(own, 'after', { followLink: true });
    expect(readFileSync(target, 'utf8')).toBe('after');
  });
  // Issue 20 (finding 12, not done in 0.2.0's answers): the refusal said only "permission denied".
  it('a refused link says why: the path, that it is a symbolic link, and its owner, in ru, kk and en', () => {
    const link = plantedLink();
    const said: Record<Lang, string> = {
      en: `${link} is a symbolic link owned by another user (uid ${NOBODY}, nobody); another user's link is never written through`,
      ru: `${link} — символическая ссылка, принадлежащая другому пользователю (uid ${NOBODY}, nobody); запись по чужой ссылке не выполняется`,
      kk: `${link} — басқа пайдаланушыға (uid ${NOBODY}, nobody) тиесілі символдық сілтеме; бөгде сілтеме арқылы ештеңе жазылмайды`,
    };
    for (const lang of ['en', 'ru', 'kk'] as const) {
      setMessageLang(lang);
      expect(refusal(() => writeFileAtomic(link, 'answers', { followLink: true }))).toBe(said[lang]);
    }
    // A link to an existing file is refused in the same words.
    const target = join(victim, 'real.yaml');
    writeFileSync(target, 'before');
    const foreign = join(sticky, 'foreign.yaml');
    symlinkSync(target, foreign);
    lchownSync(foreign, NOBODY, NOBODY);
    setMessageLang('en');
    expect(refusal(() => writeFileAtomic(foreign, 'after', { followLink: true }))).toBe(said.en.replace(link, foreign));
    // An owner the password file does not know is named by its uid alone.
    const unnamed = join(sticky, 'unnamed.yaml');
    symlinkSync(target, unnamed);
    lchownSync(unnamed, 4_000_123, 4_000_123);
    expect(refusal(() => writeFileAtomic(unnamed, 'after', { followLink: true }))).toBe(
      `${unnamed} is a symbolic link owned by another user (uid 4000123); another user's link is never written through`,
    );
  });

  it('the answer store says so when it checks the file before the interview and at every save', () => {
    const loaded = loadRubric('test/fixtures/rubrics/minimal.yaml');
    if (!loaded.ok) throw new Error('minimal rubric');
    const rubric = loaded.value.rubric;
    const link = plantedLink();
    setMessageLang('en');
    const store = new AnswerStore(link, rubric);
    const why = `${link} is a symbolic link owned by another user (uid ${NOBODY}, nobody)`;
    expect(refusal(() => store.checkWritable())).toContain(why);
    const draft = {
      rubric: { id: 'minimal', version: '1.0.0' },
      respondent: { organization: 'Akimat of Testville' },
      language: 'en' as const,
      answers: new Map([['staff-training', 'all']]),
      comments: new Map(),
      documents: new Map(),
      evidence: new Map(),
    };
    expect(refusal(() => store.save(draft))).toContain(why);
    expect(existsSync(join(victim, 'planted.yaml'))).toBe(false);
  });

  it('the interview refuses the path before the first question, saying why', async () => {
    const loaded = loadRubric('test/fixtures/rubrics/minimal.yaml');
    if (!loaded.ok) throw new Error('minimal rubric');
    const link = plantedLink();
    setMessageLang('kk');
    const done = runInterview({ rubric: loaded.value.rubric, file: link, preferredLang: 'kk', restart: false, out: new PassThrough(), err: new PassThrough(), color: false, lang: 'kk' });
    await expect(done).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof ExitError &&
        e.exitCode === 1 &&
        e.message.includes(`${link} — басқа пайдаланушыға (uid ${NOBODY}, nobody) тиесілі символдық сілтеме`) &&
        !e.message.includes('қол жеткізуге рұқсат жоқ'),
    );
    expect(existsSync(join(victim, 'planted.yaml'))).toBe(false);
  });
});
