/**
 * A fleet of graphql-ws subscribers in its own process (the load generator must not share the
 * gateway's event loop). Usage: tsx subscriber-fleet.ts <url>,<url>… <key> <count> <since>
 * Prints "ready" once every subscriber is connected, then one JSON line per received event:
 * {"campaignId","status","at"} (at = Date.now() on receipt), and "done <n>" on SIGTERM.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [urls = '', key = '', countText = '0', since = ''] = process.argv.slice(2);
const count = Number(countText);
const targets = urls.split(',');
const QUERY = `subscription($since: ID) { campaignEvents(since: $since) {
  ... on CampaignEvent { campaignId status } } }`;

let connected = 0;
let received = 0;
const lines: string[] = [];
for (let i = 0; i < count; i += 1) {
  const url = targets[i % targets.length] ?? '';
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${key}` },
    retryAttempts: 0,
    lazy: false,
    on: {
      connected: () => {
        connected += 1;
        if (connected === count) process.stdout.write('ready\n');
      },
    },
  });
  client.subscribe<{ campaignEvents: { campaignId: string; status: string } }>(
    { query: QUERY, variables: since ? { since } : {} },
    {
      next: ({ data }) => {
        received += 1;
        if (data) lines.push(JSON.stringify({ ...data.campaignEvents, at: Date.now() }));
        if (lines.length >= 1_000) process.stdout.write(`${lines.splice(0).join('\n')}\n`);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
}
process.on('SIGTERM', () => {
  if (lines.length) process.stdout.write(`${lines.splice(0).join('\n')}\n`);
  process.stdout.write(`done ${received}\n`, () => process.exit(0));
});
