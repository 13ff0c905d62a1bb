/**
 * The tool's terms: one word per concept in each language, and the words a text must not use
 * for that concept. docs/glossary.md explains each choice; test/i18n/glossary.test.ts scans
 * the whole message catalogue (src/i18n/catalogue/) and fails on a forbidden word. Where the
 * Law of the Republic of Kazakhstan "On artificial intelligence" (No. 230-VIII) has a term,
 * it is the Law's.
 *
 * `forbid` holds regular expressions (case-insensitive, Unicode) matched against the text
 * of that language; each is narrow enough to catch the wrong word without the right one.
 */
export interface GlossaryEntry {
  concept: string;
  en: string;
  ru: string;
  kk: string;
  forbid?: { ru?: readonly string[]; kk?: readonly string[] };
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    concept: 'rubric (and its scoring method)',
    en: 'rubric',
    ru: 'методика (оценки)',
    kk: 'әдістеме (бағалау әдістемесі)',
    forbid: { ru: ['рубрик'], kk: ['рубрик', 'айдар'] },
  },
  { concept: 'version', en: 'version', ru: 'версия', kk: 'нұсқа (with a number: «1.2.0 нұсқасы», «әдістеме нұсқасы»)', forbid: { ru: ['редакци'] } },
  {
    concept: 'answer option',
    en: 'option',
    ru: 'вариант ответа (вариант, when the question is named)',
    kk: 'жауап нұсқасы',
    forbid: {
      kk: [
        '(?<!жауап )нұсқалар',
        'ең жақсы нұсқа',
        '(?<!жауап )нұсқа ұпай',
        '(?<!жауап )нұсқасының ұпай',
        '«\\{option\\}» нұсқа',
        '(?<!жауап )нұсқа(сының )?идентификатор',
        '(?<!жауап )нұсқаға',
        'ұпайлық нұсқа',
      ],
    },
  },
  { concept: 'report', en: 'report', ru: 'отчёт', kk: 'есеп', forbid: { ru: ['доклад'], kk: ['ұпайлардың есебі', 'есеп дөңгелек'] } },
  {
    concept: 'threshold (a level’s minimum score; the evidence threshold)',
    en: 'threshold',
    ru: 'порог',
    kk: 'шекті мән',
    forbid: { kk: ['шектер', '\\{min\\} шегі', 'шектен төмен', 'растау шегі', 'деңгейдің шегі', '\\{min\\} шегіне', 'қамту шег'] },
  },
  { concept: 'limit (file size, --max-delta, nesting)', en: 'limit', ru: 'предел', kk: 'шек' },
  { concept: 'migration', en: 'migration', ru: 'миграция', kk: 'миграция', forbid: { kk: ['көшіру'] } },
  { concept: 'carry answers forward (to a new version)', en: 'carry forward', ru: 'перенос, перенести', kk: 'тасымалдау', forbid: { kk: ['көшірілді'] } },
  { concept: 'backup copy', en: 'backup', ru: 'резервная копия', kk: 'сақтық көшірме' },
  { concept: 'warning', en: 'warning', ru: 'предупреждение', kk: 'ескерту' },
  {
    concept: 'finding (what validate reports as file:line:col)',
    en: 'finding',
    ru: 'замечание',
    kk: 'тексеру нәтижесі',
    forbid: { kk: ['жоғарыдағы ескертулер', 'ескертулер файл:'] },
  },
  {
    concept: 'risk exposure (100 − the mean score of a risk category)',
    en: 'risk exposure',
    ru: 'подверженность риску',
    kk: 'тәуекел дәрежесі',
    forbid: { ru: ['степен[иья] риска', 'подверженность(?! риск)'], kk: ['ұшырағыш', 'қауіп-қатер дәрежесі'] },
  },
  { concept: 'risk category', en: 'risk category', ru: 'категория рисков', kk: 'тәуекел санаты', forbid: { ru: ['категори[яиюей]+ риска'] } },
  { concept: 'problem area', en: 'problem area', ru: 'проблемная область', kk: 'проблемалық сала' },
  { concept: 'recommendation', en: 'recommendation', ru: 'рекомендация', kk: 'ұсыным', forbid: { kk: ['ұсыныс'] } },
  { concept: 'level', en: 'level', ru: 'уровень', kk: 'деңгей' },
  { concept: 'gap', en: 'gap', ru: 'разрыв', kk: 'алшақтық' },
  { concept: 'interview (assess)', en: 'interview', ru: 'опрос', kk: 'сауалнама', forbid: { ru: ['интервью'], kk: ['сұхбат'] } },
  { concept: 'skip (a question)', en: 'skip', ru: 'пропустить', kk: 'өткізіп жіберу', forbid: { kk: ['өткізу', 'өткізілді'] } },
  { concept: 'coverage (share of applicable questions answered)', en: 'coverage', ru: 'охват', kk: 'қамту', forbid: { ru: ['полнот'], kk: ['толықтығ'] } },
  { concept: 'unit (of the body)', en: 'unit', ru: 'подразделение', kk: 'құрылымдық бөлімше', forbid: { kk: ['^бөлімше'] } },
  {
    concept: 'evidence (a document that shows a measure)',
    en: 'evidence',
    ru: 'подтверждение, подтверждающий документ',
    kk: 'растау, растайтын құжат',
    forbid: { kk: ['дәлел'] },
  },
  { concept: 'government body', en: 'body', ru: 'орган', kk: 'орган', forbid: { ru: ['организаци'], kk: ['ұйым'] } },
  { concept: 'point (unit of a score)', en: 'point', ru: 'балл', kk: 'ұпай', forbid: { ru: ['пункт', '(\\d|\\}) п\\.'] } },
  { concept: 'answer file', en: 'answer file', ru: 'файл ответов', kk: 'жауап файлы' },
  { concept: 'glob (file pattern)', en: 'glob', ru: 'маска', kk: 'маска', forbid: { ru: ['шаблон'], kk: ['үлгілер'] } },
  { concept: 'encoding', en: 'encoding', ru: 'кодировка', kk: 'кодтама', forbid: { kk: ['кодтау'] } },
  { concept: 'command-line option', en: 'option', ru: 'параметр', kk: 'опция' },
  {
    concept: 'gate (a question whose answer decides which other questions apply)',
    en: 'gate',
    ru: 'вопрос-фильтр',
    kk: 'сүзгі сұрақ',
    forbid: { ru: ['вопрос(ов|ы|а)?-услови'], kk: ['шарт-сұрақ', 'сүзгі сұрағы'] },
  },
  {
    concept: 'supporting document (the label beside a question)',
    en: 'supporting document',
    ru: 'подтверждающий документ',
    kk: 'растайтын құжат',
    forbid: { ru: ['Подтверждением служит', 'Ожидаемый документ', 'ожидается:'], kk: ['ретінде күтіледі', 'Күтілетін құжат', 'күтілетін құжат'] },
  },
  {
    concept: 'artificial intelligence',
    en: 'AI',
    ru: 'искусственный интеллект, ИИ',
    kk: 'жасанды интеллект, ЖИ (интеллектінің, интеллектіні: as in the Law, art. 19)',
    forbid: { kk: ['интеллекттің', 'интеллектті(?!\\p{L})'] },
  },
];

/** The forbidden patterns of `lang`, compiled, with the concept each belongs to. */
export function forbiddenTerms(lang: 'ru' | 'kk'): Array<{ concept: string; pattern: RegExp }> {
  return GLOSSARY.flatMap((e) => (e.forbid?.[lang] ?? []).map((p) => ({ concept: e.concept, pattern: new RegExp(p, 'iu') })));
}
