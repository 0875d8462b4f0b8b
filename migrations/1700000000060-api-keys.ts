import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys of the clients (issue 7): only the SHA-256 of a key is kept, with a short prefix to
 * recognise it. An active key's name is unique, so `revoke partner-x` means one key.
 */
export class ApiKeys1700000000060 implements MigrationInterface {
  name = 'ApiKeys1700000000060';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE api_keys (
        id SERIAL NOT NULL,
        name VARCHAR(100) NOT NULL,
        role VARCHAR(20) NOT NULL,
        key_prefix VARCHAR(16) NOT NULL,
        key_hash CHAR(64) NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        last_used_at TIMESTAMPTZ NULL,
        revoked_at TIMESTAMPTZ NULL,
        CONSTRAINT pk_api_keys PRIMARY KEY (id),
        CONSTRAINT uq_api_keys_key_hash UNIQUE (key_hash),
        CONSTRAINT ck_api_keys_role CHECK (role IN ('reader', 'planner', 'admin')),
        CONSTRAINT ck_api_keys_name_not_blank CHECK (btrim(name) <> '')
      )`);
    await queryRunner.query('CREATE UNIQUE INDEX uq_api_keys_active_name ON api_keys (name) WHERE revoked_at IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE api_keys');
  }
}
