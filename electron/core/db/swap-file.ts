import fs from 'node:fs';
import path from 'node:path';

/** The steps of {@link swapInFile}, named for the tests that stop it between two of them. */
export type SwapStep = 'copied' | 'synced' | 'kept' | 'swapped';

/** Flushes a folder's entries (a rename) to the disk; not possible on Windows, where it is skipped. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** A name in `dir` not taken yet: `<base>.sqlite`, else `<base>-2.sqlite`… */
function freeName(dir: string, base: string): string {
  let name = `${base}.sqlite`;
  for (let i = 2; fs.existsSync(path.join(dir, name)); i++) name = `${base}-${i}.sqlite`;
  return name;
}

/**
 * Puts a copy of `source` in place of `target` so that `target` is at every moment either the old
 * file or the whole new one, whatever the moment of a crash:
 *
 * 1. the copy is written beside `target` under a temporary name and flushed to the disk;
 * 2. the old file gets a second name in `keptDir`, `<name>.pending` (a hard link; a copy where
 *    links are not to be had), so the next step loses nothing, and its `-wal`/`-shm` files move
 *    there with it: left beside the new file, SQLite would replay the old file's log into it;
 * 3. the copy is renamed over `target` (atomic), and the folder flushed;
 * 4. only then is the old file given its kept name in `keptDir`.
 *
 * A crash before step 3 leaves the old file in place (and perhaps a `.pending` second name of it
 * and a temporary file, both harmless: see {@link dropStalePending}); after it, the new file.
 * Returns the name the old file is kept under in `keptDir`, or null when there was none. `step` is
 * told each step once done.
 */
export function swapInFile(
  source: string,
  target: string,
  keptDir: string,
  keptBase: string,
  step: (done: SwapStep) => void = () => undefined,
): string | null {
  const tmp = `${target}.restoring`;
  fs.rmSync(tmp, { force: true });
  try {
    fs.copyFileSync(source, tmp);
    step('copied');
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    step('synced');

    let kept: string | null = null;
    if (fs.existsSync(target)) {
      fs.mkdirSync(keptDir, { recursive: true });
      kept = freeName(keptDir, keptBase);
      const pending = path.join(keptDir, `${kept}.pending`);
      fs.rmSync(pending, { force: true });
      try {
        fs.linkSync(target, pending);
      } catch {
        fs.copyFileSync(target, pending);
      }
      for (const suffix of ['-wal', '-shm']) {
        if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, path.join(keptDir, kept + suffix));
      }
      syncFolder(keptDir);
    }
    step('kept');

    fs.renameSync(tmp, target);
    syncFolder(path.dirname(target));
    step('swapped');
    if (kept) {
      fs.renameSync(path.join(keptDir, `${kept}.pending`), path.join(keptDir, kept));
      syncFolder(keptDir);
    }
    return kept;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/**
 * Removes what a restore stopped before its swap left in `keptDir`: a `.pending` name that is a
 * hard link to `target` itself (the same file, so nothing is lost). A `.pending` copy (no links on
 * that disk) is a file of its own and is left alone.
 */
export function dropStalePending(keptDir: string, target: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(keptDir).filter((n) => n.endsWith('.sqlite.pending'));
  } catch {
    return;
  }
  if (names.length === 0 || !fs.existsSync(target)) return;
  const live = fs.statSync(target);
  for (const name of names) {
    const file = path.join(keptDir, name);
    const st = fs.statSync(file);
    if (st.ino !== live.ino || st.dev !== live.dev) continue;
    try {
      fs.rmSync(file);
    } catch {
      // A folder that cannot be written keeps it until it can be; it is harmless.
    }
  }
}
