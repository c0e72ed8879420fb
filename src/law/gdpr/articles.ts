import { type CoverageRule, type ResolvedArticle, range, resolveArticle } from '../article-map.js';
import type { ArticleReference } from '../article-reference.js';
import { GDPR_83_4, GDPR_83_5, GDPR_83_6 } from './fines.js';

export type { ArticleCoverage, ResolvedArticle } from '../article-map.js';

const P4 = GDPR_83_4.id;
const P5 = GDPR_83_5.id;
const P6 = GDPR_83_6.id;

/** Every article that Art. 83(4), (5) and (6) list, with the point that lists it. */
const RULES: readonly CoverageRule[] = [
  {
    articles: [8, 11, ...range(25, 39)],
    coverage: {
      provision: P4,
      points: ['83(4)(a)'],
      subject: 'obligations of the controller and the processor',
    },
  },
  {
    articles: [42, 43],
    coverage: {
      provision: P4,
      points: ['83(4)(a)', '83(4)(b)'],
      subject: 'obligations of the controller and the processor, or of the certification body',
    },
  },
  {
    articles: [41],
    paragraph: '4',
    coverage: { provision: P4, points: ['83(4)(c)'], subject: 'obligations of the monitoring body' },
  },
  {
    articles: [5, 6, 7, 9],
    coverage: {
      provision: P5,
      points: ['83(5)(a)'],
      subject: 'the basic principles for processing, including conditions for consent',
    },
  },
  {
    articles: range(12, 22),
    coverage: { provision: P5, points: ['83(5)(b)'], subject: "the data subjects' rights" },
  },
  {
    articles: range(44, 49),
    coverage: {
      provision: P5,
      points: ['83(5)(c)'],
      subject:
        'transfers of personal data to a recipient in a third country or an international organisation',
    },
  },
  {
    articles: range(85, 91),
    coverage: {
      provision: P5,
      points: ['83(5)(d)'],
      subject: 'obligations pursuant to Member State law adopted under Chapter IX',
    },
  },
  {
    articles: [58],
    paragraph: '1',
    coverage: {
      provision: P5,
      points: ['83(5)(e)'],
      subject: 'failure to provide access in violation of Art. 58(1)',
    },
  },
  {
    articles: [58],
    paragraph: '2',
    coverage: {
      provision: P6,
      points: ['83(6)', '83(5)(e)'],
      subject:
        'non-compliance with an order, a limitation on processing or a suspension of data flows under Art. 58(2)',
    },
  },
];

/** The articles Art. 83 lists, for documentation and completeness tests. */
export const GDPR_FINEABLE_ARTICLES: readonly number[] = [...new Set(RULES.flatMap((r) => r.articles))].sort(
  (a, b) => a - b,
);

/**
 * The fine provision an infringed GDPR article falls under. An article that no point of Art. 83(4)
 * to (6) lists (Art. 10, Art. 24, Art. 83 itself...) gets UnknownProvisionError naming it.
 */
export function gdprProvisionForArticle(reference: ArticleReference): ResolvedArticle {
  return resolveArticle('GDPR', reference, RULES, {
    provisions: 'Art. 83(4), (5) or (6)',
    article: 'Art. 83',
  });
}
