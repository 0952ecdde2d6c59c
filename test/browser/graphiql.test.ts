import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exampleOperations } from '../../src/http/graphiql.js';
import { describeWithBrowser, launchBrowser, type TestBrowser } from '../support/browser.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

describeWithBrowser('GraphiQL at /graphql', () => {
  let gw: TestGateway;
  let browser: TestBrowser;

  beforeAll(async () => {
    gw = await startTestGateway({ graphiqlWithKey: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
  });

  it('opens with the README example operations as tabs and the key filled in, and runs the first example', async () => {
    const examples = exampleOperations(await readFile('README.md', 'utf8'));
    const names = examples.map((operation) => /^(?:query|mutation|subscription)\s+(\w+)/.exec(operation)?.[1]);
    expect(names[0]).toBe('RecentCampaigns');

    const page = await browser.newPage({ width: 1400, height: 900 });
    await page.goto(`${gw.url}/graphql`);
    for (const name of names) await page.getByRole('tab', { name: name ?? '' }).waitFor({ timeout: 15_000 });

    const answer = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && response.request().postData()?.includes('RecentCampaigns') === true,
    );
    await page.getByRole('tab', { name: 'RecentCampaigns' }).click();
    await page.getByRole('button', { name: /execute query/i }).click();
    const response = await answer;
    expect(response.status()).toBe(200);
    expect(response.request().headers()['authorization']).toBe(`Bearer ${gw.apiKey}`);
    const body = (await response.json()) as { data?: { campaigns?: { edges: { node: { name: string } }[] } } };
    const first = body.data?.campaigns?.edges[0]?.node.name ?? '';
    expect(first).not.toBe('');
    await page.getByText(`"${first}"`).first().waitFor();
    await page.close();
  });
});
