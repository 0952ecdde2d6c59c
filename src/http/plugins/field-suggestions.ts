import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import type { Plugin } from 'graphql-yoga';

/** Removes "Did you mean ...?" from error messages, so the schema cannot be guessed field by field. */
export function useNoFieldSuggestions(): Plugin {
  return blockFieldSuggestionsPlugin({ mask: '' }) as Plugin;
}
