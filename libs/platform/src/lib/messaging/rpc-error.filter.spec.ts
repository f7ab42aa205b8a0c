import { isTransientDatabaseError } from './rpc-error.filter';

describe(isTransientDatabaseError.name, () => {
  const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

  it('recognises an exhausted pool, a refused or dropped connection and a server out of connections', () => {
    expect(isTransientDatabaseError(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isTransientDatabaseError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientDatabaseError(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isTransientDatabaseError(withCode('sorry, too many clients already', '53300'))).toBe(true);
    expect(isTransientDatabaseError(withCode('terminating connection due to administrator command', '57P01'))).toBe(
      true,
    );
  });

  it('leaves real bugs to be internal errors', () => {
    expect(isTransientDatabaseError(withCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isTransientDatabaseError(withCode('column "nope" does not exist', '42703'))).toBe(false);
    expect(isTransientDatabaseError(new TypeError('Cannot read properties of undefined'))).toBe(false);
    expect(isTransientDatabaseError('timeout exceeded when trying to connect')).toBe(false);
    expect(
      isTransientDatabaseError(new Error('Failed query: insert', { cause: withCode('duplicate key', '23505') })),
    ).toBe(false);
  });
});
