import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { of } from 'rxjs';
import { loadWith } from '../core/data/loadable';
import { formatDate } from '../core/format/french-format';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { CompetenceLevelsComponent } from '../results/competence-levels.component';
import { normaliseVerificationCode } from './verification-code';
import { VerificationService } from './verification.service';

/**
 * A certificate as a recruiter checks it (rules §11): exactly what the shareable certificate holds, nothing more.
 * Unknown, unpublished or not validated certificates are « not found ».
 */
@Component({
  selector: 'pix-certificate-page',
  imports: [RouterLink, ErrorAlertComponent, CompetenceLevelsComponent],
  templateUrl: './certificate-page.component.html',
  styleUrls: ['../core/ui/facts.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CertificatePageComponent {
  private readonly verification = inject(VerificationService);

  /** The route's `:code`, as typed in the address bar. */
  readonly code = input.required<string>();

  protected readonly normalised = computed(() => normaliseVerificationCode(this.code()));
  protected readonly certificate = loadWith(this.normalised, (code) =>
    code === null ? of(null) : this.verification.certificate(code),
  );

  protected readonly formatDate = formatDate;
}
