import { afterAll, expect } from 'vitest';
import { findLeaks, resetSecretScan } from './secret-scan.js';

afterAll(() => {
  const leaks = findLeaks();
  resetSecretScan();
  expect(leaks, 'a configured secret appeared in a response or a log line').toEqual([]);
});
