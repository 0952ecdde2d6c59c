import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The dashboard folder (this file's own folder). */
export const WEB_ROOT = dirname(fileURLToPath(import.meta.url));

/** One built file of the dashboard, by the name it is served under. */
export interface DashboardFile {
  name: string;
  contentType: string;
  body: Buffer;
}

const STATIC_FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

/** Bundles the page's script (graphql-ws included, nothing from a CDN) and collects its static files, in memory. */
export async function buildDashboard(): Promise<DashboardFile[]> {
  const result = await build({
    entryPoints: [join(WEB_ROOT, 'src', 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    write: false,
    outfile: 'app.js',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0];
  if (!script) throw new Error('the dashboard bundle is empty');
  const files: DashboardFile[] = [
    { name: 'app.js', contentType: 'text/javascript; charset=utf-8', body: Buffer.from(script.contents) },
  ];
  for (const [name, contentType] of Object.entries(STATIC_FILES)) {
    files.push({ name, contentType, body: await readFile(join(WEB_ROOT, 'static', name)) });
  }
  return files;
}

/** Writes the built dashboard to web/dist (what `npm run build:web` runs). */
export async function writeDashboard(outdir = join(WEB_ROOT, 'dist')): Promise<string[]> {
  await mkdir(outdir, { recursive: true });
  const files = await buildDashboard();
  await Promise.all(files.map((file) => writeFile(join(outdir, file.name), file.body)));
  return files.map((file) => join(outdir, file.name));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeDashboard()
    .then((written) => process.stdout.write(`dashboard built: ${written.join(', ')}\n`))
    .catch((error: unknown) => {
      console.error('dashboard build failed:', error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
