import { Injectable } from '@nestjs/common';
import type { RenderedDocument, RenderIncidentReportRequest } from '@pix/contracts';
import { assertPrintable } from '../domain/document-data';
import { incidentReport } from '../domain/templates/incident-report';
import { DocumentPrinter } from './document-printer';

/** The blank incident report ("PV d'incident") with the session header and the legend of the codes. */
@Injectable()
export class RenderIncidentReport {
  constructor(private readonly printer: DocumentPrinter) {}

  execute(request: RenderIncidentReportRequest): Promise<RenderedDocument> {
    assertPrintable(request.session);
    return this.printer.print(incidentReport(request.session));
  }
}
