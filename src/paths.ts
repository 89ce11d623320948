// How a file is named to the user: relative to a folder (the config's, the working one) when it
// lies inside it, with `/` on every platform; else as it was given.

import path from 'node:path';

/** `data/a.csv` for /repo/data/a.csv in /repo; a file outside `dir`, or a relative name, unchanged. */
export function shownPath(dir: string, file: string): string {
  if (!path.isAbsolute(file)) return file;
  const relative = path.relative(dir, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}
