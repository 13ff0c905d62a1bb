import { format, type Lang, type Texts } from '../i18n/lang.js';
import { escapeMarkdown, escapeMarkdownCode } from '../report/escape.js';
import { formatNumber, formatPercent } from '../report/labels.js';
import type { Rubric } from '../rubric/model.js';
import type { Analysis, GamingRoute } from './analyze.js';

export const words = {
  title: { en: 'Method analysis: {title} {version}', ru: 'Анализ методики: {title} {version}', kk: 'Әдістемені талдау: {title} {version}' },
  intro: {
    en: 'What the rubric’s scoring does, worked out on the rubric alone: each question’s share of the overall score, simulated respondents scored by the same engine as real answer files, and the routes to a level that the method should close.',
    ru: 'Как устроен подсчёт баллов по методике (рассчитано по самой методике, без файлов ответов): доля каждого вопроса в общем балле, смоделированные респонденты, оценённые тем же механизмом, что и реальные файлы ответов, и пути к уровню, которые методика должна закрывать.',
    kk: 'Әдістеме бойынша ұпай есептеудің қалай құрылғаны (жауап файлдарынсыз, тек әдістеменің өзі бойынша есептелген): әр сұрақтың жалпы ұпайдағы үлесі, нақты жауап файлдарын бағалайтын тетікпен бағаланған модельденген респонденттер және әдістеме жабуға тиіс деңгейге жетудің жолдары.',
  },
  method: { en: 'Parameters', ru: 'Параметры', kk: 'Параметрлер' },
  minCoverage: { en: 'Coverage floor', ru: 'Минимальный охват', kk: 'Ең аз қамту' },
  weakestLink: { en: 'Weakest link (levels above the lowest recommendation)', ru: 'Слабое звено (уровней выше самой слабой рекомендации)', kk: 'Әлсіз буын (ең әлсіз ұсынымнан жоғары деңгейлер)' },
  evidenceFrom: { en: 'Evidence needed from option score', ru: 'Подтверждение требуется от балла варианта', kk: 'Растау талап етілетін жауап нұсқасының ұпайы' },
  unsupported: { en: 'Claims without evidence', ru: 'Ответы без подтверждения', kk: 'Расталмаған жауаптар' },
  shareBand: { en: 'Band for each question’s share', ru: 'Допустимая доля вопроса', kk: 'Сұрақ үлесінің рұқсат етілген ауқымы' },
  off: { en: 'off', ru: 'не задано', kk: 'берілмеген' },
  flag: { en: 'counted as chosen, flagged', ru: 'учитываются как выбраны, отмечаются', kk: 'таңдалғандай есептеледі, белгіленеді' },
  downgrade: { en: 'counted as the best option below the threshold', ru: 'учитываются как лучший вариант ниже порога', kk: 'шекті мәннен төмен ең жақсы жауап нұсқасы ретінде есептеледі' },
  verdictOk: {
    en: 'No gaming route found; every question’s share is inside the band.',
    ru: 'Путей обхода методики не найдено; доля каждого вопроса в допустимых пределах.',
    kk: 'Әдістемені айналып өту жолдары табылмады; әр сұрақтың үлесі рұқсат етілген шекте.',
  },
  verdictBad: {
    en: 'Found: {routes} gaming {routes:route|routes}, {outside} {outside:question|questions} outside the band.',
    ru: 'Найдено путей обхода: {routes}; вопросов вне допустимой доли: {outside}.',
    kk: 'Табылған айналып өту жолдары: {routes}; рұқсат етілген үлестен тыс сұрақтар: {outside}.',
  },
  routes: { en: 'Gaming routes', ru: 'Пути обхода методики', kk: 'Әдістемені айналып өту жолдары' },
  route_below_floor: {
    en: 'A level ({level}) is reached with fewer answers than the coverage floor asks for.',
    ru: 'Уровень «{level}» достигается при меньшем числе ответов, чем требует минимальный охват.',
    kk: '«{level}» деңгейіне ең аз қамту талап ететіннен аз жауаппен жетуге болады.',
  },
  route_skip_zeros: {
    en: 'A weak body reaches a higher level ({level}) by leaving its zero answers blank.',
    ru: 'Слабый орган поднимается до уровня «{level}», оставив нулевые ответы пустыми.',
    kk: 'Әлсіз орган нөлдік жауаптарын бос қалдырып, «{level}» деңгейіне көтеріледі.',
  },
  route_zero_pillar: {
    en: 'With recommendation {rec} at zero a body still reaches “{level}”: a missing pillar is hidden.',
    ru: 'При нулевой рекомендации {rec} орган всё же достигает уровня «{level}»: отсутствующая опора скрыта.',
    kk: '{rec} ұсынымы нөл болғанда да орган «{level}» деңгейіне жетеді: жоқ тірек жасырылады.',
  },
  route_no_ai_ceiling: {
    en: 'An exemplary body without AI systems stops at “{level}” ({score}): it cannot reach the top level honestly.',
    ru: 'Образцовый орган без систем ИИ останавливается на уровне «{level}» ({score}): честно достичь высшего уровня он не может.',
    kk: 'ЖИ жүйелері жоқ үлгілі орган «{level}» деңгейінде ({score}) тоқтайды: ол ең жоғары деңгейге адал жолмен жете алмайды.',
  },
  none: { en: 'none', ru: 'нет', kk: 'жоқ' },
  noLevel: { en: 'no level', ru: 'нет уровня', kk: 'деңгей жоқ' },
  profiles: { en: 'Simulated respondents', ru: 'Смоделированные респонденты', kk: 'Модельденген респонденттер' },
  profile: { en: 'Profile', ru: 'Профиль', kk: 'Профиль' },
  score: { en: 'Overall', ru: 'Общий балл', kk: 'Жалпы ұпай' },
  level: { en: 'Level', ru: 'Уровень', kk: 'Деңгей' },
  coverage: { en: 'Coverage', ru: 'Охват', kk: 'Қамту' },
  p_rung: { en: 'every answer at rung {rung}', ru: 'все ответы на ступени {rung}', kk: 'барлық жауап {rung}-сатыда' },
  p_uniform: {
    en: 'uniformly random answers ({draws} draws; spread ±{sd})',
    ru: 'равновероятные случайные ответы ({draws} испытаний; разброс ±{sd})',
    kk: 'тең ықтималды кездейсоқ жауаптар ({draws} сынақ; шашырау ±{sd})',
  },
  p_acquiescent: {
    en: 'acquiescent: random among the top two options ({draws} draws; spread ±{sd})',
    ru: '«соглашающийся»: случайно из двух лучших вариантов ({draws} испытаний; разброс ±{sd})',
    kk: '«келісуші»: ең жақсы екі жауап нұсқасының бірі кездейсоқ ({draws} сынақ; шашырау ±{sd})',
  },
  p_skip_zeros: {
    en: 'a weak body that leaves its zero answers blank',
    ru: 'слабый орган, оставивший нулевые ответы пустыми',
    kk: 'нөлдік жауаптарын бос қалдырған әлсіз орган',
  },
  p_no_ai: {
    en: 'no AI yet: an exemplary body whose AI-system questions do not apply',
    ru: 'ИИ пока нет: образцовый орган, к которому вопросы о системах ИИ не применяются',
    kk: 'ЖИ әлі жоқ: ЖИ жүйелері туралы сұрақтар қолданылмайтын үлгілі орган',
  },
  checks: { en: 'Checks', ru: 'Проверки', kk: 'Тексерулер' },
  c_below: {
    en: 'One answer short of the floor ({answered} of {applicable} applicable): {level}.',
    ru: 'На один ответ меньше минимума ({answered} из {applicable} применимых): {level}.',
    kk: 'Ең аз қамтудан бір жауап кем ({applicable} қолданылатын сұрақтың {answered}): {level}.',
  },
  c_at: {
    en: 'At the floor ({answered} answers, the best-paying questions at their best, the rest blank): {level}, {score}.',
    ru: 'Ровно на минимуме ({answered} ответов: самые весомые вопросы на лучшем варианте, остальные пустые): {level}, {score}.',
    kk: 'Дәл ең аз қамтуда ({answered} жауап: ең салмақты сұрақтар ең жақсы жауап нұсқасында, қалғаны бос): {level}, {score}.',
  },
  c_skip: {
    en: 'A weak body answering everything: {before}; leaving its zeros blank: {after} (coverage {coverage}).',
    ru: 'Слабый орган, ответивший на всё: {before}; оставивший нули пустыми: {after} (охват {coverage}).',
    kk: 'Барлығына жауап берген әлсіз орган: {before}; нөлдерін бос қалдырғанда: {after} (қамту {coverage}).',
  },
  c_zero: {
    en: 'One recommendation at zero, everything else at best:',
    ru: 'Одна рекомендация на нуле, всё остальное на лучшем варианте:',
    kk: 'Бір ұсыным нөлде, қалғаны ең жақсы жауап нұсқасында:',
  },
  c_noai: {
    en: 'No AI yet ({gates} gate {gates:question|questions} closing what does not apply; {applicable} questions apply): {level}, {score}.',
    ru: 'ИИ пока нет (вопросов-условий: {gates}; применимых вопросов: {applicable}): {level}, {score}.',
    kk: 'ЖИ әлі жоқ (шарт-сұрақтар: {gates}; қолданылатын сұрақтар: {applicable}): {level}, {score}.',
  },
  shares: { en: 'Each question’s share of the overall', ru: 'Доля каждого вопроса в общем балле', kk: 'Әр сұрақтың жалпы ұпайдағы үлесі' },
  sharesNote: {
    en: 'Its weight through every recommendation it feeds, when every question applies; sorted from the largest. Shares add up to 100%.',
    ru: 'Вес вопроса через все рекомендации, с которыми он связан, когда применимы все вопросы; по убыванию. Сумма долей — 100\u00A0%.',
    kk: 'Сұрақтың ол байланысты барлық ұсынымдар арқылы салмағы, барлық сұрақ қолданылғанда; кему ретімен. Үлестердің қосындысы — 100\u00A0%.',
  },
  question: { en: 'Question', ru: 'Вопрос', kk: 'Сұрақ' },
  section: { en: 'Section', ru: 'Раздел', kk: 'Бөлім' },
  unit: { en: 'Unit', ru: 'Подразделение', kk: 'Құрылымдық бөлімше' },
  share: { en: 'Share', ru: 'Доля', kk: 'Үлес' },
  outside: { en: 'outside the band', ru: 'вне допустимой доли', kk: 'рұқсат етілген үлестен тыс' },
  sectionsTitle: { en: 'Sections and recommendations', ru: 'Разделы и рекомендации', kk: 'Бөлімдер мен ұсынымдар' },
  recommendation: { en: 'Recommendation', ru: 'Рекомендация', kk: 'Ұсыным' },
  questions: { en: 'Questions', ru: 'Вопросов', kk: 'Сұрақтар' },
} as const satisfies Record<string, Texts>;

