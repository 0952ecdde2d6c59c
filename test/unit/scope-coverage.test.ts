import type { GraphQLUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../schema/index.js';

const ROOT_TYPES = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];

function declaredScopes(extensions: Readonly<Record<string, unknown>>): unknown {
  const options = extensions['pothosOptions'] as { authScopes?: unknown } | undefined;
  return options?.authScopes;
}

describe('API key scopes', () => {
  it('every root field declares the scope it needs', () => {
    const missing = ROOT_TYPES.flatMap((type) =>
      Object.values(type?.getFields() ?? {})
        .filter((field) => declaredScopes(field.extensions) === undefined)
        .map((field) => `${type?.name}.${field.name}`),
    );
    expect(missing, 'add `authScopes: { scope: ... }` to these fields (see schema/builder.ts)').toEqual([]);
  });

  it('every mutation result union can answer ForbiddenError', () => {
    const unions = Object.values(schema.getMutationType()?.getFields() ?? {})
      .map((field) => schema.getType(String(field.type).replace(/!$/, '')))
      .filter((type): type is GraphQLUnionType => type !== undefined && 'getTypes' in type);
    expect(unions.length).toBeGreaterThan(0);
    for (const union of unions) {
      expect(
        union.getTypes().map((type) => type.name),
        union.name,
      ).toContain('ForbiddenError');
    }
  });
});
