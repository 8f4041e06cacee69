// Which imported folder holds a path: the source folders nest (a folder and its
// subfolder may both be imported), so the deepest one that holds the path wins.
import { sep } from 'node:path';

/** Imported roots, longest first, so the first that contains a path is the deepest. */
export function sortRoots(folders: readonly string[]): string[] {
  return [...folders].sort((a, b) => b.length - a.length);
}

/** The deepest imported root holding `path`, or null. `roots` must come from sortRoots. */
export function folderOf(path: string | undefined, roots: readonly string[]): string | null {
  if (!path) return null;
  return roots.find((root) => path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) ?? null;
}

/** folderOf for many paths: each root's prefix is built once, not once per path. */
export function folderFinder(folders: readonly string[]): (path: string | undefined) => string | null {
  const roots = sortRoots(folders);
  const prefixes = roots.map((root) => (root.endsWith(sep) ? root : `${root}${sep}`));
  return (path) => {
    if (!path) return null;
    const i = prefixes.findIndex((prefix) => path.startsWith(prefix));
    return i < 0 ? null : roots[i]!;
  };
}
