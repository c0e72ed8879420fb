import type { ActModule } from '../act-module.js';
import { LAST_REVIEW } from '../review.js';
import { craProvisionForArticle } from './articles.js';
import { CRA_FACTS } from './facts.js';
import { CRA_FINE_PROVISIONS } from './fines.js';
import { CRA_DUTIES } from './obligations.js';
import { CRA_QUESTIONS } from './questions.js';
import { CRA_ACT } from './regulation.js';
import { craApplicability, craObligations } from './rules/applicable-obligations.js';
import { craProvisionFor } from './rules/fine-provision.js';
import { CRA_TIME_LIMITS } from './time-limits.js';
import { CRA_WORDS } from './words.js';

/** The Cyber Resilience Act, Regulation (EU) 2024/2847: cybersecurity of products with digital elements. */
export const CRA = {
  regime: 'CRA',
  act: CRA_ACT,
  names: ['cra', 'cyber resilience act', '2024/2847'],
  facts: CRA_FACTS,
  provisions: CRA_FINE_PROVISIONS,
  provisionForArticle: craProvisionForArticle,
  duties: CRA_DUTIES,
  timeLimits: CRA_TIME_LIMITS,
  defaultScenario: {
    regime: 'CRA',
    articles: ['13'],
    seriousness: 'medium',
    basis:
      'no CRA fine yet (its penalties apply from 11 December 2027); Art. 13, the manufacturer’s duty to meet the essential requirements of Annex I, is the duty every manufacturer has',
  },
  stepWords: CRA_WORDS,
  status: {
    act: 'CRA',
    textRead: {
      title: 'Regulation (EU) 2024/2847 (Cyber Resilience Act), OJ L, 20.11.2024',
      celex: '32024R2847',
      url: 'https://eur-lex.europa.eu/eli/reg/2024/2847/oj',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: null,
    pending: [
      'Arts 14, 64 and 71 are encoded from the Official Journal wording as known; the EUR-Lex text was not re-read in this review (the fine versions carry verified: false).',
      'The rules on penalties each Member State lays down by 11 December 2027 (Art. 64(1)), and the size factors of Art. 64(5), are not encoded.',
    ],
  },
  obligations: craObligations,
  applicability: craApplicability,
  provisionFor: craProvisionFor,
  enforcement: { model: null, articlePrefix: 'CRA' },
  questions: CRA_QUESTIONS,
} satisfies ActModule;
