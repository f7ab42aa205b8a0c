import { DOCUMENT } from '@angular/common';
import { HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';

/** A file the gateway sent as an attachment. */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/**
 * The file name of `Content-Disposition: attachment; filename="kit-surveillant-669.pdf"`
 * (RFC 6266; `filename*=UTF-8''…` wins when present). Path parts are dropped.
 */
export function fileNameFromContentDisposition(header: string | null, fallback: string): string {
  if (header === null) return fallback;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  let name: string | undefined;
  if (extended?.[2] !== undefined) {
    try {
      name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      name = undefined;
    }
  }
  if (name === undefined) {
    const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
    name = plain?.[2]?.replace(/\\(.)/g, '$1') ?? plain?.[1]?.trim();
  }
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base === undefined || base === '' ? fallback : base;
}

export function toDownloadedFile(response: HttpResponse<Blob>, fallbackName: string): DownloadedFile {
  return {
    blob: response.body ?? new Blob([]),
    fileName: fileNameFromContentDisposition(response.headers.get('content-disposition'), fallbackName),
  };
}

/** Hands a downloaded file to the browser, as a click on a download link would. */
@Injectable({ providedIn: 'root' })
export class FileSaver {
  private readonly document = inject(DOCUMENT);

  save(file: DownloadedFile): void {
    const url = URL.createObjectURL(file.blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = file.fileName;
    link.rel = 'noopener';
    link.hidden = true;
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    // Let the browser start the download before the address goes away.
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
