/** Error codes of the sessions context (the gateway maps them in its sessions status table). */
export const SessionsErrorCode = {
  SESSION_NOT_FOUND: 'SESSION_NOT_FOUND',
  SESSION_INVALID: 'SESSION_INVALID',
} as const;

export type SessionsErrorCode = (typeof SessionsErrorCode)[keyof typeof SessionsErrorCode];
