import { z } from 'zod';

const TITLES = {
  rubric: 'readiness rubric',
  answers: 'readiness answer file',
  report: 'readiness report',
  compare: 'readiness comparison of two rounds',
  agreement: 'readiness agreement of respondents',
  audit: 'readiness audit file',
} as const;

/** The JSON Schema (draft 2020-12) of a format, generated from its zod schema. */
export async function jsonSchemaOf(format: keyof typeof TITLES): Promise<Record<string, unknown>> {
  const schema =
    format === 'rubric'
      ? (await import('../rubric/schema.js')).RubricSchema
      : format === 'answers'
        ? (await import('../answers/schema.js')).AnswersSchema
        : format === 'compare'
          ? (await import('../compare/schema.js')).ComparisonSchema
          : format === 'agreement'
            ? (await import('../agreement/schema.js')).AgreementSchema
            : format === 'audit'
              ? (await import('../audit/schema.js')).AuditSchema
              : (await import('./schema.js')).ReportSchema;
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { ...json, $id: `urn:readiness:schema:${format}`, title: TITLES[format] };
}
