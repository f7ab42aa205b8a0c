import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { CentreView } from '@pix/contracts';
import { EMPTY, Observable } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { loadWith } from '../core/data/loadable';
import { centreRoleLabel, centreTypeLabel } from '../core/format/labels';
import { ErrorAlertComponent } from '../core/ui/error-alert.component';
import { NoticeService } from '../core/ui/notice.service';
import { CentresService } from './centres.service';

/** « Mes centres »: the person's memberships; national staff also get every centre. */
@Component({
  selector: 'pix-centres-page',
  imports: [RouterLink, ErrorAlertComponent],
  templateUrl: './centres-page.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CentresPageComponent {
  private readonly auth = inject(AuthService);
  private readonly centresService = inject(CentresService);

  protected readonly notice = inject(NoticeService).take();
  protected readonly memberships = computed(() =>
    [...(this.auth.me()?.memberships ?? [])].sort((a, b) => a.centreName.localeCompare(b.centreName, 'fr')),
  );
  protected readonly isStaff = computed(() => (this.auth.me()?.user.staffRole ?? null) !== null);
  protected readonly allCentres = loadWith(this.isStaff, (isStaff): Observable<readonly CentreView[]> =>
    isStaff ? this.centresService.list() : EMPTY,
  );

  protected readonly centreTypeLabel = centreTypeLabel;
  protected readonly centreRoleLabel = centreRoleLabel;
}
