import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';

/** Answers a request when it is for the dashboard (true), or leaves it to the next route (false). */
export type DashboardRoute = (req: IncomingMessage, res: ServerResponse) => boolean;

interface Asset {
  contentType: string;
  body: Buffer;
  etag: string;
}

const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
const DIST = join(WEB_ROOT, 'dist');
const BUILT_FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};
const PATH = /^\/dashboard(?:\/([\w.-]*))?$/;
const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'content-security-policy':
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

async function newestMtime(dir: string): Promise<number | null> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => null);
  if (!entries) return null;
  const times = await Promise.all(
    entries.filter((e) => e.isFile()).map(async (e) => (await stat(join(e.parentPath, e.name))).mtimeMs),
  );
  return times.length > 0 ? Math.max(...times) : null;
}

async function readDist(): Promise<Map<string, Buffer> | null> {
  try {
    const files = await Promise.all(
      Object.keys(BUILT_FILES).map(async (name) => [name, await readFile(join(DIST, name))] as const),
    );
    return new Map(files);
  } catch {
    return null;
  }
}

/** web/dist when it is at least as new as the sources; otherwise a fresh in-memory build (nothing written). */
async function loadAssets(logger: Logger): Promise<Map<string, Asset>> {
  const [sources, statics, built] = await Promise.all([
    newestMtime(join(WEB_ROOT, 'src')),
    newestMtime(join(WEB_ROOT, 'static')),
    stat(join(DIST, 'index.html')).then(
      (s) => s.mtimeMs,
      () => null,
    ),
  ]);
  const newestSource = Math.max(sources ?? 0, statics ?? 0);
  let files = built !== null && built >= newestSource ? await readDist() : null;
  if (!files && newestSource > 0) {
    const { buildDashboard } = await import('../../web/build.js');
    files = new Map((await buildDashboard()).map((file) => [file.name, file.body]));
    logger.info('dashboard built from web/src');
  }
  if (!files) throw new Error('the dashboard is not built: run `npm run build:web`');
  const assets = new Map<string, Asset>();
  for (const [name, body] of files) {
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    assets.set(name, { contentType: BUILT_FILES[name] ?? 'application/octet-stream', body, etag });
  }
  return assets;
}

/** The /dashboard route: the page and its two assets, built on first request when web/dist is missing or stale. */
export function createDashboardRoute(logger: Logger): DashboardRoute {
  let assets: Promise<Map<string, Asset>> | undefined;
  const serve = async (name: string, req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      assets ??= loadAssets(logger);
      const asset = (await assets).get(name);
      if (!asset) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      const headers = { 'content-type': asset.contentType, 'cache-control': 'no-cache', etag: asset.etag };
      if (req.headers['if-none-match'] === asset.etag) return void res.writeHead(304, headers).end();
      res.writeHead(200, { ...headers, ...SECURITY_HEADERS, 'content-length': asset.body.length });
      res.end(req.method === 'HEAD' ? undefined : asset.body);
    } catch (error) {
      assets = undefined;
      logger.error({ err: error }, 'dashboard unavailable');
      if (!res.headersSent) res.writeHead(503, { 'content-type': 'text/plain' }).end('dashboard unavailable');
    }
  };
  return (req, res) => {
    const match = PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!match) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return true;
    }
    void serve(match[1] || 'index.html', req, res);
    return true;
  };
}
