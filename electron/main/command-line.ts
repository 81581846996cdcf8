/**
 * What a start of the app asks for, read from its arguments. They arrive in two ways: the first
 * start's `process.argv`, and a later start's argv forwarded through 'second-instance' (then the
 * second process quits and the running one acts on it).
 *
 * `--toggle-panel` lets a desktop shortcut (a GNOME custom keyboard shortcut, the Linux
 * launcher's action) open the panel where global key grabs fail: native Wayland apps have focus.
 * `--take-question` is the question hotkey's counterpart for such a shortcut: the copied buyer
 * message becomes the panel's question. `--self-test` runs 粘贴自检 and prints its report.
 */
import { HIDDEN_ARG } from './login-item-settings';

export const TOGGLE_PANEL_ARG = '--toggle-panel';
export const TAKE_QUESTION_ARG = '--take-question';
export const SELF_TEST_ARG = '--self-test';

export type LaunchRequest = 'togglePanel' | 'takeQuestion' | 'selfTest' | 'showMain';

export function launchRequest(argv: readonly string[]): LaunchRequest {
  if (argv.includes(SELF_TEST_ARG)) return 'selfTest';
  if (argv.includes(TOGGLE_PANEL_ARG)) return 'togglePanel';
  if (argv.includes(TAKE_QUESTION_ARG)) return 'takeQuestion';
  return 'showMain';
}

/** Arguments that ask for one thing once; a restart must not repeat them. */
const ONE_SHOT_ARGS = new Set([SELF_TEST_ARG, TOGGLE_PANEL_ARG, TAKE_QUESTION_ARG, HIDDEN_ARG]);

export const withoutOneShotArgs = (args: readonly string[]): string[] =>
  args.filter((arg) => !ONE_SHOT_ARGS.has(arg));
