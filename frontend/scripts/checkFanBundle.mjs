// The H5 chat and rating pages open on fans' phones, often on slow mobile networks: what they load
// (the entry, the fan pages' chunk and everything those import, with their CSS) must stay small.
// Run after `vite build`; fails the build above the budget.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 150;
const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));

const files = new Set();
function collect(key) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) collect(imported);
}
collect('index.html');
collect('src/app/FanApp.tsx');

const bytes = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(`dist/${file}`)).length, 0);
const kb = (bytes / 1024).toFixed(1);
if (bytes > BUDGET_KB * 1024) {
  console.error(
    `The fan pages load ${kb} KB gzipped, over the ${BUDGET_KB} KB budget: ${[...files].join(', ')}`,
  );
  process.exit(1);
}
console.log(`The fan pages (H5 chat, rating) load ${kb} KB gzipped (budget ${BUDGET_KB} KB).`);
