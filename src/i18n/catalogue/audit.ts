import type { Namespace } from './entry.js';
import { states } from './states.js';

/** What the audit of a body's claims (`readiness audit sample`, `score --audit`) says. */
export const audit = {
  // Checking an audit file against the rubric and the answers it names.
  unknownQuestion: {
    en: 'the rubric has no question "{id}"',
    ru: 'в методике нет вопроса «{id}»',
    kk: 'әдістемеде «{id}» сұрағы жоқ',
  },
  unknownOption: {
    en: 'question "{id}" has no option "{option}" (options: {options})',
    ru: 'у вопроса «{id}» нет варианта «{option}» (варианты: {options})',
    kk: '«{id}» сұрағында «{option}» жауап нұсқасы жоқ (жауап нұсқалары: {options})',
  },
  notAnswered: {
    en: 'a verdict on question "{id}", which the answer file does not answer: there is no claim to check',
    ru: 'вердикт по вопросу «{id}», на который в файле ответов нет ответа: проверять нечего',
    kk: 'жауаптар файлында жауабы жоқ «{id}» сұрағы бойынша шешім: тексеретін мәлімдеме жоқ',
  },
  confirmedOther: {
    en: 'question "{id}" is confirmed, but the option "{option}" differs from the one claimed ("{claimed}"): reject it instead',
    ru: 'вопрос «{id}» подтверждён, но вариант «{option}» отличается от заявленного («{claimed}»): его следует отклонить',
    kk: '«{id}» сұрағы расталған, бірақ «{option}» жауап нұсқасы мәлімделгеннен («{claimed}») өзгеше: оны қабылдамау керек',
  },
  rejectedSame: {
    en: 'question "{id}" is rejected with the option claimed ("{option}"): confirm it, or name the option the documents support',
    ru: 'вопрос «{id}» отклонён с заявленным же вариантом («{option}»): подтвердите его или укажите вариант, который подтверждают документы',
    kk: '«{id}» сұрағы мәлімделген жауап нұсқасымен («{option}») қабылданбаған: оны растаңыз немесе құжаттар растайтын жауап нұсқасын көрсетіңіз',
  },
  badSha: {
    en: 'answers.sha256 must be the 64 hexadecimal digits of the answer file\'s sha256',
    ru: 'answers.sha256 должен содержать 64 шестнадцатеричные цифры sha256 файла ответов',
    kk: 'answers.sha256 жауаптар файлының sha256 мәнінің 64 он алтылық цифры болуы керек',
  },
  badDate: {
    en: 'a date is written as YYYY-MM-DD',
    ru: 'дата записывается как ГГГГ-ММ-ДД',
    kk: 'күн ЖЖЖЖ-АА-КК түрінде жазылады',
  },
  validAudit: {
    en: '{file}: valid audit ({given} of {count} {count:verdict|verdicts} given)',
    ru: '{file}: аудит без ошибок (вердиктов: {given} из {count})',
    kk: '{file}: аудит қатесіз ({count} шешімнің {given} берілген)',
  },
  notAnswers: {
    en: 'an audit file, not an answer file: give it to score with --audit',
    ru: 'это файл аудита, а не файл ответов: передайте его команде score через --audit',
    kk: 'бұл жауаптар файлы емес, аудит файлы: оны score командасына --audit арқылы беріңіз',
  },
  // Pairing audits with answer files.
  noAnswerFile: {
    en: 'this audit names an answer file (sha256 {sha}, {organization}) that is not among the files given',
    ru: 'аудит относится к файлу ответов (sha256 {sha}, {organization}), которого нет среди переданных файлов',
    kk: 'аудит берілген файлдардың арасында жоқ жауаптар файлына (sha256 {sha}, {organization}) қатысты',
  },
  changedSince: {
    en: 'the answer file has changed since its audit {audit} (the audit names sha256 {want}, the file has {got}): the audit no longer applies',
    ru: 'файл ответов изменился после аудита {audit} (в аудите sha256 {want}, у файла {got}): аудит к нему больше не относится',
    kk: 'жауаптар файлы {audit} аудитінен кейін өзгерген (аудитте sha256 {want}, файлда {got}): аудит оған енді қатысты емес',
  },
  twoAudits: {
    en: 'two audits name the same answer file: {a} and {b}',
    ru: 'два аудита относятся к одному файлу ответов: {a} и {b}',
    kk: 'екі аудит бір жауаптар файлына қатысты: {a} және {b}',
  },
  noAuditFiles: {
    en: '--audit {input}: no audit files there',
    ru: '--audit {input}: файлов аудита не найдено',
    kk: '--audit {input}: аудит файлдары табылмады',
  },
  // The sample command.
  severalNeedOut: {
    en: '{count} {count:body|bodies}: give --out <dir> for one audit file each, or --format md or json for one listing on stdout',
    ru: 'органов: {count}; укажите --out <папка>, чтобы получить по файлу аудита на каждый, или --format md либо json для одного списка в stdout',
    kk: 'органдар саны: {count}; әрқайсысына бір аудит файлын алу үшін --out <қалта>, stdout-қа бір тізім үшін --format md немесе json көрсетіңіз',
  },
  badSize: {
    en: '--size must be a whole number from 0 to 10000',
    ru: '--size должен быть целым числом от 0 до 10000',
    kk: '--size 0-ден 10000-ға дейінгі бүтін сан болуы керек',
  },
  badSeed: {
    en: '--seed must be a whole number from 0 to 4294967295',
    ru: '--seed должен быть целым числом от 0 до 4294967295',
    kk: '--seed 0-ден 4294967295-ке дейінгі бүтін сан болуы керек',
  },
  exists: {
    en: 'already exists; give --force to write over it',
    ru: 'уже существует; укажите --force, чтобы перезаписать',
    kk: 'бұрыннан бар; қайта жазу үшін --force көрсетіңіз',
  },
  written: {
    en: '{count} audit files written to {dir}',
    ru: 'Файлов аудита записано в {dir}: {count}',
    kk: '{dir} қалтасына {count} аудит файлы жазылды',
  },
  // What the audit file and the work list say.
  fileHead: {
    en: 'Audit of {organization}: for each claim below, check the document cited; set verdict to confirmed, rejected, or not-found where a cited document does not exist as cited (then every claim left without a verdict counts as if it cited no document); with option: the option the documents support, if any; sign with auditor and date; received: the day the answers reached you (the rubric\'s periods are measured from it, else from the audit\'s date).',
    ru: 'Аудит: {organization}. По каждому ответу ниже проверьте указанный документ; укажите verdict: confirmed, rejected или not-found, если указанного документа нет (тогда каждый ответ без вердикта засчитывается так, будто документ не указан); option: вариант, который подтверждают документы, если такой есть; заполните auditor и date; received: день поступления ответов (от него отсчитываются сроки методики, без него от даты аудита).',
    kk: 'Аудит: {organization}. Төмендегі әр жауап бойынша көрсетілген құжатты тексеріңіз; verdict: confirmed, rejected немесе көрсетілген құжат жоқ болса, not-found деп жазыңыз (сонда шешімсіз қалған әр жауап құжат көрсетілмегендей есептеледі); құжаттар растайтын жауап нұсқасы болса, option: сол жауап нұсқасы; auditor мен date өрістерін толтырыңыз; received: жауаптар келіп түскен күн (әдістеме мерзімдері содан, ол болмаса аудит күнінен есептеледі).',
  },
  listTitle: { en: 'Audit work list: {organization}', ru: 'Лист проверки: {organization}', kk: 'Тексеру парағы: {organization}' },
  listFile: {
    en: 'Answer file {file}, sha256 {sha}. Rubric {rubric}. Sample of {count} {count:claim|claims}, seed {seed}.',
    ru: 'Файл ответов {file}, sha256 {sha}. Методика {rubric}. Выборка: {count} {count:ответ|ответа|ответов}, seed {seed}.',
    kk: 'Жауаптар файлы {file}, sha256 {sha}. Әдістеме {rubric}. Іріктеме: {count} жауап, seed {seed}.',
  },
  colQuestion: { en: 'Question', ru: 'Вопрос', kk: 'Сұрақ' },
  colClaimed: { en: 'Claimed', ru: 'Заявлено', kk: 'Мәлімделген' },
  colCited: { en: 'Document cited', ru: 'Указанный документ', kk: 'Көрсетілген құжат' },
  colShows: { en: 'What shows it', ru: 'Чем подтверждается', kk: 'Немен расталады' },
  colWhy: { en: 'Why checked', ru: 'Почему в выборке', kk: 'Неге іріктемеде' },
  colVerdict: { en: 'Verdict', ru: 'Вердикт', kk: 'Шешім' },
  verdictBlank: {
    en: '☐ confirmed ☐ rejected ☐ document not found → option: ____',
    ru: '☐ подтверждено ☐ отклонено ☐ документ не найден → вариант: ____',
    kk: '☐ расталды ☐ қабылданбады ☐ құжат табылмады → жауап нұсқасы: ____',
  },
  signature: {
    en: 'Auditor: ____________________ Date: ____________',
    ru: 'Аудитор: ____________________ Дата: ____________',
    kk: 'Аудитор: ____________________ Күні: ____________',
  },
  noneCited: { en: '(none cited)', ru: '(не указан)', kk: '(көрсетілмеген)' },
  whyGate: { en: 'gate answer that closes questions', ru: 'ответ на вопрос-фильтр, исключающий вопросы', kk: 'сұрақтарды алып тастайтын сүзгі сұрақтың жауабы' },
  whyNa: { en: 'declared not applicable', ru: 'заявлено как неприменимое', kk: 'қолданылмайды деп мәлімделген' },
  whyKey: {
    en: 'the declared level rests on it (checked in full, not drawn)',
    ru: 'на нём держится заявленный уровень (проверяется всегда, не по жребию)',
    kk: 'мәлімделген деңгей соған сүйенеді (жеребе бойынша емес, әрдайым тексеріледі)',
  },
  whySample: { en: 'random sample (points: {points})', ru: 'случайная выборка (баллов: {points})', kk: 'кездейсоқ іріктеме (балл: {points})' },
  whyFlag: { en: 'flagged: {kind}', ru: 'отмечено: {kind}', kk: 'белгіленген: {kind}' },
  notApplicable: { en: 'not applicable', ru: 'неприменимо', kk: 'қолданылмайды' },
  // The report's audit block.
  headline: {
    en: 'Verified level: {level} (after the audit; declared: {declared})',
    ru: 'Подтверждённый уровень: {level} (по итогам аудита; заявлено: {declared})',
    kk: 'Расталған деңгей: {level} (аудит нәтижесі бойынша; мәлімделгені: {declared})',
  },
  section: { en: 'Audit', ru: 'Аудит', kk: 'Аудит' },
  by: {
    en: 'Audited by {auditor} on {date}.',
    ru: 'Аудитор: {auditor}, дата: {date}.',
    kk: 'Аудитор: {auditor}, күні: {date}.',
  },
  declared: { en: 'Declared', ru: 'Заявлено', kk: 'Мәлімделген' },
  verified: { en: 'Verified', ru: 'Подтверждено', kk: 'Расталған' },
  score: { en: 'Score', ru: 'Балл', kk: 'Балл' },
  level: { en: 'Level', ru: 'Уровень', kk: 'Деңгей' },
  counts: {
    en: 'Claims confirmed: {confirmed}; rejected: {rejected}; not checked: {unchecked}.',
    ru: 'Подтверждено ответов: {confirmed}; отклонено: {rejected}; не проверено: {unchecked}.',
    kk: 'Расталған жауаптар: {confirmed}; қабылданбағаны: {rejected}; тексерілмегені: {unchecked}.',
  },
  confirmed: { en: 'confirmed', ru: 'подтверждено', kk: 'расталды' },
  rejected: { en: 'rejected', ru: 'отклонено', kk: 'қабылданбады' },
  unchecked: { en: 'not checked', ru: 'не проверено', kk: 'тексерілмеді' },
  notFound: { en: 'document not found', ru: 'документ не найден', kk: 'құжат табылмады' },
  notFoundCounts: {
    en: 'Documents not found: {notFound}. A register that cites a document that does not exist is no longer taken on trust: the {unchecked} {unchecked:claim|claims} not checked count as if they cited no document.',
    ru: 'Не найдено документов: {notFound}. Реестру, в котором указан несуществующий документ, больше не доверяют: {unchecked} непроверенн{unchecked:ый ответ засчитывается|ых ответа засчитываются|ых ответов засчитываются} так, будто документ не указан.',
    kk: 'Табылмаған құжаттар: {notFound}. Жоқ құжат көрсетілген тізілімге енді сенім жоқ: тексерілмеген {unchecked} жауап құжат көрсетілмегендей есептеледі.',
  },
  held: {
    en: 'The claims checked carry {carried} on their own; the verified score reaches {level}, which rests on {count} {count:claim|claims} not checked ({claims}): check {count:it|them} to verify {level}.',
    ru: 'Проверенные ответы сами по себе подтверждают уровень «{carried}»; подтверждённый балл достигает уровня «{level}», но он держится на {count} непроверенн{count:ом ответе|ых ответах|ых ответах} ({claims}): проверьте {count:его|их|их}, чтобы подтвердить уровень «{level}».',
    kk: 'Тексерілген жауаптардың өзі «{carried}» деңгейін растайды; расталған балл «{level}» деңгейіне жетеді, бірақ ол тексерілмеген {count} жауапқа сүйенеді ({claims}): «{level}» деңгейін растау үшін олардың әрқайсысын тексеріңіз.',
  },
  heldDocuments: {
    en: 'A document nobody has checked does not carry a level.',
    ru: 'Документ, который никто не проверил, уровень не подтверждает.',
    kk: 'Ешкім тексермеген құжат деңгейді растамайды.',
  },
  heldOverstated: {
    en: 'The audit found a claim overstated, so neither the documents nor the answers of the claims not checked carry a level.',
    ru: 'Аудит выявил завышенный ответ, поэтому ни документы, ни сами непроверенные ответы уровень не подтверждают.',
    kk: 'Аудит асыра көрсетілген жауапты анықтады, сондықтан тексерілмеген жауаптардың құжаттары да, жауаптардың өзі де деңгейді растамайды.',
  },
  measuredReceived: {
    en: 'The verified result measures the rubric\'s periods from {date}, the day the answers were received.',
    ru: 'Сроки методики в подтверждённом результате отсчитываются от {date}: дня поступления ответов.',
    kk: 'Расталған нәтижеде әдістеме мерзімдері {date} күнінен, яғни жауаптар келіп түскен күннен есептеледі.',
  },
  measuredAudit: {
    en: 'The verified result measures the rubric\'s periods from {date}, the day of the audit (the audit file gives no day the answers were received).',
    ru: 'Сроки методики в подтверждённом результате отсчитываются от {date}: дня аудита (в файле аудита не указан день поступления ответов).',
    kk: 'Расталған нәтижеде әдістеме мерзімдері {date} күнінен, яғни аудит күнінен есептеледі (аудит файлында жауаптар келіп түскен күн көрсетілмеген).',
  },
  notGiven: { en: 'not given', ru: 'не дан', kk: 'берілмеген' },
  colAuditor: { en: 'Auditor\'s option', ru: 'Вариант аудитора', kk: 'Аудитордың жауап нұсқасы' },
  colNote: { en: 'Note', ru: 'Примечание', kk: 'Ескертпе' },
  error: { en: 'Audit not applied: {error}', ru: 'Аудит не учтён: {error}', kk: 'Аудит ескерілмеді: {error}' },
  none: states.noLevel,
  // Summary columns and the fleet view.
  colRank: { en: 'No.', ru: '№', kk: '№' },
  colOrganization: { en: 'Body', ru: 'Орган', kk: 'Орган' },
  colDeclared: { en: 'Declared', ru: 'Заявлено', kk: 'Мәлімделген' },
  colVerified: { en: 'Verified', ru: 'Подтверждено', kk: 'Расталған' },
  colVerifiedLevel: { en: 'Verified level', ru: 'Подтверждённый уровень', kk: 'Расталған деңгей' },
  colDifference: { en: 'Declared − verified', ru: 'Заявлено − подтверждено', kk: 'Мәлімделген − расталған' },
  colConfirmed: { en: 'Confirmed', ru: 'Подтверждено ответов', kk: 'Расталған жауаптар' },
  colRejected: { en: 'Rejected', ru: 'Отклонено ответов', kk: 'Қабылданбаған жауаптар' },
  colUnchecked: { en: 'Not checked', ru: 'Не проверено', kk: 'Тексерілмеген' },
  colNotFound: { en: 'Documents not found', ru: 'Документ не найден', kk: 'Құжат табылмаған' },
  colAuditError: { en: 'Audit error', ru: 'Ошибка аудита', kk: 'Аудит қатесі' },
  chartTitle: {
    en: 'Declared against verified score, bodies by the difference',
    ru: 'Заявленный и подтверждённый балл, органы по убыванию разницы',
    kk: 'Мәлімделген және расталған балл, органдар айырма бойынша',
  },
  chartNone: { en: 'No audited body.', ru: 'Нет органов, прошедших аудит.', kk: 'Аудиттен өткен орган жоқ.' },
  noAudit: {
    en: 'no audit among those given names this answer file: compare --audit needs an audit of both dates',
    ru: 'ни один из переданных аудитов не относится к этому файлу ответов: compare --audit требует аудита обеих дат',
    kk: 'берілген аудиттердің ешқайсысы бұл жауаптар файлына қатысты емес: compare --audit екі күннің де аудитін талап етеді',
  },
  compareVerified: {
    en: 'Both rounds were audited: the comparison is of the verified results.',
    ru: 'Оба раунда прошли аудит: сравниваются подтверждённые результаты.',
    kk: 'Екі кезең де аудиттен өтті: расталған нәтижелер салыстырылады.',
  },
} as const satisfies Namespace;
