import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { filter, skip } from 'rxjs';
import { AuthService } from './core/auth/auth.service';
import { juryAccess } from './jury/jury-access';

@Component({
  selector: 'pix-root',
  imports: [RouterLink, RouterOutlet],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly auth = inject(AuthService);
  /** Pix staff get a way into the jury space. */
  protected readonly juryMember = computed(() => juryAccess(this.auth.me()).canRead);
  private readonly content = viewChild.required<ElementRef<HTMLElement>>('content');

  /** Links the DSFR footer must show. */
  protected readonly governmentSites = ['info.gouv.fr', 'service-public.gouv.fr', 'legifrance.gouv.fr', 'data.gouv.fr'];

  constructor() {
    // A new page: screen reader and keyboard users start from its content, as after a page load.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.content().nativeElement.focus());
  }

  protected signOut(): void {
    this.auth.signOut().subscribe();
  }
}
