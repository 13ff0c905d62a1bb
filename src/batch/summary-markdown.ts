import { format, type Lang, type Texts } from '../i18n/lang.js';
import { escapeMarkdown } from '../report/escape.js';
import { formatNumber, formatPercent } from '../report/labels.js';
import type { SummaryLayout, SummaryRow } from '../report/render-csv.js';
import { encodeLink } from '../io/safe-name.js';
import type { BatchTotals } from './totals.js';

/**
 * The batch summary in markdown, for auditors comparing bodies: a table of every input
 * (scored, or refused with its error), then what the batch adds up to: levels, and the
 * recommendations that are weakest and the risks most exposed across the bodies. Written
 * in three parts (`summaryHead`, `summaryRow` per file, `summaryTail`) so a batch of any
 * size streams to disk. Every text from an answer file or a path is escaped.
 */

export const words = {
  title: { en: 'AI readiness: summary of {count} answer {count:file|files}', ru: 'Готовность к внедрению ИИ: сводка по {count} {count:файлу|файлам|файлам} ответов', kk: 'ЖИ-ді енгізуге дайындық: {count} жауап файлы бойынша жиынтық' },
  rubric: { en: 'Rubric', ru: 'Методика', kk: 'Әдістеме' },
  files: { en: 'Answer files', ru: 'Файлы ответов', kk: 'Жауап файлдары' },
  rank: { en: '#', ru: '№', kk: '№' },
  file: { en: 'File', ru: 'Файл', kk: 'Файл' },
  organization: { en: 'Organization', ru: 'Орган', kk: 'Орган' },
  overall: { en: 'Overall score', ru: 'Общий балл', kk: 'Жалпы ұпай' },
  level: { en: 'Level', ru: 'Уровень', kk: 'Деңгей' },
  coverage: { en: 'Coverage', ru: 'Охват', kk: 'Қамту' },
  result: { en: 'Result', ru: 'Результат', kk: 'Нәтиже' },
  ok: { en: 'scored', ru: 'оценён', kk: 'бағаланды' },
  error: { en: 'error: {message}', ru: 'ошибка: {message}', kk: 'қате: {message}' },
  notAssessed: { en: 'not assessed', ru: 'не оценено', kk: 'бағаланбады' },
  counts: {
    en: '{inputs} inputs: {scored} scored, {refused} with errors.',
    ru: 'Всего файлов: {inputs}; оценено: {scored}; с ошибками: {refused}.',
    kk: 'Барлығы: {inputs} файл; бағаланды: {scored}; қатесі бар: {refused}.',
  },
  overallStats: {
    en: 'Overall score across the scored files: mean {mean}, lowest {min}, highest {max}.',
    ru: 'Общий балл по оценённым файлам: в среднем {mean}, наименьший {min}, наибольший {max}.',
    kk: 'Бағаланған файлдар бойынша жалпы ұпай: орташа {mean}, ең төменгі {min}, ең жоғары {max}.',
  },
  levels: { en: 'Levels', ru: 'Уровни', kk: 'Деңгейлер' },
  bodies: { en: 'Files', ru: 'Файлов', kk: 'Файлдар' },
  noScore: { en: 'no answers, no score', ru: 'нет ответов, нет балла', kk: 'жауап жоқ, ұпай жоқ' },
  incomplete: { en: 'incomplete: no level', ru: 'не завершено: уровня нет', kk: 'аяқталмаған: деңгей жоқ' },
  incompleteShort: { en: 'incomplete', ru: 'не завершено', kk: 'аяқталмаған' },
  unsupportedTotal: {
    en: 'Claims without evidence: {claims} in {files} {files:file|files}.',
    ru: 'Ответов без подтверждения: {claims} в {files} {files:файле|файлах|файлах}.',
    kk: 'Расталмаған жауаптар: {files} файлда {claims}.',
  },
  weakest: { en: 'Weakest recommendations across the bodies', ru: 'Самые слабые рекомендации по всем органам', kk: 'Барлық органдар бойынша ең әлсіз ұсынымдар' },
  weakestNote: {
    en: 'Mean score of each recommendation over the scored files that have a score for it; lowest first.',
    ru: 'Средний балл каждой рекомендации по оценённым файлам, в которых он есть; от наименьшего.',
    kk: 'Әр ұсынымның ұпайы бар бағаланған файлдар бойынша орташа ұпайы; ең төменінен бастап.',
  },
  recommendation: { en: 'Recommendation', ru: 'Рекомендация', kk: 'Ұсыным' },
  mean: { en: 'Mean score', ru: 'Средний балл', kk: 'Орташа ұпай' },
  withScore: { en: 'Files with a score', ru: 'Файлов с баллом', kk: 'Ұпайы бар файлдар' },
  risks: { en: 'Most exposed risks across the bodies', ru: 'Наиболее высокая подверженность рискам по всем органам', kk: 'Барлық органдар бойынша тәуекел дәрежесі ең жоғары санаттар' },
  risksNote: {
    en: 'Mean exposure (100 − the mean score of the category’s questions) over the scored files; highest first.',
    ru: 'Средняя подверженность риску (100 − средний балл вопросов категории) по оценённым файлам; от наибольшей.',
    kk: 'Бағаланған файлдар бойынша орташа тәуекел дәрежесі (100 − санат сұрақтарының орташа ұпайы); ең жоғарысынан бастап.',
  },
  riskCategory: { en: 'Risk category', ru: 'Категория рисков', kk: 'Тәуекел санаты' },
  meanExposure: { en: 'Mean exposure', ru: 'Средняя подверженность риску', kk: 'Орташа тәуекел дәрежесі' },
  nothingScored: { en: 'No file could be scored.', ru: 'Ни один файл не удалось оценить.', kk: 'Бірде-бір файл бағаланбады.' },
} as const satisfies Record<string, Texts>;

