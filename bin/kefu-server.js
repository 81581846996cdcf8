#!/usr/bin/env node
// `kefu-server`: the built CLI when it is current, the TypeScript sources through tsx otherwise
// (built-cli.js), like bin/kefu.js.
import { loadCli } from './built-cli.js';

const { runServerCli } = await loadCli('kefu-server.js', 'server/cli.ts');
process.exitCode = await runServerCli(process.argv, {
  env: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
