import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** A deterministic random source (mulberry32), so a failing fuzz case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One fuzz case: a body to POST (text or raw bytes), and what kind of attack it is. */
export interface FuzzCase {
  kind: string;
  body: string | Buffer;
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** A literal of (usually) the right type for an argument, sometimes deliberately wrong. */
function literal(random: Random, type: GraphQLInputType, depth = 0): string {
  if (random() < 0.1) return pick(random, ['null', '42', '"x"', 'true', '{}', '[1, 2]', '3.5', 'WRONG_ENUM']);
  if (isNonNullType(type)) return literal(random, type.ofType, depth);
  if (isListType(type)) return `[${literal(random, type.ofType, depth)}]`;
  if (isEnumType(type)) return pick(random, type.getValues()).name;
  if (isInputObjectType(type)) {
    if (depth > 2) return '{}';
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) || random() < 0.3);
    return `{ ${fields.map((field) => `${field.name}: ${literal(random, field.type, depth + 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int':
        return String(Math.floor(random() * 200) - 50);
      case 'Float':
        return String(random() * 100);
      case 'Boolean':
        return random() < 0.5 ? 'true' : 'false';
      case 'DateTime':
        return pick(random, ['"2026-01-01T00:00:00Z"', '"not a date"', '"9999-99-99"']);
      default:
        return JSON.stringify(pick(random, ['', 'abc', 'Q2FtcGFpZ246YnNnOmJzZy1kZW1vOjE=', '🙂', 'x'.repeat(300)]));
    }
  }
  return 'null';
}

function selection(random: Random, schema: GraphQLSchema, type: GraphQLNamedType, depth: number): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
    const member = pick(random, members);
    return `{ __typename ... on ${member.name} ${selection(random, schema, member, depth)} }`;
  }
  if (!isObjectType(type)) return '';
  const fields = Object.values(type.getFields());
  const count = 1 + Math.floor(random() * Math.min(4, fields.length));
  const chosen = Array.from({ length: count }, () => pick(random, fields));
  return `{ ${chosen.map((field) => fieldText(random, schema, field, depth)).join(' ')} }`;
}

function fieldText(
  random: Random,
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  depth: number,
): string {
  const args = field.args.filter((arg) => isNonNullType(arg.type) || random() < 0.2);
  const argText = args.length ? `(${args.map((arg) => `${arg.name}: ${literal(random, arg.type)}`).join(', ')})` : '';
  const named = getNamedType(field.type);
  const leaf = isScalarType(named) || isEnumType(named);
  if (leaf) return `${field.name}${argText}`;
  if (depth > 7) return `${field.name}${argText} { __typename }`;
  return `${field.name}${argText} ${selection(random, schema, named, depth + 1)}`;
}

/** A document built from the schema: a random root field and selection, with (mostly) typed arguments. */
export function schemaDocument(random: Random, schema: GraphQLSchema): string {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  const [operation, root] = pick(random, roots);
  if (!root) return '{ __typename }';
  return `${operation} ${selection(random, schema, root, 0)}`;
}

/** Breaks a document: deletes, duplicates or inserts characters, or truncates it. */
export function mutate(random: Random, text: string): string {
  let out = text;
  const edits = 1 + Math.floor(random() * 4);
  for (let i = 0; i < edits; i += 1) {
    const at = Math.floor(random() * (out.length + 1));
    const action = random();
    if (action < 0.3) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 5));
    else if (action < 0.6)
      out =
        out.slice(0, at) + pick(random, ['{', '}', '(', ')', '...', '$', '@', '"', ':', '!', '\\u']) + out.slice(at);
    else if (action < 0.8) out = out.slice(0, at) + out.slice(at, at + 20).repeat(3) + out.slice(at + 20);
    else out = out.slice(0, at);
  }
  return out;
}

const body = (query: string, extra: Record<string, unknown> = {}) => JSON.stringify({ query, ...extra });

/** Hand-made hostile documents: deep nesting, alias and directive bombs, fragment cycles, huge strings. */
export function hostileCases(random: Random): FuzzCase[] {
  const depth = 20 + Math.floor(random() * 2000);
  const aliases = 20 + Math.floor(random() * 3000);
  return [
    {
      kind: 'deep nesting',
      body: body(`{ ${'campaigns { edges { node { '.repeat(depth / 10)}id${' } } }'.repeat(depth / 10)} }`),
    },
    { kind: 'deep nesting', body: body(`${'{ a '.repeat(depth)}${'}'.repeat(depth)}`) },
    {
      kind: 'alias bomb',
      body: body(
        `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: campaigns(first: 100) { totalCount }`).join(' ')} }`,
      ),
    },
    { kind: 'directive bomb', body: body(`{ latestEventId ${'@include(if: true) '.repeat(aliases)} }`) },
    { kind: 'fragment cycle', body: body('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }') },
    {
      kind: 'fragment fan-out',
      body: body(
        `{ ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { providers { id } ${i < 29 ? `...F${i + 1} ...F${i + 1}` : ''} }`).join(' ')}`,
      ),
    },
    {
      kind: 'huge string',
      body: body(
        `{ campaigns(filter: { search: "${'x'.repeat(200_000 + Math.floor(random() * 2_000_000))}" }) { totalCount } }`,
      ),
    },
    {
      kind: 'huge variable',
      body: body('query Q($s: String) { campaigns(filter: { search: $s }) { totalCount } }', {
        variables: { s: 'y'.repeat(500_000) },
      }),
    },
    {
      kind: 'wrong variable types',
      body: body('query Q($id: ID!) { campaign(id: $id) { __typename } }', { variables: { id: { nested: [1, 2] } } }),
    },
    {
      kind: 'wrong variable types',
      body: body('query Q($f: Int) { campaigns(first: $f) { totalCount } }', { variables: { f: '9'.repeat(40) } }),
    },
    {
      kind: 'wrong variable types',
      body: body('query Q($f: CampaignFilter) { campaigns(filter: $f) { totalCount } }', {
        variables: { f: { statuses: ['NOPE'], createdAfter: 12 } },
      }),
    },
    {
      kind: 'introspection bomb',
      body: body(`{ __schema { types { ${'fields { type { '.repeat(30)}name${' } }'.repeat(30)} } } }`),
    },
    {
      kind: 'invalid UTF-8',
      body: Buffer.from([
        0x7b, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d,
      ]),
    },
    {
      kind: 'invalid UTF-8',
      body: Buffer.concat([
        Buffer.from('{"query":"{ campaign(id: \\"'),
        Buffer.from([0xed, 0xa0, 0x80, 0xf8, 0x88]),
        Buffer.from('\\") { __typename } }"}'),
      ]),
    },
    {
      kind: 'not JSON',
      body: pick(random, [
        '{"query":',
        '[',
        'null',
        '42',
        '"query"',
        '{"query": 5}',
        '{"query": null}',
        '{"query":"{}","variables":"x"}',
        '{"query":"{ __typename }","extensions":[1]}',
      ]),
    },
    { kind: 'batch', body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ providers { id } }' }))) },
  ];
}
