import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import { reportedAsValidationError } from './limit-rejection.js';

/** Stops parsing after `n` lexer tokens, so a huge document costs almost nothing to refuse (a 400 parse error). */
export function useMaxTokens(n: number): Plugin {
  return maxTokensPlugin({ n, ...reportedAsValidationError('tokens') }) as Plugin;
}
