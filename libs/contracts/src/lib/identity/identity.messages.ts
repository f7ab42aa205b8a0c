/** Request-reply subjects of the identity context and their message types. */
export type IdentityRequestMap = Record<never, never>;
