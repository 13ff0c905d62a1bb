/**
 * Text that says nothing (SPEC.md "Method", Evidence): no letter or digit, invisible
 * characters only, or a word that says nothing in any of the three languages ("-", «нет»,
 * «жоқ», «см.», "n/a", «есть», «бар», "todo", "yes"…). Pure.
 */

/** Characters that show nothing: zero-width, joiners, marks of direction, soft hyphen, BOM, controls. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]/gu;

/** The text without invisible characters, in NFC, its spaces collapsed. */
export function visibleText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
}

/** The words of a text, lower case, every other character a space (`см.` → `см`, `n/a` → `n a`). */
export function wordsOf(text: string): string[] {
  return visibleText(text)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

// Each entry as `wordsOf` gives it, joined by one space.
const EMPTY_WORDS = new Set(
  [
    // ru
    'нет', 'да', 'есть', 'имеется', 'имеются', 'в наличии', 'имеется в наличии', 'имеются в наличии', 'приложено', 'прилагается',
    'приложен', 'приложены', 'см', 'смотри', 'смотрите', 'см выше', 'см ниже', 'см приложение', 'см файл', 'см вложение', 'выше', 'ниже',
    'нету', 'отсутствует', 'отсутствуют', 'не имеется', 'н а', 'н д', 'нд', 'прочее', 'документ', 'документы', 'подтверждено',
    'подтверждается', 'подтверждаю', 'ок', 'тбд', 'будет', 'будет позже', 'позже', 'потом', 'уточняется', 'в работе', 'в процессе',
    'не знаю', 'неизвестно', 'не указано', 'пусто', 'ничего', 'все', 'всё', 'конечно', 'так точно', 'верно', 'наличие', 'нет данных',
    'согласно документам', 'по документам', 'есть документ', 'документ есть', 'имеется документ', 'приказ есть', 'приказ имеется',
    'предоставим', 'предоставлю', 'будет предоставлено', 'по запросу', 'вложение', 'вложено', 'файл', 'ссылка', 'тест', 'test',
    // kk
    'жоқ', 'бар', 'иә', 'ия', 'иа', 'қараңыз', 'жоғарыда', 'төменде', 'жоғарыда қараңыз', 'қоса беріледі', 'қоса берілді', 'қоса беріліп отыр',
    'құжат', 'құжаттар', 'құжат бар', 'расталды', 'расталады', 'кейін', 'кейінірек', 'белгісіз', 'білмеймін', 'деректер жоқ', 'әрине', 'дұрыс',
    'сұрау бойынша', 'ұсынылады', 'ұсынамыз', 'бұйрық бар', 'тіркелген', 'файл бар', 'сілтеме',
    // en
    'yes', 'no', 'none', 'n a', 'na', 'nil', 'null', 'tbd', 'tba', 'todo', 'to do', 'fixme', 'xxx', 'see above', 'see below', 'see attached',
    'see attachment', 'see file', 'attached', 'enclosed', 'available', 'exists', 'ok', 'okay', 'document', 'documents', 'doc', 'confirmed',
    'pending', 'later', 'unknown', 'not known', 'nothing', 'some', 'all', 'true', 'false', 'done', 'in place', 'on file', 'on request',
    'upon request', 'will provide', 'to be provided', 'link', 'file', 'evidence', 'proof', 'see', 'ibid', 'same', 'same as above', 'as above',
    'etc', 'lorem ipsum', 'abc', 'asdf', 'qwerty', 'x', 'y', 'n', 'й', 'ы',
  ],
);

/** Whether a text is a placeholder: nothing visible, no letter or digit, or a word that says nothing. */
export function isPlaceholder(text: string): boolean {
  const words = wordsOf(text);
  if (words.length === 0) return true;
  const joined = words.join(' ');
  if (EMPTY_WORDS.has(joined)) return true;
  // One character over and over ("xxx", "000", "ааа"), or one word repeated ("нет нет").
  if (/^(.)\1*$/u.test(words.join(''))) return true;
  if (words.length > 1 && words.every((w) => w === words[0]) && EMPTY_WORDS.has(words[0]!)) return true;
  return false;
}

/**
 * Whether a justification is a sentence of substance (an `n/a`'s reason in `comments`): not
 * a placeholder, at least three words of two or more letters, fifteen letters in all, and
 * not one word repeated.
 */
export function isSubstantive(text: string): boolean {
  if (isPlaceholder(text)) return false;
  const words = wordsOf(text).filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length < 3 || new Set(words).size < 2) return false;
  const letters = words.join('').replace(/[^\p{L}]/gu, '').length;
  return letters >= 15;
}
