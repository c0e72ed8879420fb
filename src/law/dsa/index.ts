import type { ActModule } from '../act-module.js';
import { byObligations } from '../applicability.js';
import { LAST_REVIEW } from '../review.js';
import { dsaProvisionForArticle } from './articles.js';
import { DSA_FINE_PROVISIONS, DSA_PERIODIC_PENALTIES } from './fines.js';
import { DSA_OBLIGATIONS } from './obligations.js';
import { DSA_QUESTIONS } from './questions.js';
import { DSA_ACT } from './regulation.js';
import { dsaObligations } from './rules/applicable-obligations.js';
import { dsaProvisionFor } from './rules/fine-provision.js';
import { DSA_TIME_LIMITS } from './time-limits.js';
import { DSA_WORDS } from './words.js';

/** The Digital Services Act, Regulation (EU) 2022/2065. */
export const DSA = {
  regime: 'DSA',
  act: DSA_ACT,
  names: ['dsa', '2022/2065', 'digital services act'],
  provisions: DSA_FINE_PROVISIONS,
  periodicPenalties: DSA_PERIODIC_PENALTIES,
  provisionForArticle: dsaProvisionForArticle,
  duties: DSA_OBLIGATIONS,
  timeLimits: DSA_TIME_LIMITS,
  defaultScenario: {
    regime: 'DSA',
    articles: ['25', '34', '39', '40'],
    seriousness: 'medium',
    basis:
      'the two DSA fines so far: X (December 2025) for dark patterns (Art. 25), the advertisement repository (Art. 39) and data access for researchers (Art. 40); Temu (May 2026) for its systemic-risk assessment (Art. 34)',
  },
  stepWords: DSA_WORDS,
  status: {
    act: 'DSA',
    textRead: {
      title: 'Regulation (EU) 2022/2065 (not amended)',
      celex: '32022R2065',
      url: 'https://eur-lex.europa.eu/eli/reg/2022/2065/oj',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: null,
    pending: [],
  },
  obligations: dsaObligations,
  applicability: byObligations('DSA'),
  provisionFor: dsaProvisionFor,
  enforcement: { model: null, articlePrefix: 'DSA' },
  questions: DSA_QUESTIONS,
} satisfies ActModule;
