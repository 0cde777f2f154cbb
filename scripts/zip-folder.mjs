// Zips a folder's files (paths relative to it) with the project's own ZIP writer, so publishing needs
// nothing beyond Node. Usage: node scripts/zip-folder.mjs <folder> <out.zip>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zip } from './app-package/zip.mjs';

const [folder, out] = process.argv.slice(2);
if (!folder || !out) { console.error('usage: node scripts/zip-folder.mjs <folder> <out.zip>'); process.exit(2); }
const names = readdirSync(folder, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  .sort();
writeFileSync(out, zip(names.map((name) => ({ name, data: readFileSync(path.join(folder, name)) }))));
