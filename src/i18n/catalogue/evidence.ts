import type { Namespace } from './entry.js';

/**
 * The evidence model's words (src/evidence/): the document types, why a claim is not
 * supported, and the flags for the auditor. Keys are the model's ids in camel case
 * after a prefix (`staff-list` → `typeStaffList`), see src/evidence/labels.ts.
 */
export const evidence = {
  typeOrder: { en: 'Order', ru: 'Приказ', kk: 'Бұйрық' },
  typeRegulation: { en: 'Regulation or rules', ru: 'Положение, правила, регламент', kk: 'Ереже, қағидалар, регламент' },
  typeStaffList: { en: 'Staff list', ru: 'Штатное расписание', kk: 'Штат кестесі' },
  typeJobDescription: { en: 'Job description', ru: 'Должностная инструкция', kk: 'Лауазымдық нұсқаулық' },
  typeReport: { en: 'Report', ru: 'Отчёт', kk: 'Есеп' },
  typeMinutes: { en: 'Minutes', ru: 'Протокол', kk: 'Хаттама' },
  typeLetter: { en: 'Letter', ru: 'Письмо', kk: 'Хат' },
  typeContract: { en: 'Contract', ru: 'Договор', kk: 'Шарт' },
  typeOpinion: { en: 'Opinion', ru: 'Заключение', kk: 'Қорытынды' },
  typePlan: { en: 'Plan', ru: 'План', kk: 'Жоспар' },
  typeRegisterExtract: { en: 'Register extract', ru: 'Выписка из реестра', kk: 'Тізілімнен үзінді' },
  typeWebPage: { en: 'Web page', ru: 'Веб-страница', kk: 'Веб-бет' },
  typeCertificate: { en: 'Certificate', ru: 'Сертификат, свидетельство', kk: 'Сертификат, куәлік' },
  typeOther: { en: 'Other document', ru: 'Другой документ', kk: 'Басқа құжат' },

  reasonMissing: { en: 'no document given', ru: 'документ не указан', kk: 'құжат көрсетілмеген' },
  reasonPlaceholder: { en: 'a placeholder, not a document', ru: 'заглушка, а не документ', kk: 'құжат емес, мағынасыз белгі' },
  reasonNoNumberOrDate: { en: 'no document number and date', ru: 'нет номера и даты документа', kk: 'құжаттың нөмірі мен күні жоқ' },
  reasonNoType: { en: 'does not say what the document is (order, minutes, letter…)', ru: 'не указан вид документа (приказ, протокол, письмо…)', kk: 'құжаттың түрі көрсетілмеген (бұйрық, хаттама, хат…)' },
  reasonTooOld: { en: 'no document dated within the period the answer names', ru: 'нет документа, датированного в пределах срока, указанного в ответе', kk: 'жауапта аталған мерзім ішінде күні қойылған құжат жоқ' },
  reasonFutureDate: { en: 'dated after the assessment date', ru: 'датирован позже даты оценки', kk: 'күні бағалау күнінен кейін' },
  reasonUnknownDocument: { en: 'not in the register of documents', ru: 'нет в перечне документов', kk: 'құжаттар тізбесінде жоқ' },
  reasonOtherUnit: { en: "given by another unit, not the question's own", ru: 'указан другим подразделением, а не ответственным за вопрос', kk: 'сұраққа жауапты бөлімше емес, басқа бөлімше көрсеткен' },

  flagReusedDocument: { en: 'one document cited for many questions', ru: 'один документ указан для многих вопросов', kk: 'бір құжат көп сұраққа көрсетілген' },
  flagTypeMismatch: { en: 'a document type the question does not accept', ru: 'тип документа, который вопрос не принимает', kk: 'сұрақ қабылдамайтын құжат түрі' },
  flagOtherUnit: { en: 'evidence given by another unit', ru: 'подтверждение дано другим подразделением', kk: 'растауды басқа бөлімше берген' },
  flagContradiction: { en: 'answers that contradict each other', ru: 'ответы противоречат друг другу', kk: 'жауаптар бір-біріне қайшы' },
  flagOldDocument: { en: 'an old or undated document (does what it shows still hold?)', ru: 'давний или недатированный документ (сохраняется ли то, что он подтверждает?)', kk: 'ескі немесе күні жоқ құжат (ол растайтын жағдай әлі сақтала ма?)' },
  flagSameDay: { en: 'many different documents of one day', ru: 'много разных документов одного дня', kk: 'бір күнгі әртүрлі құжаттар көп' },
} as const satisfies Namespace;
