import type { AccountRef } from '../domain/provider.js';

/** Timeouts for one provider account, in milliseconds. */
export interface UpstreamTimeouts {
  connectMs: number;
  /** Time to the response headers. */
  headersMs: number;
  /** Longest pause between body chunks. */
  bodyMs: number;
  /** Whole-call ceiling, headers and body included. */
  totalMs: number;
}

/** Settings of the HTTP layer for one provider account. */
export interface UpstreamSettings {
  baseUrl: string;
  timeouts: UpstreamTimeouts;
  /** Sockets kept per account (the bulkhead's width). */
  connections: number;
  /** Largest response body accepted, in bytes. */
  maxBodyBytes: number;
}

/** One finished provider call, as the call hook (logs, metrics, tests) sees it. */
export interface UpstreamCall {
  account: AccountRef;
  method: string;
  /** The path template (e.g. "/api/campaigns/:id"), low-cardinality for metrics. */
  endpoint: string;
  status: number | null;
  durationMs: number;
  errorCode?: string;
  requestId?: string;
}

export type UpstreamCallHook = (call: UpstreamCall) => void;

/** Per-call context threaded from the GraphQL request: cancellation and correlation. */
export interface CallContext {
  signal?: AbortSignal;
  requestId?: string;
}

export const DEFAULT_TIMEOUTS: UpstreamTimeouts = {
  connectMs: 2_000,
  headersMs: 5_000,
  bodyMs: 5_000,
  totalMs: 10_000,
};
