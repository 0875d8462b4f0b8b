import { ApiProperty } from '@nestjs/swagger';
import { IntField, StringField } from '@supply-brain/common';

export class SizeCreate {
  @StringField({ required: true, notBlank: true, maxLength: 50, example: 'M' })
  label: string;

  @IntField({ description: 'Ascending = smallest size first; 0 when omitted' })
  sort_order?: number;
}

export class SizePatch {
  @StringField({ notBlank: true, maxLength: 50 })
  label?: string;

  @IntField()
  sort_order?: number;
}

export class SizeRead {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ maxLength: 50 })
  label: string;

  @ApiProperty({ type: 'integer', format: 'int32' })
  sort_order: number;
}
