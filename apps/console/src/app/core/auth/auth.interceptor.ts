import { HttpErrorResponse, HttpEvent, HttpHandlerFn, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, Observable, switchMap, throwError } from 'rxjs';
import { AuthService, SKIP_BEARER } from './auth.service';

/** Only the gateway of this origin ever sees the token. */
function isGatewayRequest(url: string): boolean {
  return url.startsWith('/api/');
}

function withBearer(request: HttpRequest<unknown>, token: string | null): HttpRequest<unknown> {
  return token === null ? request : request.clone({ setHeaders: { Authorization: `Bearer ${token}` } });
}

/**
 * Adds `Authorization: Bearer …` to the gateway's requests. On a 401, renews the token once (one refresh
 * shared by every request that got a 401) and sends the request again; if renewing fails, the session has
 * ended and the first 401 is passed on.
 */
export const authInterceptor: HttpInterceptorFn = (
  request: HttpRequest<unknown>,
  next: HttpHandlerFn,
): Observable<HttpEvent<unknown>> => {
  if (request.context.get(SKIP_BEARER) || !isGatewayRequest(request.url)) return next(request);
  const auth = inject(AuthService);
  return auth.accessTokenForRequest().pipe(
    switchMap((token) =>
      next(withBearer(request, token)).pipe(
        catchError((error: unknown) => {
          if (!(error instanceof HttpErrorResponse) || error.status !== 401 || token === null) {
            return throwError(() => error);
          }
          return auth.renewRejectedToken(token).pipe(
            catchError(() => throwError(() => error)),
            switchMap((renewed) => next(withBearer(request, renewed))),
          );
        }),
      ),
    ),
  );
};
