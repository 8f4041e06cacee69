// The "largest file to import" setting as typed into its field: checked here before it
// is sent, with the same bounds main checks again (contract MAX_FILE_MB).
import { MAX_FILE_MB } from '../../../src-main/contract/archive';

/** The whole number of megabytes the text says, or null when it is not one within the bounds. */
export function parseMaxFileMb(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= MAX_FILE_MB.min && value <= MAX_FILE_MB.max ? value : null;
}
