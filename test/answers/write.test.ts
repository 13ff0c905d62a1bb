import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import { draftFromAnswers, renderAnswerFile, renderAnswerFileJson, type AnswerDraft } from '../../src/answers/store.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { DOCUMENT_TYPES, type DocumentEntry, type EvidenceRef } from '../../src/evidence/model.js';

function rubricOf(file: string): Rubric {
  const loaded = loadRubric(file);
  if (!loaded.ok) throw new Error(loaded.findings.map((f) => f.message).join('\n'));
  return loaded.value.rubric;
}

const units = rubricOf('test/fixtures/rubrics/units.yaml');
const ids = units.questions.map((q) => q.id);

// Texts as the tool stores them: trimmed, non-empty, within the format's limits; every kind
// of character (controls, NEL, LS/PS, BOM, lone surrogates, YAML indicators).
const text = (max: number) =>
  fc
    .oneof(
      fc.string({ unit: fc.constantFrom('grapheme', 'binary'), maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(...'#:-"\'\\{}[],&*!|>%@`~ \n\t\u0085\u2028\ufeff\u00a0\u3000'.split(''), 'yes', 'null', '1e3', '---'), maxLength: 12 }),
    )
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= max);
const optional = (arb: fc.Arbitrary<string>) => fc.option(arb, { nil: undefined });
const subset = fc.subarray(ids);

