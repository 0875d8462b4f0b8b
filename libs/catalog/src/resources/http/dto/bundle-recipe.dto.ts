import { ApiProperty } from '@nestjs/swagger';
import { IntField } from '@supply-brain/common';

export class BundleRecipeCreate {
  @IntField({ required: true })
  article_id: number;

  @IntField({ required: true })
  bundle_type_id: number;

  @IntField({ required: true })
  color_id: number;

  @IntField({ required: true, min: 1, description: 'Slot number within the pack, from 1' })
  position: number;
}

/** Present fields are merged with the stored ones before the uniqueness checks. */
export class BundleRecipePatch {
  @IntField()
  article_id?: number;

  @IntField()
  bundle_type_id?: number;

  @IntField()
  color_id?: number;

  @IntField({ min: 1 })
  position?: number;
}

export class BundleRecipeRead {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  article_id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  bundle_type_id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  color_id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  position: number;
}
