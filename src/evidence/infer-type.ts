import { hasLink } from './classify.js';
import type { DocumentType } from './model.js';

/**
 * The document type a free reference names (SPEC.md "Flags for the auditor": `type-mismatch`),
 * read from the words of the vocabulary's labels in Russian, Kazakh and English, their case
 * forms and the abbreviations officers write: «Приказ № 12-п», «бұйрығымен», "Minutes No. 3",
 * «Исх. №» (a letter). Pure. Words are looked up, not searched for with patterns: a batch asks
 * this of every free reference of every file.
 */

/** Every form of a stem with each of its endings (`''` for the stem alone). */
const forms = (stem: string, endings: readonly string[]) => endings.map((e) => stem + e);
// Russian case endings by declension.
const M = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах']; // приказ, отчёт, протокол, договор, план
const N_IE = ['е', 'я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях']; // положение, заключение, соглашение, распоряжение
const F_A = ['а', 'и', 'у', 'ой', 'е', 'ам', 'ами', 'ах', 'ою']; // выписка, справка, политика (and their plurals)
const F_IA = ['я', 'и', 'ю', 'ей', 'ий', 'ям', 'ями', 'ях']; // инструкция
const ADJ_F = ['ая', 'ой', 'ую', 'ые', 'ых', 'ыми', 'ою']; // должностная, дорожная
const ADJ_N = ['ое', 'ого', 'ому', 'ым', 'ом']; // штатное

/** Whole words, each with the type it names. */
const WORDS = new Map<string, DocumentType>();
const put = (type: DocumentType, words: readonly string[]) => {
  for (const w of words) WORDS.set(w, type);
};
put('order', [...forms('приказ', M), ...forms('распоряжени', N_IE), 'order', 'orders']);
put('regulation', [
  ...forms('положени', N_IE),
  ...forms('правил', ['', 'а', 'о', 'ам', 'ами', 'ах']),
  ...forms('регламент', M),
  ...forms('политик', F_A),
  'regulation', 'regulations', 'rules', 'policy', 'policies', 'bylaw', 'bylaws',
]);
put('report', [...forms('отчет', M), ...forms('отчёт', M), 'есеп', 'есепті', 'есептің', 'есеппен', 'есепте', 'report', 'reports']);
put('minutes', [...forms('протокол', M), 'minutes', 'protocol', 'protocols']);
put('letter', [...forms('письм', ['о', 'а', 'у', 'ом', 'е']), 'писем', 'исх', 'вх', 'хат', 'хаты', 'хатпен', 'хатқа', 'хаттың', 'хатының', 'хатта', 'letter', 'letters']);
put('contract', [...forms('договор', M), ...forms('контракт', M), ...forms('соглашени', N_IE), 'шарт', 'шарты', 'шартқа', 'шартпен', 'шарттың', 'шартының', 'шартта', 'contract', 'contracts', 'agreement', 'agreements']);
put('opinion', [...forms('заключени', N_IE), 'opinion', 'opinions']);
put('plan', [...forms('план', M), 'plan', 'plans', 'roadmap', 'roadmaps']);
put('register-extract', [...forms('выписк', F_A), 'extract', 'extracts']);
put('web-page', ['webpage', 'webpages']);
put('certificate', [...forms('справк', F_A), ...forms('сертификат', M), ...forms('свидетельств', ['о', 'а', 'у', 'ом', 'е']), 'certificate', 'certificates']);

// Kazakh words take their suffixes after a stem no other word starts with (бұйрық, бұйрығымен);
// where the stem is a word of its own with other meanings (хат "letter" and хатшы "secretary",
// шарт "contract" and шарттар "conditions", есеп "report" and есепке алу "record-keeping"),
// its forms are listed above instead.
const STEMS: ReadonlyArray<readonly [string, DocumentType]> = [
  ['бұйрық', 'order'], ['бұйрығ', 'order'], ['өкім', 'order'],
  ['ереже', 'regulation'], ['қағида', 'regulation'], ['саясат', 'regulation'], ['регламент', 'regulation'],
  ['есебі', 'report'], ['есептер', 'report'],
  ['хаттама', 'minutes'],
  ['хаттар', 'letter'],
  ['келісімшарт', 'contract'],
  ['қорытынды', 'opinion'],
  ['жоспар', 'plan'],
  ['үзінді', 'register-extract'],
  ['анықтама', 'certificate'], ['сертификат', 'certificate'], ['куәлік', 'certificate'], ['куәліг', 'certificate'],
];
/** Words that start with a stem above and are something else: жоспарлау (planning). */
const NOT_STEMMED = /^жоспарла/u;

