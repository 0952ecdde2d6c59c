import type { GatewayConfig } from '../config.js';
import { loadPersistedOperations } from '../http/persisted-manifest.js';
import type { PersistedOperations } from '../http/plugins/persisted-operations.js';
import type { Logger } from '../logger.js';
import { ApiKeyIndex } from './api-keys.js';

/**
 * Who may call and which persisted operations exist: the part of the config a reload swaps in without a
 * restart (key rotation). Keys of tenants the process does not run are left out until a restart.
 */
export class AccessControl {
  private index: ApiKeyIndex;
  private operations: PersistedOperations;

  constructor(
    config: GatewayConfig,
    private readonly runningTenants: ReadonlySet<string>,
    private readonly logger: Logger,
  ) {
    this.operations = readOperations(config);
    this.index = this.indexOf(config);
  }

  /** The API keys in force. */
  readonly keys = (): ApiKeyIndex => this.index;

  /** The persisted operations in force. */
  readonly persistedOperations = (): PersistedOperations => this.operations;

  /** Swaps in a reloaded config's keys and manifest; throws, keeping the current ones, when the manifest is bad. */
  apply(config: GatewayConfig): void {
    const operations = readOperations(config);
    this.index = this.indexOf(config);
    this.operations = operations;
    const keys = config.tenants.reduce((count, tenant) => count + tenant.apiKeys.length, 0);
    this.logger.info({ keys, persistedOperations: operations.size }, 'access config reloaded');
  }

  private indexOf(config: GatewayConfig): ApiKeyIndex {
    const tenants = config.tenants.filter((tenant) => this.runningTenants.has(tenant.id));
    for (const tenant of config.tenants) {
      if (!this.runningTenants.has(tenant.id)) {
        this.logger.warn({ tenant: tenant.id }, 'new tenant in config: its keys work after a restart');
      }
    }
    return new ApiKeyIndex(tenants);
  }
}

function readOperations(config: GatewayConfig): PersistedOperations {
  const path = config.server.persistedOperations;
  return path ? loadPersistedOperations(path) : new Map();
}
