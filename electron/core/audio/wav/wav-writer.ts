import { open, stat, type FileHandle } from 'node:fs/promises';
import { MAX_WAV_DATA_BYTES, WAV_HEADER_BYTES, wavHeader, type PcmFormat } from './wav-format.ts';

export interface WavWriterOptions {
  /** Longest time written audio may sit in the page cache (DESIGN.md §5: at least once per second). */
  syncIntervalMs?: number;
  now?: () => number;
}

/** Why a write failed, in the words the recording domain turns into a user sentence. */
export type WriteFault = 'disk_full' | 'file_missing' | 'too_long' | 'io';

export class WavWriteError extends Error {
  readonly fault: WriteFault;
  constructor(fault: WriteFault, message: string) {
    super(message);
    this.name = 'WavWriteError';
    this.fault = fault;
  }
}

function faultOf(error: unknown): WriteFault {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'disk_full';
  if (code === 'ENOENT' || code === 'ESTALE') return 'file_missing';
  return 'io';
}

/**
 * Appends PCM to a WAV that is valid at every sync point: data first, then the header's RIFF and
 * data sizes patched, then one fdatasync — at most `syncIntervalMs` after any write. A crash loses
 * only what came after the last sync; the sizes that a crash leaves stale are rebuilt from the file
 * length by wav-repair.ts. Operations run one at a time on a promise chain.
 */
export class WavWriter {
  readonly path: string;
  readonly format: PcmFormat;
  readonly #fh: FileHandle;
  readonly #interval: number;
  readonly #now: () => number;
  #dataBytes: number;
  #durableBytes: number;
  #lastSync: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #chain: Promise<unknown> = Promise.resolve();
  #closed = false;
  #failure: WavWriteError | null = null;

  private constructor(path: string, fh: FileHandle, format: PcmFormat, dataBytes: number, options: WavWriterOptions) {
    this.path = path;
    this.#fh = fh;
    this.format = format;
    this.#interval = options.syncIntervalMs ?? 500;
    this.#now = options.now ?? Date.now;
    this.#dataBytes = dataBytes;
    this.#durableBytes = dataBytes;
    this.#lastSync = this.#now();
  }

  /** Creates the file ('wx+': never overwrites a take; readable for readAll) with a header for zero samples, synced. */
  static async create(path: string, format: PcmFormat, options: WavWriterOptions = {}): Promise<WavWriter> {
    let fh: FileHandle;
    try {
      fh = await open(path, 'wx+');
    } catch (error) {
      throw new WavWriteError(faultOf(error), `Cannot create ${path}: ${String(error)}`);
    }
    try {
      await fh.write(wavHeader(format, 0), 0, WAV_HEADER_BYTES, 0);
      await fh.sync();
    } catch (error) {
      await fh.close().catch(() => undefined);
      throw new WavWriteError(faultOf(error), `Cannot write ${path}: ${String(error)}`);
    }
    return new WavWriter(path, fh, format, 0, options);
  }

  get dataBytes(): number {
    return this.#dataBytes;
  }

  /** Bytes of audio known to be on disk (synced with their header). */
  get durableBytes(): number {
    return this.#durableBytes;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Appends whole frames; the caller checks alignment. Rejects with WavWriteError; later calls fail the same way. */
  append(pcm: Uint8Array): Promise<void> {
    return this.#enqueue(async () => {
      if (pcm.byteLength === 0) return;
      if (this.#dataBytes + pcm.byteLength > MAX_WAV_DATA_BYTES) throw new WavWriteError('too_long', 'WAV data would exceed 4 GiB');
      await this.#write(pcm, WAV_HEADER_BYTES + this.#dataBytes);
      this.#dataBytes += pcm.byteLength;
      if (this.#now() - this.#lastSync >= this.#interval) await this.#sync();
      else this.#timer ??= setTimeout(() => void this.#enqueue(() => this.#sync()).catch(() => undefined), this.#interval);
    });
  }

  /** Forces what was written to disk now. */
  flush(): Promise<void> {
    return this.#enqueue(() => this.#sync());
  }

  /** Final sync and close; safe to call twice and after a failure (then it only closes). */
  async close(): Promise<void> {
    if (this.#closed) return;
    try {
      if (this.#failure === null) await this.#enqueue(() => this.#sync());
      else await this.#chain;
    } finally {
      if (!this.#closed) {
        this.#closed = true;
        clearTimeout(this.#timer);
        await this.#fh.close().catch(() => undefined);
      }
    }
  }

  /** The open descriptor still holds the audio even when its folder was deleted: copy it out. */
  async readAll(): Promise<Buffer> {
    const size = WAV_HEADER_BYTES + this.#dataBytes;
    const buffer = Buffer.alloc(size);
    await this.#fh.read(buffer, 0, size, 0);
    return buffer;
  }

  #enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = async () => {
      if (this.#failure) throw this.#failure;
      if (this.#closed) throw new WavWriteError('io', 'Writer is closed');
      try {
        return await work();
      } catch (error) {
        this.#failure = error instanceof WavWriteError ? error : new WavWriteError(faultOf(error), String(error));
        throw this.#failure;
      }
    };
    const next = this.#chain.then(run, run);
    this.#chain = next.catch(() => undefined);
    return next;
  }

  async #write(bytes: Uint8Array, position: number): Promise<void> {
    let done = 0;
    while (done < bytes.byteLength) {
      const { bytesWritten } = await this.#fh.write(bytes, done, bytes.byteLength - done, position + done);
      if (bytesWritten === 0) throw new WavWriteError('disk_full', 'No bytes written');
      done += bytesWritten;
    }
  }

  async #sync(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#durableBytes === this.#dataBytes) {
      this.#lastSync = this.#now();
      return;
    }
    // A deleted data folder does not make writes fail (the descriptor keeps the inode): notice it here.
    await stat(this.path).catch((error: unknown) => {
      throw new WavWriteError(faultOf(error), `Recording file is gone: ${this.path}`);
    });
    const sizes = Buffer.alloc(4);
    sizes.writeUInt32LE(36 + this.#dataBytes, 0);
    await this.#write(sizes, 4);
    sizes.writeUInt32LE(this.#dataBytes, 0);
    await this.#write(sizes, 40);
    await this.#fh.datasync();
    this.#durableBytes = this.#dataBytes;
    this.#lastSync = this.#now();
  }
}
