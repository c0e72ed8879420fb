import type { ActModule } from '../act-module.js';
import { byObligations } from '../applicability.js';
import { LAST_REVIEW } from '../review.js';
import { dmaProvisionForArticle } from './articles.js';
import { DMA_FINE_PROVISIONS, DMA_PERIODIC_PENALTIES } from './fines.js';
import { DMA_OBLIGATIONS } from './obligations.js';
import { DMA_QUESTIONS } from './questions.js';
import { DMA_ACT } from './regulation.js';
import { dmaObligations } from './rules/applicable-obligations.js';
import { dmaProvisionFor } from './rules/fine-provision.js';
import { DMA_TIME_LIMITS } from './time-limits.js';
import { DMA_WORDS } from './words.js';

/** The Digital Markets Act, Regulation (EU) 2022/1925. */
export const DMA = {
  regime: 'DMA',
  act: DMA_ACT,
  names: ['dma', '2022/1925', 'digital markets act'],
  provisions: DMA_FINE_PROVISIONS,
  periodicPenalties: DMA_PERIODIC_PENALTIES,
  provisionForArticle: dmaProvisionForArticle,
  duties: DMA_OBLIGATIONS,
  timeLimits: DMA_TIME_LIMITS,
  defaultScenario: {
    regime: 'DMA',
    articles: ['5(2)'],
    seriousness: 'medium',
    basis:
      'the first DMA fines (April 2025) are both under Art. 5; Art. 5(2), combining personal data without consent, applies to every gatekeeper',
  },
  stepWords: DMA_WORDS,
  status: {
    act: 'DMA',
    textRead: {
      title: 'Regulation (EU) 2022/1925 (not amended)',
      celex: '32022R1925',
      url: 'https://eur-lex.europa.eu/eli/reg/2022/1925/oj',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: null,
    pending: [],
  },
  obligations: dmaObligations,
  applicability: byObligations('DMA'),
  provisionFor: dmaProvisionFor,
  enforcement: { model: null, articlePrefix: 'DMA' },
  questions: DMA_QUESTIONS,
} satisfies ActModule;
