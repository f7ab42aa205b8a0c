import { serviceConfigSchema } from '@pix/platform';
import { z } from 'zod';

/** The documents service's own variables, on top of every service's. */
export const documentsConfigSchema = serviceConfigSchema.extend({
  /** The Chromium that renders the PDFs (Debian's package by default). */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** How many PDFs render at once (one Chromium tab each); more requests wait in a queue. */
  PDF_PAGE_POOL_SIZE: z.coerce.number().int().min(1).max(16).default(2),
  /** Address of the platform printed on the documents (candidate notice, invigilator kit). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
});

export type DocumentsConfig = z.infer<typeof documentsConfigSchema>;

export const DOCUMENTS_CONFIG = Symbol('DOCUMENTS_CONFIG');
