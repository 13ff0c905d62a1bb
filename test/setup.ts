// The loaders `require` the compiled answer schema on first need (src/answers/shape.ts); the
// test runner runs the TypeScript sources, where there is no compiled module to require.
import { AnswersSchema } from '../src/answers/schema.js';
import { provideAnswersSchema } from '../src/answers/shape.js';

provideAnswersSchema(AnswersSchema);
