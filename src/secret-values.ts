import type { GatewayConfig } from './config.js';
import { Secret } from './domain/secret.js';

/** Every secret value the config holds (provider credentials, webhook secrets), for redaction by value. */
export function secretValuesOf(config: GatewayConfig): string[] {
  const values = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') values.add(value);
    else if (value instanceof Secret) values.add(value.reveal());
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  config.credentials.forEach(collect);
  config.webhookSecrets.forEach(collect);
  for (const tenant of config.tenants) {
    for (const account of tenant.accounts) {
      for (const ref of Object.values(account.credentials)) if (typeof ref === 'string') values.add(ref);
    }
  }
  return [...values];
}
