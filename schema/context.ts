import type { GraphQLError } from 'graphql';
import type { Principal } from '../src/auth/api-keys.js';
import type { RequestGateway } from '../src/gateway/campaigns.js';

/** What every resolver receives: the gateway core for this request's tenant, and a sink for partial failures. */
export interface GraphQLContext {
  gateway: RequestGateway;
  requestId: string;
  /** Errors of providers that failed while others answered; appended to the response's `errors`. */
  partialErrors: GraphQLError[];
  /** An EventSource's `Last-Event-ID` on reconnect: the default `since` of event subscriptions. */
  resumeFrom: string | null;
  /** The calling API key: its tenant and scopes (checked by `authScopes` on fields). */
  principal: Principal;
}
