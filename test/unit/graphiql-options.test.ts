import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleOperations, graphiqlOptions } from '../../src/http/graphiql.js';

const README = [
  '# Title',
  '```graphql',
  'query First {',
  '  latestEventId',
  '}',
  '```',
  'Some text.',
  '```sh',
  'npm start',
  '```',
  '```graphql',
  'mutation Second($id: ID!, $key: String) {',
  '  cancelCampaign(id: $id, idempotencyKey: $key) { __typename }',
  '}',
  '```',
].join('\n');

describe('GraphiQL options', () => {
  it('takes every graphql block of the README, in order, and nothing else', () => {
    expect(exampleOperations(README)).toEqual([
      'query First {\n  latestEventId\n}',
      'mutation Second($id: ID!, $key: String) {\n  cancelCampaign(id: $id, idempotencyKey: $key) { __typename }\n}',
    ]);
  });

  it('opens one tab per example, with empty required variables and the given headers on each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cgw-readme-'));
    await writeFile(join(dir, 'README.md'), README);
    const options = graphiqlOptions({ Authorization: 'Bearer demo' }, join(dir, 'README.md'));
    expect(options.defaultQuery).toContain('query First');
    expect(options.defaultTabs?.map((tab) => tab.variables)).toEqual([null, JSON.stringify({ id: '' }, null, 2)]);
    for (const tab of options.defaultTabs ?? [])
      expect(JSON.parse(tab.headers ?? '{}')).toEqual({ Authorization: 'Bearer demo' });
    expect(JSON.parse(options.headers ?? '{}')).toEqual({ Authorization: 'Bearer demo' });
  });

  it('still opens GraphiQL, without tabs or headers, when there is no README', () => {
    const options = graphiqlOptions(undefined, '/nonexistent/README.md');
    expect(options.defaultTabs).toBeUndefined();
    expect(options.headers).toBeUndefined();
    expect(options.title).toBe('campaign-gateway');
  });
});
