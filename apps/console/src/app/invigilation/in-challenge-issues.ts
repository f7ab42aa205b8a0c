/**
 * The issue kinds « problème technique sur une question » (category IN_CHALLENGE) an invigilator may give when
 * validating a candidate's alert, with the wording of the PV d'incident. @pix/contracts does not export the
 * catalogue (it lives in the incidents service), hence this copy of the codes and labels; the gateway checks the code.
 */
export const IN_CHALLENGE_ISSUES = [
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
] as const;

export type InChallengeIssueCode = (typeof IN_CHALLENGE_ISSUES)[number]['code'];
