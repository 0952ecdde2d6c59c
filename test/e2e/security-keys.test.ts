import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type SubscribePayload } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { hashApiKey } from '../../src/auth/api-keys.js';
import { SCOPES } from '../../src/auth/scopes.js';
import { resolveConfig } from '../../src/config.js';
import { watchConfigFile, type ConfigWatch } from '../../src/config-watch.js';
import { createLogger } from '../../src/logger.js';
import { operationHash } from '../../src/http/persisted-manifest.js';
import { sandboxTenant } from '../../src/sandbox-mode.js';
import { graphql } from '../generated/gql.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { execute } from '../support/graphql-client.js';
import { generatedDocuments, writePersistedOperations } from '../support/persisted-operations.js';
import { sendRaw } from '../support/raw-http.js';
import { registerSecrets } from '../support/secret-scan.js';

const KeyHead = graphql(`
  query KeyHead {
    latestEventId
  }
`);

const PERSISTED_ONLY_KEY = 'partner-key-persisted-only';

describe('persisted operations for persistedOnly keys', () => {
  let gw: TestGateway;
  let dir: string;
  const headText = () => generatedDocuments().find((document) => document.startsWith('query KeyHead')) ?? '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cgw-persisted-'));
    const manifest = join(dir, 'persisted-operations.json');
    writePersistedOperations(manifest);
    gw = await startTestGateway({
      server: { persistedOperations: manifest },
      apiKeys: [{ id: 'partner', key: PERSISTED_ONLY_KEY, scopes: ['campaigns:read'], persistedOnly: true }],
    });
  });
  afterAll(async () => {
    await gw.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const byHash = (apiKey: string, hash: string) =>
    sendRaw(gw.url, {
      apiKey,
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });

  it('refuses a document sent in full from a persistedOnly key', async () => {
    const response = await execute(gw.url, KeyHead, {}, { apiKey: PERSISTED_ONLY_KEY });
    expect(response.status).toBe(403);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_ONLY');
  });

  it('runs a registered operation by sha256Hash or by documentId', async () => {
    const hash = operationHash(headText());
    const viaHash = await byHash(PERSISTED_ONLY_KEY, hash);
    expect(viaHash.status).toBe(200);
    expect(viaHash.json?.data).toEqual({ latestEventId: null });
    const viaDocumentId = await sendRaw(gw.url, {
      apiKey: PERSISTED_ONLY_KEY,
      body: JSON.stringify({ documentId: `sha256:${hash}` }),
    });
    expect(viaDocumentId.json?.data).toEqual({ latestEventId: null });
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const response = await byHash(PERSISTED_ONLY_KEY, 'f'.repeat(64));
    expect(response.status).toBe(400);
    expect(response.json?.errors?.[0]?.extensions?.['code']).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('leaves other keys free to send any document (and hashes too)', async () => {
    expect((await execute(gw.url, KeyHead, {}, { apiKey: gw.apiKey })).data).toEqual({ latestEventId: null });
    expect((await byHash(gw.apiKey, operationHash(headText()))).status).toBe(200);
  });

  it('holds over WebSocket too: a document sent in full is refused, a registered one runs by hash', async () => {
    const client = createClient({
      url: `${gw.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${PERSISTED_ONLY_KEY}` },
      retryAttempts: 0,
    });
    const run = (payload: SubscribePayload) =>
      new Promise<unknown>((resolve) => {
        client.subscribe(payload, { next: resolve, error: resolve, complete: () => undefined });
      });
    const refused = await run({ query: '{ latestEventId }' });
    const persisted = await run({
      query: '',
      extensions: { persistedQuery: { version: 1, sha256Hash: operationHash(headText()) } },
    });
    await client.dispose();
    expect(JSON.stringify(refused)).toContain('PERSISTED_QUERY_ONLY');
    expect(persisted).toEqual({ data: { latestEventId: null } });
  });
});

describe('API key rotation without restart', () => {
  let gw: TestGateway;
  let dir: string;
  let path: string;
  let watch: ConfigWatch;
  const reloads: ((applied: boolean) => void)[] = [];
  const nextReload = () => new Promise<boolean>((resolve) => reloads.push(resolve));
  const OLD_KEY = 'rotation-key-old';
  const NEW_KEY = 'rotation-key-new';

  const configWith = (keys: string[]) => {
    const tenant = sandboxTenant(
      gw.sandboxes,
      { id: 'tenant-a', name: 'Tenant A', apiKey: gw.apiKey },
      { polling: false },
    );
    const apiKeys = keys.map((key) => ({ id: key, sha256: hashApiKey(key), scopes: [...SCOPES] }));
    return { tenants: [{ ...tenant, apiKeys }] };
  };
  const writeConfig = (keys: string[]) => writeFile(path, JSON.stringify(configWith(keys)));
  const status = async (apiKey: string) => (await execute(gw.url, KeyHead, {}, { apiKey })).status;

  beforeAll(async () => {
    registerSecrets([OLD_KEY, NEW_KEY]);
    gw = await startTestGateway({ apiKeys: [{ id: 'old', key: OLD_KEY, scopes: [...SCOPES] }] });
    dir = await mkdtemp(join(tmpdir(), 'cgw-reload-'));
    path = join(dir, 'config.json');
    await writeConfig([OLD_KEY]);
    const logger = createLogger({ level: 'silent' });
    watch = watchConfigFile(
      path,
      {},
      logger,
      (config) => gw.gateway.reloadConfig(config),
      (applied) => reloads.shift()?.(applied),
    );
  });
  afterAll(async () => {
    watch.close();
    await gw.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts a new key next to the old one after the file changes, then drops the old one', async () => {
    expect(await status(NEW_KEY)).toBe(401);
    let reloaded = nextReload();
    await writeConfig([OLD_KEY, NEW_KEY]);
    expect(await reloaded).toBe(true);
    expect([await status(OLD_KEY), await status(NEW_KEY)]).toEqual([200, 200]);
    reloaded = nextReload();
    await writeConfig([NEW_KEY]);
    expect(await reloaded).toBe(true);
    expect([await status(OLD_KEY), await status(NEW_KEY)]).toEqual([401, 200]);
  });

  it('ignores an invalid config: the running keys stay', async () => {
    const reloaded = nextReload();
    await writeFile(path, '{ "tenants": [ { "id": "Not Valid" ');
    expect(await reloaded).toBe(false);
    expect(await status(NEW_KEY)).toBe(200);
    const restored = nextReload();
    await writeConfig([NEW_KEY]);
    expect(await restored).toBe(true);
  });

  it('reloads on SIGHUP', async () => {
    gw.gateway.reloadConfig(resolveConfig(configWith([OLD_KEY]), {}));
    expect(await status(NEW_KEY)).toBe(401);
    const reloaded = nextReload();
    process.kill(process.pid, 'SIGHUP');
    expect(await reloaded).toBe(true);
    expect(await status(NEW_KEY)).toBe(200);
  });
});
