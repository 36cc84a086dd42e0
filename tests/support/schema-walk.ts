import type { z } from 'zod';

/**
 * Walks a zod (v4) input schema to every place a string can go, so a test can put a bad string
 * there. A kind of schema the walker does not know throws: a new construct must be taught here
 * rather than slip past the tests that use it.
 */
export type Path = (string | number)[];
export interface Leaf {
  path: Path;
  /** The string schema at this place ('opaque' for z.unknown/z.any: anything, strings too). */
  schema: z.ZodType;
  kind: 'string' | 'opaque';
  /** A whole input of the right shape with `value` at this place. */
  make: (value: unknown) => unknown;
}

type Def = { type: string; [k: string]: any };
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** A value of the right type (not necessarily valid): wrong values fail checks, not the shape. */
export function sample(s: z.ZodType): unknown {
  const d = def(s);
  switch (d.type) {
    case 'string': return d.format === 'uuid' ? '0190a8e4-8c3a-7000-8000-000000000001' : 'x';
    case 'number': return 1;
    case 'int': return 1;
    case 'boolean': return false;
    case 'literal': return d.values[0];
    case 'enum': return Object.values(d.entries)[0];
    case 'object': return Object.fromEntries(Object.entries(d.shape as Record<string, z.ZodType>).filter(([, v]) => !optional(v)).map(([k, v]) => [k, sample(v)]));
    case 'array': return [];
    case 'record': return {};
    case 'tuple': return (d.items as z.ZodType[]).map(sample);
    case 'union': return sample(d.options[0]);
    case 'intersection': return { ...(sample(d.left) as object), ...(sample(d.right) as object) };
    case 'pipe': return sample(d.in);
    case 'nullable': return null;
    case 'optional': case 'default': case 'prefault': case 'catch': case 'readonly': case 'nonoptional': return sample(d.innerType);
    case 'lazy': return sample(d.getter());
    case 'unknown': case 'any': return null;
    case 'date': return new Date(0);
    default: throw new Error(`schema-walk: unknown zod type '${d.type}'`);
  }
}

function optional(s: z.ZodType): boolean {
  const t = def(s).type;
  return t === 'optional' || t === 'default' || t === 'prefault';
}

/** Every place in `s` a string can be given, with a builder for a whole input. */
export function stringLeaves(s: z.ZodType, path: Path = [], put: (v: unknown) => unknown = (v) => v): Leaf[] {
  const d = def(s);
  switch (d.type) {
    case 'string': return [{ path, schema: s, kind: 'string', make: put }];
    case 'unknown': case 'any': return [{ path, schema: s, kind: 'opaque', make: put }];
    case 'number': case 'int': case 'boolean': case 'literal': case 'enum': case 'date': case 'null': case 'undefined': return [];
    case 'object':
      return Object.entries(d.shape as Record<string, z.ZodType>).flatMap(([k, v]) =>
        stringLeaves(v, [...path, k], (x) => put({ ...(sample(s) as object), [k]: x })),
      );
    case 'array': return stringLeaves(d.element, [...path, 0], (x) => put([x]));
    case 'tuple': return (d.items as z.ZodType[]).flatMap((it, i) => stringLeaves(it, [...path, i], (x) => put(Object.assign(sample(s) as unknown[], { [i]: x }))));
    // A record's keys and values: opaque as a whole (keys are strings, values anything).
    case 'record': return [{ path, schema: s, kind: 'opaque', make: put }];
    case 'union': return (d.options as z.ZodType[]).flatMap((o) => stringLeaves(o, path, put));
    case 'intersection': return [...stringLeaves(d.left, path, put), ...stringLeaves(d.right, path, put)];
    case 'pipe': return stringLeaves(d.in, path, put);
    case 'optional': case 'nullable': case 'default': case 'prefault': case 'catch': case 'readonly': case 'nonoptional':
      return stringLeaves(d.innerType, path, put);
    case 'lazy': return stringLeaves(d.getter(), path, put);
    default: throw new Error(`schema-walk: unknown zod type '${d.type}' at ${path.join('.')}`);
  }
}

/** A string schema that is a strict zod format (uuid, email...): it cannot hold a control character. */
export function isStrictFormat(s: z.ZodType): boolean {
  return typeof def(s).format === 'string' && def(s).format !== 'regex';
}
