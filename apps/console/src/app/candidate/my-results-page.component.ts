import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { UserCertificationView } from '@pix/contracts';
import { loadWith } from '../core/data/loadable';
import { certificationStatusBadge, certificationStatusLabel } from '../core/format/certification-labels';
import { formatDate } from '../core/format/french-format';
import { ApiError } from '../core/http/api-error';
import { FileSaver } from '../core/http/download';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { CompetenceLevelsComponent } from '../results/competence-levels.component';
import { MyCertificationsService } from './my-certifications.service';

/**
 * « Mes résultats de certification »: each certification the candidate took; the result, the verification code to
 * share and the attestation only once the jury published the session (rules §9, §11).
 */
@Component({
  selector: 'pix-my-results-page',
  imports: [RouterLink, ErrorAlertComponent, CompetenceLevelsComponent],
  templateUrl: './my-results-page.component.html',
  styleUrls: ['../core/ui/facts.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyResultsPageComponent {
  private readonly service = inject(MyCertificationsService);
  private readonly fileSaver = inject(FileSaver);
  private readonly origin = inject(DOCUMENT).location.origin;

  protected readonly certifications = loadWith(
    () => null,
    () => this.service.list(),
  );
  protected readonly downloading = signal<number | null>(null);
  protected readonly downloadError = signal<{ certificationId: number; error: ApiError } | null>(null);

  protected readonly formatDate = formatDate;
  protected readonly statusLabel = certificationStatusLabel;
  protected readonly statusBadge = certificationStatusBadge;

  /** Only a published, validated certification has a certificate to check and an attestation (rules §11). */
  protected isCertified(certification: UserCertificationView): boolean {
    return certification.published && certification.status === 'validated';
  }

  protected verificationLink(code: string): string {
    return `${this.origin}/verification/${code}`;
  }

  protected downloadAttestation(certification: UserCertificationView): void {
    if (this.downloading() !== null) return;
    this.downloading.set(certification.certificationId);
    this.downloadError.set(null);
    this.service.attestation(certification.certificationId).subscribe({
      next: (file) => {
        this.downloading.set(null);
        this.fileSaver.save(file);
      },
      error: (error: ApiError) => {
        this.downloading.set(null);
        this.downloadError.set({ certificationId: certification.certificationId, error });
      },
    });
  }
}
