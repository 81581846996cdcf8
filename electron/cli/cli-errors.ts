/**
 * What a command's failure says, when it is not a refusal the command explained itself: a
 * database that cannot be used (exit 2), or a bug or an environment problem (exit 1), said in
 * the terminal's language with the cause on its own line and without a stack trace.
 */
import { DatabaseOpenError } from '../../db/database-open-error';
import { createTranslator, languageForLocale } from '../core/i18n/translator';
import { CliFailure } from './cli-failure';

/** The terminal's language, for messages printed before (or without) the stored settings. */
export function terminalLanguage() {
  const { LC_ALL, LC_MESSAGES, LANG } = process.env;
  return languageForLocale(LC_ALL || LC_MESSAGES || LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

export function explainFailure(cause: unknown): CliFailure {
  if (cause instanceof CliFailure) return cause;
  const { t } = createTranslator(terminalLanguage());
  if (cause instanceof DatabaseOpenError) return new CliFailure(2, t(`errors.${cause.code}`, cause.details));
  return new CliFailure(
    1,
    `${t('errors.internal')}\n${cause instanceof Error ? cause.message : String(cause)}`,
  );
}
