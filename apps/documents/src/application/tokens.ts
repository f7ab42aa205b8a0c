/** The platform's public address (PUBLIC_URL), printed on the documents. */
export const PUBLIC_URL = Symbol('PUBLIC_URL');
