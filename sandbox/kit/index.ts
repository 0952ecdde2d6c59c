export * from './calls.js';
export * from './clock.js';
export * from './faults.js';
export * from './router.js';
export * from './server.js';
export * from './webhooks.js';
