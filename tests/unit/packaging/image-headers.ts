// Reads image sizes from file headers, so the tests check the icons without an image library.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
export async function pngSize(path: string): Promise<{ width: number; height: number }> {
  const bytes = await readFile(path);
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`${path} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The square sizes listed in an .ico's directory, smallest first (a width byte of 0 means 256). */
export async function icoSizes(path: string): Promise<number[]> {
  const bytes = await readFile(path);
  if (bytes.readUInt16LE(0) !== 0 || bytes.readUInt16LE(2) !== 1) throw new Error(`${path} is not an .ico`);
  const sizes: number[] = [];
  for (let i = 0; i < bytes.readUInt16LE(4); i++) {
    const entry = 6 + i * 16;
    const width = bytes.readUInt8(entry) || 256;
    const height = bytes.readUInt8(entry + 1) || 256;
    if (width !== height) throw new Error(`${path} holds a ${width}×${height} image`);
    sizes.push(width);
  }
  return sizes.sort((a, b) => a - b);
}
