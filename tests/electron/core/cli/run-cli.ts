import path from 'node:path';
import { main } from '../../../../electron/core/cli.ts';

export interface CliRun {
  code: number;
  out: string[];
  err: string[];
}

/** The real CLI in-process on `dataDir`, in Spanish unless `--lang` says otherwise; what it printed. */
export async function runCli(dataDir: string, ...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['--data-dir', path.resolve(dataDir), ...argv], { out: (s) => out.push(s), err: (s) => err.push(s) }, { LANG: 'es_MX.UTF-8' });
  return { code, out, err };
}
