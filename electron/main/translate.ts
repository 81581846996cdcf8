/** i18next's `t` as the shell's pure view builders take it (tray, notices), without i18next itself. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
