// Validates the Teams app manifest folder offline and exits 1 on any problem.
// Usage: node scripts/validate-manifest.mjs [manifest/manifest.json] [--no-atk]
import path from 'node:path';
import { validateManifest } from './app-package/validate.mjs';
import { repoRoot } from './app-package/paths.mjs';

const args = process.argv.slice(2);
const atk = !args.includes('--no-atk');
const file = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(repoRoot, 'manifest', 'manifest.json'));
const manifestFile = file.endsWith('.json') ? file : path.join(file, 'manifest.json');

const errors = await validateManifest(manifestFile, { atk, log: (m) => console.log(m) });
const checks = atk ? 'schema, localization, icons, atk validate' : 'schema, localization, icons';
if (errors.length === 0) {
  console.log(`${path.relative(process.cwd(), manifestFile) || manifestFile}: valid (${checks})`);
} else {
  console.error(`${path.relative(process.cwd(), manifestFile) || manifestFile}: ${errors.length} problem(s) (${checks})`);
  for (const e of errors) console.error(`  ${e}`);
  process.exitCode = 1;
}
