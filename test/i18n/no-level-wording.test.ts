import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/i18n/catalogue/analyze.js';
import { batchConsole, batchSummary, fleetPage } from '../../src/i18n/catalogue/batch.js';
import { diff } from '../../src/i18n/catalogue/diff.js';
import { report } from '../../src/i18n/catalogue/report.js';
import { states } from '../../src/i18n/catalogue/states.js';

const NO_LEVEL = states.noLevel;
const NO_LEVEL_HEADING = states.noLevelHeading;
import { CATALOGUE } from '../../src/i18n/catalogue/index.js';

// Ways the catalogue once said "no level" for the same state, besides the one wording.
const OTHER = /уровня пока нет|нет уровня|уровень не присвоен|не оценено\b.*уров|деңгей әлі жоқ|деңгей берілмеді|no level yet/i;

describe('a body with no level is worded one way', () => {
  it('every entry that names the state uses the one wording', () => {
    expect(analyze.noLevel).toBe(NO_LEVEL);
    expect(diff.noLevel).toBe(NO_LEVEL);
    expect(report.noLevelYet).toBe(NO_LEVEL_HEADING);
    for (const lang of ['ru', 'kk', 'en'] as const) expect(NO_LEVEL_HEADING[lang].toLowerCase()).toBe(NO_LEVEL[lang].toLowerCase());
    expect(batchConsole.incomplete).toBe(NO_LEVEL);
    expect(batchSummary.incomplete).toBe(NO_LEVEL);
    expect(fleetPage.noLevel).toBe(NO_LEVEL_HEADING);
    expect(fleetPage.noLevelYet).toBe(NO_LEVEL);
  });

  it('no text of the catalogue words it another way', () => {
    const found: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'string') {
        if (OTHER.test(value)) found.push(`${path}: ${value}`);
      } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    walk(CATALOGUE, 'catalogue');
    expect(found).toEqual([]);
  });
});
