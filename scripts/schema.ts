/**
 * Writes JSON Schema for every data file from the zod schema, so authors get completion and
 * errors in their editor. `--check` fails when the committed files are out of date (CI runs it).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { bundleSchema } from '../src/domain/bundle';
import {
  actorsFileSchema,
  datasetFileSchema,
  datasetIndexSchema,
  eventsFileSchema,
} from '../src/domain/schema';

const outDir = resolve(import.meta.dirname, '..', 'data', 'schema');

const targets: Record<string, z.ZodMiniType> = {
  'datasets.schema.json': datasetIndexSchema,
  'dataset.schema.json': datasetFileSchema,
  'actors.schema.json': actorsFileSchema,
  'events.schema.json': eventsFileSchema,
  'bundle.schema.json': bundleSchema,
};

function render(name: string, schema: z.ZodMiniType): string {
  // `io: 'input'` describes what authors write: fields with defaults are optional.
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...json, $id: name, title: `Stanceline ${name.replace('.schema.json', '')}` }, null, 2)}\n`;
}

const check = process.argv.includes('--check');
const stale: string[] = [];
if (!check) mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(targets)) {
  const path = join(outDir, name);
  const text = render(name, schema);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(name);
  } else {
    writeFileSync(path, text);
  }
}
if (check && stale.length) {
  console.error(
    `data/schema is out of date (${stale.join(', ')}): run \`npm run schema\` and commit.`,
  );
  process.exitCode = 1;
} else {
  console.log(
    check
      ? 'data/schema is up to date'
      : `wrote ${Object.keys(targets).length} schemas to data/schema/`,
  );
}
