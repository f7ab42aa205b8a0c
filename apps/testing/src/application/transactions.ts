/**
 * Port: the application layer opens the transaction; repositories called inside `run` join it.
 * A nested `run` joins the transaction already open.
 */
export interface Transactions {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export const TRANSACTIONS = Symbol('TRANSACTIONS');
