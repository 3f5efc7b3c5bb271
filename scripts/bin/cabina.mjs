#!/usr/bin/env node
// `cabina` on the PATH (package.json "bin"): runs the CLI from the TypeScript sources, which Node
// ≥ 22.18 executes directly by stripping types. Older Node gets one clear sentence instead of a
// syntax error.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(`Cabina necesita Node 22.18 o más nuevo (tienes ${process.versions.node}). / Cabina needs Node 22.18 or newer.\n`);
  process.exit(1);
}
process.removeAllListeners('warning');
const { main } = await import('../../electron/core/cli.ts');
process.exitCode = await main(process.argv.slice(2));
