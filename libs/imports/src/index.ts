// Shared
export {
  type ImportFileErrorCode,
  IMPORT_FILE_ERROR_CODES,
  ImportFileError,
  isImportFileError,
} from './lib/shared/import-file-error';
export { IMPORT_LIMITS } from './lib/shared/limits';
export type { LineError, Problem, Validation } from './lib/shared/problems';
export { parseFrenchDate, parseIsoDate, toFrenchDate, type DateParseResult } from './lib/shared/dates';
export { personNameKey, placeNameKey } from './lib/shared/text';

// Spreadsheet reading
export { readSpreadsheet } from './lib/spreadsheet/read-spreadsheet';
export type { SheetRow, SheetRows } from './lib/spreadsheet/sheet';
export { ColumnMap, type ColumnSpec, headerKey, missingColumnsError } from './lib/spreadsheet/columns';
export { decodeText, type TextEncodingName } from './lib/spreadsheet/decode-text';
export { detectDelimiter, type CsvDelimiter } from './lib/spreadsheet/read-csv';

// ODS writing
export { type OdsSheet, ODS_MIME_TYPE, writeOds } from './lib/ods/write-ods';
export { candidateListTemplate } from './lib/candidate-list/candidate-list-template';

// Birthplace
export {
  type Birthplace,
  type BirthplaceField,
  type BirthplaceInput,
  type BirthplaceProblem,
  resolveBirthplace,
} from './lib/birthplace/resolve-birthplace';
export { type Country, countryKey, findCountry, listCountries } from './lib/birthplace/country-index';
export { COUNTRIES, type CountryEntry, FRANCE_CODE } from './lib/birthplace/countries';
export {
  type Commune,
  findCommuneByInseeCode,
  findCommunesByPostalCode,
  warmUpCommuneIndex,
} from './lib/birthplace/communes';

// Candidates
export type {
  BillingMode,
  Candidate,
  CandidateField,
  CandidateInput,
  CentreType,
  Sex,
} from './lib/candidate/candidate';
export { validateCandidate } from './lib/candidate/validate-candidate';
export { BILLING_MODE_LABELS, MAX_TEXT_LENGTH, parseExtraTime } from './lib/candidate/fields';
export { CANDIDATE_COLUMNS, candidateColumnLabels } from './lib/candidate/candidate-columns';
export { candidateIdentityKey } from './lib/candidate/duplicates';

// Imports
export {
  type CandidateListOptions,
  type CandidateListResult,
  parseCandidateList,
} from './lib/candidate-list/parse-candidate-list';
export {
  PUPIL_COLUMNS,
  type PupilField,
  type PupilListOptions,
  type PupilListResult,
  type PupilRecord,
  parsePupilList,
} from './lib/pupil-list/parse-pupil-list';
export {
  type MassImportExistingSession,
  type MassImportSession,
  parseSessionsMassImport,
  type SessionsMassImportOptions,
  type SessionsMassImportResult,
} from './lib/sessions-import/parse-sessions-mass-import';
export { SESSION_COLUMNS, type SessionField } from './lib/sessions-import/session-columns';
export { sessionsMassImportTemplate } from './lib/sessions-import/sessions-import-template';
