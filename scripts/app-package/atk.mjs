// The Microsoft 365 Agents Toolkit CLI (`atk validate --manifest-file`), installed on first use into
// the gitignored .tools/atk. Two registry problems need working around: linkedom 0.18.15 depends on a
// package the registry lacks (pin 0.18.14), and keytar's native build needs libsecret and GitHub
// (skip install scripts; validation never touches the keychain).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './paths.mjs';

const version = '1.1.17';
const home = path.join(repoRoot, '.tools', 'atk');
const cli = path.join(home, 'node_modules', '@microsoft', 'm365agentstoolkit-cli', 'cli.js');

export function ensureAtk(log) {
  if (existsSync(cli)) return cli;
  log(`Installing @microsoft/m365agentstoolkit-cli@${version} into .tools/atk (once, about a minute)...`);
  // Install beside the final folder and rename, so parallel callers never see half an install.
  const staging = `${home}.installing-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(path.join(staging, 'package.json'), JSON.stringify({
    name: 'stakeholderbot-atk', private: true,
    dependencies: { '@microsoft/m365agentstoolkit-cli': version },
    overrides: { linkedom: '0.18.14' },
  }, null, 2));
  const npm = spawnSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: staging, encoding: 'utf8', shell: process.platform === 'win32' });
  if (npm.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`npm install of the Agents Toolkit CLI failed:\n${npm.stdout}${npm.stderr}`);
  }
  try { renameSync(staging, home); } catch { rmSync(staging, { recursive: true, force: true }); }
  if (!existsSync(cli)) throw new Error(`Agents Toolkit CLI not found at ${cli} after install`);
  return cli;
}

export function atkValidate(manifestFile, log) {
  const entry = ensureAtk(log);
  const run = spawnSync(process.execPath,
    [entry, 'validate', '--manifest-file', path.basename(manifestFile), '--telemetry', 'false', '--interactive', 'false'],
    { cwd: path.dirname(manifestFile), encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const errors = output.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('(×)') || l.startsWith('(✖)'));
  return { ok: run.status === 0, output, errors: run.status === 0 ? [] : (errors.length ? errors : [output.trim() || `atk exited with ${run.status}`]) };
}
