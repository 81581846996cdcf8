/**
 * The question hotkey's press: like the panel hotkey it first records the chat client (the paste
 * goes back there), then the copied buyer message is taken, then the panel shows and, on its focus,
 * collects the question. A panel already on screen is shown afresh: it only asks when it gains the
 * focus, and it keeps the chat window it recorded when it first appeared.
 */
export interface QuestionHotkeyDeps {
  panelVisible(): boolean;
  /** Records the foreground window (paste-target) before the panel takes the focus. */
  captureForeground(): void;
  /** Reads the clipboard into the question inbox. */
  takeQuestion(): Promise<void>;
  hidePanel(): void;
  showPanel(): void;
}

export async function pressQuestionHotkey(deps: QuestionHotkeyDeps): Promise<void> {
  if (!deps.panelVisible()) deps.captureForeground();
  await deps.takeQuestion();
  if (deps.panelVisible()) deps.hidePanel();
  deps.showPanel();
}
