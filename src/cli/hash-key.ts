import { hashApiKey } from '../auth/api-keys.js';
import { println, type Command } from './io.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `hash-key [key]`: prints the hex SHA-256 of an API key (from the argument, or stdin so it stays out of
 * the shell history), the value `tenants[].apiKeys[].sha256` expects.
 */
export const hashKey: Command = async (args, io) => {
  let key = args[0];
  if (key === undefined) {
    if (io.stdin.isTTY) {
      println(io.stderr, 'usage: campaign-gateway hash-key <key>   or   echo -n "$KEY" | campaign-gateway hash-key');
      return 2;
    }
    key = (await readAll(io.stdin)).replace(/\r?\n$/, '');
  }
  if (key.length === 0) {
    println(io.stderr, 'hash-key: the key is empty');
    return 1;
  }
  println(io.stdout, hashApiKey(key));
  println(io.stderr, 'put this into tenants[].apiKeys[].sha256; give the key itself only to its client');
  return 0;
};
