import type { FleetSummary } from './summary-html.js';
import { fleetOrder } from './summary-html.js';

/** The version of `index.json`; bumped on any change that breaks a reader. */
export const FLEET_JSON_VERSION = 1;

/**
 * `index.json`: everything the fleet page shows, as data (the counts, the levels, the
 * weakest recommendations, the questions most bodies fail with their numerators and
 * denominators, the groups by type and region with the bodies that give none, every body in
 * the page's order with its marks, the repeats and the refused files). Ids, not labels,
 * wherever the rubric has one; the labels are beside them in `layout`. Pure.
 */
export function renderFleetJson(summary: FleetSummary): string {
  const { layout, totals } = summary;
  const data = {
    fleetVersion: FLEET_JSON_VERSION,
    tool: summary.tool,
    rubric: summary.rubric,
    language: layout.lang,
    ...(summary.failUnder !== undefined ? { failUnder: summary.failUnder } : {}),
    layout: {
      levels: layout.levels,
      recommendations: layout.recommendations,
      risks: layout.risks,
      gates: layout.gates ?? [],
    },
    totals: {
      ...totals,
      // The bodies whose answer file gives no type (region) are the group whose value is null.
      groups: {
        type: totals.groups.type.map((g) => ({ ...g, value: g.value === '' ? null : g.value })),
        region: totals.groups.region.map((g) => ({ ...g, value: g.value === '' ? null : g.value })),
      },
      // The means are over every body with a score, incomplete ones included; the level counts leave them out.
      meansIncludeIncomplete: true,
    },
    bodies: [...summary.bodies].sort(fleetOrder),
    repeats: summary.repeats ?? [],
    errors: summary.errors,
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
