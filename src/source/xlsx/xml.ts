/*
 * The small part of XML that SpreadsheetML parts use: elements, attributes, text, CDATA,
 * comments, processing instructions and the five predefined entities with character
 * references. A document type declaration is refused outright, so no entity can be defined
 * (no "billion laughs", no external entity reading a file); nesting and element count are
 * capped. Names are kept without their namespace prefix (`x:row` is `row`): writers differ in
 * the prefixes they choose, never in the local names.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Why XML was refused: a message key of the catalogue (`messages`). */
export type XmlProblem = 'xmlDoctype' | 'xmlMalformed' | 'xmlTooLarge';

export class XmlError extends Error {
  constructor(readonly problem: XmlProblem) {
    super(problem);
  }
}

/**
 * A sheet at its row cap (10,000 rows of six filled cells, each `<c><is><t>`) has some 190,000
 * elements. The cap bounds a hostile part (`<a b="1"/>` repeated) to some 150 MB at the peak of
 * a whole run, under the batch's 200 MB.
 */
export const XML_LIMITS = { maxElements: 250_000, maxDepth: 64 } as const;

const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
const NO_CHILDREN = Object.freeze([]) as unknown as XmlNode[];
const NO_ATTRIBUTES = Object.freeze({}) as Record<string, string>;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]{0,12});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlError('xmlMalformed');
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new XmlError('xmlMalformed');
      return String.fromCodePoint(code);
    }
    if (!Object.hasOwn(ENTITIES, ref)) throw new XmlError('xmlMalformed');
    return ENTITIES[ref]!;
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

// Character tests by code: a regular expression per character costs more than the rest of the parse.
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const endsName = (c: number) => isSpace(c) || c === 0x2f /* / */ || c === 0x3e; /* > */

/** Parses one XML document into a tree. Throws `XmlError` for anything outside the subset. */
export function parseXml(text: string, limits: { maxElements: number; maxDepth: number } = XML_LIMITS): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt === -1 ? n : lt;
    if (end > i) {
      const raw = text.slice(i, end);
      if (stack.length > 1) stack[stack.length - 1]!.children.push(decode(raw));
      else if (raw.trim() !== '') throw new XmlError('xmlMalformed');
    }
    if (lt === -1) break;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      if (close === -1) throw new XmlError('xmlMalformed');
      i = close + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt + 9);
      if (close === -1 || stack.length === 1) throw new XmlError('xmlMalformed');
      stack[stack.length - 1]!.children.push(text.slice(lt + 9, close));
      i = close + 3;
    } else if (text.startsWith('<!', lt)) {
      // <!DOCTYPE …> and whatever else could declare an entity.
      throw new XmlError('xmlDoctype');
    } else if (text.startsWith('<?', lt)) {
      const close = text.indexOf('?>', lt + 2);
      if (close === -1) throw new XmlError('xmlMalformed');
      i = close + 2;
    } else if (text[lt + 1] === '/') {
      const close = text.indexOf('>', lt + 2);
      if (close === -1) throw new XmlError('xmlMalformed');
      const name = localName(text.slice(lt + 2, close).trim());
      const open = stack.pop();
      if (!open || stack.length === 0 || open.name !== name) throw new XmlError('xmlMalformed');
      i = close + 1;
    } else {
      // A start tag; attribute values may hold '>', so the tag is scanned, not searched.
      let j = lt + 1;
      while (j < n && !endsName(text.charCodeAt(j))) j++;
      const name = localName(text.slice(lt + 1, j));
      if (name === '') throw new XmlError('xmlMalformed');
      // A plain object in V8's fast mode: a tenth of the memory of a dictionary (`Object.create(null)`);
      // the names that could reach a prototype never occur in SpreadsheetML and are dropped.
      let attrs: Record<string, string> = NO_ATTRIBUTES;
      let selfClosing = false;
      for (;;) {
        while (j < n && isSpace(text.charCodeAt(j))) j++;
        if (j >= n) throw new XmlError('xmlMalformed');
        if (text[j] === '>') {
          j++;
          break;
        }
        if (text[j] === '/' && text[j + 1] === '>') {
          selfClosing = true;
          j += 2;
          break;
        }
        const eq = text.indexOf('=', j);
        if (eq === -1) throw new XmlError('xmlMalformed');
        const attr = text.slice(j, eq).trim();
        let k = eq + 1;
        while (k < n && isSpace(text.charCodeAt(k))) k++;
        const quote = text[k];
        if (quote !== '"' && quote !== "'") throw new XmlError('xmlMalformed');
        const close = text.indexOf(quote, k + 1);
        if (close === -1 || attr === '' || /[\s<>]/.test(attr)) throw new XmlError('xmlMalformed');
        const value = text.slice(k + 1, close);
        if (value.includes('<')) throw new XmlError('xmlMalformed');
        // xmlns declarations say nothing the reader needs; a prefixed attribute keeps its prefix
        // (`r:id`), since `id` and `r:id` differ.
        if (attr !== 'xmlns' && !attr.startsWith('xmlns:') && !FORBIDDEN_NAMES.has(attr)) {
          if (attrs === NO_ATTRIBUTES) attrs = {};
          attrs[attr] = decode(value);
        }
        j = close + 1;
      }
      if (++count > limits.maxElements) throw new XmlError('xmlTooLarge');
      // An empty element shares one frozen list of children: most cells of a sheet are empty.
      const element: XmlElement = { name, attrs, children: selfClosing ? NO_CHILDREN : [] };
      const parent = stack[stack.length - 1]!;
      if (parent === root && root.children.some((c) => typeof c !== 'string')) throw new XmlError('xmlMalformed');
      parent.children.push(element);
      if (!selfClosing) {
        stack.push(element);
        if (stack.length > limits.maxDepth) throw new XmlError('xmlTooLarge');
      }
      i = j;
    }
  }
  if (stack.length !== 1) throw new XmlError('xmlMalformed');
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new XmlError('xmlMalformed');
  return top;
}

/** The child elements of `el` named `name` (local name). */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

/** The first child element named `name`, if any. */
export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** All text inside `el`, in document order. */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const c of el.children) out += typeof c === 'string' ? c : textOf(c);
  return out;
}

/** Text escaped for an XML element or a double-quoted attribute; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
