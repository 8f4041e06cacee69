// The versions of one story as the reader lists them (contract/archive.ts StoryVersion,
// which comes oldest first). Pure, so the order and the neighbours are tested apart.
import type { StoryVersion } from '../../../src-main/contract/archive';

/** Newest first: the version a journalist most likely wants is the one on top. */
export function newestFirst(versions: readonly StoryVersion[]): StoryVersion[] {
  return [...versions].reverse();
}

/** The newest version, when `id` is an older one; null when `id` is the newest (or unknown). */
export function newerVersion(versions: readonly StoryVersion[], id: string): StoryVersion | null {
  const newest = versions.at(-1);
  return newest && newest.id !== id && versions.some((v) => v.id === id) ? newest : null;
}

/** The version just before `id`, the one its changes are shown against; null for the first. */
export function previousVersion(versions: readonly StoryVersion[], id: string): StoryVersion | null {
  const at = versions.findIndex((v) => v.id === id);
  return at > 0 ? (versions[at - 1] ?? null) : null;
}

/** What a version is called: the agency's number, else its place in the story (1 the first). */
export function versionName(versions: readonly StoryVersion[], version: StoryVersion): string {
  return version.version ?? String(versions.indexOf(version) + 1);
}