type Key = keyof typeof words;

/** `readiness analyze` as markdown, in `lang`: verdict first, then routes, profiles, checks and shares. */
export function renderAnalysisMarkdown(a: Analysis, rubric: Rubric, lang: Lang): string {
  const w = (key: Key, vars?: Readonly<Record<string, string | number>>) => format(words[key], lang, vars);
  const t = (texts: Readonly<Record<string, string>> | undefined) => (texts ? (texts[lang] ?? texts[rubric.languages[0]!] ?? '') : '');
  const md = (s: string) => escapeMarkdown(s);
  const cell = (s: string) => escapeMarkdown(s, { cell: true });
  const n1 = (v: number | null) => (v === null ? '—' : formatNumber(lang, v, 1));
  const pct = (v: number) => formatPercent(lang, v);
  const levelLabel = (id: string | null) => (id === null ? w('noLevel') : t(rubric.levels.find((l) => l.id === id)?.label) || id);
  const recTitle = (id: string) => t(rubric.recommendations.find((r) => r.id === id)?.title) || id;
  const sectionTitle = (id: string) => t([...rubric.problemAreas, ...rubric.riskCategories].find((s) => s.id === id)?.title) || id;
  const unitTitle = (id: string | null) => (id === null ? '—' : t(rubric.units.find((u) => u.id === id)?.title) || id);
  const questionText = (id: string) => t(rubric.questions.find((q) => q.id === id)?.text);
  const out: string[] = [];

  out.push(`# ${md(w('title', { title: t(rubric.title), version: rubric.version }))}`, md(w('intro')));
  out.push(
    a.routes.length === 0 && a.outsideBand.length === 0
      ? `**${w('verdictOk')}**`
      : `**${w('verdictBad', { routes: a.routes.length, outside: a.outsideBand.length })}**`,
  );

  const m = a.method;
  out.push(`## ${w('method')}`);
  out.push(
    [
      `- ${w('minCoverage')}: ${pct(m.minCoverage)}`,
      `- ${w('weakestLink')}: ${m.weakestLink ?? w('off')}`,
      `- ${w('evidenceFrom')}: ${m.evidenceFrom === null ? w('off') : formatNumber(lang, m.evidenceFrom, 2)}`,
      `- ${w('unsupported')}: ${w(m.unsupported)}`,
      `- ${w('shareBand')}: ${m.shareBand === null ? w('off') : `${pct(m.shareBand[0])} – ${pct(m.shareBand[1])}`}`,
    ].join('\n'),
  );

  out.push(`## ${w('routes')}`);
  const routeText = (r: GamingRoute) => {
    const level = levelLabel(r.level);
    switch (r.kind) {
      case 'below-floor':
        return w('route_below_floor', { level });
      case 'skip-zeros':
        return w('route_skip_zeros', { level });
      case 'zero-pillar':
        return w('route_zero_pillar', { rec: recTitle(r.recommendation ?? ''), level });
      case 'no-ai-ceiling':
        return w('route_no_ai_ceiling', { level, score: n1(r.score) });
    }
  };
  out.push(a.routes.length === 0 ? w('none') : a.routes.map((r) => `- ${md(routeText(r))}`).join('\n'));

  out.push(`## ${w('profiles')}`);
  const rows = a.profiles.map((p) => {
    let name: string;
    if (p.id === 'rung') name = w('p_rung', { rung: p.rung! });
    else if (p.id === 'uniform' || p.id === 'acquiescent') name = w(`p_${p.id}`, { draws: p.draws!.toLocaleString('en').replace(/,/g, ' '), sd: n1(p.sd!) });
    else name = w(p.id === 'skip-zeros' ? 'p_skip_zeros' : 'p_no_ai');
    return `| ${cell(name)} | ${n1(p.score)} | ${cell(levelLabel(p.level))} | ${pct(p.coverage)} |`;
  });
  out.push([`| ${w('profile')} | ${w('score')} | ${w('level')} | ${w('coverage')} |`, '|---|---:|---|---:|', ...rows].join('\n'));

  out.push(`## ${w('checks')}`);
  const c = a.checks;
  out.push(
    [
      `- ${md(w('c_below', { answered: c.belowFloor.answered, applicable: c.belowFloor.applicable, level: levelLabel(c.belowFloor.level) }))}`,
      `- ${md(w('c_at', { answered: c.atFloor.answered, level: levelLabel(c.atFloor.level), score: n1(c.atFloor.score) }))}`,
      `- ${md(
        w('c_skip', {
          before: `${levelLabel(c.skipZeros.answeredAll.level)}, ${n1(c.skipZeros.answeredAll.score)}`,
          after: `${levelLabel(c.skipZeros.skipped.level)}, ${n1(c.skipZeros.skipped.score)}`,
          coverage: pct(c.skipZeros.skipped.coverage),
        }),
      )}`,
      `- ${md(w('c_noai', { gates: c.noAi.gates, applicable: c.noAi.applicable, level: levelLabel(c.noAi.level), score: n1(c.noAi.score) }))}`,
      `- ${md(w('c_zero'))}`,
      ...c.zeroPillar.map((z) => `  - ${md(recTitle(z.id))}: ${md(levelLabel(z.level))}, ${n1(z.score)}`),
    ].join('\n'),
  );

  out.push(`## ${w('sectionsTitle')}`);
  out.push(
    [
      `| ${w('recommendation')} | ${w('share')} | ${w('questions')} |`,
      '|---|---:|---:|',
      ...a.recommendations.map((r) => `| ${cell(recTitle(r.id))} | ${pct(r.share)} | ${r.questions} |`),
    ].join('\n'),
  );
  out.push(
    [`| ${w('section')} | ${w('share')} |`, '|---|---:|', ...a.sections.map((s) => `| ${cell(sectionTitle(s.id))} | ${pct(s.share)} |`)].join('\n'),
  );

  out.push(`## ${w('shares')}`, md(w('sharesNote')));
  out.push(
    [
      `| ${w('question')} | ${w('section')} | ${w('unit')} | ${w('share')} |`,
      '|---|---|---|---:|',
      ...a.shares.map(
        (s) =>
          `| ${cell(questionText(s.id))} (${escapeMarkdownCode(s.id, { cell: true })}) | ${cell(sectionTitle(s.area))} | ${cell(unitTitle(s.unit))} | ${pct(s.share)}${s.outsideBand ? ` **${w('outside')}**` : ''} |`,
      ),
    ].join('\n'),
  );
  return `${out.join('\n\n')}\n`;
}
