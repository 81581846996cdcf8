/** The phrase library's exchange formats (import and export). */
export const PHRASE_FILE_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type PhraseFileFormatName = (typeof PHRASE_FILE_FORMATS)[number];
