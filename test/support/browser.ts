import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe } from 'vitest';

/** The system Chromium (Debian's package); a browser is never downloaded. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

const available = existsSync(CHROMIUM_PATH);
if (!available) {
  if (process.env['REQUIRE_BROWSER'] === '1') {
    throw new Error(`Chromium is required (REQUIRE_BROWSER=1) but missing at ${CHROMIUM_PATH}`);
  }
  console.warn(
    `\n!!! Chromium is missing at ${CHROMIUM_PATH}: the browser suites are SKIPPED on this machine (CI fails instead) !!!\n`,
  );
}

/** `describe` for suites that drive a real browser: skipped loudly without one, failed when REQUIRE_BROWSER=1. */
export const describeWithBrowser = available ? describe : describe.skip;

/** A headless Chromium with a fresh profile, and the console errors of every page it opened. */
export interface TestBrowser {
  context: BrowserContext;
  /** Console errors and uncaught exceptions of one page, as they happened. */
  consoleErrors(page: Page): string[];
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Launches the system Chromium headless, offline from everything but the local servers. */
export async function launchBrowser(): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'cgw-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
  });
  const errors = new WeakMap<Page, string[]>();
  const watch = (page: Page) => {
    const seen: string[] = [];
    errors.set(page, seen);
    page.on('console', (message) => {
      if (message.type() === 'error') seen.push(message.text());
    });
    page.on('pageerror', (error) => seen.push(error.message));
  };
  context.on('page', watch);
  for (const page of context.pages()) watch(page);
  return {
    context,
    consoleErrors: (page) => errors.get(page) ?? [],
    async newPage(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
