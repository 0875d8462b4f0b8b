import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** Columns the WB and MoySklad account tables share; each table adds its own external id column. */
export abstract class IntegrationAccountColumns {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar' })
  name: string;

  /** Secret: written through the API, never read back out of it. '' means "no token". */
  @Column({ name: 'api_token', type: 'varchar' })
  apiToken: string;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
