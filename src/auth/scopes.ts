/** What an API key may do. `campaigns:send` covers anything that costs money or contacts people. */
export const SCOPES = [
  'campaigns:read',
  'campaigns:write',
  'campaigns:send',
  'contacts:read',
  'contacts:write',
] as const;

export type Scope = (typeof SCOPES)[number];
