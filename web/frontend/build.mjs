// Bundles the UI (src/app.ts -> app.js, app.css) and the self-contained report (src/static-report.ts -> report.js,
// report.css) into TRADEWIND_WEB_OUT (the web module's target/classes/static when Maven runs it).
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.env.TRADEWIND_WEB_OUT ?? resolve(here, '../target/classes/static'));
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  format: 'iife',
  legalComments: 'inline',
  logLevel: 'warning',
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: { app: resolve(here, 'src/app.ts') }, outdir: out }),
  esbuild.build({ ...common, entryPoints: { report: resolve(here, 'src/static-report.ts') }, outdir: out }),
]);
copyFileSync(resolve(here, 'index.html'), resolve(out, 'index.html'));
console.log(`tradewind-web: UI built into ${out}`);
