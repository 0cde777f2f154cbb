// Exit 0 when node_modules holds exactly the versions package-lock.json pins for the direct
// dependencies, 1 when `npm ci` is needed. Compares versions, not timestamps, so a fresh checkout
// next to an up-to-date node_modules is not reinstalled.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (file) => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const manifest = read('package.json');
const lock = read('package-lock.json');
const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });

const stale = names.filter((name) => {
  const installed = path.join(root, 'node_modules', name, 'package.json');
  if (!existsSync(installed)) return true;
  return JSON.parse(readFileSync(installed, 'utf8')).version !== lock.packages?.[`node_modules/${name}`]?.version;
});
if (stale.length > 0) console.log(`node_modules is missing or stale for: ${stale.join(', ')}`);
process.exit(stale.length > 0 ? 1 : 0);
