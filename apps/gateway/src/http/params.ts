import { z } from 'zod';
import { ZodValidationPipe } from './zod-validation.pipe';

/** A positive integer path parameter (centre, session, pupil, user numbers). */
export const idParam = new ZodValidationPipe(
  z.coerce
    .number({ error: 'Le numéro doit être un nombre entier.' })
    .int('Le numéro doit être un nombre entier.')
    .positive('Le numéro doit être positif.')
    .max(2_147_483_647, 'Le numéro est trop grand.'),
);
