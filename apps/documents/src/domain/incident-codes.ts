/**
 * The issue-report codes an invigilator may write on the PV d'incident (rules §7), grouped by category as the
 * console shows them. Deprecated codes (A1, A2, C3, C5, E6, E7) cannot be reported any more and are not listed.
 */
export interface IncidentCode {
  readonly code: string;
  readonly label: string;
}

export interface IncidentCategory {
  readonly label: string;
  /** What the invigilator must write next to the code. */
  readonly expected: string;
  readonly codes: readonly IncidentCode[];
}

export const INCIDENT_CATEGORIES: readonly IncidentCategory[] = [
  {
    label: 'Informations du candidat',
    expected: 'Écrire l’information exacte dans la description.',
    codes: [
      { code: 'C1', label: 'Correction du nom, du prénom ou de la date de naissance' },
      { code: 'C2', label: 'Ajout ou correction du temps majoré' },
    ],
  },
  {
    label: 'Émargement',
    expected: 'Décrire la situation.',
    codes: [{ code: 'C4', label: 'Candidat présent qui n’a pas signé ou a signé sur une autre ligne' }],
  },
  {
    label: 'Fraude',
    expected: 'Remplir aussi un PV de fraude.',
    codes: [{ code: 'C6', label: 'Suspicion de fraude' }],
  },
  {
    label: 'Incident technique sans blocage',
    expected: 'Décrire l’incident.',
    codes: [{ code: 'C7', label: 'Problème technique qui n’a pas empêché de poursuivre le test' }],
  },
  {
    label: 'Incident lié au candidat sans blocage',
    expected: 'Décrire l’incident.',
    codes: [{ code: 'C8', label: 'Incident concernant le candidat qui n’a pas empêché de poursuivre le test' }],
  },
  {
    label: 'Problème sur une question',
    expected: 'Indiquer le numéro de la question.',
    codes: [
      { code: 'E1', label: 'L’image ne s’affiche pas' },
      { code: 'E2', label: 'Le simulateur ou l’application intégrée ne s’affiche pas' },
      { code: 'E3', label: 'Le fichier à télécharger ne s’ouvre pas' },
      { code: 'E4', label: 'Le site à consulter est indisponible' },
      { code: 'E5', label: 'Le site à consulter est bloqué par le réseau de l’établissement' },
      { code: 'E8', label: 'Temps majoré : question chronométrée que le candidat n’a pas pu terminer' },
      { code: 'E9', label: 'Le logiciel demandé ne fonctionne pas' },
      { code: 'E10', label: 'Sortie involontaire de la fenêtre sur une question « focus »' },
      { code: 'E11', label: 'Page « Oups, une erreur est survenue »' },
      { code: 'E12', label: 'Problème d’accessibilité (par exemple, daltonisme)' },
    ],
  },
];
