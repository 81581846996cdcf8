/** A refusal the CLI explains in words (already translated) and ends with `exitCode`. */
export class CliFailure extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}
