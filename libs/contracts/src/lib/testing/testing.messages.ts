/** Request-reply subjects of the testing context and their message types. */
export type TestingRequestMap = Record<never, never>;
