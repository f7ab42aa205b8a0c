import type { ProfileView } from '@pix/contracts';
import type { PlacementProfile } from '../domain/placement-profile';

export function toProfileView(profile: PlacementProfile): ProfileView {
  return {
    userId: profile.userId,
    limitDate: profile.limitDate.toISOString(),
    competences: profile.competences.map((competence) => ({
      code: competence.code,
      name: competence.name,
      areaCode: competence.areaCode,
      pixScore: competence.pixScore,
      level: competence.level,
      validatedSkills: [...competence.validatedSkills],
    })),
    totalPix: profile.totalPix,
    certifiable: profile.certifiable,
    competencesAtLevelOneOrMore: profile.competencesAtLevelOneOrMore,
  };
}
