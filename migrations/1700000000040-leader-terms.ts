import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The fencing terms of leader elections (issue 6, 03 §5.1): one row per advisory lock key. Every
 * acquisition of the lock increments `term` and records who holds it — the holder's instance id,
 * host, OS pid and the backend pid of its lock session — and the leader refreshes `heartbeat_at`.
 * Singleton jobs check their term against this row before they write, so a deposed leader never does.
 */
export class LeaderTerms1700000000040 implements MigrationInterface {
  name = 'LeaderTerms1700000000040';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE leader_terms (
        lock_key BIGINT NOT NULL,
        term BIGINT NOT NULL,
        holder_id VARCHAR(100) NOT NULL,
        host VARCHAR(255) NOT NULL,
        pid INTEGER NOT NULL,
        backend_pid INTEGER NOT NULL,
        acquired_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        heartbeat_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        CONSTRAINT pk_leader_terms PRIMARY KEY (lock_key),
        CONSTRAINT ck_leader_terms_term CHECK (term >= 1)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE leader_terms');
  }
}
