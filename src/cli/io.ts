/** What a command reads and writes; the process's own streams in production, captured ones in tests. */
export interface CliIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** A command: its arguments in, an exit code out (long-running ones resolve when they should exit). */
export type Command = (args: string[], io: CliIO) => Promise<number>;

/** Prints one line. */
export function println(stream: NodeJS.WritableStream, line = ''): void {
  stream.write(`${line}\n`);
}
