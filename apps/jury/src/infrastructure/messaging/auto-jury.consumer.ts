import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type SessionFinalized, SessionsEvents } from '@pix/contracts';
import { APP_LOGGER, type AppLogger, JetStreamEvents, type RunningConsumer } from '@pix/platform';
import { AUTO_JURY_CONSUMER, RunAutoJury } from '../../application/run-auto-jury.use-case';
import { AUTO_JURY_ACK_WAIT_MS } from '../../application/tokens';

const RETRY_DELAY_MS = 2000;

/**
 * Listens to `sessions.evt.session-finalized.v1` with a durable JetStream consumer: a message is acknowledged only
 * after the auto-jury committed, so a crash or a failure gets it delivered again (with no limit: a service that is down
 * for a while must not lose a session); the use case makes a replay harmless.
 */
@Injectable()
export class AutoJuryConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private consumer: RunningConsumer | null = null;
  private stopped = false;
  private starting: Promise<void> = Promise.resolve();

  constructor(
    @Inject(JetStreamEvents) private readonly events: JetStreamEvents,
    @Inject(RunAutoJury) private readonly autoJury: RunAutoJury,
    @Inject(APP_LOGGER) private readonly logger: AppLogger,
    @Inject(AUTO_JURY_ACK_WAIT_MS) private readonly ackWaitMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.starting = this.start();
  }

  private async start(): Promise<void> {
    while (!this.stopped) {
      try {
        this.consumer = await this.events.consume<SessionFinalized>({
          stream: 'SESSIONS_EVENTS',
          durable: AUTO_JURY_CONSUMER,
          filterSubject: SessionsEvents.sessionFinalized,
          maxDeliver: -1,
          ackWaitMs: this.ackWaitMs,
          retryDelayMs: RETRY_DELAY_MS,
          handle: async (event) => {
            const outcome = await this.autoJury.execute(event);
            this.logger.info(
              { sessionId: event.sessionId, finalization: event.finalization, outcome },
              'auto-jury handled a finalised session',
            );
          },
        });
        return;
      } catch (error) {
        // The sessions service creates its stream when it starts: wait for it.
        this.logger.warn({ err: error }, 'auto-jury consumer not started yet; retrying');
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      }
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.starting;
    // The platform closes the JetStream connection too; stopping twice is harmless.
    await this.consumer?.stop().catch(() => undefined);
  }
}
