import { DomainError, isErrorPayload } from './domain-error';

describe(DomainError.name, () => {
  it('serialises its code, French message and details for the wire', () => {
    const error = new DomainError('SESSION_NOT_FOUND', 'Session introuvable.', { sessionId: 12 });

    expect(error.toPayload()).toEqual({
      code: 'SESSION_NOT_FOUND',
      message: 'Session introuvable.',
      details: { sessionId: 12 },
    });
  });

  it('omits details when there are none', () => {
    expect(new DomainError('X', 'y').toPayload()).toEqual({ code: 'X', message: 'y' });
  });
});

describe(isErrorPayload.name, () => {
  it.each([
    [{ code: 'A', message: 'b' }, true],
    [{ code: 'A' }, false],
    [{ code: 1, message: 'b' }, false],
    [null, false],
    ['A', false],
  ])('recognises %p as %p', (value, expected) => {
    expect(isErrorPayload(value)).toBe(expected);
  });
});
