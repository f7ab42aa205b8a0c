import { inject } from '@angular/core';
import { RedirectCommand, ResolveFn, Router } from '@angular/router';
import type { CentreView } from '@pix/contracts';
import { catchError, of } from 'rxjs';
import { toApiError } from '../core/http/api-error';
import { NoticeService } from '../core/ui/notice.service';
import { CentresService } from './centres.service';

/** The centre of `/centres/:centreId/…`; one that cannot be read sends back to « Mes centres » with the reason. */
export const centreResolver: ResolveFn<CentreView> = (route) => {
  const router = inject(Router);
  const notices = inject(NoticeService);
  const centreId = Number(route.paramMap.get('centreId'));
  if (!Number.isInteger(centreId) || centreId <= 0) {
    return new RedirectCommand(router.parseUrl('/centres'));
  }
  return inject(CentresService)
    .get(centreId)
    .pipe(
      catchError((error: unknown) => {
        const apiError = toApiError(error);
        notices.flash({
          severity: 'warning',
          message:
            apiError.status === 404 || apiError.status === 403
              ? 'Ce centre n’existe pas ou vous n’y avez pas accès.'
              : apiError.message,
        });
        return of(new RedirectCommand(router.parseUrl('/centres')));
      }),
    );
};
