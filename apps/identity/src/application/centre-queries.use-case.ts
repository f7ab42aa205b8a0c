import { Inject, Injectable } from '@nestjs/common';
import {
  type CentreView,
  type GetCentreRequest,
  IdentityErrorCode,
  type ListCentresRequest,
  type ListMembersRequest,
  type MemberView,
} from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { CENTRE_STORE, type CentreStore } from '../domain/identity.ports';

export function centreNotFound(): DomainError {
  return new DomainError(IdentityErrorCode.CENTRE_NOT_FOUND, 'Ce centre de certification n’existe pas.');
}

/** Reads of centres and their members; the gateway has already checked the caller may see them. */
@Injectable()
export class CentreQueries {
  constructor(@Inject(CENTRE_STORE) private readonly centres: CentreStore) {}

  async get(request: GetCentreRequest): Promise<CentreView> {
    const centre = await this.centres.findById(request.centreId);
    if (centre === null) throw centreNotFound();
    return centre;
  }

  async list(request: ListCentresRequest): Promise<{ centres: CentreView[] }> {
    return { centres: await this.centres.list(request.centreIds) };
  }

  async members(request: ListMembersRequest): Promise<{ members: MemberView[] }> {
    await this.get(request);
    return { members: await this.centres.members(request.centreId) };
  }
}
