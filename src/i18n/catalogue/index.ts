import { agreement } from './agreement.js';
import { analyze } from './analyze.js';
import { audit } from './audit.js';
import { batchConsole, batchFile, batchFleet, batchProgress, batchRun, batchSummary, fleetPage } from './batch.js';
import { checklist } from './checklist.js';
import { commander, help } from './cli.js';
import { compare } from './compare.js';
import { diff } from './diff.js';
import type { Entry, Namespace } from './entry.js';
import { evidence } from './evidence.js';
import { interview } from './interview.js';
import { messages } from './messages.js';
import { report, reportCsv } from './report.js';
import { states } from './states.js';
import { template } from './template.js';
import { workbook } from './workbook.js';

/**
 * The message catalogue: every text the tool itself prints, in ru, kk and en, as one key space
 * of `namespace.key`. Each namespace lives in its own file of this folder, and the code imports
 * the namespace it speaks from (`import { diff } from '../i18n/catalogue/diff.js'`), so that a
 * command loads its own texts and not the others'. This whole view is for the tests
 * (test/i18n/) and for translators; the tool itself never imports it.
 */
export const CATALOGUE = {
  states,
  messages,
  help,
  commander,
  report,
  reportCsv,
  template,
  interview,
  checklist,
  compare,
  diff,
  analyze,
  agreement,
  evidence,
  batchRun,
  batchFile,
  batchProgress,
  batchConsole,
  batchSummary,
  fleetPage,
  batchFleet,
  audit,
  workbook,
} as const satisfies Record<string, Namespace>;

/** A key of the catalogue: `namespace.key`, e.g. `report.title`. */
export type CatalogueKey = { [N in keyof typeof CATALOGUE]: `${N}.${keyof (typeof CATALOGUE)[N] & string}` }[keyof typeof CATALOGUE];

/** Every entry of the catalogue with its key, namespace by namespace. */
export function catalogueEntries(): Array<[CatalogueKey, Entry]> {
  return Object.entries(CATALOGUE).flatMap(([ns, entries]) =>
    Object.entries(entries as Namespace).map(([key, entry]) => [`${ns}.${key}` as CatalogueKey, entry] as [CatalogueKey, Entry]),
  );
}
