import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';
import { joinNegativeValues, parseCli } from '../../../../electron/core/cli/cli-args.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cabina-cli-args-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (...argv: string[]) => runCli(path.join(dir, 'data'), ...argv);

describe('negative numbers as option values', () => {
  it('joins a value-taking option with the negative number after it', () => {
    expect(joinNegativeValues(['normalize', 'a.wav', 'b.wav', '--target', '-18', '--ceiling', '-1.5'])).toEqual(['normalize', 'a.wav', 'b.wav', '--target=-18', '--ceiling=-1.5']);
    expect(parseCli(['normalize', 'a', 'b', '--target', '-18']).values.target).toBe('-18');
    expect(parseCli(['normalize', 'a', 'b', '--target', '-.5']).values.target).toBe('-.5');
  });

  it('leaves flags without a value, non-numbers and everything after -- alone', () => {
    expect(joinNegativeValues(['--json', '-1'])).toEqual(['--json', '-1']);
    expect(joinNegativeValues(['--target', '-x'])).toEqual(['--target', '-x']);
    expect(joinNegativeValues(['--', '--target', '-18'])).toEqual(['--', '--target', '-18']);
  });
});

describe('option errors say which option and how', () => {
  it('a missing value names the option and the "=" form, in Spanish by default', async () => {
    const r = await cli('normalize', 'a.wav', 'b.wav', '--target');
    expect(r.code).toBe(1);
    expect(r.err).toEqual(['Falta el valor de «--target». Escríbelo después de la opción; un valor que empieza con «-» va unido con «=», por ejemplo --target=-18.']);
  });

  it('and in English with --lang en, even when the line does not parse', async () => {
    const r = await cli('--lang', 'en', 'normalize', 'a.wav', 'b.wav', '--tarjet', '-18');
    expect(r.err).toEqual(['There is no option “--tarjet”. Type cabina --help to see the options.']);
  });

  it('a flag given a value, and a value that is not a number', async () => {
    expect((await cli('analyze', 'x.wav', '--json=yes')).err).toEqual(['La opción «--json» no lleva valor; quita «=yes».']);
    expect((await cli('normalize', 'a.wav', 'b.wav', '--target=-dieciocho')).err).toEqual(['«-dieciocho» no es un número para --target (ejemplo: --target -18).']);
    expect((await cli('--lang=en', 'render', 'abc', '--format', 'wav', '--out', 'x')).err).toEqual(['“wav” is not valid for --format; use master|mp3|opus.']);
    expect((await cli('render', 'abc', '--format', 'master', '--bits', '20', '--out', 'x')).err).toEqual(['«20» no vale para --bits; usa 16|24.']);
    expect((await cli('--lang=en', 'render', 'abc', '--format', 'mp3', '--bits', '16', '--out', 'x')).err).toEqual(['“16” is not valid for --bits; use --format master --bits 16|24.']);
  });

  it('never falls back to the bare "Un dato no es válido.": a missing option, a refused call input', async () => {
    expect((await cli('peaks', 'x.wav')).err).toEqual(['Falta --out. Escribe cabina --help para ver el uso.']);
    expect((await cli('schedule', 'export', '--format', 'csv')).err).toEqual(['Falta --from. Escribe cabina --help para ver el uso.']);
    // Refused by the contract's zod schema (dispatch): its issue code becomes the reason.
    expect((await cli('station', 'set', '--call-sign', 'X'.repeat(40))).err).toEqual(['«callSign» es demasiado largo o demasiado grande.']);
    expect((await cli('--lang', 'en', 'station', 'set', '--call-sign', 'X'.repeat(40))).err).toEqual(['“callSign” is too long or too large.']);
  });
});
