import { Inject, Injectable } from '@nestjs/common';
import type { RenderedDocument, RenderInvigilatorKitRequest } from '@pix/contracts';
import { assertPrintable } from '../domain/document-data';
import { invigilatorKit } from '../domain/templates/invigilator-kit';
import { DocumentPrinter } from './document-printer';
import { PUBLIC_URL } from './tokens';

/** The invigilator kit: session number, password, access code, and how to run the session. */
@Injectable()
export class RenderInvigilatorKit {
  constructor(
    private readonly printer: DocumentPrinter,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
  ) {}

  execute(request: RenderInvigilatorKitRequest): Promise<RenderedDocument> {
    assertPrintable(request.session, request.candidates);
    return this.printer.print(invigilatorKit(request.session, request.candidates, this.publicUrl));
  }
}
