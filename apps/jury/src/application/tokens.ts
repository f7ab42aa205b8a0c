export const CLOCK = Symbol('CLOCK');
/** `MAX_REACHABLE_LEVEL` on the certification date (rules §0). */
export const MAX_REACHABLE_LEVEL = Symbol('MAX_REACHABLE_LEVEL');
/** JetStream's wait for an acknowledgement of the finalised-session event. */
export const AUTO_JURY_ACK_WAIT_MS = Symbol('AUTO_JURY_ACK_WAIT_MS');
