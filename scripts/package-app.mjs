// Builds StakeholderBot.zip (manifest.json, icons and localization files at the zip root) for
// "Upload a custom app" in Teams, with the bot id from configuration. Refuses to build when the
// manifest does not validate.
// Usage: node scripts/package-app.mjs [--out StakeholderBot.zip] [--manifest-dir manifest]
//                                      [--config-dir Bot] [--no-atk]
// Settings: MicrosoftAppId (required, a GUID), Bot:PublicBaseUrl (optional: its host goes into
// validDomains), from environment variables or Bot/appsettings*.json.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBotSettings } from './app-package/config.mjs';
import { validateManifest } from './app-package/validate.mjs';
import { repoRoot } from './app-package/paths.mjs';
import { zip } from './app-package/zip.mjs';

const { values: options } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(repoRoot, 'StakeholderBot.zip') },
    'manifest-dir': { type: 'string', default: path.join(repoRoot, 'manifest') },
    'config-dir': { type: 'string', default: path.join(repoRoot, 'Bot') },
    'no-atk': { type: 'boolean', default: false },
  },
});

class Refusal extends Error {}
const fail = (message) => { throw new Refusal(message); };

try {
  // A failed build must not leave an older package behind that looks current.
  rmSync(options.out, { force: true });
  await build();
} catch (e) {
  if (!(e instanceof Refusal)) throw e;
  console.error(`package-app: ${e.message}`);
  process.exitCode = 1;
}

async function build() {
  const guid = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
  let settings;
  try { settings = readBotSettings(path.resolve(options['config-dir'])); } catch (e) { fail(e.message); }
  const appId = settings.get('MicrosoftAppId');
  if (!appId) fail('MicrosoftAppId is not configured (set the MicrosoftAppId environment variable or Bot/appsettings.json), so the package would not reach the bot.');
  if (!guid.test(appId)) fail(`MicrosoftAppId "${appId}" is not a GUID; use the Azure Bot's Microsoft App ID.`);

  const publicBaseUrl = settings.get('Bot:PublicBaseUrl');
  let publicHost;
  if (publicBaseUrl) {
    try { publicHost = new URL(publicBaseUrl).hostname; } catch { fail(`Bot:PublicBaseUrl "${publicBaseUrl}" is not an absolute URL.`); }
  }

  // Stage a copy with the configured values filled in, validate exactly what will be zipped, then zip it.
  const sourceDir = path.resolve(options['manifest-dir']);
  const staging = mkdtempSync(path.join(os.tmpdir(), 'stakeholderbot-package-'));
  try {
    cpSync(sourceDir, staging, { recursive: true });
    const manifestFile = path.join(staging, 'manifest.json');
    let manifest;
    try { manifest = JSON.parse(readFileSync(manifestFile, 'utf8').replace(/^\uFEFF/, '')); }
    catch (e) { fail(`${path.join(options['manifest-dir'], 'manifest.json')} is not valid JSON: ${e.message}`); }
    for (const bot of manifest.bots ?? []) bot.botId = appId;
    if (publicHost && publicHost !== 'localhost' && publicHost !== '127.0.0.1')
      manifest.validDomains = [...new Set([...(manifest.validDomains ?? []), publicHost])];
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');

    const errors = await validateManifest(manifestFile, { atk: !options['no-atk'], log: (m) => console.log(m) });
    if (errors.length > 0) fail(`not building ${path.basename(options.out)}: the manifest does not validate\n${errors.map((e) => `  ${e}`).join('\n')}`);

    const files = [
      'manifest.json', manifest.icons.color, manifest.icons.outline,
      ...(manifest.localizationInfo?.defaultLanguageFile ? [manifest.localizationInfo.defaultLanguageFile] : []),
      ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
    ];
    writeFileSync(options.out, zip(files.map((name) => ({ name, data: readFileSync(path.join(staging, name)) }))));
    console.log(`Built ${path.resolve(options.out)} (bot ${appId}, manifest ${manifest.manifestVersion} v${manifest.version}): ${files.join(', ')}`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
