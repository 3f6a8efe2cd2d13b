// Writes a JSON Schema for each content type to dist/schemas/, generated from the same valibot
// schemas the elements use, so a CMS pipeline can check content before it publishes.
// Checks that JSON Schema cannot express are named in each schema's description; the elements
// enforce them at run time.
import { toJsonSchema } from '@valibot/to-json-schema';
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

// Node cannot import TypeScript, so the schema module is bundled to a cache file first.
const compiled = 'node_modules/.cache/health-widgets/schema.mjs';
await build({
  entryPoints: ['src/content/schema.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: compiled,
  logLevel: 'warning',
});
const schemas = await import(pathToFileURL(compiled).href);

const RUN_TIME_CHECKS =
  'Also checked at run time: ids are unique within each list; red flag and checklist item ids are unique across their groups; links use http(s), mailto, tel or a relative URL; text is not blank; nextReview is after lastReviewed; each red flag names a source listed in meta.review.sources.';

const targets = {
  'anatomy-table': schemas.AnatomyTableContentSchema,
  faq: schemas.FaqContentSchema,
  'red-flags': schemas.RedFlagContentSchema,
  checklist: schemas.ChecklistContentSchema,
  topic: schemas.TopicSchema,
};

// A topic holds the content of at least one element: valibot checks that in code, which the
// converter cannot see, and JSON Schema can say it.
const TOPIC_PARTS = ['anatomy', 'faq', 'redFlags', 'checklist'];
const extra = {
  topic: {
    anyOf: TOPIC_PARTS.map((part) => ({ required: [part] })),
    description: `${RUN_TIME_CHECKS} Every part shares the same meta.id and meta.version.`,
  },
};

await mkdir('dist/schemas', { recursive: true });
for (const [name, schema] of Object.entries(targets)) {
  const json = {
    $id: `health-widgets/schemas/${name}.schema.json`,
    title: `health-widgets: ${name} content`,
    description: RUN_TIME_CHECKS,
    ...toJsonSchema(schema, { errorMode: 'ignore' }),
    ...extra[name],
  };
  await writeFile(`dist/schemas/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
}
console.log(`JSON Schemas written to dist/schemas/: ${Object.keys(targets).join(', ')}.`);
