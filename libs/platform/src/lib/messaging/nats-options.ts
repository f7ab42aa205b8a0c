import { type NatsOptions, Transport } from '@nestjs/microservices';

/** Nest NATS transport options shared by servers and clients: reconnect forever, fail loudly never. */
export function natsTransportOptions(url: string, connectionName: string, queue?: string): NatsOptions {
  return {
    transport: Transport.NATS,
    options: {
      servers: url.split(','),
      name: connectionName,
      ...(queue === undefined ? {} : { queue }),
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      waitOnFirstConnect: true,
    },
  };
}
