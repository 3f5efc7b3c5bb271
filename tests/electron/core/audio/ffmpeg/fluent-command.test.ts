import { describe, expect, it } from 'vitest';
import { assertUnsplit, planFromArgv, probeErrorDetail, StderrTail } from '../../../../../electron/core/audio/ffmpeg/fluent-command.ts';

/** What fluent-ffmpeg's _getArguments() emits for a plan (lib/processor.js): inputs, -y, output. */
const fluentOrder = (plan: ReturnType<typeof planFromArgv>, fileTarget = true) => [
  ...plan.inputs.flatMap((input) => [...input.options, '-i', input.source]),
  ...(fileTarget ? ['-y'] : []),
  ...plan.outputOptions,
  ...(plan.target === null ? [] : [plan.target]),
];

describe('planFromArgv', () => {
  it('splits a decode to null into input options, input, output options and target', () => {
    const plan = planFromArgv(['-nostdin', '-v', 'error', '-i', '/a b/in.wav', '-map', '0:a:0', '-f', 'null', '-']);
    expect(plan).toEqual({
      inputs: [{ options: ['-nostdin', '-v', 'error'], source: '/a b/in.wav' }],
      outputOptions: ['-map', '0:a:0', '-f', 'null'],
      target: '-',
    });
  });

  it('keeps every token in order for several inputs and outputs (fluent only adds -y)', () => {
    const argv = ['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=200', '-f', 'lavfi', '-i', 'sine=f=300', '-map', '0:a', 'a.wav', '-map', '1:a', 'b.wav'];
    const plan = planFromArgv(argv);
    expect(plan.inputs.map((input) => input.source)).toEqual(['sine=f=200', 'sine=f=300']);
    expect(plan.target).toBe('b.wav');
    expect(fluentOrder(plan)).toEqual([...argv.slice(0, 10), '-y', ...argv.slice(10)]);
  });

  it('puts everything before the last argument into output options when there is no input', () => {
    expect(planFromArgv(['-hide_banner', '-version'])).toEqual({ inputs: [], outputOptions: ['-hide_banner'], target: '-version' });
  });

  it('has no target when nothing follows the last input', () => {
    expect(planFromArgv(['-i', 'in.wav']).target).toBeNull();
  });

  it('treats a trailing -i without a value as an ordinary token (ffmpeg reports it)', () => {
    expect(planFromArgv(['-v', 'error', '-i'])).toEqual({ inputs: [], outputOptions: ['-v', 'error'], target: '-i' });
  });

  it('refuses a lone option fluent-ffmpeg would split in two', () => {
    expect(() => assertUnsplit(['title=Hola mundo'])).toThrow(/split/);
    expect(() => planFromArgv(['-i', 'in.wav', 'a b', 'out.wav'])).toThrow(/split/);
    // The adapter passes two or more options to fluent as separate arguments: never split.
    expect(planFromArgv(['-i', 'in.wav', '-metadata', 'title=Hola mundo', 'out.wav']).outputOptions).toEqual(['-metadata', 'title=Hola mundo']);
    expect(() => assertUnsplit(['-vn'])).not.toThrow();
  });
});

describe('StderrTail', () => {
  it('keeps the last non-blank lines', () => {
    const tail = new StderrTail(2);
    for (const line of ['a', '', '  ', 'b', 'c']) tail.push(line);
    expect(tail.lines).toEqual(['b', 'c']);
  });
});

describe('probeErrorDetail', () => {
  it('takes the last stderr line of a fluent ffprobe error', () => {
    expect(probeErrorDetail('ffprobe exited with code 1\n/x/text.mp3: Invalid data found when processing input\n')).toBe(
      '/x/text.mp3: Invalid data found when processing input',
    );
  });

  it('falls back to the first line when ffprobe printed nothing', () => {
    expect(probeErrorDetail('ffprobe was killed with signal SIGKILL')).toBe('ffprobe was killed with signal SIGKILL');
  });
});
