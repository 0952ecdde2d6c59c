import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadOptions } from './load.js';

const PEER_DIR = new URL('../peer/', import.meta.url).pathname;
const BIN = (name: string) => join(PEER_DIR, 'node_modules', '.bin', name);

/** The same page as the gateway's scenario: 50 campaigns, 5 fields, newest first. */
const PEER_QUERY = '{ campaigns(sort: "date", way: "desc") { data { id name status message_type created_at } } }';

export interface Peer {
  running: boolean;
  name: string;
  load: LoadOptions;
  /** What the peer was configured with (written to the results). */
  configuration: string;
  reason: string;
  stop(): Promise<void>;
}

/**
 * Starts Hive Gateway over an OpenAPI description of the BSG list endpoint (composed by Mesh Compose),
 * pointed at the same simulator with a static bearer token. Absent (with the reason) when it is not installed.
 */
export async function startPeer(bsgUrl: string, token: string): Promise<Peer> {
  const absent = (reason: string): Peer => ({
    running: false,
    name: 'hive-gateway',
    load: { url: '' },
    configuration: '',
    reason,
    stop: async () => undefined,
  });
  if (!existsSync(BIN('hive-gateway')) || !existsSync(BIN('mesh-compose'))) {
    return absent('bench/peer is not installed (npm --prefix bench/peer install failed or was skipped)');
  }
  const env = { ...process.env, BSG_URL: bsgUrl, BSG_TOKEN: token };
  const supergraph = join(await mkdtemp(join(tmpdir(), 'cgw-peer-')), 'supergraph.graphql');
  const compose = spawn(BIN('mesh-compose'), ['-o', supergraph], { cwd: PEER_DIR, env, stdio: 'ignore' });
  const composed = await new Promise<number | null>((resolve) => compose.once('exit', resolve));
  if (composed !== 0) return absent(`mesh-compose exited with ${composed}`);
  const port = await freePort();
  const gateway = spawn(BIN('hive-gateway'), ['supergraph', supergraph, '--port', String(port)], {
    cwd: PEER_DIR,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const listening = await waitForOutput(gateway, /Listening on/);
  if (!listening) return absent('hive-gateway did not start');
  return {
    running: true,
    name: 'hive-gateway (peer)',
    load: {
      url: `http://127.0.0.1:${port}/graphql`,
      body: JSON.stringify({ query: PEER_QUERY }),
      headers: { 'content-type': 'application/json' },
    },
    configuration:
      'peer: @graphql-hive/gateway 2.15.1 serving a supergraph composed by @graphql-mesh/compose-cli 1.8.2 from an ' +
      'OpenAPI 3 description of GET /api/campaigns (@omnigraph/openapi 0.112.4), NODE_ENV=production, default ' +
      'settings otherwise, static bearer token header; same simulator, same page of 50, 5 fields',
    reason: '',
    stop: async () => {
      gateway.kill('SIGTERM');
      await new Promise((resolve) => gateway.once('exit', resolve));
    },
  };
}

function waitForOutput(child: ChildProcess, pattern: RegExp): Promise<boolean> {
  return new Promise((resolve) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (pattern.test(seen)) resolve(true);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
