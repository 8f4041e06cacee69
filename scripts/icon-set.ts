// Renders the one source icon (build/icon.svg) into every file the installers use.
// resvg-wasm rasterises without a native module, and png-to-ico packs the Windows
// icon, so the same bytes come out on any machine: the outputs are checked in and a
// unit test re-renders them to prove they still match the SVG.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import pngToIco from 'png-to-ico';

type RenderedImage = ReturnType<InstanceType<typeof Resvg>['render']>;

/** Linux hicolor sizes, up to the 1024 px that macOS builds its .icns from. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
/** Sizes inside build/icon.ico: Windows picks from these for the taskbar, Explorer and the installer. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** Paths relative to the project root, each with the bytes it should hold. */
export type IconFiles = Map<string, Buffer>;

let wasmReady: Promise<void> | null = null;

function ensureWasm(): Promise<void> {
  // initWasm may run once per process; later calls would throw.
  wasmReady ??= readFile(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')).then((wasm) =>
    initWasm(wasm),
  );
  return wasmReady;
}

/** The icon at `size` px as RGBA bytes, row by row. */
export async function renderPixels(svg: string, size: number): Promise<Uint8Array> {
  return render(svg, size, (image) => image.pixels.slice());
}

export async function renderPng(svg: string, size: number): Promise<Buffer> {
  return render(svg, size, (image) => Buffer.from(image.asPng()));
}

async function render<T>(svg: string, size: number, read: (image: RenderedImage) => T): Promise<T> {
  await ensureWasm();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size } });
  const image = resvg.render();
  try {
    return read(image);
  } finally {
    // The WASM heap is not garbage-collected: free what each render allocated.
    image.free();
    resvg.free();
  }
}

export async function renderIconSet(svg: string): Promise<IconFiles> {
  const files: IconFiles = new Map();
  const bySize = new Map<number, Buffer>();
  for (const size of LINUX_SIZES) {
    const png = await renderPng(svg, size);
    bySize.set(size, png);
    // electron-builder reads the size from the name (NxN.png) in a Linux icon directory.
    files.set(`build/icons/${size}x${size}.png`, png);
  }
  const largest = bySize.get(1024);
  if (!largest) throw new Error('the icon set lost its 1024 px rendering');
  files.set('build/icon.png', largest);
  // Each size is rendered from the SVG rather than scaled down from 256 px, so the
  // small ones keep their whole-pixel lines.
  files.set('build/icon.ico', await pngToIco(ICO_SIZES.map((size) => bySize.get(size))));
  return files;
}
