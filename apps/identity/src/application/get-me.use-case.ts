import { Inject, Injectable } from '@nestjs/common';
import { type GetMeRequest, IdentityErrorCode, type MeView } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { CENTRE_STORE, type CentreStore, USER_STORE, type UserStore } from '../domain/identity.ports';
import { toUserView } from './user-view';

@Injectable()
export class GetMe {
  constructor(
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(CENTRE_STORE) private readonly centres: CentreStore,
  ) {}

  async execute(request: GetMeRequest): Promise<MeView> {
    const user = await this.users.findById(request.userId);
    if (user === null) throw new DomainError(IdentityErrorCode.USER_NOT_FOUND, 'Ce compte n’existe pas.');
    return { user: toUserView(user), memberships: await this.centres.membershipsOf(user.id) };
  }
}
