#!/usr/bin/env node
/**
 * Generates synthetic answer files for a rubric: deterministic (a seeded pseudo-random
 * generator: the same options give the same bytes), realistic in size and shape (as the
 * interview saves them: respondent, language, most questions answered, some comments with
 * evidence), YAML with a share of JSON, in folders of 1,000 files.
 *
 *   node scripts/gen-answers.mjs --out <dir> [--count 1000] [--rubric rubrics/default.yaml]
 *                                [--seed 1] [--json-ratio 0.1] [--broken-ratio 0] [--groups] [--plain]
 *
 * `--groups` adds `respondent.type` (ministry, akimat, agency) and `respondent.region`, the
 * fields the fleet page groups bodies by; without it the bytes are as they always were.
 *
 * Also a module: `generateAnswerText(rubric, index, options)` and `generateAnswers(options)`
 * are used by the tests and by `scripts/bench.mjs`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
// The project's own seeded generator: the script runs after the build (`npm ci` builds).
import { seededRandom as prng } from '../dist/random.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_RUBRIC = join(root, 'rubrics', 'default.yaml');

const BODIES = {
  ru: ['Акимат', 'Управление цифровизации', 'Департамент государственных доходов', 'Управление образования', 'Управление здравоохранения', 'Департамент юстиции', 'Управление финансов', 'Департамент полиции', 'Управление земельных отношений', 'Департамент по делам государственной службы'],
  kk: ['Әкімдігі', 'Цифрландыру басқармасы', 'Мемлекеттік кірістер департаменті', 'Білім басқармасы', 'Денсаулық сақтау басқармасы', 'Әділет департаменті', 'Қаржы басқармасы', 'Полиция департаменті', 'Жер қатынастары басқармасы', 'Мемлекеттік қызмет істері департаменті'],
  en: ['Akimat', 'Digitalisation Office', 'State Revenue Department', 'Education Office', 'Health Office', 'Justice Department', 'Finance Office', 'Police Department', 'Land Relations Office', 'Civil Service Affairs Department'],
};
const REGIONS = {
  ru: ['города Астаны', 'города Алматы', 'города Шымкента', 'Акмолинской области', 'Актюбинской области', 'Алматинской области', 'Атырауской области', 'Восточно-Казахстанской области', 'Жамбылской области', 'Западно-Казахстанской области', 'Карагандинской области', 'Костанайской области', 'Кызылординской области', 'Мангистауской области', 'Павлодарской области', 'Северо-Казахстанской области', 'Туркестанской области', 'области Абай', 'области Жетісу', 'области Ұлытау'],
  kk: ['Астана қаласының', 'Алматы қаласының', 'Шымкент қаласының', 'Ақмола облысының', 'Ақтөбе облысының', 'Алматы облысының', 'Атырау облысының', 'Шығыс Қазақстан облысының', 'Жамбыл облысының', 'Батыс Қазақстан облысының', 'Қарағанды облысының', 'Қостанай облысының', 'Қызылорда облысының', 'Маңғыстау облысының', 'Павлодар облысының', 'Солтүстік Қазақстан облысының', 'Түркістан облысының', 'Абай облысының', 'Жетісу облысының', 'Ұлытау облысының'],
  en: ['of Astana', 'of Almaty', 'of Shymkent', 'of Akmola Region', 'of Aktobe Region', 'of Almaty Region', 'of Atyrau Region', 'of East Kazakhstan Region', 'of Zhambyl Region', 'of West Kazakhstan Region', 'of Karaganda Region', 'of Kostanay Region', 'of Kyzylorda Region', 'of Mangystau Region', 'of Pavlodar Region', 'of North Kazakhstan Region', 'of Turkistan Region', 'of Abai Region', 'of Zhetysu Region', 'of Ulytau Region'],
};
const UNITS = {
  ru: ['Отдел информатизации', 'Отдел кадров', 'Юридический отдел', 'Отдел цифровой трансформации', 'Аппарат руководителя'],
  kk: ['Ақпараттандыру бөлімі', 'Кадр бөлімі', 'Заң бөлімі', 'Цифрлық трансформация бөлімі', 'Басшы аппараты'],
  en: ['IT Unit', 'HR Unit', 'Legal Unit', 'Digital Transformation Unit', 'Head Office'],
};
const NAMES = ['Айгерим Сапарова', 'Ерлан Абенов', 'Динара Касымова', 'Нурлан Жумабеков', 'Асель Тулегенова', 'Марат Исмаилов', 'Жанар Оспанова', 'Бауыржан Сейткали', 'Ольга Ким', 'Сергей Петренко'];
const POSITIONS = {
  ru: ['главный эксперт', 'руководитель отдела', 'заместитель руководителя', 'ведущий специалист'],
  kk: ['бас сарапшы', 'бөлім басшысы', 'басшының орынбасары', 'жетекші маман'],
  en: ['chief expert', 'head of unit', 'deputy head', 'lead specialist'],
};
const EVIDENCE = {
  ru: ['Приказ руководителя № {n} от {d}.', 'План мероприятий утверждён {d}, исполнение отслеживается ежеквартально.', 'Подтверждается отчётом о проведённом обучении за {y} год.', 'Регламент размещён во внутреннем портале; ответственный назначен приказом № {n}.', 'Работа начата в {y} году, завершение планируется в следующем году.'],
  kk: ['Басшының {d} № {n} бұйрығы.', 'Іс-шаралар жоспары {d} бекітілген, орындалуы тоқсан сайын бақыланады.', '{y} жылғы оқыту туралы есеппен расталады.', 'Регламент ішкі порталда орналастырылған; жауапты тұлға № {n} бұйрықпен тағайындалған.', 'Жұмыс {y} жылы басталды, келесі жылы аяқталады.'],
  en: ['Order of the head No. {n} of {d}.', 'Action plan approved on {d}; progress is tracked quarterly.', 'Confirmed by the training report for {y}.', 'The regulation is on the intranet; the person in charge was appointed by order No. {n}.', 'Work began in {y}; completion is planned for next year.'],
};

/** The parts of a rubric the generator needs. */
export function readRubric(file = DEFAULT_RUBRIC) {
  const r = parse(readFileSync(file, 'utf8'));
  return {
    id: r.id,
    version: r.version,
    languages: r.languages,
    questions: r.questions.map((q) => ({ id: q.id, options: q.options.map((o) => o.id) })),
  };
}

