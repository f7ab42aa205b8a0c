import type { ColumnSpec } from '../spreadsheet/columns';

export type SessionField = 'sessionId' | 'address' | 'room' | 'date' | 'time' | 'examiner' | 'description';

/** Session columns of the mass-creation file (§2.1), labels exactly as Pix Certif writes them. */
export const SESSION_COLUMNS: readonly ColumnSpec<SessionField>[] = [
  { key: 'sessionId', label: 'N° de session', aliases: ['Numéro de session'] },
  { key: 'address', label: '* Nom du site' },
  { key: 'room', label: '* Nom de la salle' },
  { key: 'date', label: '* Date de début (format: JJ/MM/AAAA)', aliases: ['Date de la session'] },
  { key: 'time', label: '* Heure de début (heure locale format: HH:MM)', aliases: ['Heure de la session'] },
  { key: 'examiner', label: '* Surveillant(s)', aliases: ['Surveillants'] },
  { key: 'description', label: 'Observations (optionnel)' },
];

export const REQUIRED_SESSION_FIELDS: readonly SessionField[] = ['address', 'room', 'date', 'time', 'examiner'];
