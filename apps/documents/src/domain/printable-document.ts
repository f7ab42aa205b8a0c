import type { SafeHtml } from './html';

/** A document ready to print: the whole HTML page, and what the footer of every page shows. */
export interface PrintableDocument {
  /** As downloaded, e.g. `feuille-emargement-669.pdf` (rules §12). */
  readonly fileName: string;
  readonly html: SafeHtml;
  /** Left part of the footer (document and session); the right part is `page i/n`. */
  readonly footerLabel: string;
}
