import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface Hashed {
  bytes: number;
  sha256: string;
}

/** Counts and hashes whatever passes through it. */
export class HashingStream extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: (err?: Error | null, data?: Buffer) => void): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }

  digest(): Hashed {
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }
}

export async function sha256File(file: string): Promise<Hashed> {
  const hashing = new HashingStream();
  await pipeline(fs.createReadStream(file), hashing, async function* (source) {
    for await (const _ of source) void _;
  });
  return hashing.digest();
}

/** Data written before a rename must be on disk when the rename is. */
export async function fsyncPath(p: string): Promise<void> {
  const handle = await fs.promises.open(p, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Regular files under `root`, relative with `/` separators, sorted. `*.part` files are uploads
 * still being written (LocalDiskStorage renames them when complete): not documents yet.
 * Anything that is neither a file nor a folder (a symlink, a socket) is reported, not followed.
 */
export async function listFiles(root: string): Promise<{ files: string[]; skipped: string[] }> {
  const files: string[] = [];
  const skipped: string[] = [];
  if (!fs.existsSync(root)) return { files, skipped };
  const walk = async (rel: string): Promise<void> => {
    const entries = await fs.promises.readdir(path.join(root, rel), { withFileTypes: true });
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else if (e.isFile() && !e.name.endsWith('.part')) files.push(child);
      else if (!e.isFile()) skipped.push(child);
    }
  };
  await walk('');
  return { files: files.sort(), skipped: skipped.sort() };
}

/**
 * Copies `src` to `dst` through `dst.part`: hashes the bytes read, then reads the written copy back
 * and hashes it again, so a bad disk or a file changed mid-copy is caught, not archived. With
 * `expected`, the source must also match it. The rename makes the copy appear complete or not at all.
 */
export async function copyVerified(src: string, dst: string, expected?: Hashed): Promise<Hashed> {
  await fs.promises.mkdir(path.dirname(dst), { recursive: true });
  const tmp = `${dst}.part`;
  try {
    const hashing = new HashingStream();
    await pipeline(fs.createReadStream(src), hashing, fs.createWriteStream(tmp, { mode: 0o640 }));
    const read = hashing.digest();
    if (expected && (read.sha256 !== expected.sha256 || read.bytes !== expected.bytes)) {
      throw new Error(`${src}: sha256 ${read.sha256} (${read.bytes} bytes) does not match the expected ${expected.sha256} (${expected.bytes} bytes)`);
    }
    await fsyncPath(tmp);
    const written = await sha256File(tmp);
    if (written.sha256 !== read.sha256 || written.bytes !== read.bytes) {
      throw new Error(`${dst}: the copy reads back as ${written.sha256} (${written.bytes} bytes), not ${read.sha256} (${read.bytes} bytes)`);
    }
    await fs.promises.rename(tmp, dst);
    return read;
  } catch (err) {
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
}

/** A progress line at most every `everyMs` (and always when forced), so long jobs show life without flooding. */
export function throttle(everyMs: number, now: () => number = Date.now): (force?: boolean) => boolean {
  let last = -Infinity;
  return (force = false) => {
    const t = now();
    if (!force && t - last < everyMs) return false;
    last = t;
    return true;
  };
}
