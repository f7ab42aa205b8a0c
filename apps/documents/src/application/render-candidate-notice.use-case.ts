import { Inject, Injectable } from '@nestjs/common';
import type { RenderCandidateNoticeRequest, RenderedDocument } from '@pix/contracts';
import { assertPrintable } from '../domain/document-data';
import { candidateNotice } from '../domain/templates/candidate-notice';
import { DocumentPrinter } from './document-printer';
import { PUBLIC_URL } from './tokens';

/** The candidate notice, projected or handed out when the candidates arrive. */
@Injectable()
export class RenderCandidateNotice {
  constructor(
    private readonly printer: DocumentPrinter,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  execute(request: RenderCandidateNoticeRequest): Promise<RenderedDocument> {
    assertPrintable(request.session);
    return this.printer.print(candidateNotice(request.session, this.publicUrl));
  }
}
