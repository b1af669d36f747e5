import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import curationSchema from '../../../schema/curation.schema.json' with { type: 'json' };
import type { CurationProblem } from './curationError';

export type CurationFileKind =
  'peopleFile' | 'placesFile' | 'lanesFile' | 'workFile' | 'readingRulesFile' | 'pageFile';

// ajv-formats ships CommonJS whose default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

let ajv: Ajv2020 | undefined;
const validators = new Map<CurationFileKind, ValidateFunction>();

function validatorFor(kind: CurationFileKind): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    addFormats(ajv);
    ajv.addSchema(curationSchema);
  }
  let validate = validators.get(kind);
  if (!validate) {
    validate = ajv.compile({ $ref: `curation.schema.json#/$defs/${kind}` });
    validators.set(kind, validate);
  }
  return validate;
}

/**
 * Checks a parsed curation file against its schema. Each problem names the item
 * (the `id` of the enclosing person, place or event when it has one) and the field.
 */
export function validateCurationFile(
  kind: CurationFileKind,
  file: string,
  data: unknown,
): CurationProblem[] {
  const validate = validatorFor(kind);
  if (validate(data)) return [];
  const problems = simplify(validate.errors ?? []).map((error) => ({
    file,
    ...itemOf(data, error.instancePath),
    field: error.instancePath || '(top level)',
    message: describeError(error),
  }));
  // One line per problem, however many of the schema's keywords found it.
  return problems.filter(
    (problem, i) =>
      problems.findIndex((p) => p.field === problem.field && p.message === problem.message) === i,
  );
}

/** `allOf`/`if` wrappers repeat what the specific error already says. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const specific = errors.filter(
    (error) => !['if', 'allOf', 'anyOf', 'not'].includes(error.keyword),
  );
  return specific.length > 0 ? specific : errors;
}

function describeError(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return `missing required field "${String(error.params.missingProperty)}"`;
    case 'additionalProperties':
      return `unknown field "${String(error.params.additionalProperty)}"`;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'not':
      return 'give either a time or a part of day, not both';
    // A text that must not be blank fails both of these; both say the same.
    case 'minLength':
      return error.params.limit === 1 ? 'is empty' : (error.message ?? 'is too short');
    case 'pattern':
      return error.params.pattern === '\\S'
        ? 'is empty'
        : `does not match ${String(error.params.pattern)}`;
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

/** The id of the array item that holds the error, so "events/3/date" reads as event "gatchina-occupied". */
function itemOf(data: unknown, instancePath: string): { item?: string } {
  const parts = instancePath.split('/').slice(1);
  let node: unknown = data;
  let item: string | undefined;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string, unknown>)[part];
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') {
      item = (node as { id: string }).id;
    }
  }
  return item === undefined ? {} : { item };
}
