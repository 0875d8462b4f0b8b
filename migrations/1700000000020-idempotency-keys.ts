import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keys of create-from-proposal calls (conventions §7): one row per (endpoint, caller, key) with the
 * hash of the body and the record the first call created. Rows older than 24 hours are ignored
 * and replaced; `ix_idempotency_keys_created_at` serves their purge.
 */
export class IdempotencyKeys1700000000020 implements MigrationInterface {
  name = 'IdempotencyKeys1700000000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        id SERIAL NOT NULL,
        endpoint VARCHAR(200) NOT NULL,
        caller VARCHAR(100) NOT NULL,
        idempotency_key VARCHAR(255) NOT NULL,
        request_hash CHAR(64) NOT NULL,
        record_id INTEGER NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        CONSTRAINT pk_idempotency_keys PRIMARY KEY (id),
        CONSTRAINT uq_idempotency_keys_endpoint_caller_key UNIQUE (endpoint, caller, idempotency_key)
      )`);
    await queryRunner.query('CREATE INDEX ix_idempotency_keys_created_at ON idempotency_keys (created_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE idempotency_keys');
  }
}
