import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A product model; `code` is the seller's article code (unique, case-sensitive). */
@Entity({ name: 'article' })
export class Article {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'code', type: 'varchar', length: 50 })
  code: string;

  @Column({ name: 'name', type: 'varchar', length: 255, nullable: true })
  name: string | null;
}
