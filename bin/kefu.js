#!/usr/bin/env node
// `kefu`: the built CLI when it is current, the TypeScript sources through tsx otherwise (built-cli.js).
import { loadCli } from './built-cli.js';

const { runCli } = await loadCli('kefu.js', 'electron/cli/main.ts');
process.exitCode = await runCli(process.argv);
