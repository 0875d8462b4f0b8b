import { QueryId } from '@supply-brain/common';

export class ConfigSnapshotQuery {
  @QueryId({ description: 'One article (active or not); without it, every article whose planning settings are active' })
  article_id?: number;
}