/** Generated drafts with every field the answer file holds. */
const drafts: fc.Arbitrary<AnswerDraft> = fc
  .record({
    organization: text(500),
    unitName: optional(text(500)),
    name: optional(text(500)),
    position: optional(text(500)),
    type: optional(text(500)),
    region: optional(text(500)),
    language: optional(fc.constantFrom('ru', 'kk', 'en')),
    unit: optional(fc.constantFrom(...units.units.map((u) => u.id))),
    asked: fc.option(subset, { nil: undefined }),
    answered: subset,
    pick: fc.nat(),
    comments: fc.array(fc.tuple(fc.constantFrom(...ids), text(4000)), { maxLength: 4 }),
    date: optional(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
    // The register: ids with spaces and Cyrillic, every field, and entries with none.
    documents: fc.uniqueArray(
      fc.tuple(
        fc.oneof(fc.constantFrom('order-12', 'приказ-12', 'minutes 3', 'a'), text(200).filter((s) => !/[\n\r]/.test(s))),
        fc.record(
          {
            type: fc.constantFrom(...DOCUMENT_TYPES),
            number: text(200),
            // A register date must be a date (the answer-file check refuses anything else), and reads
            // back as ISO whatever form it was typed in; the writer writes what the model holds: ISO.
            date: fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
            title: text(500),
            issuer: text(500),
            link: fc.constantFrom('https://example.kz/a?b=1#c', 'http://gov.kz/'),
          },
          { requiredKeys: [] },
        ),
      ),
      { maxLength: 4, selector: ([docId]) => docId },
    ),
    evidence: fc.array(fc.tuple(fc.constantFrom(...ids), fc.oneof(text(2000).map((s) => ({ text: s })), fc.nat())), { maxLength: 4 }),
    contributorRefs: fc.array(fc.tuple(subset, fc.boolean()), { minLength: 3, maxLength: 3 }),
    contributors: fc.option(
      fc.array(
        fc.record({ file: text(1000), unit: optional(fc.constantFrom(...units.units.map((u) => u.id))), name: optional(text(500)), position: optional(text(500)), answers: subset }),
        { minLength: 1, maxLength: 3 },
      ),
      { nil: undefined },
    ),
    decisions: fc.option(
      fc.array(
        fc.record({
          question: fc.constantFrom(...ids),
          answer: fc.constantFrom('none', 'some', 'all'),
          file: text(1000),
          over: fc.array(fc.record({ answer: fc.constantFrom('draft', 'never', 'n/a'), file: text(1000) }), { maxLength: 2 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      { nil: undefined },
    ),
  })
  .map((g) => {
    // A unit's file answers and evidences only its unit's questions (the evidence rules refuse the rest).
    const own = (id: string) => g.unit === undefined || units.questions.find((q) => q.id === id)?.unit === g.unit;
    const answers = new Map(g.answered.filter(own).map((id, i) => {
      const options = units.questions.find((q) => q.id === id)!.options;
      return [id, options[(g.pick + i) % options.length]!.id] as [string, string];
    }));
    return {
      rubric: { id: units.id, version: units.version },
      respondent: {
        organization: g.organization,
        ...(g.unitName !== undefined ? { unit: g.unitName } : {}),
        ...(g.name !== undefined ? { name: g.name } : {}),
        ...(g.position !== undefined ? { position: g.position } : {}),
        ...(g.type !== undefined ? { type: g.type } : {}),
        ...(g.region !== undefined ? { region: g.region } : {}),
      },
      ...(g.language !== undefined ? { language: g.language } : {}),
      ...(g.date !== undefined ? { date: g.date } : {}),
      answers,
      comments: new Map(g.comments.filter(([id]) => own(id))),
      documents: new Map(g.documents.map(([docId, doc]) => [docId, doc as DocumentEntry])),
      // A reference: a free text, or one to three register ids (when there is a register).
      evidence: new Map(
        g.evidence.flatMap(([q, ref]): Array<[string, EvidenceRef]> => {
          if (!own(q)) return [];
          if (typeof ref !== 'number') return [[q, ref]];
          if (g.documents.length === 0) return [];
          const cited = [...new Set([0, 1, 2].slice(0, 1 + (ref % 3)).map((k) => g.documents[(ref + k) % g.documents.length]![0]))];
          return [[q, { documents: cited }]];
        }),
      ),
      ...(g.unit !== undefined ? { unit: g.unit } : {}),
      ...(g.asked !== undefined ? { asked: g.asked } : {}),
      ...(g.contributors !== undefined
        ? {
            contributors: g.contributors.map((c, k) => {
              const [evidence, withDocuments] = g.contributorRefs[k]!;
              return { ...c, evidence, ...(withDocuments ? { documents: g.documents.map(([docId]) => docId) } : {}) };
            }),
          }
        : {}),
      ...(g.decisions !== undefined ? { decisions: g.decisions } : {}),
    } satisfies AnswerDraft;
  });

/** The draft as the file should give it back: what `draftFromAnswers` of the parsed file must equal. */
function comparable(d: AnswerDraft) {
  const clean = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return {
    rubric: d.rubric,
    respondent: clean(d.respondent),
    language: d.language,
    answers: [...d.answers],
    comments: [...d.comments],
    date: d.date,
    documents: [...d.documents].map(([docId, doc]) => [docId, clean(doc)]),
    evidence: [...d.evidence],
    unit: d.unit,
    asked: d.asked,
    contributors: d.contributors?.map((c) => clean(c)),
    decisions: d.decisions,
  };
}

function ordered(d: AnswerDraft): AnswerDraft {
  // The file lists questions in rubric order; the round trip is compared in that order.
  const sort = <V>(m: ReadonlyMap<string, V>) => new Map([...m].sort(([a], [b]) => ids.indexOf(a) - ids.indexOf(b)));
  return { ...d, answers: sort(d.answers), comments: sort(d.comments), evidence: sort(d.evidence) };
}

describe('one model, one writer per format', () => {
  for (const [format, render] of [
    ['YAML', renderAnswerFile],
    ['JSON', renderAnswerFileJson],
  ] as const) {
    it(`${format}: every field of a generated draft reads back exactly (respondent type/region, unit, asked, date, documents, evidence lists, contributors, decisions)`, () => {
      fc.assert(
        fc.property(drafts, (draft) => {
          const file = `a.${format.toLowerCase()}`;
          const parsed = parseAnswers(file, render(units, draft), units);
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
          expect(comparable(draftFromAnswers(units, parsed.value))).toEqual(comparable(ordered(draft)));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('both formats hold the same fields in the same order', () => {
    fc.assert(
      fc.property(drafts, (draft) => {
        const json = JSON.parse(renderAnswerFileJson(units, draft)) as Record<string, unknown>;
        const keys = renderAnswerFile(units, draft)
          .split('\n')
          .filter((l) => /^[a-z]+:/.test(l))
          .map((l) => l.slice(0, l.indexOf(':')));
        expect(Object.keys(json)).toEqual(keys);
      }),
      { numRuns: 100 },
    );
  });
});
