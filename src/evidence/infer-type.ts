import { hasLink } from './classify.js';
import type { DocumentType } from './model.js';

/**
 * The document type a free reference names (SPEC.md "Flags for the auditor": `type-mismatch`),
 * read from the words of the vocabulary's labels in Russian, Kazakh and English, their case
 * forms and the abbreviations officers write: «Приказ № 12-п», «бұйрығымен», "Minutes No. 3",
 * «Исх. №» (a letter). Pure.
 */

/** A word of a reference, with the characters on either side that a word may not touch. */
const word = (stem: string) => `(?<![\\p{L}\\p{N}])(?:${stem})(?![\\p{L}\\p{N}])`;

// Each type's words, as alternatives of a pattern of whole words. Russian forms list their
// case endings; Kazakh ones take any suffix after a stem no other word starts with, or list
// their forms where the stem is a word of its own (хат "letter" and хатшы "secretary", шарт
// "contract" and шарттар "conditions", есеп "report" and есепке алу "record-keeping").
const TYPES: ReadonlyArray<readonly [DocumentType, string]> = [
  // Two-word names first: at one place the longer name wins («должностная инструкция» over «инструкция»).
  ['staff-list', 'штатн(?:ое|ого|ому|ым|ом)\\s+расписани(?:е|я|ю|ем|и)|штат\\s+кесте\\p{L}*|staff(?:ing)?\\s+(?:list|table|schedule)s?'],
  ['job-description', 'должностн(?:ая|ой|ую|ые|ых|ыми|ою)\\s+инструкци(?:я|и|ю|ей|ий|ях|ями)|лауазымдық\\s+нұсқаулы\\p{L}*|job\\s+descriptions?'],
  ['register-extract', 'выписк(?:а|и|у|ой|е|ам|ами|ах)?|үзінді\\p{L}*|(?:register\\s+)?extracts?'],
  ['web-page', 'веб-страниц\\p{L}*|web-?страниц\\p{L}*|интернет-ресурс\\p{L}*|веб-бет\\p{L}*|web\\s*pages?|webpages?'],
  ['order', 'приказ(?:а|у|ом|е|ы|ов|ам|ами|ах)?|распоряжени(?:е|я|ю|ем|и|й|ям|ями)|бұйр(?:ық|ығ)\\p{L}*|өкім\\p{L}*|orders?'],
  ['regulation', 'положени(?:е|я|ю|ем|и)|правил(?:а|о|ам|ами|ах)?|политик(?:а|и|е|у|ой)|ереже\\p{L}*|қағида\\p{L}*|регламент\\p{L}*|саясат\\p{L}*|regulations?|rules|polic(?:y|ies)|bylaws?|by-laws?'],
  ['report', 'отч[её]т(?:а|у|ом|е|ы|ов|ам|ами|ах)?|есеп|есебі\\p{L}*|есепті|есептің|есептер\\p{L}*|есеппен|reports?'],
  ['minutes', 'протокол(?:а|у|ом|е|ы|ов|ам|ами|ах)?|хаттама\\p{L}*|minutes|protocols?'],
  ['letter', 'письм(?:о|а|у|ом|е)|писем|исх\\.?|вх\\.?|хат|хаты|хатпен|хатқа|хаттың|хатының|хатта|хаттар\\p{L}*|letters?'],
  ['contract', 'договор(?:а|у|ом|е|ы|ов|ам|ами|ах)?|контракт(?:а|у|ом|е|ы|ов)?|соглашени(?:е|я|ю|ем|и|й)|шарт|шарты|шартқа|шартпен|шарттың|шартының|шартта|келісімшарт\\p{L}*|contracts?|agreements?'],
  ['opinion', 'заключени(?:е|я|ю|ем|и|й)|қорытынды\\p{L}*|opinions?'],
  ['plan', 'план(?:а|у|ом|е|ы|ов|ам|ами|ах)?|дорожн(?:ая|ой|ую)\\s+карт(?:а|ы|у|ой|е)|жоспар(?!ла)\\p{L}*|жол\\s+карта\\p{L}*|plans?|road\\s*maps?'],
  ['certificate', 'справк(?:а|и|у|ой|е)|свидетельств(?:о|а|у|ом|е)|анықтама\\p{L}*|сертификат\\p{L}*|куәлі(?:к|г)\\p{L}*|certificates?'],
];

// An act of a check is its report («акт проверки», «тексеру актісі», "inspection act"); an act
// alone is any act of the body (an internal act is a regulation, an act of acceptance goes
// with a contract), so it names no type.
const CHECK_ACT = [
  'акт(?:а|у|ом|е|ы)?\\s+(?:внутренн\\p{L}*\\s+)?(?:проверк\\p{L}*|обследовани\\p{L}*|аудит\\p{L}*|испытани\\p{L}*|тестировани\\p{L}*|осмотр\\p{L}*|контрол\\p{L}*)',
  '(?:тексеру|аудит\\p{L}*|сынақ|тестілеу|бақылау)\\s+акт\\p{L}*',
  '(?:inspection|audit|test|testing|check)\\s+acts?',
].join('|');

// One pattern of every type's words, each in its group: one pass over a reference finds the
// first type word; at one place the group listed first (the longer name) wins.
const KINDS: readonly DocumentType[] = ['report', ...TYPES.map(([type]) => type)];
const ANY = new RegExp([CHECK_ACT, ...TYPES.map(([, stems]) => stems)].map((stems, i) => `(?<g${i}>${word(stems)})`).join('|'), 'giu');

// What stands between an extract and the document it is taken from: «выписка из протокола»,
// "extract from the minutes" (an extract of the minutes is the minutes).
const OF = /^\s*(?:из|от|from|of)(?:\s+the)?\s+$/iu;
// Links to the databases of legal acts name an act whose type their address does not say.
const LEGAL_DATABASES = /(?:adilet\.zan\.kz|legalacts\.egov\.kz|zan\.gov\.kz)/iu;

interface Found {
  type: DocumentType;
  index: number;
  end: number;
}

/** The first type word in `text` at or after `from`, or undefined. */
function typeWord(text: string, from: number): Found | undefined {
  ANY.lastIndex = from;
  const m = ANY.exec(text);
  if (m === null) return undefined;
  const group = Object.entries(m.groups!).findIndex(([, v]) => v !== undefined);
  return { type: KINDS[group]!, index: m.index, end: m.index + m[0].length };
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
  const normal = text.normalize('NFC');
  for (let w = typeWord(normal, 0); w !== undefined; ) {
    if (w.type !== 'register-extract' && w.type !== 'opinion') return w.type;
    const next = typeWord(normal, w.end);
    if (next === undefined) return w.type;
    const between = normal.slice(w.end, next.index);
    if (w.type === 'register-extract') return OF.test(between) ? next.type : w.type;
    if (!/^\s+$/u.test(between) || !/^қорытынды/iu.test(normal.slice(w.index, w.end))) return w.type;
    w = next;
  }
  if (hasLink(text) && !LEGAL_DATABASES.test(text)) return 'web-page';
  return undefined;
}
