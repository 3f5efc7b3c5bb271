import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { writeAtomically } from '../files/atomic-copy.ts';
import type { AudioAnalysis } from './loudness/analyze-audio.ts';
import { readPeaksIndex, type PeaksIndex } from './peaks-file.ts';

export { writeAtomically };

type PeakLevelEntry = PeaksIndex['levels'][number];
/** Enough for the header and level table of any peaks file we write (9 levels: 128 bytes). */
const PEAKS_HEADER_READ = 4096;

/** Analysis rows (keyed by content sha256) and peaks files (`store/peaks/<sha256>.peaks`). */
export class AudioStore {
  readonly #db: Database;
  readonly #peaksDir: string;

  constructor(db: Database, dataDir: string) {
    this.#db = db;
    this.#peaksDir = path.join(dataDir, 'store', 'peaks');
  }

  peaksPath(sha256: string): string {
    return path.join(this.#peaksDir, `${sha256}.peaks`);
  }

  get(sha256: string): AudioAnalysis | null {
    const row = this.#db.prepare('SELECT * FROM audio_analysis WHERE asset_id = ?').get(sha256) as Record<string, unknown> | undefined;
    if (!row) return null;
    return {
      durationSec: row.duration_sec as number,
      sampleRate: row.sample_rate as number,
      channels: row.channels as number,
      codec: row.codec as string,
      integratedLufs: (row.integrated_lufs as number | null) ?? null,
      loudnessRangeLu: row.loudness_range_lu as number,
      truePeakDbtp: (row.true_peak_dbtp as number | null) ?? null,
      samplePeakDbfs: (row.sample_peak_dbfs as number | null) ?? null,
    };
  }

  put(sha256: string, a: AudioAnalysis, at: Date): void {
    this.#db
      .prepare(
        `INSERT OR REPLACE INTO audio_analysis (asset_id, duration_sec, sample_rate, channels, codec, integrated_lufs, loudness_range_lu, true_peak_dbtp, sample_peak_dbfs, analyzed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(sha256, a.durationSec, a.sampleRate, a.channels, a.codec, a.integratedLufs, a.loudnessRangeLu, a.truePeakDbtp, a.samplePeakDbfs, at.toISOString());
  }

  async writePeaks(sha256: string, bytes: Buffer): Promise<void> {
    await mkdir(this.#peaksDir, { recursive: true });
    await writeAtomically(this.peaksPath(sha256), bytes);
  }

  /** Whether the peaks file is there (a stat: the file of a 3-hour recording is 16 MB). */
  async hasPeaks(sha256: string): Promise<boolean> {
    return stat(this.peaksPath(sha256)).then((st) => st.isFile() && st.size > 0, () => false);
  }

  /**
   * One zoom level of a peaks file, read alone (header, then that level's bytes): the waveform asks
   * for one level of a file that holds nine. Null when there is no peaks file; throws on a bad one.
   */
  async readPeaksLevel(sha256: string, choose: (index: PeaksIndex) => PeakLevelEntry | undefined): Promise<{ index: PeaksIndex; level: PeakLevelEntry | undefined; data: Int16Array } | null> {
    let fh: FileHandle;
    try {
      fh = await open(this.peaksPath(sha256), 'r');
    } catch {
      return null;
    }
    try {
      const { size } = await fh.stat();
      const head = Buffer.alloc(Math.min(size, PEAKS_HEADER_READ));
      await fh.read(head, 0, head.length, 0);
      const index = readPeaksIndex(head, size);
      const level = choose(index);
      const data = new Int16Array(level ? level.pairCount * 2 : 0);
      if (level) await fh.read(new Uint8Array(data.buffer), 0, data.byteLength, level.byteOffset);
      return { index, level, data };
    } finally {
      await fh.close();
    }
  }
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
