import { Injectable } from '@nestjs/common';
import type { RenderAttestationRequest, RenderedDocument } from '@pix/contracts';
import { AttestationDocuments } from './attestation-document';
import { DocumentPrinter } from './document-printer';

/** One certification's attestation (rules §11), e.g. downloaded by the candidate from their account. */
@Injectable()
export class RenderAttestation {
  constructor(
    private readonly documents: AttestationDocuments,
    private readonly printer: DocumentPrinter,
  ) {}

  async execute(request: RenderAttestationRequest): Promise<RenderedDocument> {
    return this.printer.print(await this.documents.of(request.attestation));
  }
}
