import { ArticleSettingsRows, assembleArticleConfigs, hasOwnSettings } from './config-snapshot';

const none: ArticleSettingsRows = { overrides: [], parameters: [], colors: [], elastics: [] };

describe('assembleArticleConfigs', () => {
  it('gives each article its own rows, colours and elastics in ascending id, in the order the articles come', () => {
    const rows: ArticleSettingsRows = {
      ...none,
      colors: [
        { articleId: 2, colorId: 9, fabricMinBatchQty: 1 },
        { articleId: 1, colorId: 5, fabricMinBatchQty: 2 },
        { articleId: 2, colorId: 3, fabricMinBatchQty: null },
      ],
      elastics: [
        { articleId: 2, elasticTypeId: 8, elasticTypeName: 'wide', elasticMinBatchQty: 10 },
        { articleId: 2, elasticTypeId: 4, elasticTypeName: 'narrow', elasticMinBatchQty: null },
      ],
    };
    const configs = assembleArticleConfigs(
      [
        { id: 2, code: 'B' },
        { id: 1, code: 'A' },
      ],
      rows,
    );
    expect(configs.map((config) => config.article.id)).toEqual([2, 1]);
    expect(configs[0].colors.map((row) => row.colorId)).toEqual([3, 9]);
    expect(configs[0].elastics.map((row) => row.elasticTypeId)).toEqual([4, 8]);
    expect(configs[1].colors.map((row) => row.colorId)).toEqual([5]);
    expect(configs[1].elastics).toEqual([]);
  });

  it('leaves the per-article objects null when the article has no row, and ignores rows of articles not asked for', () => {
    const [config] = assembleArticleConfigs([{ id: 1, code: 'A' }], {
      ...none,
      overrides: [{ articleId: 7, targetCoverageDays: 5, includeInPlanning: true, priority: 0, leadTimeDays: null, serviceLevelPercent: null }],
    });
    expect(config).toEqual({ article: { id: 1, code: 'A' }, overrides: null, parameters: null, colors: [], elastics: [] });
    expect(hasOwnSettings(config)).toBe(false);
  });

  it('counts a colour row with a null quantity as a setting of the article', () => {
    const [config] = assembleArticleConfigs([{ id: 1, code: 'A' }], {
      ...none,
      colors: [{ articleId: 1, colorId: 3, fabricMinBatchQty: null }],
    });
    expect(hasOwnSettings(config)).toBe(true);
  });
});
