import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A fabric colour, shared by all articles; `inner_code` is unique. */
@Entity({ name: 'color' })
export class Color {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'pantone_code', type: 'varchar', length: 50, nullable: true })
  pantoneCode: string | null;

  @Column({ name: 'inner_code', type: 'varchar', length: 50 })
  innerCode: string;

  @Column({ name: 'description', type: 'varchar', length: 255, nullable: true })
  description: string | null;
}
