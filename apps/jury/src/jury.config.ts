import { serviceConfigSchema } from '@pix/platform';
import { z } from 'zod';

/** The jury service's own variables, on top of every service's. */
export const juryConfigSchema = serviceConfigSchema.extend({
  /**
   * The highest level open on the certification date (rules §0, `MAX_REACHABLE_LEVEL`): levels and scores are capped
   * by it and the attestation prints `level × 128` as the maximum. Production opened level 7 (896 pix).
   */
  MAX_REACHABLE_LEVEL: z.coerce.number().int().min(1).max(8).default(7),
  /** How long JetStream waits for the auto-jury of one session before delivering the event again. */
  AUTO_JURY_ACK_WAIT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
});

export type JuryConfig = z.infer<typeof juryConfigSchema>;
