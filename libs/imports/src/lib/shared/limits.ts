/** Upper bounds that keep one upload from exhausting a service. */
export const IMPORT_LIMITS = {
  /** Bytes of the uploaded file. */
  maxFileBytes: 10 * 1024 * 1024,
  /** Data rows (the header not counted). */
  maxDataRows: 5000,
  /** Columns read per row; cells further right are ignored. */
  maxColumns: 256,
  /** Uncompressed size of an ODS `content.xml` (zip bombs). */
  maxOdsXmlBytes: 64 * 1024 * 1024,
} as const;
