import { IMPORT_LIMITS } from '../shared/limits';
import { ImportFileError } from '../shared/import-file-error';
import { formatCount } from '../shared/text';

const SAVE_AS = 'Dans votre tableur, choisissez « Enregistrer sous » puis le format ODS (.ods) ou CSV (.csv).';

export const fileErrors = {
  empty: (fileName: string) =>
    new ImportFileError('FILE_EMPTY', `Le fichier « ${fileName} » est vide : il ne contient aucune ligne.`),
  tooLarge: (fileName: string) =>
    new ImportFileError(
      'FILE_TOO_LARGE',
      `Le fichier « ${fileName} » est trop volumineux (${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} Mo au maximum).`,
    ),
  tooManyRows: () =>
    new ImportFileError(
      'FILE_TOO_MANY_ROWS',
      `Le fichier contient plus de ${formatCount(IMPORT_LIMITS.maxDataRows)} lignes de données. Découpez-le en plusieurs fichiers.`,
    ),
  unreadable: (fileName: string) =>
    new ImportFileError(
      'FILE_UNREADABLE',
      `Le fichier « ${fileName} » ne peut pas être lu : il est peut-être endommagé. ${SAVE_AS}`,
    ),
  malformedCsv: (fileName: string, line: number | undefined) =>
    new ImportFileError(
      'FILE_UNREADABLE',
      `Le fichier « ${fileName} » est un CSV mal formé${line === undefined ? '' : ` à la ligne ${line}`} (un guillemet n’est sans doute pas refermé). Vérifiez le fichier ou enregistrez-le de nouveau depuis votre tableur.`,
    ),
  xlsx: (fileName: string) =>
    new ImportFileError(
      'UNSUPPORTED_FORMAT',
      `Le fichier « ${fileName} » est au format Excel (.xlsx), qui n’est pas accepté. ${SAVE_AS}`,
    ),
  xls: (fileName: string) =>
    new ImportFileError(
      'UNSUPPORTED_FORMAT',
      `Le fichier « ${fileName} » est au format Excel 97-2003 (.xls), qui n’est pas accepté. ${SAVE_AS}`,
    ),
  otherOpenDocument: (fileName: string) =>
    new ImportFileError(
      'UNSUPPORTED_FORMAT',
      `Le fichier « ${fileName} » est un document OpenDocument qui n’est pas un classeur (un texte ou une présentation ?). ${SAVE_AS}`,
    ),
  unknownFormat: (fileName: string) =>
    new ImportFileError(
      'UNKNOWN_FORMAT',
      `Le fichier « ${fileName} » n’est ni un classeur ODS ni un fichier CSV. ${SAVE_AS}`,
    ),
};
