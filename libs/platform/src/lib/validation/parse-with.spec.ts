import { DomainError } from '@pix/kernel';
import { z } from 'zod';
import { parseWith } from './parse-with';

describe(parseWith.name, () => {
  const schema = z.object({ sessionId: z.number().int(), room: z.string().min(1, 'La salle est obligatoire.') });

  it('returns the parsed value', () => {
    expect(parseWith(schema, { sessionId: 3, room: 'B12' }, 'invalide')).toEqual({ sessionId: 3, room: 'B12' });
  });

  it('throws VALIDATION_FAILED with every issue and its path', () => {
    let caught: unknown;
    try {
      parseWith(schema, { sessionId: 'x', room: '' }, 'Le message reçu est invalide.');
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(DomainError);
    expect(caught).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Le message reçu est invalide.',
      details: { issues: [{ path: 'sessionId' }, { path: 'room', message: 'La salle est obligatoire.' }] },
    });
  });
});
