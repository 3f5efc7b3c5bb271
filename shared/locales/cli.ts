/** The `cli` tree alone (`cli.electronMissing`, …), for the CLI and the start scripts. */
export { esCli as cliEs } from './es/cli.ts';
export { enCli as cliEn } from './en/cli.ts';
