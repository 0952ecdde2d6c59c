import { afterAll, beforeAll, expect, it } from 'vitest';
import { graphql } from '../generated/gql.js';
import { describeWithBrowser, launchBrowser, type TestBrowser } from '../support/browser.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';
import { subscribeWs } from '../support/subscriptions.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { bsgCampaignId, markDocument, openDashboard, row, rowWithStatus, waitForBadge } from './dashboard-page.js';

const Head = graphql(`
  query DashboardConnectionHead {
    latestEventId
  }
`);

const Changes = graphql(`
  subscription DashboardConnectionChanges($since: ID) {
    campaignEvents(since: $since) {
      __typename
      ... on CampaignEvent {
        id
        status
      }
    }
  }
`);

describeWithBrowser('the dashboard connection', () => {
  let gw: TestGateway;
  let browser: TestBrowser;
  let proxy: TcpProxy;

  beforeAll(async () => {
    gw = await startTestGateway({ webhookSecret: 'whsec_dashboard_connection' });
    browser = await launchBrowser();
    proxy = await startTcpProxy(gw.url);
  });
  afterAll(async () => {
    await browser?.close();
    await proxy?.close();
    await gw?.stop();
  });

  /** Sets BSG statuses and resolves once the gateway has published every change. */
  async function changeAtProvider(changes: [number, 'paused' | 'stopped' | 'sending'][]): Promise<void> {
    const since = (await execute(gw.url, Head, {}, { apiKey: gw.apiKey })).data?.latestEventId ?? '0';
    const events = subscribeWs(gw.url, gw.apiKey, Changes, { since });
    for (const [id, status] of changes) gw.sandboxes.bsg.setStatus(id, status);
    for (let i = 0; i < changes.length; i++) {
      expect((await events.next()).data?.campaignEvents.__typename).toBe('CampaignEvent');
    }
    await events.close();
  }

  it('shows reconnecting when the connection drops, then live again with every missed change applied', async () => {
    const page = await browser.newPage();
    await openDashboard(page, proxy.url, gw.apiKey, '?provider=BSG');
    const sameDocument = await markDocument(page);
    const [first, second] = gw.sandboxes.bsg.campaignIds().filter((id) => {
      const status = gw.sandboxes.bsg.campaign(id)?.status;
      return status === 'sending' || status === 'scheduled';
    });
    const firstId = bsgCampaignId(first ?? 0);
    const secondId = bsgCampaignId(second ?? 0);
    await row(page, firstId).waitFor();

    proxy.cut();
    await waitForBadge(page, 'reconnecting');
    await changeAtProvider([
      [first ?? 0, 'paused'],
      [second ?? 0, 'stopped'],
    ]);
    expect(await row(page, firstId).getAttribute('data-status')).not.toBe('PAUSED');

    proxy.restore();
    await waitForBadge(page, 'live');
    await rowWithStatus(page, firstId, 'PAUSED').waitFor();
    await rowWithStatus(page, secondId, 'CANCELLED').waitFor();
    expect(await sameDocument()).toBe(true);
    expect(browser.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('shows offline while the browser is offline', async () => {
    const page = await browser.newPage();
    await openDashboard(page, gw.url, gw.apiKey);
    await browser.context.setOffline(true);
    try {
      await waitForBadge(page, 'offline');
      expect(await page.locator('#connection').textContent()).toBe('Offline');
    } finally {
      await browser.context.setOffline(false);
    }
    await waitForBadge(page, 'live');
    expect(browser.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('falls back to Server-Sent Events when WebSockets cannot get through, and stays live', async () => {
    const page = await browser.newPage();
    await page.routeWebSocket(/\/graphql$/, (ws) => void ws.close({ code: 1011, reason: 'blocked by the network' }));
    const eventStream = page.waitForRequest(
      (request) => request.method() === 'POST' && request.headers()['accept'] === 'text/event-stream',
    );
    await openDashboard(page, gw.url, gw.apiKey, '?provider=BSG');
    await eventStream;
    const id = gw.sandboxes.bsg
      .campaignIds()
      .find((candidate) => gw.sandboxes.bsg.campaign(candidate)?.status === 'paused');
    const campaignId = bsgCampaignId(id ?? 0);
    await row(page, campaignId).waitFor();
    gw.sandboxes.bsg.setStatus(id ?? 0, 'sending');
    await page.locator(`#rows tr[data-id="${campaignId}"][data-status="RUNNING"].changed`).waitFor({ timeout: 2_000 });
    expect(browser.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
