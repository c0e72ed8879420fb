import type { ActModule } from '../act-module.js';
import { byObligations } from '../applicability.js';
import { LAST_REVIEW } from '../review.js';
import { nis2ProvisionForArticle } from './articles.js';
import { NIS2_ACT } from './directive.js';
import { NIS2_FACTS } from './facts.js';
import { NIS2_FINE_PROVISIONS } from './fines.js';
import { NIS2_DUTIES } from './obligations.js';
import { NIS2_QUESTIONS } from './questions.js';
import { nis2Obligations } from './rules/applicable-obligations.js';
import { nis2ProvisionFor } from './rules/fine-provision.js';
import { NIS2_TIME_LIMITS } from './time-limits.js';
import { NIS2_WORDS } from './words.js';

/** The NIS2 Directive, Directive (EU) 2022/2555: minimum maxima the Member States' laws must provide. */
export const NIS2 = {
  regime: 'NIS2',
  act: NIS2_ACT,
  names: ['nis2', 'nis 2', 'nis-2', '2022/2555'],
  facts: NIS2_FACTS,
  provisions: NIS2_FINE_PROVISIONS,
  provisionForArticle: nis2ProvisionForArticle,
  duties: NIS2_DUTIES,
  timeLimits: NIS2_TIME_LIMITS,
  defaultScenario: {
    regime: 'NIS2',
    articles: ['21'],
    seriousness: 'medium',
    basis:
      'no NIS2 fine in the bundled data; Art. 21 (cybersecurity risk-management measures) is the duty every essential and important entity has',
  },
  stepWords: NIS2_WORDS,
  status: {
    act: 'NIS2',
    textRead: {
      title: 'Directive (EU) 2022/2555 (minimum maxima; the fines come from national law)',
      celex: '32022L2555',
      url: 'https://eur-lex.europa.eu/eli/dir/2022/2555/oj',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: null,
    pending: [
      'National transposition laws (their own maxima, above the Directive’s floors) are not encoded.',
      'DORA, Regulation (EU) 2022/2554, displaces NIS2 for financial entities from 17 January 2025: its Art. 2 list and Art. 64 are encoded from the Official Journal wording as known; the EUR-Lex text was not re-read in this review.',
    ],
  },
  obligations: nis2Obligations,
  applicability: byObligations('NIS2'),
  provisionFor: nis2ProvisionFor,
  enforcement: { model: null, articlePrefix: 'NIS2' },
  questions: NIS2_QUESTIONS,
} satisfies ActModule;
