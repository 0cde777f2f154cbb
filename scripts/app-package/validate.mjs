// Offline validation of a Teams app manifest folder: the manifest schema (@microsoft/app-manifest's
// bundled copy), the localization files, the icons, and optionally the Agents Toolkit CLI.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readPng } from './png.mjs';
import { atkValidate } from './atk.mjs';

const require = createRequire(import.meta.url);
const appManifestEntry = require.resolve('@microsoft/app-manifest');
const { AppManifestUtils } = require(appManifestEntry);
const schemaRoot = path.join(path.dirname(appManifestEntry), 'json-schemas', 'teams');
const schemaUrl = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?json-schemas\/teams\/(v1\.\d+)\/MicrosoftTeams\.schema\.json$/;

export async function validateManifest(manifestFile, { atk = true, log = () => {} } = {}) {
  const errors = [], dir = path.dirname(manifestFile);
  const manifest = readJson(manifestFile, errors);
  if (!manifest) return errors;

  const version = schemaVersion(manifest, errors);
  if (!version) return errors;
  errors.push(...(await AppManifestUtils.validateAgainstSchema(manifest)).map((e) => `manifest.json ${e.trim()}`));
  errors.push(...checkLocalization(manifest, dir, version));
  errors.push(...checkIcons(manifest, dir));
  if (atk) {
    const result = atkValidate(manifestFile, log);
    errors.push(...result.errors.map((e) => `atk validate: ${e}`));
  }
  return errors;
}

function schemaVersion(manifest, errors) {
  const match = schemaUrl.exec(manifest.$schema ?? '');
  if (!match) {
    errors.push(`manifest.json $schema must be https://developer.microsoft.com/json-schemas/teams/v1.NN/MicrosoftTeams.schema.json (got ${JSON.stringify(manifest.$schema)})`);
    return null;
  }
  const version = match[1];
  if (!existsSync(path.join(schemaRoot, version, 'MicrosoftTeams.schema.json'))) {
    errors.push(`manifest.json $schema ${version} is not bundled with @microsoft/app-manifest, so it cannot be validated offline`);
    return null;
  }
  if (`v${manifest.manifestVersion}` !== version) errors.push(`manifest.json manifestVersion ${manifest.manifestVersion} differs from the $schema version ${version}`);
  return version;
}

function checkLocalization(manifest, dir, version) {
  const info = manifest.localizationInfo;
  if (!info) return [];
  const errors = [];
  // The localization schema has patterns that are invalid as unicode regexes (a lone ']'), so it is
  // compiled here with unicodeRegExp off, by the same ajv the manifest validation uses.
  const requireBeside = createRequire(appManifestEntry);
  const Ajv = requireBeside('ajv-draft-04'), addFormats = requireBeside('ajv-formats');
  const schema = JSON.parse(readFileSync(path.join(schemaRoot, version, 'MicrosoftTeams.Localization.schema.json'), 'utf8'));
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  const files = [...(info.defaultLanguageFile ? [info.defaultLanguageFile] : []), ...(info.additionalLanguages ?? []).map((l) => l.file)];
  for (const file of files) {
    const strings = readJson(path.join(dir, file), errors);
    if (!strings) continue;
    if (!validate(strings)) errors.push(...validate.errors.map((e) => `${file} ${e.instancePath || '/'} ${e.message}. Details: ${JSON.stringify(e.params)}`));
    for (const key of Object.keys(strings).filter((k) => k !== '$schema' && k !== 'localizationKeys')) {
      if (resolve(manifest, key) === undefined) errors.push(`${file} translates "${key}", which the manifest does not have`);
    }
  }
  return errors;
}

// Follows a localization key such as bots[0].commandLists[1].commands[2].description into the manifest.
function resolve(manifest, key) {
  return key.split('.').reduce((node, part) => {
    if (node === undefined) return undefined;
    const [, name, indexes] = /^([^[]+)((?:\[\d+\])*)$/.exec(part) ?? [];
    if (!name) return undefined;
    return [...indexes.matchAll(/\[(\d+)\]/g)].reduce((n, [, i]) => n?.[Number(i)], node[name]);
  }, manifest);
}

function checkIcons(manifest, dir) {
  const errors = [];
  const icon = (role, size) => {
    const file = manifest.icons?.[role];
    if (!file) return null;
    const full = path.join(dir, file);
    if (!existsSync(full)) { errors.push(`icons.${role}: ${file} does not exist`); return null; }
    try {
      const png = readPng(readFileSync(full));
      if (png.width !== size || png.height !== size) { errors.push(`icons.${role}: ${file} is ${png.width}x${png.height}, must be ${size}x${size}`); return null; }
      return png;
    } catch (e) { errors.push(`icons.${role}: ${file}: ${e.message}`); return null; }
  };
  icon('color', 192);
  const outline = icon('outline', 32);
  if (outline) {
    try {
      const pixels = outline.pixels();
      if (pixels.some(([r, g, b, a]) => a > 0 && (r !== 255 || g !== 255 || b !== 255)))
        errors.push(`icons.outline: ${manifest.icons.outline} must be white (255,255,255) wherever it is not transparent`);
      if (!pixels.some(([, , , a]) => a === 0)) errors.push(`icons.outline: ${manifest.icons.outline} must have a fully transparent background`);
    } catch (e) { errors.push(`icons.outline: ${manifest.icons.outline}: ${e.message}`); }
  }
  return errors;
}

function readJson(file, errors) {
  const name = path.basename(file);
  if (!existsSync(file)) { errors.push(`${name} does not exist`); return null; }
  try { return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')); }
  catch (e) { errors.push(`${name} is not valid JSON: ${e.message}`); return null; }
}
