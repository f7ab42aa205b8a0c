import { Inject, Injectable } from '@nestjs/common';
import { type ChangeMemberRoleRequest, IdentityErrorCode, type MemberView } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { CENTRE_STORE, type CentreStore } from '../domain/identity.ports';

/** A centre ADMIN changes a member's role; a centre always keeps at least one ADMIN. */
@Injectable()
export class ChangeMemberRole {
  constructor(@Inject(CENTRE_STORE) private readonly centres: CentreStore) {}

  async execute(request: ChangeMemberRoleRequest): Promise<MemberView> {
    const member = await this.centres.findMember(request.centreId, request.userId);
    if (member === null) {
      throw new DomainError(IdentityErrorCode.MEMBER_NOT_FOUND, 'Cette personne n’est pas membre du centre.');
    }
    if (member.role === 'ADMIN' && request.role === 'MEMBER') {
      const admins = (await this.centres.members(request.centreId)).filter((candidate) => candidate.role === 'ADMIN');
      if (admins.length <= 1) {
        throw new DomainError(
          IdentityErrorCode.LAST_ADMIN,
          'Le centre doit garder au moins un administrateur : nommez-en un autre avant de changer ce rôle.',
        );
      }
    }
    await this.centres.setRole(request.centreId, request.userId, request.role);
    return { ...member, role: request.role };
  }
}
