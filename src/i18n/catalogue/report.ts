import type { Namespace } from './entry.js';
import { states } from './states.js';

/** The report renderers' own words (headings, column names, explanations). Texts from the rubric arrive in the Report already in its language; these are the rest. */
export const report = {
  // Title and respondent
  title: { ru: 'Готовность к внедрению ИИ: {org}', kk: 'ЖИ-ді енгізуге дайындық: {org}', en: 'AI readiness: {org}' },
  unit: { ru: 'Подразделение', kk: 'Құрылымдық бөлімше', en: 'Unit' },
  respondent: { ru: 'Респондент', kk: 'Респондент', en: 'Respondent' },
  assessmentDate: { ru: 'Дата оценки', kk: 'Бағалау күні', en: 'Assessment date' },
  bodyType: { ru: 'Тип органа', kk: 'Орган түрі', en: 'Type of body' },
  region: { ru: 'Регион', kk: 'Өңір', en: 'Region' },
  rubric: { ru: 'Методика', kk: 'Әдістеме', en: 'Rubric' },
  answersMadeWith: {
    ru: 'ответы заполнены по версии {version}',
    kk: 'жауаптар {version} нұсқасы бойынша толтырылған',
    en: 'answers made with version {version}',
  },
  tool: { ru: 'Инструмент', kk: 'Құрал', en: 'Tool' },

  // Overall
  overall: { ru: 'Общий уровень', kk: 'Жалпы деңгей', en: 'Overall level' },
  level: { ru: 'Уровень', kk: 'Деңгей', en: 'Level' },
  score: { ru: 'Балл', kk: 'Ұпай', en: 'Score' },
  scoreOf100: { ru: '{score} из 100', kk: '100 ұпайдан {score}', en: '{score} of 100' },
  coverage: { ru: 'Охват', kk: 'Қамту', en: 'Coverage' },
  answeredOf: {
    ru: 'отвечено {answered} из {total} {total:вопроса|вопросов|вопросов}',
    kk: '{total} сұрақтың {answered} сұрағына жауап берілді',
    en: '{answered} of {total} {total:question|questions} answered',
  },
  overallNotAssessed: {
    ru: 'Не оценено: нет ни одного ответа.',
    kk: 'Бағаланбады: бірде-бір жауап жоқ.',
    en: 'Not assessed: no question is answered.',
  },
  notAssessed: { ru: 'не оценено', kk: 'бағаланбады', en: 'not assessed' },
  noAnswer: { ru: 'нет ответа', kk: 'жауап жоқ', en: 'no answer' },
  nextLevel: {
    ru: 'Следующий уровень: {level} (от {min}), до него не хватает {points} {points:балла|баллов|баллов|балла}.',
    kk: 'Келесі деңгей: {level} ({min} ұпайдан бастап), {points} ұпай жетпейді.',
    en: 'Next level: {level} (from {min} {min:point|points}), {points} {points:point|points} to go.',
  },
  fewestChanges: {
    ru: 'Меры, которые позволят его достичь (каждая: обеспечить положение дел и подтвердить его документом):',
    kk: 'Бұл деңгейге жеткізетін шаралар (әрқайсысы: жағдайды қамтамасыз етіп, оны құжатпен растау):',
    en: 'The measures that would reach it (each: put the state in place and document it):',
  },
  unreachable: {
    ru: 'Даже если все отвеченные вопросы довести до лучшего варианта, этот уровень не достигается; ответы на оставшиеся вопросы могут это изменить.',
    kk: 'Жауап берілген барлық сұрақтар ең жақсы жауап нұсқасына жеткізілсе де, бұл деңгейге қол жеткізілмейді; қалған сұрақтарға берілген жауаптар мұны өзгертуі мүмкін.',
    en: 'Even with every answered question at its best option this level is out of reach; answering the remaining questions may change that.',
  },
  incomplete: {
    ru: 'Уровня нет (оценка не завершена).',
    kk: 'Деңгей жоқ (бағалау аяқталмаған).',
    en: 'No level (assessment incomplete).',
  },
  incompleteWhy: {
    ru: 'Отвечено {answered} из {applicable} {applicable:применимого вопроса|применимых вопросов|применимых вопросов} ({coverage}); методика требует не менее {min} ({required} {required:ответ|ответа|ответов}). Ответьте ещё на {missing} {missing:вопрос|вопроса|вопросов}: они перечислены в разделе «Вопросы без ответа».',
    kk: '{applicable} қолданылатын сұрақтың {answered} сұрағына жауап берілді ({coverage}); әдістеме кемінде {min} талап етеді ({required} жауап). Тағы {missing} сұраққа жауап беріңіз: олар «Жауапсыз сұрақтар» бөлімінде берілген.',
    en: '{answered} of {applicable} applicable {applicable:question|questions} answered ({coverage}); the method asks for at least {min} ({required} {required:answer|answers}). Answer {missing} more: they are listed under “Unanswered questions”.',
  },
  scoreSoFar: {
    ru: 'Балл на сегодня: {score} из 100 (вопросы без ответа засчитываются как 0 баллов).',
    kk: 'Қазіргі ұпай: 100 ұпайдан {score} (жауапсыз сұрақтар 0 ретінде есептеледі).',
    en: 'Score so far: {score} of 100 (questions without an answer count as 0).',
  },
  applicableOf: {
    ru: 'отвечено {answered} из {applicable} {applicable:применимого вопроса|применимых вопросов|применимых вопросов}',
    kk: '{applicable} қолданылатын сұрақтың {answered} сұрағына жауап берілді',
    en: '{answered} of {applicable} applicable {applicable:question|questions} answered',
  },
  answeredScoreNote: {
    ru: 'Балл только по отвеченным вопросам: {score} (для сведения; уровень определяется общим баллом).',
    kk: 'Тек жауап берілген сұрақтар бойынша ұпай: {score} (мәлімет үшін; деңгей жалпы ұпай бойынша анықталады).',
    en: 'Score over answered questions only: {score} (for information; the level follows the overall score).',
  },
  cappedBy: {
    ru: 'Если судить только по общему баллу, уровень был бы «{uncapped}», но его ограничивает самая слабая рекомендация: «{title}» ({score}, уровень «{level}»). Уровень органа может превышать её уровень не более чем на {n} {n:ступень|ступени|ступеней}.',
    kk: 'Ұпай бойынша ғана деңгей «{uncapped}» болар еді, бірақ оны ең әлсіз ұсыным шектейді: «{title}» ({score}, деңгейі «{level}»). Органның деңгейі ең әлсіз ұсынымның деңгейінен {n} деңгейден артық жоғары бола алмайды.',
    en: 'The score alone would reach “{uncapped}”, but the weakest recommendation holds the level down: “{title}” ({score}, level “{level}”). The body’s level may stand at most {n} {n:level|levels} above it.',
  },
  cappedByModule: {
    ru: 'По одному баллу уровень был бы «{uncapped}», но его ограничивает модуль «{title}» (вопросы, которые открывает этот вопрос): {score}, уровень «{level}». Уровень органа не может быть выше его уровня более чем на {n}.',
    kk: 'Ұпай бойынша ғана деңгей «{uncapped}» болар еді, бірақ оны «{title}» модулі (осы сұрақ ашатын сұрақтар) шектейді: {score}, деңгейі «{level}». Органның деңгейі оның деңгейінен {n} деңгейден артық жоғары бола алмайды.',
    en: 'The score alone would reach “{uncapped}”, but the module “{title}” (the questions this question opens) holds the level down: {score}, level “{level}”. The body’s level may stand at most {n} above it.',
  },
  unsupportedCount: {
    ru: 'Ответов без подтверждающего документа: {count} (см. раздел «Ответы без подтверждения»).',
    kk: 'Растайтын құжаты жоқ жауаптар: {count} («Расталмаған жауаптар» бөлімін қараңыз).',
    en: 'Answers without a supporting document: {count} (see “Claims without evidence”).',
  },
  unsupportedTitle: { ru: 'Ответы без подтверждения', kk: 'Расталмаған жауаптар', en: 'Claims without evidence' },
  unsupportedFlagNote: {
    ru: 'Эти ответы заявляют меру (или неприменимость вопроса), но указанное подтверждение не называет документ: нужна запись перечня `documents` с типом, номером или названием и датой, ссылка на документ с его видом, номером и датой или веб-ссылка. Для каждого ответа указана причина. Они учтены по выбранному варианту; неприменимость без обоснования не учтена.',
    kk: 'Бұл жауаптар шараны (немесе сұрақтың қолданылмайтынын) мәлімдейді, бірақ көрсетілген растау құжатты атамайды: түрі, нөмірі немесе атауы және күні бар `documents` тізбесінің жазбасы, түрі, нөмірі мен күні бар құжатқа сілтеме немесе веб-сілтеме қажет. Әр жауаптың себебі көрсетілген. Олар таңдалғандай есептелді; негіздемесіз қолданылмайды деген жауап есептелмеді.',
    en: 'These answers claim a measure (or that a question does not apply), but the evidence given names no document: a `documents` entry with a type, a number or title and a date, a reference with the document’s type, number and date, or a link is needed. Each says why. They are counted as chosen; an unsupported “not applicable” is not counted.',
  },
  unsupportedDowngradeNote: {
    ru: 'Эти ответы заявляют меру (или неприменимость вопроса), но указанное подтверждение не называет документ: нужна запись перечня `documents` с типом, номером или названием и датой, ссылка на документ с его видом, номером и датой или веб-ссылка. Для каждого ответа указана причина. По методике они учтены как лучший вариант ниже порога подтверждения; неприменимость без обоснования не учтена.',
    kk: 'Бұл жауаптар шараны (немесе сұрақтың қолданылмайтынын) мәлімдейді, бірақ көрсетілген растау құжатты атамайды: түрі, нөмірі немесе атауы және күні бар `documents` тізбесінің жазбасы, түрі, нөмірі мен күні бар құжатқа сілтеме немесе веб-сілтеме қажет. Әр жауаптың себебі көрсетілген. Әдістеме бойынша олар растаудың шекті мәнінен төмен ең жақсы жауап нұсқасы ретінде есептелді; негіздемесіз қолданылмайды деген жауап есептелмеді.',
    en: 'These answers claim a measure (or that a question does not apply), but the evidence given names no document: a `documents` entry with a type, a number or title and a date, a reference with the document’s type, number and date, or a link is needed. Each says why. By the method they count as the best option below the evidence threshold; an unsupported “not applicable” is not counted.',
  },
  unsupportedReason: { ru: 'причина: {reason}', kk: 'себебі: {reason}', en: 'why: {reason}' },
  givenEvidence: { ru: 'Указано', kk: 'Көрсетілгені', en: 'Given' },
  flagsTitle: { ru: 'Отметки для проверяющего', kk: 'Тексерушіге арналған белгілер', en: 'Flags for the auditor' },
  flagsNote: {
    ru: 'Отметки не меняют балл: они говорят проверяющему, с чего начать проверку документов.',
    kk: 'Белгілер ұпайды өзгертпейді: олар тексерушіге құжаттарды тексеруді неден бастау керектігін көрсетеді.',
    en: 'Flags do not change the score: they tell an auditor which documents to check first.',
  },
  flagsCount: {
    ru: 'Отметок для проверяющего: {count} (см. раздел «Отметки для проверяющего»).',
    kk: 'Тексерушіге арналған белгілер: {count} («Тексерушіге арналған белгілер» бөлімін қараңыз).',
    en: 'Flags for the auditor: {count} (see “Flags for the auditor”).',
  },
  contradictsAnswer: {
    ru: 'противоречит ответу на вопрос «{text}» ({id}); ответ вопроса-фильтра, который ему противоречит, не исключает вопросы модуля',
    kk: '«{text}» ({id}) сұрағының жауабына қайшы; оған қайшы келетін сүзгі сұрақтың жауабы модуль сұрақтарын алып тастамайды',
    en: 'contradicts the answer to “{text}” ({id}); a gate answer it contradicts takes no questions out',
  },
  modulesTitle: { ru: 'Модули', kk: 'Модульдер', en: 'Modules' },
  modulesNote: {
    ru: 'Модуль: вопросы, которые открывает один вопрос-фильтр. Пока модуль применяется, он ограничивает общий уровень так же, как рекомендация.',
    kk: 'Модуль: бір сүзгі сұрақ ашатын сұрақтар. Модуль қолданылып тұрғанда ол жалпы деңгейді ұсыным сияқты шектейді.',
    en: 'A module: the questions one gate question opens. While it applies, it caps the overall level as a recommendation does.',
  },
  moduleRow: { ru: '{title} ({id}): {score}, уровень «{level}»', kk: '{title} ({id}): {score}, деңгейі «{level}»', en: '{title} ({id}): {score}, level “{level}”' },
  countedAs: { ru: 'учтено как', kk: 'есептелгені', en: 'counted as' },
  expectedEvidence: { ru: 'Подтверждающий документ', kk: 'Растайтын құжат', en: 'Supporting document' },
  notApplicableTitle: { ru: 'Неприменимые вопросы', kk: 'Қолданылмайтын сұрақтар', en: 'Questions that do not apply' },
  notApplicableNote: {
    ru: 'Не входят ни в баллы, ни в охват.',
    kk: 'Ұпайларға да, қамтуға да кірмейді.',
    en: 'They count in neither the scores nor the coverage.',
  },
  declaredNa: {
    ru: 'заявлено «неприменимо» ({label}); обоснование: {justification}',
    kk: '«қолданылмайды» деп көрсетілді ({label}); негіздеме: {justification}',
    en: 'declared not applicable ({label}); justification: {justification}',
  },
  gatedBy: {
    ru: 'не применяется, так как на вопрос «{gate}» дан ответ «{answer}»',
    kk: '«{gate}» сұрағына «{answer}» деп жауап берілгендіктен қолданылмайды',
    en: 'does not apply, as “{gate}” is answered “{answer}”',
  },
  statusUnanswered: { ru: 'нет ответа (0)', kk: 'жауап жоқ (0)', en: 'no answer (0)' },
  statusNa: { ru: 'неприменимо', kk: 'қолданылмайды деп көрсетілген', en: 'not applicable' },
  statusGated: { ru: 'не применяется', kk: 'қолданылмайды (сүзгі сұрақ бойынша)', en: 'does not apply' },
  evidenceTitle: { ru: 'Подтверждающие документы', kk: 'Растайтын құжаттар', en: 'Evidence' },
  noEvidenceMark: { ru: 'без документа', kk: 'құжатсыз', en: 'no document' },
  nextLevelCapped: {
    ru: 'Следующий уровень: {level}. Общий балл его уже достигает; уровень удерживает самая слабая рекомендация, начните с неё.',
    kk: 'Келесі деңгей: {level}. Жалпы ұпай оған жетеді, бірақ деңгейді ең әлсіз ұсыным ұстап тұр; жұмысты содан бастаңыз.',
    en: 'Next level: {level}. The overall score already reaches it; the weakest recommendation holds the level down, so start there.',
  },
  declaredNote: {
    ru: 'Это самооценка: уровень заявлен органом. Подтверждённый уровень даёт проверка аудитором выборки ответов по их документам (readiness audit sample, затем score --audit).',
    kk: 'Бұл — өзін-өзі бағалау: деңгейді органның өзі мәлімдеген. Расталған деңгейді аудитордың жауаптар іріктемесін құжаттары бойынша тексеруі береді (readiness audit sample, содан кейін score --audit).',
    en: 'This is a self-assessment: the body declares this level. An auditor checking a sample of its answers against their documents gives the verified level (readiness audit sample, then score --audit).',
  },
  topLevel: { ru: 'Достигнут высший уровень.', kk: 'Ең жоғары деңгейге қол жеткізілді.', en: 'The highest level is reached.' },
  change: { ru: 'сейчас: {from}; обеспечить: {to}', kk: 'қазір: {from}; қамтамасыз ету: {to}', en: 'now: {from}; to put in place: {to}' },

  // Recommendations
  recommendations: { ru: 'Рекомендации', kk: 'Ұсынымдар', en: 'Recommendations' },
  recommendation: { ru: 'Рекомендация', kk: 'Ұсыным', en: 'Recommendation' },
  gap: { ru: 'Разрыв', kk: 'Алшақтық', en: 'Gap' },
  answered: { ru: 'Отвечено', kk: 'Жауап берілгені', en: 'Answered' },
  recommendationsNote: {
    ru: 'Разрыв = 100 − балл рекомендации.',
    kk: 'Алшақтық = 100 − ұсыным ұпайы.',
    en: 'Gap = 100 − the recommendation score.',
  },

  // Gaps and next actions
  gaps: { ru: 'Разрывы (по убыванию прироста)', kk: 'Алшақтықтар (өсім бойынша кему ретімен)', en: 'Gaps ranked by gain' },
  gapsNote: {
    ru: 'Применимые вопросы, по которым меры ещё не приняты в полной мере, в том числе оставшиеся без ответа; прирост — на сколько баллов вырастет общий балл при переходе к лучшему варианту ответа.',
    kk: 'Шаралары әлі толық қабылданбаған қолданылатын сұрақтар (жауапсыз қалғандарын қоса); өсім — ең жақсы жауап нұсқасына өткенде жалпы ұпайдың қанша ұпайға артатыны.',
    en: 'Applicable questions not yet fully in place, unanswered ones included; gain is how many points the overall score rises on reaching the best option.',
  },
  noGaps: {
    ru: 'По всем применимым вопросам выбран лучший вариант ответа.',
    kk: 'Қолданылатын барлық сұрақ бойынша ең жақсы жауап нұсқасы таңдалған.',
    en: 'Every applicable question is at its best option.',
  },
  rank: { ru: '№', kk: '№', en: '#' },
  question: { ru: 'Вопрос', kk: 'Сұрақ', en: 'Question' },
  currentAnswer: { ru: 'Текущий ответ', kk: 'Ағымдағы жауап', en: 'Current answer' },
  bestAnswer: { ru: 'Лучший ответ', kk: 'Ең жақсы жауап', en: 'Best answer' },
  gain: { ru: 'Прирост', kk: 'Өсім', en: 'Gain' },
  nextActions: { ru: 'Следующие шаги', kk: 'Келесі қадамдар', en: 'Next actions' },
  nextActionsNote: {
    ru: 'Рекомендации приведены в порядке убывания возможного прироста общего балла.',
    kk: 'Ұсынымдар жалпы ұпайдың ықтимал өсімі бойынша кему ретімен берілген.',
    en: 'By recommendation, from the largest possible gain in the overall score.',
  },
  possibleGain: {
    ru: 'Возможный прирост общего балла: +{gain}',
    kk: 'Жалпы ұпайдың ықтимал өсімі: +{gain}',
    en: 'Possible gain in the overall score: +{gain}',
  },
  examples: { ru: 'Международный опыт', kk: 'Халықаралық тәжірибе', en: 'International experience' },
  topGaps: { ru: 'Главные разрывы', kk: 'Негізгі алшақтықтар', en: 'Top gaps' },

  // Risks and problem areas
  risks: { ru: 'Подверженность риску', kk: 'Тәуекел дәрежесі', en: 'Risk exposure' },
  riskCategory: { ru: 'Категория рисков', kk: 'Тәуекел санаты', en: 'Risk category' },
  exposure: { ru: 'Подверженность риску', kk: 'Тәуекел дәрежесі', en: 'Exposure' },
  risksNote: {
    ru: 'Подверженность риску = 100 − средний балл вопросов категории: чем выше, тем меньше принято мер по снижению риска.',
    kk: 'Тәуекел дәрежесі = 100 − санат сұрақтарының орташа ұпайы: неғұрлым жоғары болса, тәуекелді азайту шаралары соғұрлым аз қабылданған.',
    en: 'Exposure = 100 − the mean score of the category’s questions: the higher, the fewer measures against the risk.',
  },
  problemAreas: { ru: 'Проблемные области', kk: 'Проблемалық салалар', en: 'Problem areas' },
  area: { ru: 'Область', kk: 'Сала', en: 'Area' },
  problemAreasNote: {
    ru: 'Балл области — средневзвешенный балл её вопросов.',
    kk: 'Сала ұпайы — оның сұрақтарының орташа салмақталған ұпайы.',
    en: 'An area’s score is the weighted mean of its questions’ scores.',
  },

  // Unanswered and warnings
  unanswered: { ru: 'Вопросы без ответа', kk: 'Жауапсыз сұрақтар', en: 'Unanswered questions' },
  unansweredNote: {
    ru: 'Применимые вопросы без ответа считаются в баллах как 0 (что не показано, то не сделано) и снижают охват.',
    kk: 'Жауапсыз қолданылатын сұрақтар ұпайларда 0 ретінде есептеледі (көрсетілмеген нәрсе жасалмаған болып саналады) және қамтуды төмендетеді.',
    en: 'Applicable questions without an answer count as 0 in the scores (what is not shown is not in place) and lower the coverage.',
  },
  allAnswered: { ru: 'Ответы даны на все применимые вопросы.', kk: 'Қолданылатын барлық сұрақтарға жауап берілді.', en: 'Every applicable question is answered.' },
  warnings: { ru: 'Предупреждения', kk: 'Ескертулер', en: 'Warnings' },

  // Trace
  trace: { ru: 'Расчёт баллов', kk: 'Ұпайларды есептеу', en: 'How each score is computed' },
  traceNote: {
    ru: 'Балл рекомендации = 100 × Σ(вес × балл варианта) / Σ весов применимых вопросов; вопрос без ответа даёт 0, неприменимый вопрос не учитывается. Вклад вопроса = 100 × вес × балл варианта / Σ весов применимых вопросов; вклады в сумме дают балл рекомендации.',
    kk: 'Ұсыным ұпайы = 100 × Σ(салмақ × жауап нұсқасының ұпайы) / қолданылатын сұрақтар салмақтарының Σ; жауапсыз сұрақ 0 береді, қолданылмайтын сұрақ есептелмейді. Сұрақтың үлесі = 100 × салмақ × жауап нұсқасының ұпайы / қолданылатын сұрақтар салмақтарының Σ; үлестердің қосындысы ұсыным ұпайын береді.',
    en: 'Recommendation score = 100 × Σ(weight × option score) / Σ weights of the applicable questions; an unanswered question gives 0, one that does not apply does not count. A question’s contribution = 100 × weight × option score / Σ weights of the applicable questions; the contributions add up to the recommendation score.',
  },
  overallFormula: {
    ru: 'Общий балл = средневзвешенное значение баллов оценённых рекомендаций (веса рекомендаций; расчёт по неокруглённым значениям):',
    kk: 'Жалпы ұпай = бағаланған ұсынымдар ұпайларының орташа салмақталған мәні (ұсынымдар салмақтары; дөңгелектелмеген мәндер бойынша есептеледі):',
    en: 'Overall score = weighted mean of the assessed recommendations’ scores (recommendation weights; computed before rounding):',
  },
  levelRule: {
    ru: 'Уровень определяется по общему баллу, округлённому до одного знака после запятой: {levels}.',
    kk: 'Деңгей ондық үлеске дейін (үтірден кейін бір таңбаға дейін) дөңгелектелген жалпы ұпай бойынша анықталады: {levels}.',
    en: 'The level follows the overall score rounded to one decimal: {levels}.',
  },
  coverageRule: {
    ru: 'Уровень присваивается, только если отвечено не менее {min} применимых вопросов.',
    kk: 'Деңгей қолданылатын сұрақтардың кемінде {min} бөлігіне жауап берілгенде ғана беріледі.',
    en: 'A level is given only when at least {min} of the applicable questions are answered.',
  },
  weakestLinkRule: {
    ru: 'Уровень органа может превышать уровень самой слабой рекомендации не более чем на {n} {n:ступень|ступени|ступеней}.',
    kk: 'Органның деңгейі ең әлсіз ұсынымның деңгейінен {n} деңгейден артық жоғары болмайды.',
    en: 'The body’s level stands at most {n} {n:level|levels} above the level of its weakest recommendation.',
  },
  evidenceRule: {
    ru: 'Ответ с баллом варианта от {from} требует документа в разделе `evidence`; без него он {what}.',
    kk: 'Жауап нұсқасының ұпайы {from} немесе одан жоғары болса, жауап `evidence` бөлімінде құжатты талап етеді; онсыз ол {what}.',
    en: 'An answer whose option scores {from} or more needs a document under `evidence`; without one it is {what}.',
  },
  evidenceFlagged: { ru: 'учитывается по выбранному варианту, но отмечается', kk: 'таңдалғандай есептеледі, бірақ белгіленеді', en: 'counted as chosen and flagged' },
  evidenceDowngraded: {
    ru: 'учитывается как лучший вариант ниже порога',
    kk: 'шекті мәннен төмен ең жақсы жауап нұсқасы ретінде есептеледі',
    en: 'counted as the best option below the threshold',
  },
  levelFrom: { ru: '{label} — от {min}', kk: '{label} — {min} ұпайдан', en: '{label} from {min}' },
  answeredWeight: {
    ru: 'Σ весов применимых вопросов = {weight}; отвечено {answered} из {applicable} {applicable:применимого|применимых|применимых} (всего вопросов: {total}).',
    kk: 'Қолданылатын сұрақтар салмақтарының Σ = {weight}; {applicable} қолданылатын сұрақтың {answered} сұрағына жауап берілді (барлығы {total} сұрақ).',
    en: 'Σ weights of the applicable questions = {weight}; {answered} of {applicable} applicable answered ({total} {total:question|questions} in all).',
  },
  answer: { ru: 'Ответ', kk: 'Жауап', en: 'Answer' },
  optionScore: { ru: 'Балл варианта', kk: 'Жауап нұсқасының ұпайы', en: 'Option score' },
  weight: { ru: 'Вес', kk: 'Салмақ', en: 'Weight' },
  contribution: { ru: 'Вклад', kk: 'Үлес', en: 'Contribution' },
  comments: { ru: 'Комментарии', kk: 'Түсініктемелер', en: 'Comments' },
  sum: { ru: 'Итого', kk: 'Барлығы', en: 'Total' },

  // Charts (HTML): titles, descriptions and marks
  chartRecommendations: {
    ru: 'Баллы шести рекомендаций и пороги уровней',
    kk: 'Алты ұсынымның ұпайлары және деңгейлердің шекті мәндері',
    en: 'The six recommendations’ scores against the level thresholds',
  },
  chartRisks: { ru: 'Подверженность риску по категориям', kk: 'Санаттар бойынша тәуекел дәрежесі', en: 'Risk exposure by category' },
  chartAreas: { ru: 'Баллы проблемных областей', kk: 'Проблемалық салалардың ұпайлары', en: 'Problem area scores' },
  chartCoverage: { ru: 'Охват ответами', kk: 'Жауаптармен қамту', en: 'Answer coverage' },
  chartBarsDesc: {
    ru: 'Горизонтальные столбцы от 0 до 100. {items}.',
    kk: '0-ден 100-ге дейінгі көлденең бағандар. {items}.',
    en: 'Horizontal bars from 0 to 100. {items}.',
  },
  chartBandsDesc: { ru: 'Пороги уровней: {bands}.', kk: 'Деңгейлердің шекті мәндері: {bands}.', en: 'Level thresholds: {bands}.' },
  chartCoverageDesc: {
    ru: 'Отвечено {answered} из {applicable} {applicable:применимого вопроса|применимых вопросов|применимых вопросов} ({coverage}); минимум для присвоения уровня — {min}.',
    kk: '{applicable} қолданылатын сұрақтың {answered} сұрағына жауап берілді ({coverage}); деңгей беру үшін ең аз қамту — {min}.',
    en: '{answered} of {applicable} applicable {applicable:question|questions} answered ({coverage}); a level needs at least {min}.',
  },
  floor: { ru: 'минимум {min}', kk: 'ең аз қамту: {min}', en: 'floor {min}' },
  weakestLinkMark: { ru: 'слабое звено: ограничивает уровень', kk: 'әлсіз буын: деңгейді шектейді', en: 'weakest link: holds the level down' },
  tableOfChart: { ru: 'Те же данные в таблице', kk: 'Сол деректер кестеде', en: 'The same figures as a table' },
  statusComplete: { ru: 'Оценка завершена', kk: 'Бағалау аяқталды', en: 'Assessment complete' },
  statusIncomplete: { ru: 'Оценка не завершена', kk: 'Бағалау аяқталмаған', en: 'Assessment incomplete' },
  noLevelYet: states.noLevelHeading,
  naCount: {
    ru: 'Неприменимых вопросов: {count} (не входят ни в баллы, ни в охват; см. раздел «Неприменимые вопросы»).',
    kk: 'Қолданылмайтын сұрақтар: {count} (ұпайларға да, қамтуға да кірмейді; «Қолданылмайтын сұрақтар» бөлімін қараңыз).',
    en: 'Questions that do not apply: {count} (they count in neither the scores nor the coverage; see “Questions that do not apply”).',
  },
  signals: { ru: 'Ограничения и отметки методики', kk: 'Әдістеме шектеулері мен белгілері', en: 'Limits and flags of the method' },
  noSignals: {
    ru: 'Нет ограничений: уровень определён по баллу, все заявленные меры подтверждены документами.',
    kk: 'Шектеулер жоқ: деңгей ұпай бойынша анықталды, мәлімделген барлық шаралар құжаттармен расталған.',
    en: 'Nothing holds the result back: the level follows the score, and every claimed measure names its document.',
  },
  page: { ru: 'стр.', kk: 'бет', en: 'page' },
} as const satisfies Namespace;

