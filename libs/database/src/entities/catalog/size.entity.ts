import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A garment size; ascending `sort_order` = smallest first (ties by id). */
@Entity({ name: 'size' })
export class Size {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'label', type: 'varchar', length: 50 })
  label: string;

  @Column({ name: 'sort_order', type: 'integer', default: 0 })
  sortOrder: number;
}
