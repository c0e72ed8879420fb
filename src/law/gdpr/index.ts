import { ECB_RATES_COVER_UNTIL } from '../../core/fx/ecb.js';
import type { ActModule } from '../act-module.js';
import { LAST_REVIEW } from '../review.js';
import { gdprApplicability } from './applicability.js';
import { gdprProvisionForArticle } from './articles.js';
import { GDPR_DUTIES } from './duties.js';
import { GDPR_FACTS } from './facts.js';
import { GDPR_FINE_PROVISIONS, LINKED_PROCESSING_RULE } from './fines.js';
import { gdprObligations } from './obligations.js';
import { GDPR_QUESTIONS } from './questions.js';
import { GDPR_ACT } from './regulation.js';
import { GDPR_TIME_LIMITS } from './time-limits.js';
import { GDPR_WORDS } from './words.js';

/** The General Data Protection Regulation, Regulation (EU) 2016/679. */
export const GDPR = {
  regime: 'GDPR',
  act: GDPR_ACT,
  names: [
    'gdpr',
    'dsgvo',
    'rgpd',
    'avg',
    'gdpr (eu)',
    'eu gdpr',
    '2016/679',
    'general data protection regulation',
  ],
  facts: GDPR_FACTS,
  provisions: GDPR_FINE_PROVISIONS,
  provisionForArticle: gdprProvisionForArticle,
  duties: GDPR_DUTIES,
  timeLimits: GDPR_TIME_LIMITS,
  linkedInfringements: LINKED_PROCESSING_RULE,
  defaultScenario: {
    regime: 'GDPR',
    articles: ['5', '6', '32', '12'],
    seriousness: 'medium',
    basis:
      'the four articles most often found infringed in the bundled GDPR decisions, in this order: Art. 5 (principles), 6 (lawfulness), 32 (security of processing) and 12 (transparent information)',
  },
  stepWords: GDPR_WORDS,
  status: {
    act: 'GDPR',
    textRead: {
      title: 'Regulation (EU) 2016/679, with the corrigendum of 23 May 2018 (not amended since)',
      celex: '32016R0679',
      url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: ECB_RATES_COVER_UNTIL,
    pending: [
      'The Commission proposals to amend the GDPR (small mid-caps, COM(2025) 501; the Digital Omnibus, COM(2025) 837) are not law and are not encoded.',
    ],
  },
  obligations: gdprObligations,
  applicability: gdprApplicability,
  enforcement: { model: 'baseline', articlePrefix: 'GDPR', undeterminedScopeIsExposure: true },
  questions: GDPR_QUESTIONS,
} satisfies ActModule;
