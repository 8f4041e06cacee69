// pdf.js's legacy build (the one that runs on Node 20, read-pdf.ts) carries core-js, which
// on loading replaces some of the engine's own methods with JavaScript ones when it judges
// them not up to the newest spec. On Node 20 it replaces Array.prototype.push, JSON.parse,
// JSON.stringify and Function.prototype.toString, for the whole thread: after a parse
// worker's first PDF every push and every JSON file it read went through a slower copy
// (the push polyfill alone was the worker's fourth-heaviest function in a 20,000-file
// import, bench/import-profile.ts). pdf.js uses none of what the replacements add, so the
// engine's own methods are put back; what Node 20 lacks altogether (Promise.withResolvers,
// Uint8Array.fromBase64, ...) is added by core-js and stays, since pdf.js needs it.

/** The built-ins whose methods core-js may replace; their statics and their prototypes are kept. */
const BUILT_INS: readonly object[] = [
  Array,
  Object,
  String,
  Number,
  Boolean,
  Symbol,
  Function,
  Promise,
  Map,
  Set,
  WeakMap,
  WeakSet,
  RegExp,
  Date,
  Error,
  ArrayBuffer,
  Object.getPrototypeOf(Uint8Array) as object,
  Uint8Array,
  JSON,
  Math,
  Reflect,
];

type Kept = [owner: object, key: PropertyKey, descriptor: PropertyDescriptor];

function ownersOf(builtIn: object): object[] {
  const prototype = (builtIn as { prototype?: unknown }).prototype;
  return prototype && typeof prototype === 'object' ? [builtIn, prototype] : [builtIn];
}

/** Every method and accessor the built-ins have now, to be put back after loading a library. */
export function keepNatives(): Kept[] {
  const kept: Kept[] = [];
  for (const owner of BUILT_INS.flatMap(ownersOf))
    for (const key of Reflect.ownKeys(owner)) {
      const descriptor = Object.getOwnPropertyDescriptor(owner, key)!;
      if (typeof descriptor.value === 'function' || descriptor.get || descriptor.set)
        kept.push([owner, key, descriptor]);
    }
  return kept;
}

/** Puts back each kept method the library replaced; returns the names of those it put back. */
export function restoreNatives(kept: readonly Kept[]): string[] {
  const restored: string[] = [];
  for (const [owner, key, descriptor] of kept) {
    const now = Object.getOwnPropertyDescriptor(owner, key);
    if (now && now.value === descriptor.value && now.get === descriptor.get && now.set === descriptor.set) continue;
    Object.defineProperty(owner, key, descriptor);
    restored.push(String(key));
  }
  return restored;
}
