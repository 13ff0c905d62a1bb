// Loaders `require` some modules on first need (src/lazy.ts); the test runner runs the
// TypeScript sources, where there is no compiled module to require, so it hands them over.
import * as answersSchema from '../src/answers/schema.js';
import * as answersWorkbook from '../src/answers/workbook.js';
import { provideModule } from '../src/lazy.js';
import * as parseYaml from '../src/source/parse-yaml.js';
import * as salvage from '../src/source/salvage.js';
import * as schemaFindings from '../src/source/schema-findings.js';

const src = new URL('../src/', import.meta.url);
provideModule(new URL('answers/schema.js', src).href, answersSchema);
provideModule(new URL('answers/workbook.js', src).href, answersWorkbook);
provideModule(new URL('source/parse-yaml.js', src).href, parseYaml);
provideModule(new URL('source/schema-findings.js', src).href, schemaFindings);
provideModule(new URL('source/salvage.js', src).href, salvage);
