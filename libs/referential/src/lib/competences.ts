/** The Pix reference framework: 16 competences in 5 areas, levels 1 to 8, 8 pix a level. */
export const AREAS = [
  { code: '1', name: 'Informations et données' },
  { code: '2', name: 'Communication et collaboration' },
  { code: '3', name: 'Création de contenu' },
  { code: '4', name: 'Protection et sécurité' },
  { code: '5', name: 'Environnement numérique' },
] as const;

export type AreaCode = (typeof AREAS)[number]['code'];

export const COMPETENCES = [
  { code: '1.1', area: '1', name: 'Mener une recherche et une veille d’information' },
  { code: '1.2', area: '1', name: 'Gérer des données' },
  { code: '1.3', area: '1', name: 'Traiter des données' },
  { code: '2.1', area: '2', name: 'Interagir' },
  { code: '2.2', area: '2', name: 'Partager et publier' },
  { code: '2.3', area: '2', name: 'Collaborer' },
  { code: '2.4', area: '2', name: 'S’insérer dans le monde numérique' },
  { code: '3.1', area: '3', name: 'Développer des documents textuels' },
  { code: '3.2', area: '3', name: 'Développer des documents multimédia' },
  { code: '3.3', area: '3', name: 'Adapter les documents à leur finalité' },
  { code: '3.4', area: '3', name: 'Programmer' },
  { code: '4.1', area: '4', name: 'Sécuriser l’environnement numérique' },
  { code: '4.2', area: '4', name: 'Protéger les données personnelles et la vie privée' },
  { code: '4.3', area: '4', name: 'Protéger la santé, le bien-être et l’environnement' },
  { code: '5.1', area: '5', name: 'Résoudre des problèmes techniques' },
  { code: '5.2', area: '5', name: 'Construire un environnement numérique' },
] as const satisfies readonly { code: string; area: AreaCode; name: string }[];

export type CompetenceCode = (typeof COMPETENCES)[number]['code'];

/** Export columns, in this order, everywhere (results CSV, attestation). */
export const COMPETENCE_CODES: readonly CompetenceCode[] = COMPETENCES.map((competence) => competence.code);

export function isCompetenceCode(value: string): value is CompetenceCode {
  return (COMPETENCE_CODES as readonly string[]).includes(value);
}
