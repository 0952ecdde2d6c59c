import { afterEach, describe, expect, it } from 'vitest';
import { findLeaks, recordLogs, recordReceived, registerSecrets, resetSecretScan } from '../support/secret-scan.js';

describe('the secret scanner', () => {
  afterEach(() => resetSecretScan());

  it('finds a registered secret in a response or a log line, and masks it in the report', () => {
    registerSecrets(['planted-secret-value']);
    recordReceived('{"data":{"x":"... planted-secret-value ..."}}');
    recordLogs(['{"msg":"calling","key":"planted-secret-value"}']);
    const leaks = findLeaks();
    expect(leaks.map((leak) => leak.where)).toEqual(['response', 'log']);
    expect(JSON.stringify(leaks)).not.toContain('planted-secret-value');
  });

  it('ignores values too short to be a secret', () => {
    registerSecrets(['abc']);
    recordReceived('abc abc');
    expect(findLeaks()).toEqual([]);
  });
});
