import type { AttestationData } from '@pix/contracts';

export interface AttestationPage {
  readonly attestations: readonly AttestationData[];
  /** How many attestations the batch has in all. */
  readonly total: number;
}

/** Port: the published, validated certifications of a session (or one class), read from the jury service. */
export interface AttestationSource {
  page(
    batch: { sessionId: number; certificationCenterId: number; division: string | null },
    offset: number,
    limit: number,
  ): Promise<AttestationPage>;
}

export const ATTESTATION_SOURCE = Symbol('ATTESTATION_SOURCE');

/** Port: merges PDFs into one, pages in order. */
export interface PdfMerger {
  merge(pdfs: AsyncIterable<Uint8Array>): Promise<{ bytes: Uint8Array; pageCount: number }>;
}

export const PDF_MERGER = Symbol('PDF_MERGER');
