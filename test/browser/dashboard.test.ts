import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import type { DashboardCampaignIdsQuery } from '../generated/graphql.js';
import { describeWithBrowser, launchBrowser, type TestBrowser } from '../support/browser.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute, type GraphQLResponse } from '../support/graphql-client.js';
import { bsgCampaignId, markDocument, openDashboard, row, rowWithStatus } from './dashboard-page.js';

const Providers = graphql(`
  query DashboardProviders {
    providers {
      id
    }
  }
`);

const CampaignIds = graphql(`
  query DashboardCampaignIds($after: String) {
    campaigns(first: 100, after: $after) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Every campaign id the tenant's federated list holds, read page by page over GraphQL. */
async function allCampaignIds(gw: TestGateway): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<DashboardCampaignIdsQuery> = await execute(
      gw.url,
      CampaignIds,
      { after },
      {
        apiKey: gw.apiKey,
      },
    );
    const campaigns = response.data?.campaigns;
    ids.push(...(campaigns?.edges.map((edge) => edge.node.id) ?? []));
    if (!campaigns?.pageInfo.hasNextPage) return ids;
    after = campaigns.pageInfo.endCursor ?? null;
  }
}

/** The newest BSG demo campaign in a provider status, by its BSG id. */
function bsgCampaignIn(gw: TestGateway, status: string): number {
  const id = gw.sandboxes.bsg
    .campaignIds()
    .reverse()
    .find((candidate) => gw.sandboxes.bsg.campaign(candidate)?.status === status);
  if (id === undefined) throw new Error(`no BSG campaign is ${status}`);
  return id;
}

describeWithBrowser('the live dashboard', () => {
  let gw: TestGateway;
  let browser: TestBrowser;

  beforeAll(async () => {
    gw = await startTestGateway({ seedCampaigns: 30, webhookSecret: 'whsec_dashboard' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
  });

  it('asks for the key, lists every wired provider, loads the rest on scroll, and filters', async () => {
    const providers = [
      ...new Set((await execute(gw.url, Providers, {}, { apiKey: gw.apiKey })).data?.providers.map((p) => p.id)),
    ];
    const ids = await allCampaignIds(gw);
    const page = await browser.newPage();

    await openDashboard(page, gw.url, gw.apiKey);
    expect(await page.locator('#rows tr').count()).toBeLessThan(ids.length);
    while (await page.locator('#more').isVisible()) {
      const shown = await page.locator('#rows tr').count();
      await page.locator('#more').scrollIntoViewIfNeeded();
      await page.waitForFunction(
        (before) => document.querySelectorAll('#rows tr').length > before || !document.getElementById('end')?.hidden,
        shown,
      );
    }
    await expect(page.locator('#end').textContent()).resolves.toBe('All campaigns are shown.');
    const shownIds = await page.locator('#rows tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(shownIds).toEqual(ids);
    for (const provider of providers) {
      expect(await page.locator(`#rows tr[data-provider="${provider}"]`).count(), provider).toBeGreaterThan(0);
    }

    await page.getByLabel('Status').selectOption({ label: 'Running' });
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('#rows tr')];
      return rows.length > 0 && rows.every((r) => r.dataset['status'] === 'RUNNING');
    });
    expect(page.url()).toContain('status=RUNNING');
    await expect(page.locator('#rows tr .status-badge').first().textContent()).resolves.toBe('Running');

    await page.reload();
    await page.locator('#rows tr').first().waitFor();
    expect(await page.getByLabel('API key').isVisible()).toBe(false);
    expect(await page.getByLabel('Status').inputValue()).toBe('RUNNING');
    expect(browser.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('says in words that a key was refused, keeps nothing, and asks again', async () => {
    const page = await browser.newPage();
    await page.goto(`${gw.url}/dashboard`);
    await page.getByLabel('API key').fill('not-a-valid-key');
    await page.getByLabel('API key').press('Enter');
    await page.getByText('This API key was not accepted. Enter a valid key.').waitFor();
    expect(await page.getByLabel('API key').isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.locator('#connection').textContent()).toBe('Offline');
    // The browser's own note of the refused request is the only console message.
    expect(browser.consoleErrors(page)).toEqual([
      'Failed to load resource: the server responded with a status of 401 (Unauthorized)',
    ]);
    await page.close();
  });

  it('updates a row in place within 2 s when the provider changes a campaign', async () => {
    const page = await browser.newPage();
    await openDashboard(page, gw.url, gw.apiKey, '?provider=BSG');
    const sameDocument = await markDocument(page);
    const id = bsgCampaignIn(gw, 'sending');
    const campaignId = bsgCampaignId(id);
    await row(page, campaignId).waitFor();

    gw.sandboxes.bsg.setStatus(id, 'paused');
    await page.locator(`#rows tr[data-id="${campaignId}"][data-status="PAUSED"].changed`).waitFor({ timeout: 2_000 });
    await expect(row(page, campaignId).locator('.status-badge').textContent()).resolves.toBe('Paused');
    expect(await sameDocument()).toBe(true);
    expect(browser.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('offers only the available actions, and cancels through its own button', async () => {
    const page = await browser.newPage();
    await openDashboard(page, gw.url, gw.apiKey, '?provider=BSG');
    const sameDocument = await markDocument(page);
    const done = bsgCampaignId(bsgCampaignIn(gw, 'done'));
    expect(await row(page, done).getByRole('button').count()).toBe(0);

    const id = bsgCampaignIn(gw, 'scheduled');
    const campaignId = bsgCampaignId(id);
    const name = gw.sandboxes.bsg.campaign(id)?.name ?? '';
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Cancel ${name}`, exact: true }).click();
    await rowWithStatus(page, campaignId, 'CANCELLED').waitFor({ timeout: 2_000 });
    expect(await row(page, campaignId).getByRole('button').count()).toBe(0);
    expect(gw.sandboxes.bsg.campaign(id)?.status).toBe('stopped');
    expect(await sameDocument()).toBe(true);
    expect(browser.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows a failed action as a sentence naming the provider, and leaves the row as it was', async () => {
    const page = await browser.newPage();
    await openDashboard(page, gw.url, gw.apiKey, '?provider=BSG');
    const id = bsgCampaignIn(gw, 'paused');
    const campaignId = bsgCampaignId(id);
    const name = gw.sandboxes.bsg.campaign(id)?.name ?? '';
    gw.sandboxes.bsg.faults.add({ kind: 'status-503', route: 'campaigns.stop' });
    try {
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: `Cancel ${name}`, exact: true }).click();
      const alert = page.locator('#notice');
      await alert.waitFor();
      expect(await alert.textContent()).toBe(
        `Could not cancel “${name}”: BSG is unavailable right now, so nothing was changed. Try again later.`,
      );
      await expect(row(page, campaignId).locator('.row-message').textContent()).resolves.toBe(
        await alert.textContent(),
      );
      expect(await row(page, campaignId).getAttribute('data-status')).toBe('PAUSED');
      expect(
        await row(page, campaignId)
          .getByRole('button', { name: `Cancel ${name}` })
          .isEnabled(),
      ).toBe(true);
    } finally {
      gw.sandboxes.bsg.faults.clear();
    }
    expect(browser.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
