/**
 * Where the CLI's words go: a command's result on stdout, everything that explains a refusal on
 * stderr, so a script's `> file` keeps only results and the terminal still shows why. Each message
 * ends with exactly one newline, whatever its text ends with, so the next output (or the shell
 * prompt) starts on a line of its own.
 */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const ended = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);

export const processOutput: CliOutput = {
  out: (text) => void process.stdout.write(ended(text)),
  err: (text) => void process.stderr.write(ended(text)),
};
