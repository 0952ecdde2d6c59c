import { println, type CliIO, type Command } from './io.js';

/** Each command loads only its own code, so `hash-key` does not start the schema or the simulators. */
const COMMANDS: Record<string, { load: () => Promise<Command>; usage: string }> = {
  start: {
    load: async () => (await import('./start.js')).start,
    usage: 'start [--config <file>]      run the gateway (sandbox mode without a config)',
  },
  'check-config': {
    load: async () => (await import('./check-config.js')).checkConfig,
    usage: 'check-config <file>...       validate config files and explain each problem',
  },
  'print-schema': {
    load: async () => (await import('./print-schema.js')).printSchemaCommand,
    usage: 'print-schema                 print the GraphQL schema (SDL)',
  },
  'hash-key': {
    load: async () => (await import('./hash-key.js')).hashKey,
    usage: 'hash-key [key]               SHA-256 of an API key for the config (key from stdin if omitted)',
  },
  sandbox: {
    load: async () => (await import('./sandbox.js')).sandbox,
    usage: 'sandbox [--seed N]           run only the provider simulators and print their URLs',
  },
};

function usage(stream: NodeJS.WritableStream): void {
  println(stream, 'usage: campaign-gateway <command> [arguments]');
  println(stream);
  for (const { usage: line } of Object.values(COMMANDS)) println(stream, `  ${line}`);
}

/** Runs one CLI command and resolves with the process's exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    usage(name === undefined ? io.stderr : io.stdout);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    println(io.stderr, `unknown command: ${name}`);
    usage(io.stderr);
    return 2;
  }
  return (await command.load())(args, io);
}

const io: CliIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
runCli(process.argv.slice(2), io).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('campaign-gateway:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
