import { z } from 'zod';

const Text = z.string().max(500);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'audit.badDate' });

/** One claim's entry: the auditor's finding, and what the auditor works from (written by `audit sample`). */
const Verdict = z.strictObject({
  /** Left blank by `audit sample`; the auditor sets `confirmed`, `rejected` or `not-found` (a cited document does not exist as cited). */
  verdict: z.enum(['confirmed', 'rejected', 'not-found']).nullish(),
  /** With `rejected` or `not-found`: the option the documents support (an option id, or `n/a`); absent, the claim counts at 0. */
  option: z.string().max(200).nullish(),
  note: z.string().max(4000).nullish(),
  /** Why the claim is in the sample: `flag:<kind>`, `gate`, `n/a` or `sample`. */
  reason: z.string().max(200).nullish(),
  /** The question, the option claimed, the document cited and what the rubric says shows it, for the auditor. */
  question: z.string().max(4000).nullish(),
  claimed: z.strictObject({ option: z.string().max(200), label: z.string().max(4000).nullish() }).nullish(),
  cited: z.string().max(4000).nullish(),
  /** The register entries cited, as the answer file's register has them. */
  documents: z
    .array(
      z.strictObject({
        id: z.string().max(200),
        type: z.string().max(200).optional(),
        number: z.string().max(500).optional(),
        date: z.string().max(100).optional(),
        title: z.string().max(2000).optional(),
        issuer: z.string().max(500).optional(),
        link: z.string().max(2000).optional(),
      }),
    )
    .max(1000)
    .nullish(),
  shows: z.string().max(4000).nullish(),
});

/**
 * An audit file (SPEC.md "Audit"): who audited and when, the answer file it checks (by the
 * sha256 of its bytes), and a verdict per sampled question. `validate` and `score --audit`
 * know an audit file by its top-level `verdicts` key, which no answer file has.
 */
export const AuditSchema = z.strictObject({
  $schema: z.string().optional(),
  /** `received`: the day the answers reached the auditor; the verified result measures the rubric's periods from it (else from `date`). */
  audit: z.strictObject({ auditor: Text.nullish(), date: IsoDate.nullish(), received: IsoDate.nullish() }),
  answers: z.strictObject({
    organization: Text,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'audit.badSha' }),
    /** The answer file's name when sampled, for the reader; pairing goes by sha256 alone. */
    file: z.string().max(1000).nullish(),
  }),
  rubric: z.strictObject({ id: z.string().max(200), version: z.string().max(200) }).nullish(),
  sample: z.strictObject({ seed: z.number().int().min(0), size: z.number().int().min(0) }).nullish(),
  verdicts: z.record(z.string().max(200), Verdict.nullable()),
});

export type AuditFile = z.infer<typeof AuditSchema>;
