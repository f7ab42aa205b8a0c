/** Request-reply subjects of the documents context and their message types. */
export type DocumentsRequestMap = Record<never, never>;
