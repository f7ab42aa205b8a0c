import { Inject, Injectable } from '@nestjs/common';
import { type CentreView, type CreateCentreRequest, IdentityErrorCode } from '@pix/contracts';
import { type Clock, DomainError } from '@pix/kernel';
import { CENTRE_STORE, type CentreStore, CLOCK } from '../domain/identity.ports';

/** UAI (ex-RNE): 7 digits then a check letter, e.g. 0750001A. */
const UAI_PATTERN = /^[0-9]{7}[A-Z]$/;
const POSTAL_CODE_PATTERN = /^[0-9]{5}$/;

/** National staff register a certification centre. */
@Injectable()
export class CreateCentre {
  constructor(
    @Inject(CENTRE_STORE) private readonly centres: CentreStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(request: CreateCentreRequest): Promise<CentreView> {
    const uai = request.uai?.trim().toUpperCase() || null;
    const name = request.name.trim();
    const address = {
      street: request.address.street.trim(),
      postalCode: request.address.postalCode.trim(),
      city: request.address.city.trim(),
    };
    const problems: { field: string; message: string }[] = [];
    if (name.length === 0) problems.push({ field: 'name', message: 'Le nom du centre est obligatoire.' });
    if (request.type === 'SCO' && uai === null) {
      problems.push({ field: 'uai', message: 'Un établissement scolaire (SCO) doit avoir un UAI.' });
    }
    if (uai !== null && !UAI_PATTERN.test(uai)) {
      problems.push({ field: 'uai', message: 'L’UAI doit comporter 7 chiffres suivis d’une lettre (ex. 0750001A).' });
    }
    if (address.street.length === 0) problems.push({ field: 'address.street', message: 'L’adresse est obligatoire.' });
    if (!POSTAL_CODE_PATTERN.test(address.postalCode)) {
      problems.push({ field: 'address.postalCode', message: 'Le code postal doit comporter 5 chiffres.' });
    }
    if (address.city.length === 0) problems.push({ field: 'address.city', message: 'La commune est obligatoire.' });
    if (problems.length > 0) {
      throw new DomainError(IdentityErrorCode.CENTRE_INVALID, 'Le centre comporte des informations invalides.', {
        problems,
      });
    }
    const centre = await this.centres.create(
      { type: request.type, name, uai, address, createdBy: request.createdBy },
      this.clock.now(),
    );
    if (centre === null) {
      throw new DomainError(IdentityErrorCode.UAI_ALREADY_USED, `Un centre existe déjà avec l’UAI ${uai ?? ''}.`);
    }
    return centre;
  }
}
