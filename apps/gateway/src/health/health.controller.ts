import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@pix/api-types';
import { z } from 'zod';
import { Public } from '../auth/auth.decorators';
import { ZodValidationPipe } from '../http/zod-validation.pipe';
import { CheckPlatformHealth } from './check-platform-health.use-case';
import { ApiErrorDto, HealthResponseDto, LivenessDto } from './health.dto';

const healthQuerySchema = z.object({
  timeoutMs: z.coerce
    .number({ error: 'timeoutMs doit être un nombre de millisecondes.' })
    .int('timeoutMs doit être un nombre entier.')
    .min(50, 'timeoutMs doit valoir au moins 50.')
    .max(5000, 'timeoutMs doit valoir au plus 5000.')
    .optional(),
});

@ApiTags('santé')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly checkPlatformHealth: CheckPlatformHealth) {}

  @Get()
  @ApiOperation({ summary: 'State of the gateway and of the six services, each asked over NATS' })
  @ApiQuery({
    name: 'timeoutMs',
    required: false,
    type: Number,
    description: 'How long to wait for each service (50–5000 ms)',
  })
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  check(
    @Query(new ZodValidationPipe(healthQuerySchema)) query: z.infer<typeof healthQuerySchema>,
  ): Promise<HealthResponse> {
    return this.checkPlatformHealth.execute(query.timeoutMs);
  }

  @Get('live')
  @ApiOperation({ summary: 'The gateway process answers (for container health checks); asks no service' })
  @ApiOkResponse({ type: LivenessDto })
  live(): { status: 'up' } {
    return { status: 'up' };
  }
}
