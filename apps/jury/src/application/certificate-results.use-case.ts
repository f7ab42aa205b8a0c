import { Inject, Injectable } from '@nestjs/common';
import {
  type AttestationData,
  type GetAttestationsRequest,
  type GetAttestationsResponse,
  JuryErrorCode,
  type ResultsCsv,
  type ResultsCsvRequest,
  type SessionResults,
  type SessionResultsRequest,
  type ShareableCertificate,
  type UserCertificationView,
} from '@pix/contracts';
import { DomainError, isVerificationCode } from '@pix/kernel';
import { AREAS, COMPETENCES } from '@pix/referential';
import type { Certification, CertificationResult } from '../domain/certification';
import { commentFor } from '../domain/jury-comments';
import type { JurySession } from '../domain/jury-session';
import { JURY_REPOSITORY, type JuryRepository } from '../domain/jury.repository';
import { resultsCsv } from '../domain/results-csv';

const ATTESTATION_PAGE_MAX = 100;

const notPublished = (sessionId: number) =>
  new DomainError(JuryErrorCode.RESULTS_NOT_PUBLISHED, 'Les résultats de cette session ne sont pas encore publiés.', {
    sessionId,
  });

/** Everything shown once results are published: verification page, CSV, attestations, the candidate's results. */
@Injectable()
export class CertificateResults {
  constructor(@Inject(JURY_REPOSITORY) private readonly jury: JuryRepository) {}

  /** Rules §11: only a published certification whose latest result is `validated`; anything else is "not found". */
  async verify(verificationCode: string): Promise<ShareableCertificate> {
    const code = verificationCode.trim().toUpperCase();
    const notFound = new DomainError(
      JuryErrorCode.CERTIFICATE_NOT_FOUND,
      'Aucun certificat publié ne correspond à ce code de vérification.',
    );
    if (!isVerificationCode(code)) throw notFound;
    const found = await this.jury.findCertificate(code);
    if (found === null) throw notFound;
    const { certification, session, latest } = found;
    if (session.publishedAt === null || session.unfinalizedAt !== null || latest?.status !== 'validated')
      throw notFound;
    return shareable(certification, latest, session);
  }

  async resultsCsv(request: ResultsCsvRequest): Promise<ResultsCsv> {
    const session = await this.publishedSessionOfCentre(request.sessionId, request.certificationCenterId);
    const division = request.division?.trim() || null;
    const certifications = (await this.jury.certificationsOf(session.sessionId)).filter(
      (certification) => division === null || certification.division === division,
    );
    const latest = await this.jury.latestResults(certifications.map((c) => c.id));
    const content = resultsCsv(
      { sessionId: session.sessionId, certificationCenterName: session.certificationCenterName },
      certifications.map((certification) => ({ certification, result: latest.get(certification.id) })),
      division === null,
    );
    const suffix = division === null ? '' : `-${division.replace(/[^\p{L}\p{N}]+/gu, '_')}`;
    return { fileName: `resultats-session-${session.sessionId}${suffix}.csv`, content };
  }

  async sessionResults(request: SessionResultsRequest): Promise<SessionResults> {
    const session = await this.jury.findSession(request.sessionId);
    if (
      session === null ||
      session.certificationCenterId !== request.certificationCenterId ||
      session.unfinalizedAt !== null
    ) {
      throw new DomainError(JuryErrorCode.JURY_SESSION_NOT_FOUND, 'Session introuvable.', {
        sessionId: request.sessionId,
      });
    }
    const published = session.publishedAt !== null;
    const certifications = published ? await this.jury.certificationsOf(session.sessionId) : [];
    const latest = await this.jury.latestResults(certifications.map((c) => c.id));
    return {
      sessionId: session.sessionId,
      published,
      publishedAt: session.publishedAt?.toISOString() ?? null,
      divisions: [...new Set(certifications.flatMap((c) => (c.division === null ? [] : [c.division])))].sort(),
      certifications: certifications.map((certification) => {
        const result = latest.get(certification.id);
        return {
          certificationId: certification.id,
          firstName: certification.identity.firstName,
          lastName: certification.identity.lastName,
          division: certification.division,
          status: result?.status ?? 'started',
          pixScore: result?.pixScore ?? 0,
        };
      }),
    };
  }

  async userCertifications(userId: number): Promise<UserCertificationView[]> {
    const certifications = await this.jury.certificationsOfUser(userId);
    const latest = await this.jury.latestResults(certifications.map((c) => c.id));
    const sessions = new Map<number, JurySession | null>();
    for (const sessionId of new Set(certifications.map((c) => c.sessionId))) {
      sessions.set(sessionId, await this.jury.findSession(sessionId));
    }
    const views: UserCertificationView[] = [];
    for (const certification of certifications) {
      const session = sessions.get(certification.sessionId) ?? null;
      if (session === null || session.unfinalizedAt !== null) continue;
      const result = latest.get(certification.id);
      const published = session.publishedAt !== null && result !== undefined;
      const certificate = published ? shareable(certification, result, session) : null;
      views.push({
        certificationId: certification.id,
        sessionId: session.sessionId,
        certificationCenterName: session.certificationCenterName,
        date: session.date,
        published,
        status: published ? result.status : null,
        pixScore: published && result.status === 'validated' ? result.pixScore : published ? 0 : null,
        verificationCode: published && result.status === 'validated' ? certification.verificationCode : null,
        commentForCandidate: published
          ? commentFor('candidate', certification.commentForCandidate, result.commentKey)
          : null,
        competences: published && result.status === 'validated' ? (certificate?.competences ?? null) : null,
        maxReachableScore: certificate?.maxReachableScore ?? null,
      });
    }
    return views;
  }

