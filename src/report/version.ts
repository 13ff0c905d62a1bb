/**
 * The report's schema version, apart from the zod schema so that scoring (which stamps it on
 * every report) does not load the schema library. Bump on any change that breaks a reader.
 */
export const REPORT_SCHEMA_VERSION = 3;