/** Names of two words: the first word's forms, the test of the second, and the type. */
const PAIRS: ReadonlyArray<readonly [readonly string[], (b: string) => boolean, DocumentType]> = [
  [forms('штатн', ADJ_N), (b) => b.startsWith('расписани'), 'staff-list'],
  [['штат'], (b) => b.startsWith('кесте'), 'staff-list'],
  [['staff', 'staffing'], (b) => /^(?:list|table|schedule)s?$/u.test(b), 'staff-list'],
  [forms('должностн', ADJ_F), (b) => b.startsWith('инструкци'), 'job-description'],
  [['лауазымдық'], (b) => b.startsWith('нұсқаулы'), 'job-description'],
  [['job'], (b) => b === 'description' || b === 'descriptions', 'job-description'],
  [['register'], (b) => b === 'extract' || b === 'extracts', 'register-extract'],
  [['веб', 'web'], (b) => b.startsWith('страниц') || b.startsWith('бет') || b === 'page' || b === 'pages', 'web-page'],
  [['интернет'], (b) => b.startsWith('ресурс'), 'web-page'],
  [forms('дорожн', ADJ_F), (b) => b.startsWith('карт'), 'plan'],
  [['жол'], (b) => b.startsWith('карта'), 'plan'],
  [['road'], (b) => b === 'map' || b === 'maps', 'plan'],
  // An act of a check is its report («акт проверки», «тексеру актісі», "inspection act"); an
  // act alone is any act of the body (an internal act is a regulation, an act of acceptance
  // goes with a contract), so it names no type.
  [forms('акт', ['', 'а', 'у', 'ом', 'е', 'ы']), (b) => /^(?:проверк|обследовани|аудит|испытани|тестировани|осмотр|контрол)/u.test(b), 'report'],
  [['тексеру', 'аудит', 'аудиттік', 'сынақ', 'тестілеу', 'бақылау'], (b) => b.startsWith('акт'), 'report'],
  [['inspection', 'audit', 'test', 'testing', 'check'], (b) => b === 'act' || b === 'acts', 'report'],
];
/** A first word of a name of two words → the names it may begin. */
const FIRST = new Map<string, Array<readonly [(b: string) => boolean, DocumentType]>>();
for (const [firsts, second, type] of PAIRS) for (const a of firsts) FIRST.set(a, [...(FIRST.get(a) ?? []), [second, type] as const]);

/** The type one word names, alone. */
function wordType(w: string): DocumentType | undefined {
  const exact = WORDS.get(w);
  if (exact !== undefined) return exact;
  if (NOT_STEMMED.test(w)) return undefined;
  for (const [stem, type] of STEMS) if (w.startsWith(stem)) return type;
  return undefined;
}

interface Word {
  text: string;
  index: number;
  end: number;
}

interface Found {
  type: DocumentType;
  /** The first and the one past the last word of its name. */
  from: number;
  to: number;
}

/** The first type name among `words` at or after word `from`. */
function typeName(words: readonly Word[], from: number): Found | undefined {
  for (let i = from; i < words.length; i++) {
    const a = words[i]!.text;
    // «акт внутренней проверки»: one adjective may stand inside a name of two words.
    const pairs = FIRST.get(a);
    const b = pairs && words[i + 1]?.text;
    const c = b !== undefined && b.startsWith('внутренн') ? words[i + 2]?.text : undefined;
    for (const [second, type] of pairs ?? []) {
      if (b !== undefined && second(b)) return { type, from: i, to: i + 2 };
      if (c !== undefined && second(c)) return { type, from: i, to: i + 3 };
    }
    const type = wordType(a);
    if (type !== undefined) return { type, from: i, to: i + 1 };
  }
  return undefined;
}

// What stands between an extract and the document it is taken from: «выписка из протокола»,
// "extract from the minutes" (an extract of the minutes is the minutes).
const OF = new Set(['из', 'от', 'from', 'of']);
// Links to the databases of legal acts name an act whose type their address does not say.
const LEGAL_DATABASES = /(?:adilet\.zan\.kz|legalacts\.egov\.kz|zan\.gov\.kz)/iu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character at `i` is a letter or a digit; ASCII and Cyrillic without a pattern. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (c >= 0x400 && c <= 0x4ff) return c < 0x482 || c > 0x489; // Cyrillic, its signs aside
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** The words of a lower-cased text with their places. */
function wordsOf(lower: string): Word[] {
  const words: Word[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const inWord = i < lower.length && isWordChar(lower, i);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      words.push({ text: lower.slice(start, i), index: start, end: i });
      start = -1;
    }
  }
  return words;
}

/**
 * The type of document a free reference names, or undefined when it names none the
 * vocabulary has (a law, a decree, a log, «акт» alone): the first type word written, since a
 * reference names its document first and what approved it after («Положение об отделе,
 * утверждено приказом № 7»: a regulation); in Kazakh, where the noun ends its phrase, the
 * first is also the document («Бөлім туралы ереже, … № 7 бұйрықпен бекітілген»). An extract
 * of a document is that document («выписка из протокола»: minutes); «қорытынды» before a type
 * word is its adjective («қорытынды есеп»: a final report). Without a type word, a link is a
 * web page, unless it points into a database of legal acts. Never `other`.
 */
