import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../../../schema/context.js';
import type { Logger } from '../../logger.js';
import { useOperationSummary } from './operation-summary.js';

/**
 * One log line per GraphQL request (per operation over a WebSocket): request id, tenant, operation,
 * duration and outcome; failed ones at warn. Provider calls of the request log the same request id.
 */
export function useRequestLog(logger: Logger): Plugin<GraphQLContext> {
  return useOperationSummary((summary) => {
    const failed = summary.outcome === 'error' || (summary.status ?? 200) >= 500;
    if (!logger.isLevelEnabled(failed ? 'warn' : 'info')) return;
    const line = {
      requestId: summary.requestId,
      tenant: summary.tenantId,
      operation: summary.operationName,
      operationType: summary.operationType,
      transport: summary.transport,
      durationMs: summary.durationMs,
      outcome: summary.outcome,
      ...(summary.status !== null ? { status: summary.status } : {}),
      ...(summary.errorCodes.length > 0 ? { errorCodes: summary.errorCodes } : {}),
    };
    if (failed) logger.warn(line, 'graphql request');
    else logger.info(line, 'graphql request');
  });
}
