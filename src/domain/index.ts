export * from './campaign.js';
export * from './errors.js';
export * from './ids.js';
export * from './money.js';
export * from './provider.js';
export * from './status.js';
export * from './inputs.js';
export * from './secret.js';
