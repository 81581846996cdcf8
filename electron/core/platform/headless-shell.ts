import type { ShellPort } from './shell-port';

/** A host with no hotkeys and no panel window: the CLI, tests and benchmarks. */
export const HEADLESS_SHELL: ShellPort = { kind: 'web', hotkeys: () => [], hidePanel: () => undefined };
