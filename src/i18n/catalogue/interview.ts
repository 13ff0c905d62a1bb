import type { Namespace } from './entry.js';

/** Every word the interview (`readiness assess`) says. */
export const interview = {
  noTerminal: {
    en: 'readiness assess asks its questions in a terminal, and there is none here (input is redirected).\nWithout a terminal, fill in an answer file and score it:\n  npx readiness template --out answers.yaml\n  npx readiness score answers.yaml',
    ru: 'readiness assess задаёт вопросы в терминале, а здесь его нет (ввод перенаправлен).\nБез терминала заполните файл ответов и оцените его:\n  npx readiness template --out answers.yaml\n  npx readiness score answers.yaml',
    kk: 'readiness assess сұрақтарды терминалда қояды, ал мұнда терминал жоқ (енгізу қайта бағытталған).\nТерминалсыз жауап файлын толтырып, оны бағалаңыз:\n  npx readiness template --out answers.yaml\n  npx readiness score answers.yaml',
  },
  // Each language named in itself, for the language question: the text in `kk` is the name of Kazakh.
  languageName: { ru: 'Русский', kk: 'Қазақша', en: 'English' },
  /** A question in the review list: its number as a word, so the list's own numbering does not stand next to it. */
  reviewItem: { en: 'Question {number}: {text}', ru: 'Вопрос {number}: {text}', kk: '{number}-сұрақ: {text}' },
  chooseLanguage: {
    en: 'Тілді таңдаңыз · Выберите язык · Choose the language',
    ru: 'Тілді таңдаңыз · Выберите язык · Choose the language',
    kk: 'Тілді таңдаңыз · Выберите язык · Choose the language',
  },
  welcome: {
    en: '{questions} {questions:question|questions} in {sections} {sections:section|sections}. Each answer is saved at once to {file}; you can stop at any time (Ctrl+C) and continue later.',
    ru: 'Вопросов: {questions}, разделов: {sections}. Каждый ответ сразу сохраняется в {file}; можно прерваться в любой момент (Ctrl+C) и продолжить позже.',
    kk: '{sections} бөлімде {questions} сұрақ. Әр жауап бірден {file} файлына сақталады; кез келген уақытта тоқтап (Ctrl+C), кейін жалғастыруға болады.',
  },
  respondentIntro: {
    en: 'First, about the body and the respondent.',
    ru: 'Сначала об органе и о респонденте.',
    kk: 'Алдымен орган мен респондент туралы.',
  },
  organization: {
    en: 'Name of the government body',
    ru: 'Наименование государственного органа',
    kk: 'Мемлекеттік органның атауы',
  },
  unit: {
    en: 'Department or unit (optional, Enter to skip)',
    ru: 'Подразделение (необязательно, Enter — пропустить)',
    kk: 'Құрылымдық бөлімше (міндетті емес; өткізіп жіберу үшін Enter пернесін басыңыз)',
  },
  name: {
    en: 'Your full name (optional, Enter to skip)',
    ru: 'Фамилия, имя, отчество (необязательно, Enter — пропустить)',
    kk: 'Аты-жөніңіз (міндетті емес; өткізіп жіберу үшін Enter пернесін басыңыз)',
  },
  position: {
    en: 'Your position (optional, Enter to skip)',
    ru: 'Ваша должность (необязательно, Enter — пропустить)',
    kk: 'Лауазымыңыз (міндетті емес; өткізіп жіберу үшін Enter пернесін басыңыз)',
  },
  required: {
    en: 'Please enter the name of the body; the reports are made for it.',
    ru: 'Укажите наименование органа: отчёты составляются для него.',
    kk: 'Органның атауын енгізіңіз: есептер осы орган бойынша жасалады.',
  },
  tooLong: {
    en: 'At most {max} characters, please (now {length}).',
    ru: 'Не более {max} символов (сейчас {length}).',
    kk: 'Ең көбі {max} таңба (қазір {length}).',
  },
  progress: {
    en: 'Section {section} of {sections} · question {number} of {total}',
    ru: 'Раздел {section} из {sections} · вопрос {number} из {total}',
    kk: 'Бөлім {section}/{sections} · сұрақ {number}/{total}',
  },
  sectionHeader: {
    en: 'Section {section} of {sections}: {title}',
    ru: 'Раздел {section} из {sections}: {title}',
    kk: 'Бөлім {section}/{sections}: {title}',
  },
  addComment: {
    en: 'Add a comment (context, a document, a link)',
    ru: 'Добавить комментарий (пояснение, документ, ссылка)',
    kk: 'Түсініктеме қосу (мән-жайы, құжат, сілтеме)',
  },
  editComment: {
    en: 'Change the comment: «{comment}»',
    ru: 'Изменить комментарий: «{comment}»',
    kk: 'Түсініктемені өзгерту: «{comment}»',
  },
  commentHelp: {
    en: 'A note on the answer: context, an order number, a link. It goes into the report next to the answer.',
    ru: 'Пояснение к ответу: контекст, номер приказа, ссылка. Попадёт в отчёт рядом с ответом.',
    kk: 'Жауапқа түсіндірме: мән-жай, бұйрық нөмірі, сілтеме. Есепте жауаптың жанында көрсетіледі.',
  },
  back: {
    en: '← Back to the previous question',
    ru: '← Назад к предыдущему вопросу',
    kk: '← Алдыңғы сұраққа оралу',
  },
  backHelp: {
    en: 'Your answers are kept; you can change any of them.',
    ru: 'Ответы сохраняются; любой из них можно изменить.',
    kk: 'Жауаптар сақталады; кез келгенін өзгертуге болады.',
  },
  skip: {
    en: 'Skip for now (answer later)',
    ru: 'Пока пропустить (ответить позже)',
    kk: 'Әзірге өткізіп жіберу (кейін жауап беру)',
  },
  skipHelp: {
    en: 'A question left without an answer counts as 0 in the score and lowers the coverage; below the coverage floor the report gives no level.',
    ru: 'Вопрос без ответа засчитывается как 0 баллов и снижает охват; ниже порога охвата отчёт не присваивает уровень.',
    kk: 'Жауапсыз сұрақ ұпайда 0 ретінде есептеледі және қамтуды төмендетеді; қамту ең аз қамтудан төмен болса, есеп деңгей бермейді.',
  },
  currentAnswer: {
    en: '(current answer)',
    ru: '(текущий ответ)',
    kk: '(ағымдағы жауап)',
  },
  commentPrompt: {
    en: 'Comment',
    ru: 'Комментарий',
    kk: 'Түсініктеме',
  },
  commentKeep: {
    en: 'Comment (Enter keeps it, «-» deletes it)',
    ru: 'Комментарий (Enter — оставить, «-» — удалить)',
    kk: 'Түсініктеме (Enter — қалдыру, «-» — жою)',
  },
  justificationAsk: {
    en: 'Why does it not apply? (required: it goes into the report)',
    ru: 'Почему вопрос неприменим? (обязательно: попадёт в отчёт)',
    kk: 'Неге қолданылмайды? (міндетті: есепке енеді)',
  },
  justificationKeep: {
    en: 'Why does it not apply? (Enter keeps the text shown)',
    ru: 'Почему вопрос неприменим? (Enter — оставить показанный текст)',
    kk: 'Неге қолданылмайды? (Enter — көрсетілген мәтінді қалдыру)',
  },
  justificationRequired: {
    en: '«Not applicable» needs its reason in a sentence (three words or more): without one it does not count, and the question counts as unanswered.',
    ru: '«Неприменимо» требует обоснования одним предложением (не менее трёх слов): без него ответ не учитывается, а вопрос считается оставленным без ответа.',
    kk: '«Қолданылмайды» деген жауапқа бір сөйлеммен негіздеме керек (кемінде үш сөз): онсыз жауап есептелмейді, ал сұрақ жауапсыз қалған болып саналады.',
  },
  evidenceExpected: {
    en: 'Supporting document: {evidence}',
    ru: 'Подтверждающий документ: {evidence}',
    kk: 'Растайтын құжат: {evidence}',
  },
  // The document behind a claim: the short form (plan.ts documentChoicePrompt and what follows it)
  docChoose: { en: 'Which document shows it?', ru: 'Какой документ это подтверждает?', kk: 'Мұны қай құжат растайды?' },
  docTypesAccepted: { en: 'Document types that show it: {types}', ru: 'Подходящие типы документов: {types}', kk: 'Жарамды құжат түрлері: {types}' },
  docNumberMark: { en: 'No. {number}', ru: '№\u00A0{number}', kk: '№\u00A0{number}' },
  docNew: { en: 'A new document: type, number, date, title', ru: 'Новый документ: тип, номер, дата, наименование', kk: 'Жаңа құжат: түрі, нөмірі, күні, атауы' },
  docText: {
    en: 'Its reference in one line (type, number and date), or a link',
    ru: 'Реквизиты одной строкой (вид, номер и дата) или ссылка',
    kk: 'Деректемелері бір жолмен (түрі, нөмірі мен күні) немесе сілтеме',
  },
  docLater: {
    en: 'Later (until then the answer counts as a claim without a document)',
    ru: 'Позже (до тех пор ответ считается неподтверждённым)',
    kk: 'Кейін (оған дейін жауап расталмаған болып есептеледі)',
  },
  docKeep: { en: 'Keep the document given', ru: 'Оставить указанный документ', kk: 'Көрсетілген құжатты қалдыру' },
  docRemove: { en: 'Remove the document given', ru: 'Удалить указанный документ', kk: 'Көрсетілген құжатты алып тастау' },
  docType: { en: 'Type of the document', ru: 'Тип документа', kk: 'Құжаттың түрі' },
  docNumber: {
    en: 'Its number, as written on it (Enter if it has none)',
    ru: 'Номер документа, как он указан на документе (Enter — если номера нет)',
    kk: 'Құжаттың нөмірі, құжатта жазылғандай (нөмірі жоқ болса, Enter)',
  },
  docDate: { en: 'Its date (14.02.2026 or 2026-02-14)', ru: 'Дата документа (14.02.2026 или 2026-02-14)', kk: 'Құжаттың күні (14.02.2026 немесе 2026-02-14)' },
  docTitle: { en: 'Its title (Enter to skip)', ru: 'Наименование документа (Enter — пропустить)', kk: 'Құжаттың атауы (өткізіп жіберу үшін Enter)' },
  docTitleRequired: {
    en: 'Its title (required: the document has no number)',
    ru: 'Наименование документа (обязательно: у документа нет номера)',
    kk: 'Құжаттың атауы (міндетті: құжаттың нөмірі жоқ)',
  },
  docBadDate: {
    en: 'not a date: write 14.02.2026 or 2026-02-14',
    ru: 'это не дата: укажите 14.02.2026 или 2026-02-14',
    kk: 'бұл күн емес: 14.02.2026 немесе 2026-02-14 түрінде жазыңыз',
  },
  docBeforeDate: {
    en: 'dated before {date}: this answer needs a document of that day or later',
    ru: 'дата раньше {date}: для этого ответа нужен документ не ранее этой даты',
    kk: 'күні {date} бұрын: бұл жауапқа осы күннен ерте емес құжат қажет',
  },
  docTooOld: {
    en: 'dated before {date}: this answer names the last {months} months, so its document must be dated within them',
    ru: 'дата раньше {date}: ответ говорит о последних {months} мес., документ должен быть датирован в этом сроке',
    kk: 'күні {date} бұрын: жауап соңғы {months} айды айтады, құжаттың күні осы мерзім ішінде болуы керек',
  },
  docFutureDate: {
    en: 'dated after the assessment date ({date}): a document not yet issued shows nothing',
    ru: 'дата позже даты оценки ({date}): ещё не изданный документ ничего не подтверждает',
    kk: 'күні бағалау күнінен ({date}) кейін: әлі шықпаған құжат ештеңені растамайды',
  },
  docRefused: {
    en: '{reason}: give the document\'s type, number and date, or a link (Enter: add it later)',
    ru: '{reason}: укажите вид, номер и дату документа или ссылку (Enter — указать позже)',
    kk: '{reason}: құжаттың түрін, нөмірі мен күнін не сілтемесін көрсетіңіз (Enter — кейін көрсету)',
  },
  docAdded: {
    en: 'Added to the register of documents as {id}.',
    ru: 'Добавлен в перечень документов как {id}.',
    kk: 'Құжаттар тізбесіне {id} ретінде қосылды.',
  },
  evidenceAsk: {
    en: 'The document that shows it: number, date, link (Enter: add it later)',
    ru: 'Документ, который это подтверждает: номер, дата, ссылка (Enter — указать позже)',
    kk: 'Мұны растайтын құжат: нөмірі, күні, сілтемесі (Enter — кейін көрсету)',
  },
  evidenceKeep: {
    en: 'The document that shows it (Enter keeps it, «-» deletes it)',
    ru: 'Документ, который это подтверждает (Enter — оставить, «-» — удалить)',
    kk: 'Мұны растайтын құжат (Enter — қалдыру, «-» — жою)',
  },
  setAside: {
    en: '{count} earlier answer(s) no longer apply and are not counted (kept in the file): {questions}',
    ru: 'Прежние ответы ({count}) больше не применимы и не учитываются (остаются в файле): {questions}',
    kk: 'Бұрынғы жауаптар ({count}) енді қолданылмайды және есептелмейді (файлда қалады): {questions}',
  },
  tempRemoved: {
    en: 'Removed {file}, a temporary file left by a save that was cut off.',
    ru: 'Удалён {file} — временный файл, оставшийся от прерванного сохранения.',
    kk: '{file} жойылды — үзілген сақтаудан қалған уақытша файл.',
  },
  typingSaved: {
    en: 'The text you were typing at question {number} is saved in the file under {field}.',
    ru: 'Текст, который вы вводили к вопросу {number}, сохранён в файле в разделе {field}.',
    kk: '{number}-сұраққа енгізіп жатқан мәтініңіз файлдағы {field} бөліміне сақталды.',
  },
  keys: {
    en: '↑↓ or a number — move · Enter — choose · Ctrl+C — pause',
    ru: '↑↓ или номер — перейти · Enter — выбрать · Ctrl+C — пауза',
    kk: '↑↓ немесе нөмір — жылжу · Enter — таңдау · Ctrl+C — үзіліс',
  },
  resumeFound: {
    en: '{file} holds the answers of «{organization}»: {answered} of {total} answered.',
    ru: 'В {file} есть ответы органа «{organization}»: отвечено {answered} из {total}.',
    kk: '{file} файлында «{organization}» органының жауаптары бар: {total} сұрақтың {answered} сұрағына жауап берілген.',
  },
  resumeAsk: {
    en: 'Continue the assessment of «{organization}»?',
    ru: 'Продолжить оценку органа «{organization}»?',
    kk: '«{organization}» органын бағалауды жалғастырасыз ба?',
  },
  resumeYes: { en: 'Yes, continue', ru: 'Да, продолжить', kk: 'Иә, жалғастыру' },
  resumeNo: {
    en: 'No, I assess another body',
    ru: 'Нет, я оцениваю другой орган',
    kk: 'Жоқ, мен басқа органды бағалаймын',
  },
  resumeAt: {
    en: 'Continuing at question {number} of {total}, the first one without an answer.',
    ru: 'Продолжаем с вопроса {number} из {total}: это первый вопрос без ответа.',
    kk: '{total} сұрақтың {number}-сұрағынан жалғастырамыз: бұл жауапсыз алғашқы сұрақ.',
  },
  resumeAllAnswered: {
    en: 'Every question is answered already.',
    ru: 'На все вопросы уже есть ответы.',
    kk: 'Барлық сұраққа жауап берілген.',
  },
  otherBody: {
    en: '{file} holds the answers of «{organization}» and was left as it is.\nTo assess another body, save to another file: npx readiness assess --answers <new file>\nTo start over in this file: npx readiness assess --answers {file} --restart (the old answers are kept as a backup).',
    ru: '{file} содержит ответы органа «{organization}» и оставлен без изменений.\nЧтобы оценить другой орган, сохраняйте в другой файл: npx readiness assess --answers <новый файл>\nЧтобы начать заново в этом файле: npx readiness assess --answers {file} --restart (прежние ответы сохранятся как резервная копия).',
    kk: '{file} файлында «{organization}» органының жауаптары бар, ол өзгертілмеді.\nБасқа органды бағалау үшін басқа файлға сақтаңыз: npx readiness assess --answers <жаңа файл>\nОсы файлда басынан бастау үшін: npx readiness assess --answers {file} --restart (бұрынғы жауаптар сақтық көшірме ретінде қалады).',
  },
  invalidFile: {
    en: '{file} cannot be continued (see above) and was left as it is.\nCorrect it, or save to another file: npx readiness assess --answers <new file>\nor start over: npx readiness assess --answers {file} --restart (the old file is kept as a backup).',
    ru: 'Продолжить {file} нельзя (см. выше); файл оставлен без изменений.\nИсправьте его или сохраняйте в другой файл: npx readiness assess --answers <новый файл>\nлибо начните заново: npx readiness assess --answers {file} --restart (прежний файл сохранится как резервная копия).',
    kk: '{file} файлын жалғастыру мүмкін емес (жоғарыдағы хабарламаны қараңыз); файл өзгертілмеді.\nОны түзетіңіз немесе басқа файлға сақтаңыз: npx readiness assess --answers <жаңа файл>\nнемесе басынан бастаңыз: npx readiness assess --answers {file} --restart (бұрынғы файл сақтық көшірме ретінде қалады).',
  },
  restarted: {
    en: 'Starting over. The previous answers are kept in {backup}.',
    ru: 'Начинаем заново. Прежние ответы сохранены в {backup}.',
    kk: 'Басынан бастаймыз. Бұрынғы жауаптар {backup} файлында сақталды.',
  },
  movedAside: {
    en: '{from} was changed meanwhile by someone else; so as not to overwrite it, your answers are now saved in {file}.',
    ru: 'Файл {from} тем временем изменил кто-то другой; чтобы не затереть его, ваши ответы теперь сохраняются в {file}.',
    kk: '{from} файлын осы аралықта басқа біреу өзгертті; оның үстінен жазып жібермеу үшін жауаптарыңыз енді {file} файлына сақталады.',
  },
  locked: {
    en: '{file} is open in another interview (computer {host}, process {pid}, since {since}); two interviews must not save to one file.\nFinish or stop that interview first. If none is running, delete {lock} and start again.',
    ru: '{file} открыт в другом сеансе опроса (компьютер {host}, процесс {pid}, с {since}); два сеанса опроса не должны сохранять в один файл.\nСначала завершите или остановите тот сеанс. Если он не запущен, удалите {lock} и начните снова.',
    kk: '{file} басқа сауалнамада ашық (компьютер {host}, процесс {pid}, ашылған уақыты: {since}); екі сауалнама бір файлға сақтамауы керек.\nАлдымен сол сауалнаманы аяқтаңыз не тоқтатыңыз. Ол іске қосылмаған болса, {lock} файлын жойып, қайта бастаңыз.',
  },
  lockedUnknown: {
    en: '{file} is locked by {lock}, which does not say who holds it.\nIf no other interview is running on this file, delete {lock} and start again.',
    ru: '{file} заблокирован файлом {lock}, в котором не указано, кто его держит.\nЕсли другой сеанс опроса с этим файлом не запущен, удалите {lock} и начните снова.',
    kk: '{file} файлын {lock} бұғаттаған, онда оны кім ұстап тұрғаны көрсетілмеген.\nОсы файлмен басқа сауалнама іске қосылмаған болса, {lock} файлын жойып, қайта бастаңыз.',
  },
  cannotSave: {
    en: 'The answers could not be saved to {file}: {reason}.\nNo question was asked. Choose a file that can be written: npx readiness assess --answers <file>',
    ru: 'Ответы нельзя сохранить в {file}: {reason}.\nВопросы не задавались. Укажите файл, доступный для записи: npx readiness assess --answers <файл>',
    kk: 'Жауаптарды {file} файлына сақтау мүмкін емес: {reason}.\nСұрақтар қойылмады. Жазуға болатын файлды көрсетіңіз: npx readiness assess --answers <файл>',
  },
  merged: {
    en: '{file} was changed meanwhile (by hand or by another program); those changes are kept alongside yours ({ids}).',
    ru: '{file} тем временем изменили (вручную или другой программой); эти изменения сохранены вместе с вашими ({ids}).',
    kk: '{file} файлы осы аралықта өзгертілді (қолмен немесе басқа бағдарламамен); ол өзгерістер сіздікімен бірге сақталды ({ids}).',
  },
  versionBackup: {
    en: 'The answer file was made for another version of the rubric; it is kept unchanged in {backup}.',
    ru: 'Файл ответов был составлен для другой версии методики; он сохранён без изменений в {backup}.',
    kk: 'Жауап файлы әдістеменің басқа нұсқасы үшін жасалған; ол {backup} файлында өзгеріссіз сақталды.',
  },
  savedElsewhere: {
    en: 'The answers could not be saved to {file} ({reason}); all of them are saved in {fallback}.\nTo continue from there: {command}',
    ru: 'Ответы не удалось сохранить в {file} ({reason}); все они сохранены в {fallback}.\nЧтобы продолжить с него: {command}',
    kk: 'Жауаптарды {file} файлына сақтау мүмкін болмады ({reason}); барлығы {fallback} файлына сақталды.\nСол файлдан жалғастыру үшін: {command}',
  },
  notSavedAnywhere: {
    en: 'The answers could not be saved to {file} ({reason}) nor anywhere else. Here they are; copy them into a file and continue with it:',
    ru: 'Ответы не удалось сохранить ни в {file} ({reason}), ни в другое место. Вот они; скопируйте их в файл и продолжите с ним:',
    kk: 'Жауаптарды {file} файлына да ({reason}), басқа жерге де сақтау мүмкін болмады. Міне, олар; файлға көшіріп, сонымен жалғастырыңыз:',
  },
  saveFailed: {
    en: 'Could not save to {file}: {reason}. The answers are kept in memory; saving is retried after the next answer.',
    ru: 'Не удалось сохранить в {file}: {reason}. Ответы остаются в памяти; сохранение повторится после следующего ответа.',
    kk: '{file} файлына сақтау мүмкін болмады: {reason}. Жауаптар жадта қалады; сақтау келесі жауаптан кейін қайталанады.',
  },
  notSaved: {
    en: 'The answers could not be saved to {file}: {reason}.',
    ru: 'Не удалось сохранить ответы в {file}: {reason}.',
    kk: 'Жауаптарды {file} файлына сақтау мүмкін болмады: {reason}.',
  },
  interrupted: {
    en: 'Paused. {file} holds the answers to {answered} of {total} {total:question|questions}.\nTo continue: {command}',
    ru: 'Пауза. В файле {file} сохранены ответы на {answered} из {total} {total:вопроса|вопросов|вопросов}.\nЧтобы продолжить: {command}',
    kk: 'Үзіліс. {file} файлына {total} сұрақтың {answered} сұрағына берілген жауап сақталды.\nЖалғастыру үшін: {command}',
  },
  interruptedEarly: {
    en: 'Stopped before the first answer; nothing was saved.',
    ru: 'Остановлено до первого ответа; ничего не сохранено.',
    kk: 'Алғашқы жауапқа дейін тоқтатылды; ештеңе сақталмады.',
  },
  interruptedUnsaved: {
    en: 'Stopped, but the latest answers could not be saved to {file} (see above).',
    ru: 'Остановлено, но последние ответы не удалось сохранить в {file} (см. выше).',
    kk: 'Тоқтатылды, бірақ соңғы жауаптарды {file} файлына сақтау мүмкін болмады (жоғарыдағы хабарламаны қараңыз).',
  },
  endAll: {
    en: 'Every question is answered ({total}).',
    ru: 'Ответы даны на все вопросы ({total}).',
    kk: 'Барлық {total} сұраққа жауап берілді.',
  },
  endSome: {
    en: '{answered} of {total} {total:question is|questions are} answered; the {left} without an answer count as 0 in the score, and below {min} coverage the report gives no level.',
    ru: 'Отвечено {answered} из {total} {total:вопроса|вопросов|вопросов}; вопросы без ответа ({left}) засчитываются как 0 баллов, а при охвате ниже {min} отчёт не присваивает уровень.',
    kk: '{total} сұрақтың {answered} сұрағына жауап берілді; жауапсыз {left} сұрақ ұпайда 0 ретінде есептеледі, ал қамту {min} мәнінен төмен болса, есеп деңгей бермейді.',
  },
  endUnsupported: {
    en: '{count} {count:answer|answers} still without a document; the report lists them as claims without evidence:',
    ru: 'Ответы без подтверждающего документа ({count}); в отчёте они будут указаны как неподтверждённые:',
    kk: 'Растайтын құжаты жоқ жауаптар ({count}); есепте олар расталмаған ретінде көрсетіледі:',
  },
  endEvidence: {
    en: 'Add the missing documents ({count})',
    ru: 'Указать недостающие документы ({count})',
    kk: 'Жетіспейтін құжаттарды көрсету ({count})',
  },
  endFinish: {
    en: 'Finish and write the reports',
    ru: 'Завершить и сформировать отчёты',
    kk: 'Аяқтау және есептерді жасау',
  },
  endFinishUnit: {
    en: 'Finish: the unit\'s answers are saved for merging',
    ru: 'Завершить: ответы подразделения сохранены для объединения',
    kk: 'Аяқтау: бөлімшенің жауаптары біріктіру үшін сақталды',
  },
  endSomeUnit: {
    en: '{answered} of {total} {total:question|questions} of the unit answered; in the body\'s score the {left} without an answer count as 0.',
    ru: 'Отвечено {answered} из {total} {total:вопроса|вопросов|вопросов} подразделения; в балле органа вопросы без ответа ({left}) засчитываются как 0 баллов.',
    kk: 'Құрылымдық бөлімшенің {total} сұрағының {answered} сұрағына жауап берілді; орган ұпайында жауапсыз {left} сұрақ 0 ретінде есептеледі.',
  },

  endChange: {
    en: 'Review or change an answer',
    ru: 'Просмотреть или изменить ответ',
    kk: 'Жауапты қарау немесе өзгерту',
  },
  endUnanswered: {
    en: 'Answer the questions left without an answer ({left})',
    ru: 'Ответить на оставшиеся без ответа вопросы ({left})',
    kk: 'Жауапсыз қалған сұрақтарға жауап беру ({left})',
  },
  pickQuestion: {
    en: 'Which answer do you want to change?',
    ru: 'Какой ответ вы хотите изменить?',
    kk: 'Қай жауапты өзгерткіңіз келеді?',
  },
  noAnswer: { en: 'no answer', ru: 'нет ответа', kk: 'жауап жоқ' },
  backToEnd: { en: '← Back', ru: '← Назад', kk: '← Артқа' },
  gateWithoutDocument: {
    en: 'Without a document, «{answer}» closes nothing: the questions it would close stay in the interview and count in the score. The document can be added at the end.',
    ru: 'Без подтверждающего документа ответ «{answer}» ничего не закрывает: вопросы, которые он закрыл бы, остаются в опросе и учитываются в балле. Документ можно указать в конце.',
    kk: 'Растайтын құжатсыз «{answer}» деген жауап ештеңені жаппайды: ол жабатын сұрақтар сауалнамада қалады және ұпайда есептеледі. Құжатты соңында көрсетуге болады.',
  },
  reportsWritten: { en: 'Reports:', ru: 'Отчёты:', kk: 'Есептер:' },
  unitDone: {
    en: 'The answers of unit "{unit}" are saved in {file}.\nOne unit\'s file is not scored on its own: when every unit has answered, join the files and score the body\'s file:\n  npx readiness merge <unit files…> --out <body file>\n  npx readiness score <body file> --out reports',
    ru: 'Ответы подразделения «{unit}» сохранены в {file}.\nФайл одного подразделения отдельно не оценивается: когда ответят все подразделения, объедините файлы и оцените файл органа:\n  npx readiness merge <файлы подразделений…> --out <файл органа>\n  npx readiness score <файл органа> --out reports',
    kk: '«{unit}» бөлімшесінің жауаптары {file} файлында сақталды.\nБір бөлімшенің файлы жеке бағаланбайды: барлық бөлімше жауап бергенде файлдарды біріктіріп, орган файлын бағалаңыз:\n  npx readiness merge <бөлімше файлдары…> --out <орган файлы>\n  npx readiness score <орган файлы> --out reports',
  },
  closingUnsupported: {
    en: 'Claims still without a document ({count}); to add them, run the interview again on the same answer file: its last screen asks for them.',
    ru: 'Ответы, ещё не подтверждённые документом ({count}); чтобы указать документы, снова запустите опрос с тем же файлом ответов: на последнем экране опроса будет предложено указать их.',
    kk: 'Әлі құжатпен расталмаған жауаптар ({count}); құжаттарды көрсету үшін сауалнаманы сол жауап файлымен қайта іске қосыңыз: сауалнаманың соңғы экранында оларды көрсету ұсынылады.',
  },
  answersSaved: { en: 'Answers: {file}', ru: 'Ответы: {file}', kk: 'Жауаптар: {file}' },
  reportsFailed: {
    en: 'The reports could not be written to {dir}: {reason}.\nThe answers are saved in {file}; write the reports later with: npx readiness score {file} --out <folder>',
    ru: 'Не удалось записать отчёты в {dir}: {reason}.\nОтветы сохранены в {file}; отчёты можно получить позже: npx readiness score {file} --out <папка>',
    kk: 'Есептерді {dir} қалтасына жазу мүмкін болмады: {reason}.\nЖауаптар {file} файлында сақталды; есептерді кейін алуға болады: npx readiness score {file} --out <қалта>',
  },
  answersRefused: {
    en: 'The saved answers could not be read back for scoring (see above); they are kept in {file}.',
    ru: 'Сохранённые ответы не удалось прочитать для оценки (см. выше); они остаются в {file}.',
    kk: 'Сақталған жауаптарды бағалау үшін оқу мүмкін болмады (жоғарыдағы хабарламаны қараңыз); олар {file} файлында қалды.',
  },
} as const satisfies Namespace;
