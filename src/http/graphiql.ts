import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { Kind, parse, type TypeNode } from 'graphql';
import type { GraphiQLOptions } from 'graphql-yoga';

const README = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md');
const GRAPHQL_BLOCK = /```graphql\n([\s\S]*?)```/g;
const PLACEHOLDERS: Record<string, unknown> = { ID: '', String: '', Int: 0, Float: 0, Boolean: false };

/** The ```graphql blocks of a markdown text, in order. */
export function exampleOperations(markdown: string): string[] {
  return [...markdown.matchAll(GRAPHQL_BLOCK)].map((match) => (match[1] ?? '').trim()).filter(Boolean);
}

function namedType(type: TypeNode): string | undefined {
  if (type.kind === Kind.NON_NULL_TYPE) return namedType(type.type);
  return type.kind === Kind.NAMED_TYPE ? type.name.value : undefined;
}

/** A variables object to edit for an operation: every required variable with an empty value of its type. */
function variablesFor(operation: string): string | null {
  try {
    const definition = parse(operation).definitions[0];
    if (definition?.kind !== Kind.OPERATION_DEFINITION) return null;
    const required = (definition.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE);
    if (required.length === 0) return null;
    const entries = required.map((v) => [v.variable.name.value, PLACEHOLDERS[namedType(v.type) ?? ''] ?? null]);
    return JSON.stringify(Object.fromEntries(entries), null, 2);
  } catch {
    return null;
  }
}

/** GraphiQL served from the installed package (no CDN), one tab per README example, with the given headers. */
export function graphiqlOptions(headers?: Record<string, string>, readme = README): GraphiQLOptions {
  let examples: string[] = [];
  try {
    examples = exampleOperations(readFileSync(readme, 'utf8'));
  } catch {
    // A deployment without the README still gets GraphiQL, just without example tabs.
  }
  const headerText = headers ? JSON.stringify(headers, null, 2) : undefined;
  return {
    title: 'campaign-gateway',
    ...(headerText ? { headers: headerText, defaultHeaders: headerText } : {}),
    ...(examples[0] ? { defaultQuery: examples[0] } : {}),
    ...(examples.length > 0
      ? {
          defaultTabs: examples.map((query) => ({
            query,
            variables: variablesFor(query),
            ...(headerText ? { headers: headerText } : {}),
          })),
        }
      : {}),
  };
}

/** Renders GraphiQL with its scripts inlined from the installed package. */
export { renderGraphiQL };
