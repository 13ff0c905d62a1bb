import { audit as words } from '../i18n/catalogue/audit.js';
import { states } from '../i18n/catalogue/states.js';
import { sayerIn, type Lang } from '../i18n/lang.js';
import { formatDate } from '../i18n/dates.js';
import { formatNumber } from './labels.js';
import type { Report } from './schema.js';

/** What every renderer shows of a report's `audit` block, worded once, in the report's language. */
export interface AuditView {
  /** The headline: the verified level, said to be verified, with the declared one; or why the audit was not applied. */
  headline: string;
  error: boolean;
  /** Who audited and when, when the audit says. */
  by: string | null;
  /** Declared and verified, score and level, as rows of a two-column comparison. */
  rows: Array<{ label: string; score: string; level: string }>;
  counts: string;
  verdicts: Array<{ id: string; text: string; verdict: string; claimed: string; option: string; counted: string; note: string }>;
  head: { section: string; score: string; level: string; question: string; verdict: string; claimed: string; option: string; counted: string; note: string };
}

/** The audit block worded for a renderer, or null for a report scored without `--audit`. */
export function auditView(report: Report): AuditView | null {
  const a = report.audit;
  if (!a) return null;
  const lang: Lang = report.language;
  const say = sayerIn(words, lang);
  const score = (s: number | null) => (s === null ? '—' : formatNumber(lang, s, 1));
  const level = (l: { label: string } | null) => (l ? l.label : sayerIn(states, lang)('noLevel'));
  const head = {
    section: say('section'),
    score: say('score'),
    level: say('level'),
    question: say('colQuestion'),
    verdict: say('colVerdict'),
    claimed: say('colClaimed'),
    option: say('colAuditor'),
    counted: say('verified'),
    note: say('colNote'),
  };
  if (a.error !== undefined || a.verified === null) {
    return {
      headline: say('error', { error: a.error ?? '' }),
      error: true,
      by: null,
      rows: [{ label: say('declared'), score: score(a.declared.score), level: level(a.declared.level) }],
      counts: '',
      verdicts: [],
      head,
    };
  }
  return {
    headline: say('headline', { level: `${level(a.verified.level)}, ${score(a.verified.score)}`, declared: `${level(a.declared.level)}, ${score(a.declared.score)}` }),
    error: false,
    by: a.auditor !== null || a.date !== null ? say('by', { auditor: a.auditor ?? '—', date: a.date ?? '—' }) : null,
    rows: [
      { label: say('declared'), score: score(a.declared.score), level: level(a.declared.level) },
      { label: say('verified'), score: score(a.verified.score), level: level(a.verified.level) },
    ],
    counts: [
      say('counts', { confirmed: a.confirmed, rejected: a.rejected, unchecked: a.unchecked }),
      a.notFound > 0 ? say('notFoundCounts', { notFound: a.notFound, unchecked: a.unchecked }) : '',
      a.held ? say('held', { carried: level(a.verified.level), level: a.held.level.label, count: a.held.claims.length, claims: a.held.claims.map((c) => c.id).join(', ') }) : '',
      a.held ? say(a.held.overstated ? 'heldOverstated' : 'heldDocuments') : '',
      a.measuredOn === null ? '' : say(a.measuredOn.from === 'received' ? 'measuredReceived' : 'measuredAudit', { date: formatDate(lang, a.measuredOn.date) }),
    ]
      .filter(Boolean)
      .join(' '),
    verdicts: a.verdicts.map((v) => ({
      id: v.id,
      text: v.text,
      verdict: v.verdict === null ? say('unchecked') : v.verdict === 'not-found' ? say('notFound') : say(v.verdict),
      claimed: v.claimed.label,
      option: v.option?.label ?? '',
      counted: v.verdict === null || v.verdict === 'confirmed' ? '' : (v.countedAs?.label ?? say('notGiven')),
      note: v.note ?? '',
    })),
    head,
  };
}