const w = (lang: Lang, key: keyof typeof words, vars?: Readonly<Record<string, string | number>>) => format(words[key], lang, vars);
const cell = (text: string) => escapeMarkdown(text, { cell: true });
const num = (lang: Lang, value: number | null) => (value === null ? '—' : formatNumber(lang, value, 1));

/** The title, the rubric and the head of the table of inputs. */
export function summaryHead(layout: SummaryLayout, info: { count: number; rubric: { title: string; id: string; version: string } }): string {
  const l = layout.lang;
  const { rubric } = info;
  return [
    `# ${w(l, 'title', { count: info.count })}`,
    '',
    // The id and version passed the rubric schema (kebab-case, semver): safe in a code span.
    `${w(l, 'rubric')}: ${escapeMarkdown(rubric.title)} (\`${rubric.id}\` \`${rubric.version}\`)`,
    '',
    `## ${w(l, 'files')}`,
    '',
    `| ${w(l, 'rank')} | ${w(l, 'file')} | ${w(l, 'organization')} | ${w(l, 'overall')} | ${w(l, 'level')} | ${w(l, 'coverage')} | ${w(l, 'result')} |`,
    '|---:|---|---|---:|---|---:|---|',
    '',
  ].join('\n');
}

/**
 * One input's line of the table. `link` is the path of its report relative to the summary
 * (it links the organization's name), when reports were written.
 */
export function summaryRow(layout: SummaryLayout, index: number, row: SummaryRow, link?: string): string {
  const l = layout.lang;
  if (row.error !== null) {
    return `| ${index} | ${cell(row.file)} |  |  |  |  | ${cell(w(l, 'error', { message: row.error }))} |\n`;
  }
  const org = cell(row.organization ?? '');
  const name = link === undefined ? org : `[${org}](${encodeLink(link)})`;
  const level = row.level === null ? w(l, 'notAssessed') : (layout.levels.find((x) => x.id === row.level)?.label ?? row.level);
  const coverage = row.coverage === null ? '—' : formatPercent(l, row.coverage);
  const result = row.status === 'incomplete' ? w(l, 'incompleteShort') : w(l, 'ok');
  return `| ${index} | ${cell(row.file)} | ${name} | ${num(l, row.overall)} | ${cell(level)} | ${coverage} | ${result} |\n`;
}

/** Everything after the table: counts, levels, weakest recommendations, most exposed risks. */
export function summaryTail(layout: SummaryLayout, totals: BatchTotals): string {
  const l = layout.lang;
  const out: string[] = ['', w(l, 'counts', { inputs: totals.inputs, scored: totals.scored, refused: totals.refused }), ''];
  if (totals.scored === 0) {
    out.push(w(l, 'nothingScored'), '');
    return out.join('\n');
  }
  const o = totals.overall;
  if (o.mean !== null) out.push(w(l, 'overallStats', { mean: num(l, o.mean), min: num(l, o.min), max: num(l, o.max) }), '');

  out.push(`## ${w(l, 'levels')}`, '', `| ${w(l, 'level')} | ${w(l, 'bodies')} |`, '|---|---:|');
  for (const level of totals.levels) out.push(`| ${cell(level.label)} | ${level.count} |`);
  if (totals.incomplete > 0) out.push(`| ${w(l, 'incomplete')} | ${totals.incomplete} |`);
  if (totals.unscored > 0) out.push(`| ${w(l, 'noScore')} | ${totals.unscored} |`);
  if (totals.unsupported.claims > 0) out.push('', w(l, 'unsupportedTotal', totals.unsupported));

  out.push('', `## ${w(l, 'weakest')}`, '', w(l, 'weakestNote'), '');
  out.push(`| ${w(l, 'rank')} | ${w(l, 'recommendation')} | ${w(l, 'mean')} | ${w(l, 'withScore')} |`, '|---:|---|---:|---:|');
  totals.recommendations.forEach((r, i) => out.push(`| ${i + 1} | ${cell(r.title)} | ${num(l, r.mean)} | ${r.count} |`));

  if (totals.risks.length > 0) {
    out.push('', `## ${w(l, 'risks')}`, '', w(l, 'risksNote'), '');
    out.push(`| ${w(l, 'rank')} | ${w(l, 'riskCategory')} | ${w(l, 'meanExposure')} | ${w(l, 'withScore')} |`, '|---:|---|---:|---:|');
    totals.risks.forEach((r, i) => out.push(`| ${i + 1} | ${cell(r.title)} | ${num(l, r.mean)} | ${r.count} |`));
  }
  out.push('');
  return out.join('\n');
}
