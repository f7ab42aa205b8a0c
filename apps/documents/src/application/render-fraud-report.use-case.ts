import { Injectable } from '@nestjs/common';
import type { RenderedDocument, RenderFraudReportRequest } from '@pix/contracts';
import { assertPrintable } from '../domain/document-data';
import { fraudReport } from '../domain/templates/fraud-report';
import { DocumentPrinter } from './document-printer';

/** The blank fraud report ("PV de fraude") with the session header. */
@Injectable()
export class RenderFraudReport {
  constructor(private readonly printer: DocumentPrinter) {}

  execute(request: RenderFraudReportRequest): Promise<RenderedDocument> {
    assertPrintable(request.session);
    return this.printer.print(fraudReport(request.session));
  }
}
