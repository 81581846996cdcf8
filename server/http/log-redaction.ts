/**
 * Errors as the server logs them: what failed and where, never the values. A failed query's
 * message ends with its parameters (whole rows: phones, addresses) and PostgreSQL's `detail`
 * quotes the offending row, so only named parts are kept: the class, the code, the message
 * without the parameters, the SQL text, PostgreSQL's identifiers (table, column, constraint …),
 * the stack frames, and the cause, redacted alike.
 */

/** Fields that name things (SQL text, schema objects, error codes) and never carry row values. */
const NAMING_FIELDS = [
  'code',
  'severity',
  'query',
  'schema',
  'table',
  'column',
  'dataType',
  'constraint',
  'routine',
];
const MAX_CAUSES = 5;

export type RedactedError = { type: string; message: string; stack: string; cause?: RedactedError } & Record<
  string,
  unknown
>;

/** Drizzle's "Failed query: <sql>\nparams: <values>": everything from the parameters on goes. */
const withoutParams = (message: string): string => message.replace(/\nparams: [\s\S]*$/, '');

/** The frames after the message (which may hold values); none when the message cannot be found in it. */
function frames(error: Error): string[] {
  const at = error.stack?.indexOf(error.message) ?? -1;
  if (!error.stack || at < 0) return [];
  return error.stack
    .slice(at + error.message.length)
    .split('\n')
    .filter((line) => /^\s+at /.test(line));
}

export function redactError(error: unknown, causes = MAX_CAUSES): RedactedError {
  if (!(error instanceof Error))
    return { type: typeof error, message: 'a value that is not an Error was thrown', stack: '' };
  const type = error.constructor.name || error.name;
  const message = withoutParams(error.message);
  const redacted: RedactedError = {
    type,
    message,
    stack: [`${type}: ${message}`, ...frames(error)].join('\n'),
  };
  const fields = error as unknown as Record<string, unknown>;
  for (const name of NAMING_FIELDS)
    if (typeof fields[name] === 'string' || typeof fields[name] === 'number') redacted[name] = fields[name];
  if (error.cause !== undefined && causes > 0) redacted.cause = redactError(error.cause, causes - 1);
  return redacted;
}
