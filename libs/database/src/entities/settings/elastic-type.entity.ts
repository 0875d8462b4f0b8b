import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A kind of elastic band (waistband) used in production. */
@Entity({ name: 'elastic_type' })
export class ElasticType {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 50, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 255 })
  name: string;
}
