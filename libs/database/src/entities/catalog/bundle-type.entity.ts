import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A multi-pack kind (`4pack`, `5pack`, …); its piece count is implied by the recipes. */
@Entity({ name: 'bundle_type' })
export class BundleType {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'code', type: 'varchar', length: 50 })
  code: string;

  @Column({ name: 'name', type: 'varchar', length: 100 })
  name: string;
}
