import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import type { Plugin } from 'graphql-yoga';
import { reportedAsValidationError } from './limit-rejection.js';

/** Refuses documents with more than `n` aliases: one request must not fan out into many provider calls. */
export function useMaxAliases(n: number): Plugin {
  return maxAliasesPlugin({ n, ...reportedAsValidationError('aliases') }) as Plugin;
}
