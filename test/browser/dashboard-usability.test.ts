import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithBrowser, launchBrowser, type TestBrowser } from '../support/browser.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { openDashboard } from './dashboard-page.js';

const ARTIFACTS = 'test-artifacts';
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

describeWithBrowser('the dashboard is usable', () => {
  let gw: TestGateway;
  let browser: TestBrowser;

  beforeAll(async () => {
    gw = await startTestGateway({ seedCampaigns: 6 });
    browser = await launchBrowser();
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await gw?.stop();
  });

  it('fits a laptop screen (screenshot in test-artifacts/)', async () => {
    const page = await browser.newPage(LAPTOP);
    await openDashboard(page, gw.url, gw.apiKey);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(LAPTOP.width);
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-desktop.png` });
    expect(browser.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling, labels on every field (screenshot in test-artifacts/)', async () => {
    const page = await browser.newPage(PHONE);
    await openDashboard(page, gw.url, gw.apiKey);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const label = await page
      .locator('#rows tr td.status')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"Status"');
    await page.screenshot({ path: `${ARTIFACTS}/dashboard-phone.png` });
    expect(browser.consoleErrors(page)).toEqual([]);
    await page.close();
  });

  it('can be driven by keyboard alone: key, filters and row actions, with a visible focus ring', async () => {
    const page = await browser.newPage(LAPTOP);
    await page.goto(`${gw.url}/dashboard`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('api-key');
    await page.keyboard.type(gw.apiKey);
    await page.keyboard.press('Enter');
    await page.locator('#rows tr').first().waitFor();

    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return {
          name: el?.getAttribute('name') ?? el?.getAttribute('aria-label') ?? '',
          outline: el ? getComputedStyle(el).outlineStyle : 'none',
        };
      });
    const reached: string[] = [];
    for (let i = 0; i < 40 && !reached.some((name) => name.startsWith('Cancel ')); i++) {
      await page.keyboard.press('Tab');
      const { name, outline } = await focused();
      reached.push(name);
      expect(outline, `focus ring on ${name}`).not.toBe('none');
    }
    expect(reached).toEqual(expect.arrayContaining(['provider', 'status', 'channel', 'search']));
    const cancel = reached.at(-1) ?? '';
    expect(cancel).toMatch(/^Cancel /);

    const statusBefore = await page.evaluate(() => document.activeElement?.closest('tr')?.dataset['status']);
    gw.sandboxes.bsg.calls.clear();
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.keyboard.press('Enter');
    expect(await asked).toContain(cancel.slice('Cancel '.length));
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.dataset['status'])).toBe(statusBefore);
    expect(gw.sandboxes.bsg.calls.count('campaigns.stop')).toBe(0);

    await page.getByLabel('Status').focus();
    await page.keyboard.press('End');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('status'));
    expect(browser.consoleErrors(page)).toEqual([]);
    await page.close();
  });
});
