import { ApiProperty } from '@nestjs/swagger';
import { IntField } from '@supply-brain/common';

export class SkuUnitCreate {
  @IntField({ required: true })
  article_id: number;

  @IntField({ required: true })
  color_id: number;

  @IntField({ required: true })
  size_id: number;
}

/** Present fields are merged with the stored ones before the uniqueness check. */
export class SkuUnitPatch {
  @IntField()
  article_id?: number;

  @IntField()
  color_id?: number;

  @IntField()
  size_id?: number;
}

export class SkuUnitRead {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  article_id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  color_id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  size_id: number;
}
