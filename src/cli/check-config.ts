import { ConfigError, loadConfigFile, type GatewayConfig } from '../config.js';
import { SCOPES } from '../auth/scopes.js';
import { PROVIDER_IDS } from '../domain/provider.js';
import { println, type Command } from './io.js';

/** Explanations by what an issue says; the first that matches is shown under it. */
const HINTS: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /environment variable (\S+) is not set/,
    (m) => `export ${m[1]} in the gateway's environment (the file only names it)`,
  ],
  [/\.sha256:/, () => 'the SHA-256 of the key, never the key: `campaign-gateway hash-key <key>` prints it'],
  [/\.scopes/, () => `scopes are: ${SCOPES.join(', ')}`],
  [/\.provider:/, () => `providers are: ${PROVIDER_IDS.join(', ')}`],
  [/\.baseUrl:/, () => "the http(s) URL of the provider's API, e.g. https://api.example.com"],
  [/\.credentials/, () => 'credentials are { "env": "VAR_NAME" } (recommended) or a literal string'],
  [/Unrecognized key/, () => 'remove it or fix its spelling (keys are case-sensitive)'],
  [/is used twice/, () => 'ids must be unique where the message says'],
  [/lower-case letters, digits and dashes/, () => 'ids appear in URLs and global ids: use e.g. "acme-retail"'],
  [/expected (number|boolean|string|array|object), received (\w+)/, (m) => `write a ${m[1]} here, not a ${m[2]}`],
  [/Too small|Too big/, () => 'the value is outside the allowed range'],
  [/cannot be read/, () => 'check the path and the file permissions'],
  [/not valid (JSON|YAML)/, (m) => `fix the ${m[1]} syntax at the position shown`],
  [/^env /, () => 'an environment variable of the gateway process has an invalid value'],
];

/** The issue and, when one applies, a line that says how to fix it. */
export function explain(issue: string): string[] {
  for (const [pattern, hint] of HINTS) {
    const match = pattern.exec(issue);
    if (match) return [issue, `  -> ${hint(match)}`];
  }
  return [issue];
}

/** Drops "received undefined" issues at a key already reported as an unset environment variable. */
function withoutEchoes(issues: string[]): string[] {
  const unset = new Set(issues.filter((i) => i.includes('environment variable')).map((i) => i.split(': ')[0]));
  return issues.filter((i) => !(i.includes('received undefined') && unset.has(i.split(': ')[0])));
}

function summary(config: GatewayConfig): string {
  const accounts = config.tenants.flatMap((tenant) => tenant.accounts);
  const byProvider = PROVIDER_IDS.map((id) => [id, accounts.filter((a) => a.provider === id).length] as const)
    .filter(([, count]) => count > 0)
    .map(([id, count]) => `${id} ${count}`);
  return [
    `${config.tenants.length} tenant(s), ${accounts.length} provider account(s)${byProvider.length ? ` (${byProvider.join(', ')})` : ''}`,
    `shared state: ${config.redisUrl ? 'Redis' : 'in memory (one instance)'}`,
    `tracing: ${config.otlpEndpoint ? `OTLP to ${config.otlpEndpoint}` : 'off'}`,
  ].join('; ');
}

/**
 * `check-config <file>...`: validates each config file as `start` would (environment variables
 * included) and explains every problem with the key that has it. Exit code 1 when any file is invalid.
 */
export const checkConfig: Command = async (args, io) => {
  if (args.length === 0) {
    println(io.stderr, 'usage: campaign-gateway check-config <file.json|file.yaml>...');
    return 2;
  }
  let failed = 0;
  for (const file of args) {
    try {
      const config = await loadConfigFile(file, io.env);
      println(io.stdout, `${file}: valid: ${summary(config)}`);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      failed += 1;
      const issues = withoutEchoes(error.issues);
      println(io.stdout, `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`);
      for (const issue of issues) for (const line of explain(issue)) println(io.stdout, `  ${line}`);
    }
  }
  return failed === 0 ? 0 : 1;
};
