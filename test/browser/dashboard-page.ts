import type { Locator, Page } from 'playwright-core';

/** The global id the gateway gives a BSG demo-account campaign. */
export function bsgCampaignId(providerId: number): string {
  return Buffer.from(`Campaign:bsg:bsg-demo:${providerId}`).toString('base64');
}

/** The row showing a campaign. */
export function row(page: Page, campaignId: string): Locator {
  return page.locator(`#rows tr[data-id="${campaignId}"]`);
}

/** The row once it shows `status` (e.g. "PAUSED"). */
export function rowWithStatus(page: Page, campaignId: string, status: string): Locator {
  return page.locator(`#rows tr[data-id="${campaignId}"][data-status="${status}"]`);
}

/** Opens /dashboard at `base`, enters the key as a person would, and waits until rows are shown and the feed is live. */
export async function openDashboard(page: Page, base: string, apiKey: string, query = ''): Promise<void> {
  await page.goto(`${base}/dashboard${query}`);
  const key = page.getByLabel('API key');
  await key.fill(apiKey);
  await key.press('Enter');
  await page.locator('#rows tr').first().waitFor();
  await waitForBadge(page, 'live');
}

/** Waits until the connection badge is in `state`. */
export async function waitForBadge(page: Page, state: 'live' | 'reconnecting' | 'offline'): Promise<void> {
  await page.locator(`#connection[data-state="${state}"]`).waitFor({ timeout: 10_000 });
}

/** Marks the document so a test can tell the page was not reloaded. */
export async function markDocument(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => document.documentElement.setAttribute('data-test-mark', 'same-document'));
  return () => page.evaluate(() => document.documentElement.getAttribute('data-test-mark') === 'same-document');
}