const pickOf = (rand, list) => list[Math.floor(rand() * list.length)];
/** The kind of each body in BODIES, by position. */
const BODY_TYPES = ['akimat', 'akimat', 'agency', 'akimat', 'akimat', 'ministry', 'akimat', 'ministry', 'akimat', 'agency'];
const quote = (s) => JSON.stringify(s);

/**
 * One answer file. `index` and `seed` decide everything. Each body has a "maturity" that
 * tilts its answers, so scores spread over every level. With `broken`, the file carries
 * one mistake an auditor meets in practice (an unknown option or question id).
 */
export function generateAnswerText(rubric, index, { seed = 1, json = false, broken = false, groups = false, plain = false } = {}) {
  const rand = prng((seed * 0x9e3779b1 + index * 0x85ebca6b) >>> 0);
  // `plain`: the shape other systems export: Latin names, no comments (about 1.5 KB).
  const lang = plain ? 'en' : pickOf(rand, rubric.languages.filter((l) => BODIES[l]));
  const body = pickOf(rand, BODIES[lang]);
  const region = pickOf(rand, REGIONS[lang]);
  const group = groups
    ? { type: BODY_TYPES[BODIES[lang].indexOf(body)], region: REGIONS.en[REGIONS[lang].indexOf(region)].replace(/^of /, '') }
    : undefined;
  const organization = lang === 'kk' ? `${region} ${body.toLowerCase()}` : lang === 'en' ? `${body} ${region}` : `${body} ${region}`;
  const respondent = {
    // Numbered so that bodies stay distinct across thousands of files.
    organization: `${organization} №${index + 1}`,
    unit: pickOf(rand, UNITS[lang]),
    name: pickOf(rand, NAMES),
    position: pickOf(rand, POSITIONS[lang]),
    ...group,
  };
  const maturity = rand();
  const coverage = 0.7 + 0.3 * rand();
  const answers = [];
  const comments = [];
  for (const q of rubric.questions) {
    if (rand() > coverage) continue;
    // Skewed towards the body's maturity, with noise.
    const x = Math.min(0.999, Math.max(0, maturity + (rand() - 0.5) * 0.6));
    answers.push([q.id, q.options[Math.floor(x * q.options.length)]]);
    if (rand() < 0.25 && !plain) {
      const text = pickOf(rand, EVIDENCE[lang])
        .replace('{n}', String(1 + Math.floor(rand() * 400)))
        .replace('{d}', `${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}.${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}.2025`)
        .replace('{y}', String(2023 + Math.floor(rand() * 3)));
      comments.push([q.id, text]);
    }
  }
  if (broken && answers.length > 0) {
    const k = Math.floor(rand() * answers.length);
    if (rand() < 0.5) answers[k] = [answers[k][0], 'not-an-option'];
    else answers[k] = [`${answers[k][0]}-typo`, answers[k][1]];
  }

  if (json) {
    const value = {
      rubric: { id: rubric.id, version: rubric.version },
      respondent,
      language: lang,
      answers: Object.fromEntries(answers),
      ...(comments.length > 0 ? { comments: Object.fromEntries(comments) } : {}),
    };
    return `${JSON.stringify(value, null, 2)}\n`;
  }
  const lines = [
    '# readiness: answers saved after every answer. Resume: npx readiness assess --answers <this file>',
    `rubric: {id: ${rubric.id}, version: ${rubric.version}}`,
    'respondent:',
    `  organization: ${quote(respondent.organization)}`,
    `  unit: ${quote(respondent.unit)}`,
    `  name: ${quote(respondent.name)}`,
    `  position: ${quote(respondent.position)}`,
    ...(group ? [`  type: ${group.type}`, `  region: ${quote(group.region)}`] : []),
    `language: ${lang}`,
    'answers:',
    ...answers.map(([q, o]) => `  ${q}: ${o}`),
  ];
  if (comments.length > 0) lines.push('comments:', ...comments.map(([q, c]) => `  ${q}: ${quote(c)}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Writes `count` answer files into `out` (folders `batch-000/` of 1,000 files each).
 * Returns the paths, in the order a folder walk lists them.
 */
export function generateAnswers({ out, count, rubric = readRubric(), seed = 1, jsonRatio = 0.1, brokenRatio = 0, groups = false, plain = false }) {
  const paths = [];
  const everyJson = jsonRatio > 0 ? Math.round(1 / jsonRatio) : 0;
  const everyBroken = brokenRatio > 0 ? Math.round(1 / brokenRatio) : 0;
  for (let i = 0; i < count; i++) {
    const dir = join(out, `batch-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(dir, { recursive: true });
    const json = everyJson > 0 && i % everyJson === everyJson - 1;
    const broken = everyBroken > 0 && i % everyBroken === everyBroken - 1;
    const path = join(dir, `answers-${String(i).padStart(6, '0')}.${json ? 'json' : 'yaml'}`);
    writeFileSync(path, generateAnswerText(rubric, i, { seed, json, broken, groups, plain }));
    paths.push(path);
  }
  return paths;
}

function parseArgs(argv) {
  const opts = { out: undefined, count: 1000, rubric: DEFAULT_RUBRIC, seed: 1, jsonRatio: 0.1, brokenRatio: 0, groups: false, plain: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--out') opts.out = value();
    else if (flag === '--count') opts.count = Number(value());
    else if (flag === '--rubric') opts.rubric = value();
    else if (flag === '--seed') opts.seed = Number(value());
    else if (flag === '--json-ratio') opts.jsonRatio = Number(value());
    else if (flag === '--broken-ratio') opts.brokenRatio = Number(value());
    else if (flag === '--groups') opts.groups = true;
    else if (flag === '--plain') opts.plain = true;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  if (!opts.out) throw new Error('--out <dir> is required (--help: every option)');
  return opts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    // The help is in the catalogue, in the reader's language (READINESS_LANG, else the locale).
    const [{ help }, { detectLang, format }] = await Promise.all([import('../dist/i18n/catalogue/cli.js'), import('../dist/i18n/lang.js')]);
    process.stdout.write(`${format(help.genAnswers, detectLang())}\n`);
    process.exit(0);
  }
  try {
    const opts = parseArgs(process.argv.slice(2));
    const paths = generateAnswers({ ...opts, rubric: readRubric(opts.rubric) });
    process.stderr.write(`${paths.length} answer files in ${opts.out}\n`);
  } catch (error) {
    process.stderr.write(`gen-answers: ${error.message}\n`);
    process.exitCode = 2;
  }
}
