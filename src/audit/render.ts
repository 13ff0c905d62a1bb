import { documentTypeLabel, flagLabel } from '../evidence/labels.js';
import { FLAG_KINDS, type FlagKind } from '../evidence/model.js';
import { audit as words } from '../i18n/catalogue/audit.js';
import { formatDate } from '../i18n/dates.js';
import { sayerIn, type Lang } from '../i18n/lang.js';
import { escapeMarkdown } from '../report/escape.js';
import { printable } from '../source/printable.js';
import type { SampledClaim } from './sample.js';

/** One body's sample, as `audit sample` writes it. */
export interface BodySample {
  /** The answer file, as given. */
  file: string;
  organization: string;
  sha256: string;
  rubric: { id: string; version: string };
  seed: number;
  size: number;
  claims: readonly SampledClaim[];
}

/** The audit file's data (SPEC.md "Audit"), verdicts blank, each claim with what the auditor needs. */
function auditData(s: BodySample): Record<string, unknown> {
  return {
    audit: { auditor: null, date: null, received: null },
    answers: { organization: s.organization, sha256: s.sha256, file: s.file },
    rubric: { id: s.rubric.id, version: s.rubric.version },
    sample: { seed: s.seed, size: s.size },
    verdicts: Object.fromEntries(
      s.claims.map((c) => [
        c.id,
        {
          verdict: null,
          option: null,
          note: null,
          reason: c.reason,
          question: c.question,
          claimed: { option: c.claimed.option, label: c.claimed.label },
          cited: c.cited,
          ...(c.documents.length > 0 ? { documents: c.documents } : {}),
          shows: c.shows,
        },
      ]),
    ),
  };
}

/** A YAML scalar: null, a number, a plain safe word, or a double-quoted string (JSON's escapes are YAML's). */
function scalar(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  return /^[a-z0-9][a-z0-9./:-]*$/i.test(text) && !/^(null|true|false|yes|no|on|off|~|[0-9.+-]+(e[0-9+-]+)?)$/i.test(text) && !text.includes(': ')
    ? text
    : JSON.stringify(text);
}

function yamlOf(value: unknown, indent: string): string {
  let out = '';
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const k = scalar(key);
    if (Array.isArray(v)) {
      // A list of register entries: one flow map per line.
      out += `${indent}${k}:\n`;
      for (const item of v as Array<Record<string, unknown>>) out += `${indent}  - {${Object.entries(item).map(([a, b]) => `${scalar(a)}: ${scalar(b)}`).join(', ')}}\n`;
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>);
      const flat = entries.every(([, x]) => x === null || typeof x !== 'object') && entries.length <= 3;
      if (flat) out += `${indent}${k}: {${entries.map(([a, b]) => `${scalar(a)}: ${scalar(b)}`).join(', ')}}\n`;
      else out += `${indent}${k}:\n${yamlOf(v, `${indent}  `)}`;
    } else {
      out += `${indent}${k}: ${scalar(v)}${k === 'verdict' ? '   # confirmed | rejected | not-found' : ''}\n`;
    }
  }
  return out;
}

/** The audit file as YAML: a comment saying how to fill it, then the data (see `AuditSchema`). */
export function renderAuditYaml(s: BodySample, lang: Lang): string {
  const say = sayerIn(words, lang);
  // The organization is untrusted: inside a comment it must stay on one line.
  const head = say('fileHead', { organization: printable(s.organization, 200) });
  return `# ${head.replace(/[\r\n\u2028\u2029]+/g, ' ')}\n${yamlOf(auditData(s), '')}`;
}

/** The audit file as JSON (the same data). */
export function renderAuditJson(s: BodySample): string {
  return `${JSON.stringify(auditData(s), null, 2)}\n`;
}

/** The evidence cited: each register entry with its type's label, else the free reference as written. */
function citedText(c: SampledClaim, lang: Lang): string | null {
  if (c.documents.length === 0) return c.cited;
  return c.documents
    .map((d) => {
      const parts = [d.type ? documentTypeLabel(d.type, lang) : '', d.number ? `№\u00A0${d.number}` : '', d.date ? formatDate(lang, d.date) : '', d.title ?? '', d.issuer ?? '', d.link ?? ''].filter(Boolean);
      return parts.length > 0 ? `${d.id}: ${parts.join(', ')}` : d.id;
    })
    .join('; ');
}

/** Why a claim is in the sample, in words. */
function why(c: SampledClaim, say: ReturnType<typeof sayerIn<typeof words>>, lang: Lang): string {
  if (c.reason === 'gate') return say('whyGate');
  if (c.reason === 'n/a') return say('whyNa');
  if (c.reason === 'key') return say('whyKey');
  if (c.reason.startsWith('flag:')) {
    const kind = c.reason.slice(5);
    return say('whyFlag', { kind: (FLAG_KINDS as readonly string[]).includes(kind) ? flagLabel(kind as FlagKind, lang) : kind });
  }
  return say('whySample', { points: lang === 'en' ? c.points.toFixed(2) : c.points.toFixed(2).replace('.', ',') });
}

/** The printable work list of one body: a table of the claims with a box for each verdict, and a signature line. */
export function renderAuditMarkdown(s: BodySample, lang: Lang): string {
  const say = sayerIn(words, lang);
  const cell = (text: string) => escapeMarkdown(text, { cell: true });
  const lines = [
    `# ${escapeMarkdown(say('listTitle', { organization: s.organization }))}`,
    '',
    escapeMarkdown(say('listFile', { file: s.file, sha: s.sha256, rubric: `${s.rubric.id} ${s.rubric.version}`, count: s.claims.length, seed: s.seed })),
    '',
    `| # | ${say('colQuestion')} | ${say('colClaimed')} | ${say('colCited')} | ${say('colShows')} | ${say('colWhy')} | ${say('colVerdict')} |`,
    '|---|---|---|---|---|---|---|',
    ...s.claims.map(
      (c, i) =>
        `| ${i + 1} | ${cell(c.question)} (\`${c.id}\`) | ${cell(c.claimed.label)} (\`${c.claimed.option}\`) | ${cell(citedText(c, lang) ?? say('noneCited'))} | ${cell(c.shows ?? '')} | ${cell(why(c, say, lang))} | ${say('verdictBlank')} |`,
    ),
    '',
    say('signature'),
    '',
  ];
  return lines.join('\n');
}
