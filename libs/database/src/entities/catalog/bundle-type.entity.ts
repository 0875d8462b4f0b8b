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

  /** Assorti pack: the recipe lists the eligible colours, `pieces` of them go into each pack (05 §2.1). */
  @Column({ name: 'is_assorti', type: 'boolean', default: false })
  isAssorti: boolean;

  /** Pieces per pack of an assorti type; null = the number of recipe colours. */
  @Column({ name: 'pieces', type: 'integer', nullable: true })
  pieces: number | null;
}
