import { Inject, Injectable } from '@nestjs/common';
import type { AttestationData } from '@pix/contracts';
import { assertAttestationPrintable } from '../domain/document-data';
import type { PrintableDocument } from '../domain/printable-document';
import { attestation } from '../domain/templates/attestation';
import { qrCodeSvg, verificationUrl } from '../domain/verification-qr-code';
import { PUBLIC_URL } from './tokens';

/** Builds the printable attestation of a certification: checks its dates, draws the QR code of its verification page. */
@Injectable()
export class AttestationDocuments {
  constructor(@Inject(PUBLIC_URL) private readonly publicUrl: string) {}

  async of(data: AttestationData): Promise<PrintableDocument> {
    assertAttestationPrintable(data);
    const qrCode = await qrCodeSvg(verificationUrl(this.publicUrl, data.verificationCode));
    return attestation(data, { publicUrl: this.publicUrl, qrCode });
  }
}
