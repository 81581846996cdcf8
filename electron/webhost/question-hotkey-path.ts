/**
 * The question hotkey's stand-in on the web host: a browser tab has no global hotkeys, so a
 * program on this machine (the e2e test, a developer's `curl -X POST`) presses it here. Like the
 * key, it records the window that has the keyboard and takes the clipboard as the buyer's
 * question; the panel page collects it (panel.takeQuestion) when it gains the focus.
 */
export const QUESTION_HOTKEY_PATH = '/hotkeys/question';
