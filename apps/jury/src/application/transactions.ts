/** Port: the application layer opens the transaction; repository calls inside `run` join it. */
export interface Transactions {
  run<T>(work: () => Promise<T>): Promise<T>;
}

export const TRANSACTIONS = Symbol('TRANSACTIONS');
