/**
 * ffmpeg's `-progress pipe:1` output: blocks of `key=value` lines, each ended by
 * `progress=continue` or `progress=end` (DESIGN.md §9, after LosslessCut's parser).
 */
export interface ProgressUpdate {
  /** Output timestamp reached so far, in seconds; null when the block had no usable time. */
  outTimeSec: number | null;
  /** True on the last block (`progress=end`). */
  done: boolean;
}

/**
 * Parses one complete block. `out_time_us` is preferred; `out_time_ms` is ALSO microseconds (an
 * old ffmpeg naming bug kept for compatibility); `out_time` (HH:MM:SS.micro) is the last resort.
 * Before the first packet ffmpeg prints `N/A` or a negative time: reported as null.
 */
export function parseProgressBlock(block: string): ProgressUpdate {
  const fields = new Map<string, string>();
  for (const raw of block.split(/\r?\n/)) {
    const eq = raw.indexOf('=');
    if (eq > 0) fields.set(raw.slice(0, eq).trim(), raw.slice(eq + 1).trim());
  }
  const micros = toNumber(fields.get('out_time_us')) ?? toNumber(fields.get('out_time_ms'));
  const seconds = micros !== null ? micros / 1e6 : clockToSeconds(fields.get('out_time'));
  return { outTimeSec: seconds !== null && seconds >= 0 ? seconds : null, done: fields.get('progress') === 'end' };
}

function toNumber(value: string | undefined): number | null {
  if (value === undefined || !/^-?\d+(\.\d+)?$/.test(value)) return null;
  return Number(value);
}

function clockToSeconds(value: string | undefined): number | null {
  const match = value?.match(/^(-?)(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/);
  if (!match) return null;
  const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60 + Number(match[4]);
  return match[1] === '-' ? -seconds : seconds;
}

/**
 * Accepts stdout in arbitrary chunks (a pipe may split a line or a block anywhere) and returns
 * the updates for every block completed by this chunk.
 */
export class ProgressLineBuffer {
  #pending = '';
  #block: string[] = [];

  push(chunk: string): ProgressUpdate[] {
    this.#pending += chunk;
    const lines = this.#pending.split(/\r?\n/);
    this.#pending = lines.pop() ?? '';
    const updates: ProgressUpdate[] = [];
    for (const line of lines) {
      if (line.trim() === '') continue;
      this.#block.push(line);
      if (line.startsWith('progress=')) {
        updates.push(parseProgressBlock(this.#block.join('\n')));
        this.#block = [];
      }
    }
    return updates;
  }

  /** Parses whatever is left when the stream ends without a final newline. */
  flush(): ProgressUpdate[] {
    const rest = this.#pending;
    this.#pending = '';
    const updates = rest.trim() === '' ? [] : this.push(`${rest}\n`);
    this.#block = [];
    return updates;
  }
}
