/**
 * An option label as a clause inside a sentence ("now: {from}; to put in place: {to}"): its
 * final full stop dropped, so the sentence reads "Not started; to put in place: …", never
 * "Not started.; …". Other final marks (an ellipsis, a closing quote) are kept.
 */
export function clause(label: string): string {
  return label.replace(/(?<!\.)\.\s*$/u, '');
}
