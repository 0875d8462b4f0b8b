import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@supply-brain/common';
import { isUndefinedTableError } from '../persistence/undefined-table';
import { ApiKeysService } from './api-keys.service';

export const BOOTSTRAP_KEY_NAME = 'bootstrap-admin';

const WARN_HIDDEN = new Set(['fatal', 'error']);

/**
 * At every start: warns when AUTH_MODE=disabled; with AUTH_MODE=required and no active key, issues
 * one admin key and prints it once, so a fresh install is usable in one step.
 */
@Injectable()
export class AccessStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly config: AppConfig,
    private readonly keys: ApiKeysService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.get('AUTH_MODE') === 'disabled') {
      this.logger.warn('AUTH_MODE=disabled: every route is open to anyone who can reach this server. Use it only behind a trusted gateway that authenticates clients.');
      return;
    }
    try {
      const issued = await this.keys.bootstrapAdminKey(BOOTSTRAP_KEY_NAME);
      if (!issued) return;
      const notice = [
        `No active API key existed, so an admin key named "${BOOTSTRAP_KEY_NAME}" was created. It is shown only this once; store it now:`,
        `    ${issued.secret}`,
        `Send it as "Authorization: Bearer <key>" or "X-API-Key: <key>". Create keys for people and partners with`,
        `POST /api/v1/admin/api-keys or "npm run cli -- api-key create --role reader --name <name>", then revoke this one.`,
      ].join('\n');
      // The key exists nowhere else: if LOG_LEVEL hides warnings, it still reaches the operator once.
      if (WARN_HIDDEN.has(this.config.get('LOG_LEVEL'))) process.stderr.write(`${notice}\n`);
      else this.logger.warn(notice);
    } catch (error) {
      if (!isUndefinedTableError(error)) throw error;
      this.logger.warn('The api_keys table does not exist yet (migrations pending): no bootstrap key was created');
    }
  }
}
