/**
 * The ways a value fails `schema/events.schema.json`, in words a reader can act on.
 * The verdict is Ajv's, from the standalone code that `scripts/build-validator.ts`
 * generates from the schema: compiling the schema in the page would need
 * `new Function`, which the page's Content-Security-Policy blocks.
 */
import type { ErrorObject } from 'ajv';
import validate from './generated/validateEventsSchema.js';
import { showValue } from './showValue';

/** One way in which a value fails the schema. */
export interface SchemaIssue {
  /** JSON Pointer to the value, as Ajv's `instancePath`: `/events/3/date/start`. */
  path: string;
  /** What is wrong, in words: `must be a whole number, not "376"`. */
  message: string;
}

/** What a text must look like, by the schema's `pattern` for it. */
export const FORMS: Readonly<Record<string, string>> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$':
    'must be an id of lower-case letters and digits joined by single hyphens',
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$': 'must be a date and time like 1917-11-07T22:40',
  '^https?://': 'must be a web address starting with http:// or https://',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'must be a clock time from 00:00 to 23:59',
  '^page-texts/[a-z0-9]+(?:-[a-z0-9]+)*\\.[0-9a-f]{16}\\.json$':
    'must name a page text file like page-texts/<page id>.<16 hex digits>.json',
};

/** What a page must carry instead, when it has neither or both forms of its texts. */
const PAGE_TEXTS =
  'must have either its texts (rawText and readingText) or a textFile naming the file that holds them, not both';

/** What a text too short should have been, by its path with `*` for each index. */
const TOO_SHORT: Readonly<Record<string, string>> = {
  '/events/*/date/edtf': 'must be an EDTF date such as 1917-11-08',
  '/events/*/date/readings/*/edtf': 'must be an EDTF date such as 1917-11-08',
};

/** What the positions of a fixed-length list hold, by its path with `*` for each index. */
const TUPLES: Readonly<Record<string, string>> = {
  '/places/*/coordinates': '[longitude, latitude]',
};

const TYPES: Readonly<Record<string, string>> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** The value at a JSON Pointer (RFC 6901), as Ajv writes `instancePath`. */
function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | null)?.[key];
  }
  return node;
}

function wordError(error: ErrorObject, value: unknown): string {
  const field = error.instancePath.replace(/\/\d+(?=\/|$)/g, '/*');
  const tuple = TUPLES[field];
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type': {
      const kind = `${TYPES[String(params.type)] ?? String(params.type)}${tuple ? ` ${tuple}` : ''}`;
      return `must be ${kind}, not ${showValue(value)}`;
    }
    case 'required':
      return `is missing the field "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `has a field "${String(params.additionalProperty)}" that events.json does not have`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).join(', ')}; not ${showValue(value)}`;
    case 'const':
      return `must be ${JSON.stringify(params.allowedValue)}, not ${showValue(value)}`;
    case 'pattern':
      return `${FORMS[String(params.pattern)] ?? 'has the wrong form'}, not ${showValue(value)}`;
    case 'minLength':
      return (
        TOO_SHORT[field] ??
        (params.limit === 1 ? 'must not be empty' : `must be at least ${params.limit} characters`)
      );
    case 'minimum':
      return `must be at least ${params.limit}, not ${value}`;
    case 'maximum':
      return `must be at most ${params.limit}, not ${value}`;
    case 'minItems':
    case 'maxItems': {
      const count = (value as unknown[]).length;
      if (tuple) return `must hold ${params.limit} values ${tuple}, not ${count}`;
      const bound = error.keyword === 'minItems' ? 'at least' : 'at most';
      return `must hold ${bound} ${params.limit} values, not ${count}`;
    }
    default:
      return `does not meet the schema's "${error.keyword}" rule`;
  }
}

/** Every way `value` fails the events.json schema; empty when it is a valid events.json. */
export function findSchemaIssues(value: unknown): SchemaIssue[] {
  if (validate(value)) return [];
  const issues: SchemaIssue[] = [];
  for (const error of validate.errors ?? []) {
    // A page's two forms (texts inline, or a textFile): each branch's own failures would
    // only confuse; the oneOf says in one sentence what the page must have.
    if (/\/oneOf\/\d+\//.test(error.schemaPath)) continue;
    const message =
      error.keyword === 'oneOf' ? PAGE_TEXTS : wordError(error, valueAt(value, error.instancePath));
    issues.push({ path: error.instancePath, message });
  }
  return issues;
}
