import { IntField, StringField } from '@supply-brain/common';
import { ImportItemsField } from '../import-items.field';
import { NoNulCharacter, WB_SKU_MAX_LENGTH } from './column-range.rules';

/** Declares that a WB SKU belongs to an article; the key is (`article_id`, `wb_sku`). */
export class ArticleWbMappingItem {
  @IntField({ required: true, description: 'Must exist in article (else 400)' })
  article_id: number;

  @StringField({ required: true, notBlank: true, maxLength: WB_SKU_MAX_LENGTH, description: 'WB SKU (opaque, case-sensitive)' })
  @NoNulCharacter()
  wb_sku: string;

  @IntField({ nullable: true, description: 'Not checked for existence; omitted → null' })
  bundle_type_id?: number | null;

  @IntField({ nullable: true, description: 'Not checked for existence; omitted → null' })
  color_id?: number | null;

  @IntField({ nullable: true, description: 'Not checked for existence; omitted → null' })
  size_id?: number | null;
}

export class ArticleWbMappingImportRequest {
  @ImportItemsField(ArticleWbMappingItem)
  items: ArticleWbMappingItem[];
}
