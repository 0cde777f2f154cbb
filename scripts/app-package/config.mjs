// Reads the few settings packaging needs the way ASP.NET Core would: environment variables
// (Section__Key) over Bot/appsettings.{Environment}.json over Bot/appsettings.json.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function readBotSettings(configDir, env = process.env) {
  const environment = env.ASPNETCORE_ENVIRONMENT || env.DOTNET_ENVIRONMENT || 'Production';
  const files = ['appsettings.json', `appsettings.${environment}.json`].map((f) => path.join(configDir, f));
  const layers = files.filter(existsSync).map((f) => {
    try { return JSON.parse(readFileSync(f, 'utf8').replace(/^\uFEFF/, '')); }
    catch (e) { throw new Error(`${path.relative(process.cwd(), f)} is not valid JSON: ${e.message}`); }
  });
  const get = (key) => {
    const fromEnv = env[key.replaceAll(':', '__')];
    if (fromEnv !== undefined) return fromEnv;
    let value;
    for (const layer of layers) {
      const found = key.split(':').reduce((node, part) => node?.[part], layer);
      if (found !== undefined) value = found;
    }
    return value;
  };
  return { environment, get };
}
