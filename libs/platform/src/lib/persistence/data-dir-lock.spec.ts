import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLock } from './data-dir-lock';

describe(DataDirLock.name, () => {
  let directory: string;

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'pix-lock-'));
  });

  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('refuses a directory owned by another live process', () => {
    writeFileSync(join(directory, 'owner.pid'), String(process.ppid));

    expect(() => DataDirLock.acquire(directory)).toThrow(`already used by process ${process.ppid}`);
  });

  it('takes over a stale lock left by a dead process', () => {
    writeFileSync(join(directory, 'owner.pid'), '2147483646');

    const lock = DataDirLock.acquire(directory);

    expect(readFileSync(join(directory, 'owner.pid'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(existsSync(join(directory, 'owner.pid'))).toBe(false);
  });
});

describe(`${DataDirLock.name} within one process`, () => {
  it('refuses a second opening until the first is released', () => {
    const directory = mkdtempSync(join(tmpdir(), 'pix-lock-'));
    const first = DataDirLock.acquire(directory);

    expect(() => DataDirLock.acquire(directory)).toThrow('already used');
    first.release();
    DataDirLock.acquire(directory).release();
    rmSync(directory, { recursive: true, force: true });
  });
});
