import { Inject, Injectable } from '@nestjs/common';
import {
  type CentreView,
  type DivisionView,
  IdentityErrorCode,
  type ImportPupilsReport,
  type ImportPupilsRequest,
  type ListDivisionsRequest,
  type ListPupilsRequest,
  type PupilAccountRequest,
  type PupilCredentials,
  type PupilView,
} from '@pix/contracts';
import { type Clock, DomainError, type RandomIntSource, secureRandomInt } from '@pix/kernel';
import { parsePupilList } from '@pix/imports';
import { generateTemporaryPassword, usernameCandidates } from '../domain/credentials';
import {
  CENTRE_STORE,
  type CentreStore,
  CLOCK,
  PASSWORD_HASHER,
  type PasswordHasher,
  PUPIL_STORE,
  type PupilStore,
  USER_STORE,
  type UserStore,
} from '../domain/identity.ports';
import { centreNotFound } from './centre-queries.use-case';

/** Pupils of a SCO centre: import from the school's pupil base, lists by class, accounts and temporary passwords. */
@Injectable()
export class Pupils {
  private readonly randomInt: RandomIntSource = secureRandomInt;

  constructor(
    @Inject(PUPIL_STORE) private readonly pupils: PupilStore,
    @Inject(CENTRE_STORE) private readonly centres: CentreStore,
    @Inject(USER_STORE) private readonly users: UserStore,
    @Inject(PASSWORD_HASHER) private readonly hasher: PasswordHasher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** All or nothing: one bad line refuses the whole file, with every error listed. */
  async import(request: ImportPupilsRequest): Promise<ImportPupilsReport> {
    await this.scoCentre(request.centreId);
    const now = this.clock.now();
    const bytes = new Uint8Array(Buffer.from(request.base64, 'base64'));
    const parsed = parsePupilList(bytes, request.fileName, { today: now.toISOString().slice(0, 10) });
    if (!parsed.ok) {
      throw new DomainError(
        IdentityErrorCode.PUPIL_IMPORT_INVALID,
        parsed.errors.length === 1
          ? 'Le fichier contient une erreur : aucun élève n’a été importé.'
          : `Le fichier contient ${parsed.errors.length} erreurs : aucun élève n’a été importé.`,
        { errors: parsed.errors },
      );
    }
    return this.pupils.replaceImport(request.centreId, parsed.pupils, now);
  }

  async list(request: ListPupilsRequest): Promise<{ pupils: PupilView[] }> {
    await this.scoCentre(request.centreId);
    return { pupils: await this.pupils.list(request.centreId, request) };
  }

  async divisions(request: ListDivisionsRequest): Promise<{ divisions: DivisionView[] }> {
    await this.scoCentre(request.centreId);
    return { divisions: await this.pupils.divisions(request.centreId) };
  }

  /** Creates the pupil's account: a username from their name and birthday, and a temporary password. */
  async createAccount(request: PupilAccountRequest): Promise<PupilCredentials> {
    const pupil = await this.pupil(request);
    if (pupil.userId !== null) {
      throw new DomainError(
        IdentityErrorCode.PUPIL_ALREADY_HAS_ACCOUNT,
        `Cet élève a déjà un compte (identifiant : ${pupil.username ?? 'sans identifiant'}).`,
      );
    }
    const now = this.clock.now();
    const temporaryPassword = generateTemporaryPassword(this.randomInt);
    const passwordHash = await this.hasher.hash(temporaryPassword);
    const candidates = usernameCandidates(pupil.firstName, pupil.lastName, pupil.birthdate);
    const taken = await this.users.takenUsernames(candidates);
    for (const username of candidates.filter((candidate) => !taken.has(candidate))) {
      const user = await this.users.create(
        {
          firstName: pupil.firstName,
          lastName: pupil.lastName,
          email: null,
          username,
          passwordHash,
          staffRole: null,
          mustChangePassword: true,
        },
        now,
      );
      if (user === null) continue; // taken meanwhile: next candidate
      await this.pupils.linkUser(request.centreId, pupil.id, user.id, now);
      return { pupilId: pupil.id, userId: user.id, username, temporaryPassword };
    }
    throw new Error(`no free username for pupil ${pupil.id}`);
  }

  /** The most common problem on the day: a pupil forgot their password. */
  async resetPassword(request: PupilAccountRequest): Promise<PupilCredentials> {
    const pupil = await this.pupil(request);
    if (pupil.userId === null || pupil.username === null) {
      throw new DomainError(
        IdentityErrorCode.PUPIL_WITHOUT_ACCOUNT,
        'Cet élève n’a pas encore de compte avec identifiant : créez-le d’abord.',
      );
    }
    const temporaryPassword = generateTemporaryPassword(this.randomInt);
    await this.users.setPassword(pupil.userId, await this.hasher.hash(temporaryPassword), true);
    return { pupilId: pupil.id, userId: pupil.userId, username: pupil.username, temporaryPassword };
  }

  private async pupil(request: PupilAccountRequest): Promise<PupilView> {
    await this.scoCentre(request.centreId);
    const [pupil] = await this.pupils.list(request.centreId, { pupilIds: [request.pupilId], includeInactive: true });
    if (pupil === undefined) throw new DomainError(IdentityErrorCode.PUPIL_NOT_FOUND, 'Cet élève n’existe pas.');
    return pupil;
  }

  private async scoCentre(centreId: number): Promise<CentreView> {
    const centre = await this.centres.findById(centreId);
    if (centre === null) throw centreNotFound();
    if (centre.type !== 'SCO') {
      throw new DomainError(
        IdentityErrorCode.NOT_A_SCO_CENTRE,
        'Seuls les établissements scolaires (SCO) gèrent une liste d’élèves.',
      );
    }
    return centre;
  }
}
