/**
 * The bytes of a curation file as the workbench and the importer write it: keys in
 * the order the schema lists them (so the same data always gives the same file,
 * however the page built the object), laid out by Prettier with the project's own
 * settings (so `npm run lint` passes on a saved file and a hand edit and a saved
 * one look alike), and the diff of a save shows only what changed.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import curationSchema from '../../../schema/curation.schema.json' with { type: 'json' };
import type { CurationFileKind } from '../curation/validateCurationFile';

interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  prefixItems?: SchemaNode[];
}

const DEFS = (curationSchema as { $defs: Record<string, SchemaNode> }).$defs;

/**
 * Arrays whose items are written one to a line, as the hand-written files have them
 * (Prettier keeps an object on one line only when its source has it so).
 */
const ONE_LINE_ITEMS: Partial<Record<CurationFileKind, string[]>> = {
  readingRulesFile: ['corrections'],
};

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Orders every object's keys as the schema lists its properties; keys it does not list keep their order, after. */
export function orderKeys(value: unknown, node: SchemaNode | undefined): unknown {
  const schema = resolve(node);
  if (Array.isArray(value)) {
    return value.map((item, i) => orderKeys(item, schema?.prefixItems?.[i] ?? schema?.items));
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const listed = Object.keys(schema?.properties ?? {});
  const keys = [
    ...listed.filter((key) => key in record),
    ...Object.keys(record).filter((key) => !listed.includes(key)),
  ];
  return Object.fromEntries(
    keys.map((key) => [key, orderKeys(record[key], schema?.properties?.[key])]),
  );
}

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  let current = node;
  // Local references only ("#/$defs/x"): the schema has no other kind.
  while (current?.$ref) current = DEFS[current.$ref.replace('#/$defs/', '')];
  return current;
}

let prettierOptions: Promise<prettier.Options> | undefined;

function optionsForJson(): Promise<prettier.Options> {
  prettierOptions ??= prettier
    .resolveConfig(join(REPO_ROOT, 'curation', 'people.json'))
    .then((config) => ({ ...config, plugins: [], parser: 'json' }));
  return prettierOptions;
}

/** The file's text: schema key order, Prettier's layout, a final newline. */
export async function formatCurationJson(kind: CurationFileKind, data: unknown): Promise<string> {
  const ordered = orderKeys(data, DEFS[kind]) as Record<string, unknown>;
  const oneLine = ONE_LINE_ITEMS[kind] ?? [];
  // Written on one line each, the items stay so through Prettier when they fit.
  const placeholders = new Map<string, string>();
  const draft = { ...ordered };
  for (const key of oneLine) {
    const items = draft[key];
    if (!Array.isArray(items)) continue;
    const marker = `\u0000${key}\u0000`;
    placeholders.set(
      JSON.stringify(marker),
      `[${items.map((item) => JSON.stringify(item)).join(',\n')}]`,
    );
    draft[key] = marker;
  }
  let text = JSON.stringify(draft, null, 2);
  for (const [marker, items] of placeholders) text = text.replace(marker, items);
  return prettier.format(text, await optionsForJson());
}
