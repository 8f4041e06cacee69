// Run in a child process by main-bundle.test.ts: boots the BUILT main bundle
// (out/main/index.js) under Node with fake-electron.ts standing in for the `electron`
// module, plays `ready`, imports a folder and reads the stats through the recorded IPC
// handlers, then prints what the bundle asked Electron for as one JSON line.
// Usage: tsx bundle-boot.ts OUT_MAIN DATA_DIR WIRES_DIR
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { FakeWindow, fakeElectron } from './fake-electron';

const [bundle, dataDir, wires] = process.argv.slice(2) as [string, string, string];
const fake = fakeElectron({ userData: dataDir });
(globalThis as { __standInElectron?: unknown }).__standInElectron = fake.module;

// The bundle imports named exports from 'electron': resolve it to a module that re-exports
// the stand-in's, read from this thread's global when the bundle evaluates it.
const names = Object.keys(fake.module);
const source = `const m = globalThis.__standInElectron;\n${names.map((n) => `export const ${n} = m.${n};`).join('\n')}\nexport default m;\n`;
const hooks = `
const SOURCE = ${JSON.stringify(source)};
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: 'stand-in:electron', shortCircuit: true };
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url === 'stand-in:electron') return { format: 'module', source: SOURCE, shortCircuit: true };
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

// As `electron out/main/index.js --data DIR` starts it: the app path is in argv, not a path to import.
process.argv = ['/opt/dispatch-archive/electron', bundle, '--data', dataDir];
(process as { defaultApp?: boolean }).defaultApp = true;
await import(pathToFileURL(bundle).href);
fake.ready();

const until = async (test: () => boolean, what: string): Promise<void> => {
  for (let i = 0; i < 400 && !test(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!test()) throw new Error(`the bundle never ${what}`);
};
await until(() => FakeWindow.all.length > 0 && fake.recorded.ipc.size > 0, 'opened its window and registered IPC');

const trusted = { senderFrame: { url: 'app://bundle/index.html' } };
const call = (channel: string, payload: unknown) =>
  fake.recorded.ipc.get(`dispatch-archive:${channel}`)!(trusted, payload);
const dropped = (await call('import:paths', { paths: [wires] })) as { ok: boolean; value: unknown[] };
const imported = { ok: dropped.ok, value: dropped.value[0] };
const stats = await call('archive:stats', {});
const untrusted = await fake.recorded.ipc.get('dispatch-archive:archive:stats')!(
  { senderFrame: { url: 'file:///tmp/evil.html' } },
  {},
);
const win = FakeWindow.all[0]!;
console.log(
  `RESULT ${JSON.stringify({
    webPreferences: win.options.webPreferences,
    url: win.url,
    channels: [...fake.recorded.ipc.keys()],
    privilegedSchemes: fake.recorded.privilegedSchemes,
    protocols: [...fake.recorded.protocols.keys()],
    permissionCheck: fake.recorded.permissionCheck?.({}, 'geolocation', 'app://bundle') ?? null,
    menu: (fake.recorded.menu ?? []).map((m) => m.label ?? m.role ?? null),
    imported,
    stats,
    untrusted,
  })}`,
);
fake.app.quit();
await until(() => fake.recorded.quit, 'quit');
process.exit(0);
