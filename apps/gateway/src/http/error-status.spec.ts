import { CommonErrorCode, IncidentsErrorCode } from '@pix/contracts';
import { httpStatusForCode } from './error-status';

describe(httpStatusForCode.name, () => {
  it.each([
    [CommonErrorCode.VALIDATION_FAILED, 400],
    [CommonErrorCode.UNAUTHENTICATED, 401],
    [CommonErrorCode.FORBIDDEN, 403],
    [CommonErrorCode.NOT_FOUND, 404],
    [CommonErrorCode.CONFLICT, 409],
    [CommonErrorCode.RATE_LIMITED, 429],
    [CommonErrorCode.SERVICE_UNAVAILABLE, 503],
    [CommonErrorCode.INTERNAL, 500],
    ['SESSION_NOT_FOUND', 404],
    ['SESSION_INVALID', 400],
    [IncidentsErrorCode.ISSUE_REPORT_INVALID, 400],
    [IncidentsErrorCode.ISSUE_REPORT_NOT_FOUND, 404],
    [IncidentsErrorCode.ISSUE_REPORT_ALREADY_RESOLVED, 409],
    [IncidentsErrorCode.FRAUD_REPORT_INVALID, 400],
    [IncidentsErrorCode.EVIDENCE_FILE_INVALID, 400],
    [IncidentsErrorCode.EVIDENCE_FILE_TOO_LARGE, 413],
    [IncidentsErrorCode.EVIDENCE_FILE_NOT_FOUND, 404],
    [IncidentsErrorCode.ALERT_NOT_FOUND, 404],
    [IncidentsErrorCode.ALERT_ALREADY_DECIDED, 409],
  ])('maps %s to %i', (code, status) => {
    expect(httpStatusForCode(code)).toBe(status);
  });

  it('treats an unmapped domain code as a refused request (400), never a 500', () => {
    expect(httpStatusForCode('SOME_FUTURE_REFUSAL')).toBe(400);
  });
});
