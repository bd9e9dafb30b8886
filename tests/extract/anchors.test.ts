import { describe, expect, it } from 'vitest';
import { anchorSet, anchoredTokens } from '../../src/extract/anchors.js';
import { tokenize } from '../../src/extract/tokens.js';

const words = (text: string, set: ReturnType<typeof anchorSet>): string[] => {
  const tokens = tokenize(text);
  return anchoredTokens(tokens, set).map((i) => tokens[i]!.text);
};

describe('anchors', () => {
  const months = anchorSet(['اب', 'ابريل', '20'], 'word start');
  const roots = anchorSet(['لتق'], 'anywhere');

  it('reads a word-start anchor after proclitics and the article, never inside a word', () => {
    expect(words('كتاب الاب وبالاب لابريل انتخابات سحاب', months)).toEqual(['الاب', 'وبالاب', 'لابريل']);
  });

  it('reads a number anchor at the start of its digits only', () => {
    expect(words('2020 و2019 120 3020', months)).toEqual(['2020', 'و2019']);
  });

  it('reads an anywhere anchor inside the word', () => {
    expect(words('يلتقيان والتقى سيلتقي لقاء', roots)).toEqual(['يلتقيان', 'والتقى', 'سيلتقي']);
  });

  it('gives the same words for a repeated text (remembered words) and keeps text order', () => {
    const text = 'الاب ثم كتاب ثم لابريل ثم الاب';
    expect(words(text, months)).toEqual(['الاب', 'لابريل', 'الاب']);
    expect(words(text, months)).toEqual(['الاب', 'لابريل', 'الاب']);
  });
});
