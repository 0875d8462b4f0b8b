import { ApiProperty } from '@nestjs/swagger';
import { StringField } from '@supply-brain/common';

/** Body of POST and PUT (PUT is a full replacement). */
export class ArticleCreate {
  @StringField({ required: true, notBlank: true, maxLength: 50, example: 'E2E-ART-1' })
  code: string;

  @StringField({ nullable: true, maxLength: 255 })
  name?: string | null;
}

/** Body of PATCH: only the fields present are applied. */
export class ArticlePatch {
  @StringField({ notBlank: true, maxLength: 50 })
  code?: string;

  @StringField({ nullable: true, maxLength: 255 })
  name?: string | null;
}

export class ArticleRead {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ maxLength: 50 })
  code: string;

  @ApiProperty({ type: String, nullable: true, maxLength: 255 })
  name: string | null;
}
