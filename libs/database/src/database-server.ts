import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@supply-brain/common';
import { EmbeddedPostgresServer } from './embedded/embedded-postgres-server';

/**
 * Where the database lives: `DATABASE_URL` when set, else an embedded PostgreSQL kept in
 * `EMBEDDED_DB_DIR` that this process starts and, on shutdown, stops.
 */
@Injectable()
export class DatabaseServer implements OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private embedded?: EmbeddedPostgresServer;

  constructor(private readonly config: AppConfig) {}

  async connectionUrl(): Promise<string> {
    const configured = this.config.get('DATABASE_URL');
    if (configured) return configured;
    this.embedded = new EmbeddedPostgresServer({
      dataDir: this.config.get('EMBEDDED_DB_DIR'),
      port: this.config.get('EMBEDDED_DB_PORT'),
      onLog: (message) => this.logger.verbose(message.trim()),
    });
    const url = await this.embedded.start();
    this.logger.log(`DATABASE_URL is not set: started embedded PostgreSQL at ${url} (data in ${this.config.get('EMBEDDED_DB_DIR')})`);
    return url;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.embedded) return;
    await this.embedded.stop();
    this.logger.log('Embedded PostgreSQL stopped');
  }
}
