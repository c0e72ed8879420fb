import { ECB_RATES_COVER_UNTIL } from '../../core/fx/ecb.js';
import type { ActModule } from '../act-module.js';
import { gdprProvisionForArticle } from '../gdpr/articles.js';
import { LINKED_PROCESSING_RULE } from '../gdpr/fines.js';
import { LAST_REVIEW } from '../review.js';
import { ukGdprApplicability } from './applicability.js';
import { UK_GDPR_ACT, UK_GDPR_FINE_PROVISIONS, UK_TIER_OF_GDPR_PROVISION } from './fines.js';

/**
 * The UK GDPR, with the Data Protection Act 2018. It keeps the article numbers and the tiers of
 * GDPR Art. 83 (so "GDPR Art. 5" and "UK GDPR Art. 5" read alike), and Art. 83(3) on linked
 * infringements; its maxima are those of s.157 of the 2018 Act.
 */
export const UK_GDPR = {
  regime: 'UK GDPR',
  act: UK_GDPR_ACT,
  names: ['uk gdpr', 'ukgdpr', 'uk-gdpr'],
  provisions: UK_GDPR_FINE_PROVISIONS,
  provisionForArticle: (article) => {
    const resolved = gdprProvisionForArticle({ ...article, regime: 'GDPR' });
    return { ...resolved, article, provision: UK_TIER_OF_GDPR_PROVISION[resolved.provision] as string };
  },
  articlesAlsoNamedAs: ['GDPR'],
  linkedInfringements: LINKED_PROCESSING_RULE,
  defaultScenario: {
    regime: 'UK GDPR',
    articles: ['5', '32'],
    seriousness: 'medium',
    basis:
      'the bundled UK GDPR penalty notices: Art. 5 (principles, integrity and confidentiality) and Art. 32 (security) in every one of them',
  },
  status: {
    act: 'UK GDPR',
    textRead: {
      title: 'UK GDPR and Data Protection Act 2018, s.155-157 (legislation.gov.uk)',
      celex: null,
      url: 'https://www.legislation.gov.uk/ukpga/2018/12/section/157',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: ECB_RATES_COVER_UNTIL,
    pending: [
      'The Data (Use and Access) Act 2025 amends the UK GDPR and the Data Protection Act 2018 by commencement regulations; its changes are not encoded.',
    ],
  },
  applicability: ukGdprApplicability,
  enforcement: {
    model: 'effect',
    soleAuthority: 'GB-ICO',
    articlePrefix: 'UK GDPR',
    dutiesOf: 'GDPR',
    undeterminedScopeIsExposure: true,
  },
} satisfies ActModule;
