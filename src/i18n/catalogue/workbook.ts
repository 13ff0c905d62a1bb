import type { Namespace } from './entry.js';

/** The Excel answer sheets (`readiness template --format xlsx`): the sheets' words, and why a workbook is refused. */
export const workbook = {
  // Sheet names (Excel allows 31 characters and no []:*?/\)
  sheetRespondent: { en: 'Respondent', ru: 'Респондент', kk: 'Респондент' },
  sheetAnswers: { en: 'Answers', ru: 'Ответы', kk: 'Жауаптар' },
  sheetDocuments: { en: 'Documents', ru: 'Документы', kk: 'Құжаттар' },
  sheetLists: { en: 'Lists', ru: 'Списки', kk: 'Тізімдер' },

  // The first sheet
  title: {
    en: 'Answer sheet for «{title}», version {version}',
    ru: 'Лист ответов по методике «{title}», версия {version}',
    kk: '«{title}» әдістемесі бойынша жауап парағы, {version} нұсқасы',
  },
  forUnit: {
    en: 'For the unit «{unit}»: only its questions.',
    ru: 'Для подразделения «{unit}»: только его вопросы.',
    kk: '«{unit}» бөлімшесі үшін: тек оның сұрақтары.',
  },
  field: { en: 'Field', ru: 'Поле', kk: 'Өріс' },
  value: { en: 'Value', ru: 'Значение', kk: 'Мәні' },
  organization: { en: 'Body (required)', ru: 'Наименование органа (обязательно)', kk: 'Органның атауы (міндетті)' },
  unit: { en: 'Department or unit', ru: 'Подразделение', kk: 'Құрылымдық бөлімше' },
  name: { en: 'Full name of the respondent', ru: 'ФИО респондента', kk: 'Респонденттің аты-жөні' },
  position: { en: 'Position', ru: 'Должность', kk: 'Лауазымы' },
  date: { en: 'Assessment date', ru: 'Дата оценки', kk: 'Бағалау күні' },
  howToTitle: { en: 'How to fill in this workbook', ru: 'Как заполнить эту книгу', kk: 'Бұл кітапты қалай толтыру керек' },
  howTo1: {
    en: '1. Above, write the name of the body and who is answering.',
    ru: '1. Выше укажите наименование органа и того, кто отвечает.',
    kk: '1. Жоғарыда органның атауын және кім жауап беретінін жазыңыз.',
  },
  howTo2: {
    en: '2. On the sheet «{answers}», choose in the column «{answer}» the option that describes the body today (the list opens in the cell). Leave the cell empty if you do not know.',
    ru: '2. На листе «{answers}» в столбце «{answer}» выберите вариант, который описывает орган сегодня (список раскрывается в ячейке). Если ответ неизвестен, оставьте ячейку пустой.',
    kk: '2. «{answers}» парағындағы «{answer}» бағанында органның бүгінгі жағдайын сипаттайтын жауап нұсқасын таңдаңыз (тізім ұяшықта ашылады). Жауап белгісіз болса, ұяшықты бос қалдырыңыз.',
  },
  howTo3: {
    en: '3. List the documents that show the answers on the sheet «{documents}» (type, number, date, title), each with a short id of your choice, for example order-12.',
    ru: '3. Документы, подтверждающие ответы, перечислите на листе «{documents}» (вид, номер, дата, название), каждому дайте короткий идентификатор, например order-12.',
    kk: '3. Жауаптарды растайтын құжаттарды «{documents}» парағында тізіп шығыңыз (түрі, нөмірі, күні, атауы), әрқайсысына қысқа идентификатор беріңіз, мысалы order-12.',
  },
  howTo4: {
    en: '4. In the column «{evidence}», give the ids of those documents, separated by commas, or write the document itself: its type, number and date, or a link.',
    ru: '4. В столбце «{evidence}» укажите идентификаторы этих документов через запятую или запишите сам документ: его вид, номер и дату либо ссылку.',
    kk: '4. «{evidence}» бағанында сол құжаттардың идентификаторларын үтір арқылы көрсетіңіз немесе құжаттың өзін жазыңыз: түрін, нөмірі мен күнін не сілтемесін.',
  },
  howTo5: {
    en: '5. Do not rename or move the sheets\' hidden second rows: they tell the tool which column is which. Save as .xlsx and send the file back.',
    ru: '5. Не изменяйте скрытые вторые строки листов: по ним программа узнаёт столбцы. Сохраните файл в формате .xlsx и отправьте его обратно.',
    kk: '5. Парақтардың жасырын екінші жолдарын өзгертпеңіз: бағдарлама бағандарды солар арқылы таниды. Файлды .xlsx пішімінде сақтап, кері жіберіңіз.',
  },

  // The answers sheet
  colId: { en: 'Id', ru: 'Идентификатор', kk: 'Идентификатор' },
  colSection: { en: 'Section', ru: 'Раздел', kk: 'Бөлім' },
  colQuestion: { en: 'Question', ru: 'Вопрос', kk: 'Сұрақ' },
  colAnswer: { en: 'Answer', ru: 'Ответ', kk: 'Жауап' },
  colEvidence: { en: 'Supporting document', ru: 'Подтверждающий документ', kk: 'Растайтын құжат' },
  colComment: { en: 'Comment', ru: 'Комментарий', kk: 'Түсініктеме' },
  expects: { en: 'Supporting document: {text}', ru: 'Подтверждающий документ: {text}', kk: 'Растайтын құжат: {text}' },
  onlyWhen: {
    en: 'Only when the answer to the gate «{question}» is: {options}',
    ru: 'Только если на вопрос-фильтр «{question}» дан ответ: {options}',
    kk: 'Тек «{question}» (сүзгі сұрақ) жауабы мынадай болса: {options}',
  },
  notApplicable: { en: 'Not applicable: {text}', ru: 'Неприменимо: {text}', kk: 'Қолданылмайды: {text}' },

  // The register sheet
  colDocId: { en: 'Document id', ru: 'Идентификатор документа', kk: 'Құжат идентификаторы' },
  colType: { en: 'Type', ru: 'Вид документа', kk: 'Құжат түрі' },
  colNumber: { en: 'Number', ru: 'Номер', kk: 'Нөмірі' },
  colDate: { en: 'Date (YYYY-MM-DD)', ru: 'Дата (ГГГГ-ММ-ДД)', kk: 'Күні (ЖЖЖЖ-АА-КК)' },
  colTitle: { en: 'Title', ru: 'Название', kk: 'Атауы' },
  colIssuer: { en: 'Issued by', ru: 'Кем издан', kk: 'Кім шығарған' },
  colLink: { en: 'Link', ru: 'Ссылка', kk: 'Сілтеме' },

  // Why a workbook is refused
  zipNotZip: {
    en: 'not an Excel workbook (.xlsx): the file is not a zip archive',
    ru: 'это не книга Excel (.xlsx): файл не является zip-архивом',
    kk: 'бұл Excel кітабы (.xlsx) емес: файл zip мұрағаты емес',
  },
  zipBomb: {
    en: 'the workbook unpacks to more than {limit}; refused without unpacking it (a zip bomb or not an answer sheet)',
    ru: 'книга распаковывается более чем в {limit}; отклонена без распаковки (zip-бомба или не лист ответов)',
    kk: 'кітап {limit} шамасынан көп көлемге ашылады; ашылмай қабылданбады (zip-бомба немесе жауап парағы емес)',
  },
  zipEncrypted: {
    en: 'the workbook is protected with a password; save it without one',
    ru: 'книга защищена паролем; сохраните её без пароля',
    kk: 'кітап құпиясөзбен қорғалған; оны құпиясөзсіз сақтаңыз',
  },
  zipUnsupported: {
    en: 'the workbook uses a zip feature this tool does not read (zip64 or an unknown compression); save it again from Excel or LibreOffice',
    ru: 'книга использует возможность zip, которую программа не читает (zip64 или неизвестное сжатие); пересохраните её в Excel или LibreOffice',
    kk: 'кітапта бағдарлама оқымайтын zip мүмкіндігі қолданылған (zip64 немесе белгісіз сығу); оны Excel немесе LibreOffice арқылы қайта сақтаңыз',
  },
  zipCorrupt: {
    en: 'the workbook is damaged (its zip archive does not check out); save it again from Excel or LibreOffice',
    ru: 'книга повреждена (её zip-архив не проходит проверку); пересохраните её в Excel или LibreOffice',
    kk: 'кітап зақымдалған (оның zip мұрағаты тексеруден өтпейді); оны Excel немесе LibreOffice арқылы қайта сақтаңыз',
  },
  zipTooManyEntries: {
    en: 'the workbook holds more than {limit} parts; an answer sheet has about a dozen',
    ru: 'книга содержит более {limit} частей; в листе ответов их около дюжины',
    kk: 'кітапта {limit} бөліктен көп бар; жауап парағында олар он шақты ғана',
  },
  xmlDoctype: {
    en: 'the workbook\'s XML declares a document type (entities); refused, as no spreadsheet program writes one',
    ru: 'XML книги объявляет тип документа (сущности); отклонено: табличные программы такого не пишут',
    kk: 'кітаптың XML-і құжат түрін (мәнді нысандарды) жариялайды; қабылданбады: кесте бағдарламалары мұны жазбайды',
  },
  xmlMalformed: {
    en: 'the workbook\'s XML is malformed; save it again from Excel or LibreOffice',
    ru: 'XML книги повреждён; пересохраните её в Excel или LibreOffice',
    kk: 'кітаптың XML-і бұзылған; оны Excel немесе LibreOffice арқылы қайта сақтаңыз',
  },
  xmlTooLarge: {
    en: 'the workbook\'s XML is nested too deep or has too many elements for an answer sheet',
    ru: 'XML книги слишком глубоко вложен или содержит слишком много элементов для листа ответов',
    kk: 'кітаптың XML-і тым терең немесе жауап парағы үшін элементтері тым көп',
  },
  workbookNotXlsx: {
    en: 'not an Excel workbook (.xlsx): the zip archive has no workbook in it',
    ru: 'это не книга Excel (.xlsx): в zip-архиве нет книги',
    kk: 'бұл Excel кітабы (.xlsx) емес: zip мұрағатында кітап жоқ',
  },
  workbookExternalLinks: {
    en: 'the workbook links to other workbooks or files; refused, as their values would be read as if they were this body\'s answers. Remove the links (Data → Edit Links → Break Link) and save again',
    ru: 'книга ссылается на другие книги или файлы; отклонена, так как их значения были бы прочитаны как ответы этого органа. Удалите связи (Данные → Изменить связи → Разорвать связь) и сохраните снова',
    kk: 'кітап басқа кітаптарға немесе файлдарға сілтейді; қабылданбады, өйткені олардың мәндері осы органның жауаптары ретінде оқылар еді. Байланыстарды үзіп (Деректер → Байланыстарды өзгерту → Байланысты үзу), қайта сақтаңыз',
  },
  sheetTooMany: {
    en: 'the workbook has more than {limit} sheets; an answer sheet has four',
    ru: 'в книге более {limit} листов; в листе ответов их четыре',
    kk: 'кітапта {limit} парақтан көп; жауап парағында төртеу ғана',
  },
  sheetTooLarge: {
    en: 'the sheet «{sheet}» has more than {rows} {rows:row|rows} or {cells} filled {cells:cell|cells}; an answer sheet has one row per question',
    ru: 'лист «{sheet}» превышает предел: строк — {rows}, заполненных ячеек — {cells}; в листе ответов по строке на вопрос',
    kk: '«{sheet}» парағында {rows} жолдан немесе {cells} толтырылған ұяшықтан көп; жауап парағында әр сұраққа бір жол',
  },
  noAnswersSheet: {
    en: 'no sheet of answers found: no sheet has the keys id and answer in its hidden second row (is this a workbook made by readiness template --format xlsx?)',
    ru: 'лист ответов не найден: ни на одном листе нет ключей id и answer во второй (скрытой) строке (создана ли книга командой readiness template --format xlsx?)',
    kk: 'жауаптар парағы табылмады: бірде-бір парақтың жасырын екінші жолында id және answer кілттері жоқ (кітап readiness template --format xlsx арқылы жасалған ба?)',
  },
  duplicateRow: {
    en: '«{id}» is given twice: first at {first}',
    ru: '«{id}» указан дважды: впервые в {first}',
    kk: '«{id}» екі рет көрсетілген: алғаш рет {first} ұяшығында',
  },
  unknownLabel: {
    en: 'the answer «{answer}» is not one of this question\'s options; choose one from the cell\'s list: {options}',
    ru: 'ответ «{answer}» не является вариантом этого вопроса; выберите вариант из списка в ячейке: {options}',
    kk: '«{answer}» жауабы бұл сұрақтың жауап нұсқаларының бірі емес; ұяшықтағы тізімнен таңдаңыз: {options}',
  },
  diffSkipsWorkbook: {
    en: 'skipped: diff reads answer files in YAML or JSON; merge the workbook into one first (readiness merge <workbook> --out <file>.yaml)',
    ru: 'пропущен: diff читает файлы ответов в YAML или JSON; сначала объедините книгу в такой файл (readiness merge <книга> --out <файл>.yaml)',
    kk: 'өткізіп жіберілді: diff YAML немесе JSON жауап файлдарын оқиды; алдымен кітапты сондай файлға біріктіріңіз (readiness merge <кітап> --out <файл>.yaml)',
  },
  assessNotWorkbook: {
    en: '--answers {file}: the interview saves a YAML or JSON answer file, not a workbook; a workbook is filled in Excel and read by score, merge and compare',
    ru: '--answers {file}: опрос сохраняет файл ответов YAML или JSON, а не книгу; книгу заполняют в Excel, её читают score, merge и compare',
    kk: '--answers {file}: сауалнама кітапты емес, YAML немесе JSON жауап файлын сақтайды; кітап Excel-де толтырылады, оны score, merge және compare оқиды',
  },
  xlsxNeedsOut: {
    en: '--format xlsx writes a workbook, not text: give the file with --out',
    ru: '--format xlsx записывает книгу, а не текст: укажите файл в --out',
    kk: '--format xlsx мәтін емес, кітап жазады: файлды --out арқылы көрсетіңіз',
  },
} as const satisfies Namespace;
