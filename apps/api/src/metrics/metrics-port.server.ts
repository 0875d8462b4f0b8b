import { createServer, Server } from 'node:http';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, AppMetrics } from '@supply-brain/common';

/**
 * With METRICS_PORT set, `GET /metrics` is also served on that port without a key, for a
 * Prometheus scraper on a private network; nothing else answers there.
 */
@Injectable()
export class MetricsPortServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server?: Server;

  constructor(
    private readonly config: AppConfig,
    private readonly metrics: AppMetrics,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.get('METRICS_PORT');
    if (port === undefined) return;
    this.server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0].replace(/\/$/, '') !== '/metrics') {
        response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"detail":"Not Found"}');
        return;
      }
      this.metrics.render().then(
        ({ contentType, body }) => response.writeHead(200, { 'Content-Type': contentType }).end(body),
        () => response.writeHead(500, { 'Content-Type': 'application/json' }).end('{"detail":"Internal Server Error"}'),
      );
    });
    await new Promise<void>((resolve, reject) => this.server!.once('error', reject).listen(port, () => resolve()));
    this.logger.log(`Metrics served without a key on port ${port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