export function inferDocumentType(text: string): DocumentType | undefined {
  const lower = text.normalize('NFC').toLowerCase();
  const words = wordsOf(lower);
  for (let found = typeName(words, 0); found !== undefined; ) {
    if (found.type !== 'register-extract' && found.type !== 'opinion') return found.type;
    const next = typeName(words, found.to);
    if (next === undefined) return found.type;
    const between = words.slice(found.to, next.from).map((w) => w.text);
    if (found.type === 'register-extract') {
      const of = between.length === 1 ? OF.has(between[0]!) : between.length === 2 && OF.has(between[0]!) && between[1] === 'the';
      return of ? next.type : found.type;
    }
    // «қорытынды есеп»: the word right before another type word is its adjective.
    if (between.length > 0 || !words[found.from]!.text.startsWith('қорытынды') || /\S/u.test(lower.slice(words[found.to - 1]!.end, words[next.from]!.index))) return found.type;
    found = next;
  }
  if (hasLink(text) && !LEGAL_DATABASES.test(text)) return 'web-page';
  return undefined;
}

// Documents the vocabulary files under `other`: acts of other bodies and of the body that
// name their kind (a law, a decree, a resolution, a decision, an act, a register or list, a log). They name what
// the document is, so a reference to one is a reference; `inferDocumentType` still says
// nothing of them, so they raise no `type-mismatch`.
const OTHER_WORDS = new Set<string>([
  ...forms('закон', M), ...forms('указ', M), ...forms('постановлени', N_IE), ...forms('решени', N_IE),
  ...forms('акт', ['', 'а', 'у', 'ом', 'е', 'ы', 'ов']), ...forms('журнал', M), ...forms('кодекс', M),
  'заң', 'заңы', 'заңын', 'заңына', 'заңымен', 'заңында', 'заңның',
  'қаулы', 'қаулысы', 'қаулысын', 'қаулысымен', 'қаулысына', 'қаулысында',
  'акт', 'акті', 'актісі', 'актісін', 'актімен', 'актіге', 'актпен',
  'журналы', 'журналын', 'журналда',
  ...forms('реестр', M), 'перечень', ...forms('перечн', ['я', 'ю', 'ем', 'е', 'и', 'ей']), ...forms('устав', M), ...forms('журнал', M),
  'register', 'registers', 'inventory', 'statute', 'statutes', 'charter', 'list', 'lists', 'log', 'logbook',
  'law', 'laws', 'decree', 'decrees', 'resolution', 'resolutions', 'decision', 'decisions', 'act', 'acts', 'log', 'logs', 'code',
  // The other documents the rubric's evidence hints name: a course programme, a project charter,
  // an approval or acknowledgement sheet, a checklist, a screenshot, a calculation, a request, a
  // supplier's statement, an instruction to draft, a case card, a user guide, a schedule, an export.
  ...forms('программ', F_A), ...forms('паспорт', M), ...forms('лист', M), ...forms('скриншот', M), 'снимок', 'снимка', 'снимком', 'снимки',
  ...forms('расчет', M), ...forms('расчёт', M), ...forms('заявк', F_A), ...forms('заявлени', N_IE), ...forms('поручени', N_IE),
  ...forms('карточк', F_A), ...forms('инструкци', F_IA), ...forms('график', M), ...forms('выгрузк', F_A), ...forms('записк', F_A),
  'programme', 'programmes', 'program', 'programs', 'sheet', 'sheets', 'checklist', 'checklists', 'screenshot', 'screenshots',
  'calculation', 'calculations', 'request', 'requests', 'statement', 'statements', 'instruction', 'instructions', 'card', 'cards',
  'guide', 'guides', 'manual', 'manuals', 'schedule', 'schedules', 'record', 'records', 'export', 'exports', 'memo', 'memos', 'memorandum',
]);
const OTHER_STEMS = [
  'шешім', 'жарлық', 'жарлығ', 'тізілім', 'тізбе', 'жарғы',
  'бағдарлама', 'паспорт', 'парақ', 'парағ', 'скриншот', 'есептеу', 'өтінім', 'мәлімдеме', 'тапсырма', 'карточка', 'нұсқаулық', 'нұсқаулығ', 'кесте',
];

/**
 * Whether a free reference says what its document is (SPEC.md "Method", Evidence): a type of
 * the vocabulary (`inferDocumentType`), or a document the vocabulary files under `other` named
 * by its kind («Закон», «Постановление», «қаулысы», «шешімі», "Decision", «Акт», «Реестр»,
 * «Перечень», "Log").
 * «№ 7 от 01.01.2026» or «док 7 01.01.2026» names none.
 */
export function namesDocumentType(text: string): boolean {
  if (inferDocumentType(text) !== undefined) return true;
  for (const w of wordsOf(text.normalize('NFC').toLowerCase())) {
    if (OTHER_WORDS.has(w.text) || OTHER_STEMS.some((s) => w.text.startsWith(s))) return true;
  }
  return false;
}
