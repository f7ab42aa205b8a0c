import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite does not lock its data directory: a second process would open it and silently
 * lose its writes. One process owns a directory; a stale lock (dead pid) is taken over.
 */
const heldHere = new Set<string>();

export class DataDirLock {
  private constructor(private readonly path: string) {}

  static acquire(directory: string, pid: number = process.pid): DataDirLock {
    mkdirSync(directory, { recursive: true });
    const path = join(directory, 'owner.pid');
    try {
      writeFileSync(path, String(pid), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8').trim());
      const ownedElsewhere = Number.isInteger(owner) && owner > 0 && owner !== pid && isAlive(owner);
      if (ownedElsewhere || heldHere.has(path)) {
        throw new Error(
          `data directory ${directory} is already used by process ${ownedElsewhere ? owner : pid}; stop it first`,
        );
      }
      writeFileSync(path, String(pid));
    }
    heldHere.add(path);
    return new DataDirLock(path);
  }

  release(): void {
    heldHere.delete(this.path);
    rmSync(this.path, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
