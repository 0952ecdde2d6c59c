import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import type { Plugin } from 'graphql-yoga';
import { reportedAsValidationError } from './limit-rejection.js';

/** Refuses documents nested deeper than `n` fields (fragments counted where they are spread). */
export function useMaxDepth(n: number): Plugin {
  return maxDepthPlugin({ n, flattenFragments: true, ...reportedAsValidationError('depth') }) as Plugin;
}
