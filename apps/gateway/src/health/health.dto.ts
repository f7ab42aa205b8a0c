import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HealthResponse, ServiceHealth } from '@pix/api-types';

// OpenAPI descriptions of the shared @pix/api-types health types.

class DatabaseHealthDto {
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ enum: ['pglite', 'postgres'] }) driver!: 'pglite' | 'postgres';
}

class ServiceHealthDto implements ServiceHealth {
  @ApiProperty({ example: 'sessions' }) name!: string;
  @ApiProperty({ enum: ['up', 'down'] }) status!: 'up' | 'down';
  @ApiProperty({ type: Number, nullable: true, example: 1.8 }) latencyMs!: number | null;
  @ApiPropertyOptional({ example: '0.1.0' }) version?: string;
  @ApiPropertyOptional({ example: 3600 }) uptimeSeconds?: number;
  @ApiPropertyOptional({ type: DatabaseHealthDto }) database?: DatabaseHealthDto;
  @ApiPropertyOptional({ example: 'SERVICE_UNAVAILABLE', description: 'Error code when the service is down' })
  error?: string;
}

class GatewayInfoDto {
  @ApiProperty({ example: '0.1.0' }) version!: string;
  @ApiProperty({ example: 3600 }) uptimeSeconds!: number;
}

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['up', 'degraded'] }) status!: 'up' | 'degraded';
  @ApiProperty({ type: GatewayInfoDto }) gateway!: GatewayInfoDto;
  @ApiProperty({ type: [ServiceHealthDto] }) services!: ServiceHealthDto[];
}

export class LivenessDto {
  @ApiProperty({ enum: ['up'] }) status!: 'up';
}

export class ApiErrorDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'VALIDATION_FAILED' }) code!: string;
  @ApiProperty({ example: 'La requête est invalide.' }) message!: string;
  @ApiPropertyOptional({ type: Object }) details?: Record<string, unknown>;
  @ApiProperty({ example: '6f1c2a0e-0d0b-4a8e-9d59-3f2f0a1c9b7e' }) correlationId!: string;
}
