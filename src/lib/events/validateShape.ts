/**
 * A hand-written validator of the events.json shape, mirroring
 * `schema/events.schema.json` keyword for keyword. The app runs it in the browser
 * instead of ajv, which compiles schemas with `new Function` (blocked by the page's
 * Content-Security-Policy) and would weigh more than the rest of the data layer.
 *
 * Each issue names the value by JSON Pointer and the schema keyword that failed, as
 * ajv's `instancePath` and `keyword` do, so a unit test can hold the two to the same
 * verdict (`validateShape.test.ts`). Like ajv, a keyword that applies to one type
 * (say `pattern`) is skipped when the value has another type, and only `type` is
 * reported for it.
 */

/** One way in which a value fails the schema. */
export interface SchemaIssue {
  /** JSON Pointer to the value, as ajv's `instancePath`: `/events/3/date/start`. */
  path: string;
  /** The schema keyword that failed: `type`, `required`, `enum`, `pattern`, … */
  keyword: string;
  /** The property a `required` or `additionalProperties` issue is about. */
  property?: string;
  /** What is wrong, in words: `must be a whole number of at least 1`. */
  message: string;
}

type Check = (value: unknown, path: string, issues: SchemaIssue[]) => void;

const MAX_SHOWN = 60;

/** A value as a reader would recognise it in the file, shortened: `"1917-13-45"`, `the number 5`. */
export function showValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const chars = [...value];
    const shown = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return `the number ${value}`;
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(path: string, key: string | number): string {
  // JSON Pointer escaping (RFC 6901), as ajv writes instance paths.
  return `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function issue(path: string, keyword: string, message: string, property?: string): SchemaIssue {
  return property === undefined ? { path, keyword, message } : { path, keyword, property, message };
}

interface StringRules {
  minLength?: number;
  pattern?: RegExp;
  /** The message when `pattern` fails, naming the expected form. */
  form?: string;
  /** The message when `minLength` fails. */
  short?: string;
}

function string(rules: StringRules = {}): Check {
  return (value, path, issues) => {
    if (typeof value !== 'string') {
      issues.push(issue(path, 'type', `must be text, not ${showValue(value)}`));
      return;
    }
    // ajv counts code points, not UTF-16 units.
    if (rules.minLength !== undefined && [...value].length < rules.minLength) {
      issues.push(issue(path, 'minLength', rules.short ?? 'must not be empty'));
    }
    if (rules.pattern && !rules.pattern.test(value)) {
      issues.push(
        issue(path, 'pattern', `${rules.form ?? 'has the wrong form'}, not ${showValue(value)}`),
      );
    }
  };
}

function number({ integer = false, minimum = -Infinity, maximum = Infinity } = {}): Check {
  const kind = integer ? 'a whole number' : 'a number';
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      issues.push(issue(path, 'type', `must be ${kind}, not ${showValue(value)}`));
      return;
    }
    // Like ajv, a fraction where a whole number belongs still gets its bounds checked.
    if (integer && value % 1 !== 0) {
      issues.push(issue(path, 'type', `must be ${kind}, not ${showValue(value)}`));
    }
    if (value < minimum)
      issues.push(issue(path, 'minimum', `must be at least ${minimum}, not ${value}`));
    if (value > maximum)
      issues.push(issue(path, 'maximum', `must be at most ${maximum}, not ${value}`));
  };
}

const boolean: Check = (value, path, issues) => {
  if (typeof value !== 'boolean') {
    issues.push(issue(path, 'type', `must be true or false, not ${showValue(value)}`));
  }
};

function oneOf(values: readonly (string | number)[]): Check {
  return (value, path, issues) => {
    if (!values.includes(value as string | number)) {
      issues.push(
        issue(path, 'enum', `must be one of ${values.join(', ')}; not ${showValue(value)}`),
      );
    }
  };
}

function constant(expected: string | number): Check {
  return (value, path, issues) => {
    if (value !== expected) {
      issues.push(
        issue(path, 'const', `must be ${JSON.stringify(expected)}, not ${showValue(value)}`),
      );
    }
  };
}

function list(items: Check): Check {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push(issue(path, 'type', `must be a list, not ${showValue(value)}`));
      return;
    }
    value.forEach((item, i) => items(item, child(path, i), issues));
  };
}

/** A fixed-length list of positions (`prefixItems` with `minItems` = `maxItems`). */
function tuple(items: readonly Check[], what: string): Check {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      issues.push(issue(path, 'type', `must be a list ${what}, not ${showValue(value)}`));
      return;
    }
    if (value.length < items.length) {
      issues.push(
        issue(path, 'minItems', `must hold ${items.length} values ${what}, not ${value.length}`),
      );
    }
    if (value.length > items.length) {
      issues.push(
        issue(path, 'maxItems', `must hold ${items.length} values ${what}, not ${value.length}`),
      );
    }
    items.forEach((check, i) => {
      if (i < value.length) check(value[i], child(path, i), issues);
    });
  };
}

/** An object with `additionalProperties: false`; properties not in `optional` are required. */
function object(properties: Record<string, Check>, optional: readonly string[] = []): Check {
  const required = Object.keys(properties).filter((key) => !optional.includes(key));
  return (value, path, issues) => {
    if (!isRecord(value)) {
      issues.push(issue(path, 'type', `must be an object, not ${showValue(value)}`));
      return;
    }
    for (const key of required) {
      if (!Object.hasOwn(value, key)) {
        issues.push(issue(path, 'required', `is missing the field "${key}"`, key));
      }
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(properties, key)) {
        issues.push(
          issue(
            path,
            'additionalProperties',
            `has a field "${key}" that events.json does not have`,
            key,
          ),
        );
      }
    }
    for (const [key, check] of Object.entries(properties)) {
      if (Object.hasOwn(value, key)) check(value[key], child(path, key), issues);
    }
  };
}

// ---- The shapes of schema/events.schema.json, in its order -------------------------------

const id = string({
  pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/u,
  form: 'must be an id of lower-case letters and digits joined by single hyphens',
});
const text = string({ minLength: 1 });
const floatingDateTime = string({
  pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u,
  form: 'must be a date and time like 1917-11-07T22:40',
});
const span = object({
  start: number({ integer: true, minimum: 0 }),
  end: number({ integer: true, minimum: 0 }),
});
const citation = object(
  {
    title: text,
    url: string({
      pattern: /^https?:\/\//u,
      form: 'must be a web address starting with http:// or https://',
    }),
    note: string(),
  },
  ['url', 'note'],
);

const source = object({
  id,
  work: object(
    {
      author: text,
      title: text,
      subtitle: string(),
      publisherPlace: text,
      publisher: text,
      year: number({ integer: true }),
    },
    ['subtitle'],
  ),
  page: number({ integer: true, minimum: 1 }),
  provenance: text,
  rawText: string(),
  readingText: string(),
});

const lane = object({ id, label: text, description: string() });

const person = object({ id, name: text, role: text, aliases: list(text), otherNames: list(text) }, [
  'otherNames',
]);

const place = object(
  {
    id,
    name: text,
    kind: oneOf(['city', 'town', 'building', 'railway-station', 'region']),
    coordinates: tuple(
      [number({ minimum: -180, maximum: 180 }), number({ minimum: -90, maximum: 90 })],
      '[longitude, latitude]',
    ),
    coordinatesSource: citation,
    aliases: list(text),
    otherNames: list(text),
  },
  ['otherNames'],
);

const eventDate = object(
  {
    edtf: string({ minLength: 10, short: 'must be an EDTF date such as 1917-11-08' }),
    time: string({
      pattern: /^([01]\d|2[0-3]):[0-5]\d$/u,
      form: 'must be a clock time from 00:00 to 23:59',
    }),
    partOfDay: oneOf(['morning', 'afternoon', 'evening', 'night']),
    start: floatingDateTime,
    end: floatingDateTime,
    precision: oneOf(['minute', 'part-of-day', 'day', 'days']),
    approximate: boolean,
    uncertain: boolean,
    julian: object({ start: floatingDateTime, end: floatingDateTime }),
    basis: oneOf(['stated', 'narrative', 'historical']),
    rationale: text,
    citations: list(citation),
  },
  ['time', 'partOfDay'],
);

const anchor = object({
  source: id,
  quote: object({ exact: text, prefix: string(), suffix: string() }),
  position: span,
  raw: span,
});

const relation = object({
  kind: oneOf(['before', 'after', 'during', 'part-of']),
  event: id,
});

/** Checks one event, as `$defs/event` does. */
export const checkEvent: Check = object({
  id,
  title: text,
  summary: text,
  type: oneOf(['political', 'military', 'communication', 'decision', 'movement', 'personal']),
  lane: id,
  people: list(id),
  places: list(id),
  date: eventDate,
  anchor,
  relations: list(relation),
});

const eventsFile = object(
  {
    $schema: string(),
    formatVersion: constant(1),
    sources: list(source),
    lanes: list(lane),
    people: list(person),
    places: list(place),
    events: list(checkEvent),
  },
  ['$schema'],
);

/**
 * Every way `value` fails `schema/events.schema.json`, as ajv with `allErrors`
 * reports them (same paths and keywords); empty when it is a valid events.json.
 */
export function validateShape(value: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  eventsFile(value, '', issues);
  return issues;
}
