import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An own stock location; `type` is free text and exactly `internal` marks the NSC. */
@Entity({ name: 'warehouse' })
export class Warehouse {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'code', type: 'varchar', length: 50 })
  code: string;

  @Column({ name: 'name', type: 'varchar', length: 255 })
  name: string;

  @Column({ name: 'type', type: 'varchar', length: 50 })
  type: string;
}
