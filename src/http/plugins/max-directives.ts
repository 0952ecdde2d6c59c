import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import type { Plugin } from 'graphql-yoga';
import { reportedAsValidationError } from './limit-rejection.js';

/** Refuses documents with more than `n` directives. */
export function useMaxDirectives(n: number): Plugin {
  return maxDirectivesPlugin({ n, ...reportedAsValidationError('directives') }) as Plugin;
}
