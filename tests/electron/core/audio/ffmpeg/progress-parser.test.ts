import { describe, expect, it } from 'vitest';
import { parseProgressBlock, ProgressLineBuffer } from '../../../../../electron/core/audio/ffmpeg/progress-parser.ts';

// A block as the bundled ffmpeg prints it with `-progress pipe:1`.
const block = (us: string, progress = 'continue') =>
  `bitrate=N/A\ntotal_size=N/A\nout_time_us=${us}\nout_time_ms=${us}\nout_time=00:00:01.500000\nspeed=1.9e+03x\nprogress=${progress}\n`;

describe('parseProgressBlock', () => {
  it('reads out_time_us as microseconds', () => {
    expect(parseProgressBlock(block('1500000'))).toEqual({ outTimeSec: 1.5, done: false });
  });

  it('treats out_time_ms as microseconds too (ffmpeg naming bug)', () => {
    expect(parseProgressBlock('out_time_ms=2500000\nprogress=continue')).toEqual({ outTimeSec: 2.5, done: false });
  });

  it('falls back to out_time as a clock', () => {
    expect(parseProgressBlock('out_time=01:02:03.250000\nprogress=end')).toEqual({ outTimeSec: 3723.25, done: true });
  });

  it('reports N/A and negative start times as null', () => {
    expect(parseProgressBlock('out_time_us=N/A\nout_time=N/A\nprogress=continue').outTimeSec).toBeNull();
    expect(parseProgressBlock('out_time_us=-23220\nprogress=continue').outTimeSec).toBeNull();
    expect(parseProgressBlock('out_time=-00:00:00.023220\nprogress=continue').outTimeSec).toBeNull();
  });

  it('marks progress=end as done', () => {
    expect(parseProgressBlock(block('4593379', 'end'))).toEqual({ outTimeSec: 4.593379, done: true });
  });

  it('accepts CRLF line ends (Windows builds)', () => {
    expect(parseProgressBlock('out_time_us=1000000\r\nprogress=end\r\n')).toEqual({ outTimeSec: 1, done: true });
  });
});

describe('ProgressLineBuffer', () => {
  it('returns one update per completed block', () => {
    const buffer = new ProgressLineBuffer();
    expect(buffer.push(block('1000000') + block('2000000', 'end'))).toEqual([
      { outTimeSec: 1, done: false },
      { outTimeSec: 2, done: true },
    ]);
  });

  it('joins blocks split at any byte, including inside a key or a number', () => {
    const text = block('1000000') + block('3000000', 'end');
    for (let cut = 1; cut < text.length; cut += 1) {
      const buffer = new ProgressLineBuffer();
      const updates = [...buffer.push(text.slice(0, cut)), ...buffer.push(text.slice(cut)), ...buffer.flush()];
      expect(updates).toEqual([
        { outTimeSec: 1, done: false },
        { outTimeSec: 3, done: true },
      ]);
    }
  });

  it('parses a last block that lacks its final newline on flush', () => {
    const buffer = new ProgressLineBuffer();
    expect(buffer.push('out_time_us=5000000\nprogress=end')).toEqual([]);
    expect(buffer.flush()).toEqual([{ outTimeSec: 5, done: true }]);
  });

  it('ignores an unfinished block at the end of the stream', () => {
    const buffer = new ProgressLineBuffer();
    buffer.push('out_time_us=5000000\n');
    expect(buffer.flush()).toEqual([]);
  });
});
