import type { DocumentEntry, EvidenceRef } from '../evidence/model.js';
import type { Rubric } from '../rubric/model.js';
import type { AnswerDraft } from './store.js';

/** A register entry's fields in the order they are written. */
export const DOCUMENT_FIELDS = ['type', 'number', 'date', 'title', 'issuer', 'link'] as const;

/** Whether a reference says anything (an empty text or list is written as no evidence). */
export function hasEvidence(ref: EvidenceRef): boolean {
  return 'text' in ref ? ref.text.trim() !== '' : ref.documents.length > 0;
}

/**
 * The answer file as one model, written in either format by one writer each. Every field the
 * file can hold is named once, in `fileModel`; `renderYaml` and `renderJson` only know how
 * to write the model's nodes, so a field added to the model is written in both formats and
 * read back by both (test/answers/write.test.ts round-trips generated drafts through each).
 */
export type Node =
  /** An id (question, option, unit, version): written plain in YAML when it reads back as the same string. */
  | { kind: 'id'; value: string }
  /** Free text: always quoted in YAML. */
  | { kind: 'text'; value: string }
  | { kind: 'map'; entries: ReadonlyArray<readonly [string, Node]>; flow?: boolean }
  | { kind: 'list'; items: readonly Node[]; flow?: boolean };

const id = (value: string): Node => ({ kind: 'id', value });
const text = (value: string): Node => ({ kind: 'text', value });
const map = (entries: ReadonlyArray<readonly [string, Node | undefined]>, flow = false): Node => ({
  kind: 'map',
  entries: entries.filter((e): e is readonly [string, Node] => e[1] !== undefined),
  flow,
});
const list = (items: readonly Node[], flow = false): Node => ({ kind: 'list', items, flow });
/** A text field left out when absent or empty. */
const optionalText = (value: string | undefined): Node | undefined => (value !== undefined && value !== '' ? text(value) : undefined);

const OPTIONAL_MAPS = new Set(['comments', 'documents', 'evidence']);

/**
 * The file's fields, in the order they are written: the one place that says what an answer
 * file holds. Unanswered questions, empty comments and empty evidence are left out; the
 * questions come in rubric order, ids outside the rubric last (never dropped).
 */
export function fileModel(rubric: Rubric, draft: AnswerDraft): Array<readonly [string, Node]> {
  const order = (keys: Iterable<string>): string[] => {
    const present = new Set(keys);
    const known = rubric.questions.filter((q) => present.has(q.id)).map((q) => q.id);
    const inRubric = new Set(known);
    return [...known, ...[...present].filter((k) => !inRubric.has(k))];
  };
  const byQuestion = <V>(values: ReadonlyMap<string, V>, node: (v: V) => Node, keep: (v: V) => boolean = () => true) =>
    map(order(values.keys()).filter((q) => keep(values.get(q)!)).map((q) => [q, node(values.get(q)!)] as const));
  const document = (doc: DocumentEntry): Node => map(DOCUMENT_FIELDS.map((k) => [k, doc[k] === undefined ? undefined : k === 'type' ? id(doc[k]!) : text(doc[k]!)] as const), true);
  const reference = (ref: EvidenceRef): Node => ('text' in ref ? text(ref.text) : list(ref.documents.map(id), true));
  const nonEmpty = (v: string) => v.trim() !== '';
  const r = draft.respondent;
  const fields: Array<readonly [string, Node | undefined]> = [
    ['rubric', map([['id', id(draft.rubric.id)], ['version', id(draft.rubric.version)]], true)],
    [
      'respondent',
      map([
        ['organization', text(r.organization)],
        ['unit', optionalText(r.unit)],
        ['name', optionalText(r.name)],
        ['position', optionalText(r.position)],
        ['type', optionalText(r.type)],
        ['region', optionalText(r.region)],
      ]),
    ],
    ['language', draft.language !== undefined ? id(draft.language) : undefined],
    ['unit', draft.unit !== undefined ? id(draft.unit) : undefined],
    ['asked', draft.asked !== undefined ? list(draft.asked.map(id), true) : undefined],
    ['date', draft.date !== undefined ? text(draft.date) : undefined],
    ['answers', byQuestion(draft.answers, id)],
    ['comments', byQuestion(draft.comments, text, nonEmpty)],
    // The register in the order it was given (ids are the body's own, not the rubric's).
    ['documents', map([...draft.documents].map(([docId, doc]) => [docId, document(doc)] as const))],
    ['evidence', byQuestion(draft.evidence, reference, hasEvidence)],
    [
      'contributors',
      draft.contributors !== undefined && draft.contributors.length > 0
        ? list(
            draft.contributors.map((c) =>
              map([
                ['file', text(c.file)],
                ['unit', c.unit !== undefined && c.unit !== '' ? id(c.unit) : undefined],
                ['name', optionalText(c.name)],
                ['position', optionalText(c.position)],
                ['answers', list(c.answers.map(id), true)],
                ['evidence', c.evidence !== undefined ? list(c.evidence.map(id), true) : undefined],
                ['documents', c.documents !== undefined ? list(c.documents.map(id), true) : undefined],
              ]),
            ),
          )
        : undefined,
    ],
    [
      'decisions',
      draft.decisions !== undefined && draft.decisions.length > 0
        ? list(
            draft.decisions.map((d) =>
              map([
                ['question', id(d.question)],
                ['answer', id(d.answer)],
                ['file', text(d.file)],
                ['over', list(d.over.map((o) => map([['answer', id(o.answer)], ['file', text(o.file)]], true)))],
              ]),
            ),
          )
        : undefined,
    ],
  ];
  // Comments, the register and evidence are left out when empty; answers always stand (an empty map before the first answer).
  return fields.filter(
    (f): f is readonly [string, Node] =>
      f[1] !== undefined && !(OPTIONAL_MAPS.has(f[0]) && f[1].kind === 'map' && f[1].entries.length === 0),
  );
}

