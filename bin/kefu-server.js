#!/usr/bin/env node
// The sync server's CLI runs its TypeScript sources through tsx, like bin/kefu.js.
import { register } from 'tsx/esm/api';

register();
const { runServerCli } = await import('../server/cli.ts');
process.exitCode = await runServerCli(process.argv, {
  env: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