/** The header of the auditor's CSV summary (src/report/render-csv.ts). */
export const reportCsv = {
  file: { en: 'File', ru: 'Файл', kk: 'Файл' },
  organization: { en: 'Organization', ru: 'Орган', kk: 'Орган' },
  overall: { en: 'Overall score', ru: 'Общий балл', kk: 'Жалпы ұпай' },
  answeredScore: {
    en: 'Score over answered questions',
    ru: 'Балл по отвеченным вопросам',
    kk: 'Жауап берілген сұрақтар бойынша ұпай',
  },
  unsupported: { en: 'Claims without evidence', ru: 'Ответы без подтверждения', kk: 'Расталмаған жауаптар' },
  flags: { en: 'Flags for the auditor', ru: 'Отметки для проверяющего', kk: 'Тексерушіге арналған белгілер' },
  notApplicable: { en: 'Not applicable', ru: 'Неприменимые вопросы', kk: 'Қолданылмайтын сұрақтар' },
  level: { en: 'Level', ru: 'Уровень', kk: 'Деңгей' },
  coverage: { en: 'Coverage (0–1)', ru: 'Охват (0–1)', kk: 'Қамту (0–1)' },
  recommendation: { en: '{title} ({id})', ru: '{title} ({id})', kk: '{title} ({id})' },
  risk: { en: 'Risk exposure: {title} ({id})', ru: 'Подверженность риску: {title} ({id})', kk: 'Тәуекел дәрежесі: {title} ({id})' },
  status: { en: 'Status (complete/incomplete/error)', ru: 'Код статуса (complete/incomplete/error)', kk: 'Күй коды (complete/incomplete/error)' },
  error: { en: 'Error', ru: 'Ошибка', kk: 'Қате' },
} as const satisfies Namespace;
