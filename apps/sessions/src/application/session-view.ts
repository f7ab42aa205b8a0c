import type { SessionView } from '@pix/contracts';
import { formatInvigilatorPassword } from '@pix/kernel';
import type { Session } from '../domain/session';

export function toSessionView(session: Session): SessionView {
  const props = session.toProps();
  if (props.id === undefined) throw new Error('a session is shown only once stored');
  return {
    id: props.id,
    certificationCenterId: props.certificationCenterId,
    certificationCenterName: props.certificationCenterName,
    address: props.address,
    room: props.room,
    date: props.date,
    time: props.time,
    examiner: props.examiner,
    description: props.description,
    accessCode: props.accessCode,
    invigilatorPassword: formatInvigilatorPassword(props.invigilatorPassword),
    status: session.status,
    createdBy: props.createdBy,
    createdAt: props.createdAt.toISOString(),
  };
}