// ---------------------------------------------------------------- JSON

/** A node as the plain value JSON holds (what the YAML reads back as too). */
export function toPlain(node: Node): unknown {
  switch (node.kind) {
    case 'id':
    case 'text':
      return node.value;
    case 'list':
      return node.items.map(toPlain);
    case 'map': {
      // A null-prototype object: a question id such as `__proto__` stays an own key.
      const out: Record<string, unknown> = Object.create(null);
      for (const [k, v] of node.entries) out[k] = toPlain(v);
      return out;
    }
  }
}

/** The answer file as JSON (two-space indent, a final newline). */
export function renderJson(model: ReadonlyArray<readonly [string, Node]>): string {
  return `${JSON.stringify(toPlain({ kind: 'map', entries: model }), null, 2)}\n`;
}

// ---------------------------------------------------------------- YAML

// YAML 1.1 and 1.2 words that a plain scalar would turn into a boolean or null.
const RESERVED_WORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/** A key or id written plain when YAML reads it back as the same string, quoted otherwise. */
export function yamlId(value: string): string {
  const word = /^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*$/i.test(value) && !RESERVED_WORDS.test(value);
  // A semantic version has two dots, so YAML never reads it as a number.
  const version = /^\d+\.\d+\.\d+(?:-[0-9a-z]+(?:[.-][0-9a-z]+)*)?$/i.test(value);
  return word || version ? value : yamlText(value);
}

/**
 * A double-quoted YAML scalar for any text. JSON string syntax is valid YAML; the
 * characters YAML does not accept raw or that YAML 1.1 readers (PyYAML, older tools an
 * auditor may use) take as line breaks (DEL, C1 controls with NEL, line and paragraph
 * separators, BOM, non-characters) are escaped too, so pasted or hostile text reads back
 * exactly as it was typed, whatever reads it.
 */
export function yamlText(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function flowYaml(node: Node): string {
  switch (node.kind) {
    case 'id':
      return yamlId(node.value);
    case 'text':
      return yamlText(node.value);
    case 'list':
      return `[${node.items.map(flowYaml).join(', ')}]`;
    case 'map':
      return `{${node.entries.map(([k, v]) => `${yamlId(k)}: ${flowYaml(v)}`).join(', ')}}`;
  }
}

/** Whether a node is written on its key's line (a scalar, a flow collection, an empty one). */
function inline(node: Node): boolean {
  if (node.kind === 'id' || node.kind === 'text') return true;
  if (node.flow === true) return true;
  return node.kind === 'map' ? node.entries.length === 0 : node.items.length === 0;
}

/** The lines of a block map's entries at `indent` spaces. */
function blockEntries(entries: ReadonlyArray<readonly [string, Node]>, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const [k, v] of entries) {
    if (inline(v)) lines.push(`${pad}${yamlId(k)}: ${flowYaml(v)}`);
    else {
      lines.push(`${pad}${yamlId(k)}:`);
      lines.push(...blockNode(v, indent + 2));
    }
  }
  return lines;
}

/** A block collection's lines at `indent` spaces. */
function blockNode(node: Node, indent: number): string[] {
  if (node.kind === 'map') return blockEntries(node.entries, indent);
  if (node.kind !== 'list') return [`${' '.repeat(indent)}${flowYaml(node)}`];
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const item of node.items) {
    if (item.kind === 'map' && !inline(item)) {
      // The item's first entry on the dash's line, the rest under it.
      const [first, ...rest] = blockEntries(item.entries, indent + 2);
      lines.push(`${pad}- ${first!.slice(indent + 2)}`, ...rest);
    } else if (inline(item)) lines.push(`${pad}- ${flowYaml(item)}`);
    else {
      lines.push(`${pad}-`);
      lines.push(...blockNode(item, indent + 2));
    }
  }
  return lines;
}

/** The answer file as YAML, after the header comment line(s) given. */
export function renderYaml(model: ReadonlyArray<readonly [string, Node]>, header: readonly string[]): string {
  return `${[...header.map((h) => `# ${h}`), ...blockEntries(model, 0)].join('\n')}\n`;
}