  /** Attestations exist for published, validated certifications only. */
  async attestations(request: GetAttestationsRequest): Promise<GetAttestationsResponse> {
    if ('certificationId' in request) {
      const certification = await this.jury.findCertification(request.certificationId);
      const session = certification === null ? null : await this.jury.findSession(certification.sessionId);
      const allowed =
        certification !== null &&
        session !== null &&
        (request.userId === undefined || certification.userId === request.userId) &&
        (request.certificationCenterId === undefined ||
          session.certificationCenterId === request.certificationCenterId);
      if (!allowed || certification === null || session === null) {
        throw new DomainError(JuryErrorCode.CERTIFICATION_NOT_FOUND, 'Certification introuvable.', {
          certificationId: request.certificationId,
        });
      }
      if (session.publishedAt === null || session.unfinalizedAt !== null) throw notPublished(session.sessionId);
      const result = (await this.jury.latestResults([certification.id])).get(certification.id);
      if (result?.status !== 'validated') {
        throw new DomainError(
          JuryErrorCode.CERTIFICATE_NOT_FOUND,
          'Pas d’attestation : cette certification n’est pas validée.',
          { certificationId: certification.id },
        );
      }
      return { attestations: [attestation(certification, result, session)], total: 1 };
    }
    const session = await this.publishedSessionOfCentre(request.sessionId, request.certificationCenterId);
    const division = request.division?.trim() || null;
    const certifications = (await this.jury.certificationsOf(session.sessionId)).filter(
      (certification) => division === null || certification.division === division,
    );
    const latest = await this.jury.latestResults(certifications.map((c) => c.id));
    const validated = certifications.flatMap((certification) => {
      const result = latest.get(certification.id);
      return result?.status === 'validated' ? [attestation(certification, result, session)] : [];
    });
    const offset = Math.max(0, request.offset ?? 0);
    const limit = Math.min(ATTESTATION_PAGE_MAX, Math.max(1, request.limit ?? ATTESTATION_PAGE_MAX));
    return { attestations: validated.slice(offset, offset + limit), total: validated.length };
  }

  private async publishedSessionOfCentre(sessionId: number, certificationCenterId: number): Promise<JurySession> {
    const session = await this.jury.findSession(sessionId);
    if (session === null || session.certificationCenterId !== certificationCenterId || session.unfinalizedAt !== null) {
      throw new DomainError(JuryErrorCode.JURY_SESSION_NOT_FOUND, 'Session introuvable.', { sessionId });
    }
    if (session.publishedAt === null) throw notPublished(sessionId);
    return session;
  }
}

type CertificationFacts = Omit<Certification, 'challenges'>;

function birthplace(certification: CertificationFacts): string {
  const { birthCity, birthCountry } = certification.identity;
  return /^france$/i.test(birthCountry) ? birthCity : `${birthCity} (${birthCountry})`;
}

/** Exactly what rules §11 lists: no email, no identifier. */
function shareable(
  certification: CertificationFacts,
  result: CertificationResult,
  session: JurySession,
): ShareableCertificate {
  const levels = new Map(result.competenceMarks.map((mark) => [mark.code, mark.level]));
  const validated = result.status === 'validated';
  return {
    firstName: certification.identity.firstName,
    lastName: certification.identity.lastName,
    birthdate: certification.identity.birthdate,
    birthplace: birthplace(certification),
    certificationDate: session.date,
    deliveredAt: (session.publishedAt ?? new Date()).toISOString().slice(0, 10),
    certificationCenter: session.certificationCenterName,
    pixScore: validated ? result.pixScore : 0,
    maxReachableLevel: certification.maxReachableLevel,
    maxReachableScore: certification.maxReachableLevel * 128,
    competences: COMPETENCES.map((competence) => ({
      code: competence.code,
      name: competence.name,
      areaCode: competence.area,
      areaTitle: AREAS.find((area) => area.code === competence.area)?.name ?? '',
      level: validated ? Math.max(0, levels.get(competence.code) ?? 0) : 0,
    })),
  };
}

function attestation(certification: Certification, result: CertificationResult, session: JurySession): AttestationData {
  return {
    ...shareable(certification, result, session),
    certificationId: certification.id,
    sessionId: session.sessionId,
    verificationCode: certification.verificationCode,
    division: certification.division,
  };
}
