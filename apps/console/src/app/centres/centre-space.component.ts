import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import type { CentreView } from '@pix/contracts';
import { AuthService } from '../core/auth/auth.service';
import { centreAccess } from '../core/auth/centre-access';
import { centreRoleLabel, centreTypeLabel } from '../core/format/labels';

/** The frame of a centre's pages: its name, where you are, and its two areas. */
@Component({
  selector: 'pix-centre-space',
  imports: [RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './centre-space.component.html',
  styleUrl: './centre-space.component.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CentreSpaceComponent {
  private readonly auth = inject(AuthService);

  readonly centre = input.required<CentreView>();

  protected readonly access = computed(() => centreAccess(this.auth.me(), this.centre().id));
  protected readonly centreTypeLabel = centreTypeLabel;
  protected readonly centreRoleLabel = centreRoleLabel;
}
