import { agreement as words } from '../i18n/catalogue/agreement.js';
import { sayerIn, type Lang } from '../i18n/lang.js';
import { formatCount, formatPercent } from '../i18n/numbers.js';
import { escapeMarkdown } from '../report/escape.js';
import type { ExpectedAgreement } from './expected.js';
import { formatAlpha } from './present.js';

/** The expected agreement of the rubric's ladders as a markdown section (`analyze --respondents`). Pure. */
export function renderExpectedMarkdown(e: ExpectedAgreement, lang: Lang): string {
  const s = sayerIn(words, lang);
  const cell = (text: string) => escapeMarkdown(text, { cell: true }) || ' ';
  const m = e.model;
  const out = [
    `## ${escapeMarkdown(s('expectedHead'), { midLine: true })}`,
    '',
    escapeMarkdown(s('expectedIntro', { bodies: formatCount(lang, m.bodies), respondents: formatCount(lang, m.respondents), slip: formatPercent(lang, m.slip), draws: formatCount(lang, m.draws) })),
    '',
    `| ${[s('colQuestion'), s('colOptions'), s('colExpected'), s('colLow'), s('colVerdict')].map(cell).join(' | ')} |`,
    '| --- | ---: | ---: | ---: | --- |',
    ...e.questions.map((q) => `| ${[q.id, String(q.options), formatAlpha(lang, q.mean), formatAlpha(lang, q.low), s(q.fragile ? 'fragile' : 'steady')].map(cell).join(' | ')} |`),
  ];
  return `${out.join('\n')}\n`;
}
