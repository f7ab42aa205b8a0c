import { Injectable } from '@nestjs/common';
import type { RenderAttendanceSheetRequest, RenderedDocument } from '@pix/contracts';
import { assertPrintable } from '../domain/document-data';
import { attendanceSheet } from '../domain/templates/attendance-sheet';
import { DocumentPrinter } from './document-printer';

/** The attendance sheet ("feuille d'émargement") of a session: 20 candidates per page, sorted by name. */
@Injectable()
export class RenderAttendanceSheet {
  constructor(private readonly printer: DocumentPrinter) {}

  execute(request: RenderAttendanceSheetRequest): Promise<RenderedDocument> {
    assertPrintable(request.session, request.candidates);
    return this.printer.print(attendanceSheet(request.session, request.candidates));
  }
}
