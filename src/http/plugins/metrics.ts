import type { Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../../../schema/context.js';
import type { GatewayMetrics } from '../../metrics/gateway-metrics.js';
import { useOperationSummary } from './operation-summary.js';

/** Counts and times GraphQL operations by name, type and outcome. */
export function useGraphQLMetrics(metrics: GatewayMetrics): Plugin<GraphQLContext> {
  return useOperationSummary((summary) => {
    const labels = {
      operation: metrics.operationNames.label(summary.operationName),
      type: summary.operationType ?? 'unknown',
      outcome: summary.outcome,
    };
    metrics.graphqlRequests.inc(labels);
    metrics.graphqlDuration.observe(labels, summary.durationMs / 1000);
  });
}
