import { candidateColumnLabels } from '../lib/candidate/candidate-columns';
import type { CentreType } from '../lib/candidate/candidate';

/** One row of a candidate list, by column label; every required cell filled with valid defaults. */
export type CandidateCells = Readonly<Record<string, string>>;

export function candidateCells(overrides: CandidateCells = {}): CandidateCells {
  return {
    '* Nom de naissance': 'Dupont',
    '* Prénom': 'Jeanne',
    '* Date de naissance (format : jj/mm/aaaa)': '15/03/2008',
    '* Sexe (M ou F)': 'F',
    'Nom de la commune': '',
    'Code postal': '',
    'Code Insee': '75115',
    Pays: 'France',
    'E-mail de convocation': '',
    'E-mail du destinataire des résultats (formateur, enseignant…)': '',
    'Identifiant local': '',
    'Temps majoré ?': '',
    ...overrides,
  };
}

/** Header then one row per candidate, in the order of the centre's template. */
export function candidateSheet(
  centreType: CentreType,
  candidates: readonly CandidateCells[],
  labels: readonly string[] = candidateColumnLabels(centreType),
): string[][] {
  return [[...labels], ...candidates.map((candidate) => labels.map((label) => candidate[label] ?? ''))];
}
