/** Types of built-cli.js, for the tests and the bench that import it. */
export function buildIsCurrent(root?: URL, outDir?: string): boolean;
export function loadCli(bundle: string, source: string): Promise<unknown>;
