import type { ActModule } from '../act-module.js';
import { notDescribed } from '../applicability.js';
import { LAST_REVIEW } from '../review.js';
import { aiActProvisionForArticle } from './articles.js';
import { AI_ACT_FINE_PROVISIONS } from './fines.js';
import { AI_ACT_AMENDMENT, AI_ACT_REGULATION } from './regulation.js';
import { aiActProvisionFor } from './rules/fine-provision.js';
import { AI_ACT_WORDS } from './words.js';

/** The Artificial Intelligence Act, Regulation (EU) 2024/1689, as amended by Regulation (EU) 2026/1744. */
export const AI_ACT = {
  regime: 'AI Act',
  act: AI_ACT_REGULATION,
  names: ['ai act', 'aia', 'ki-vo', '2024/1689', 'artificial intelligence act'],
  provisions: AI_ACT_FINE_PROVISIONS,
  provisionForArticle: aiActProvisionForArticle,
  stepWords: AI_ACT_WORDS,
  status: {
    act: 'AI Act',
    textRead: {
      title:
        'Regulation (EU) 2024/1689 as adopted, and Regulation (EU) 2026/1744 as reported in a consolidated reading',
      celex: '32024R1689',
      url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: null,
    pending: [
      `Regulation (EU) 2026/1744 (OJ L of ${AI_ACT_AMENDMENT.published}, in force ${AI_ACT_AMENDMENT.entryIntoForce}): its dates, Art. 99(6a) and Art. 25(2), (4) in Art. 99(4) are encoded but not yet read in the Official Journal (verified: false).`,
      'Recommendation (EU) 2025/1099 (small mid-caps): the ceilings are encoded, the Annex wording on consecutive periods was not read.',
      'The duties of operators under the AI Act (Arts 16, 26, 50 ...) are fined here; they are not yet listed by obligationsFor.',
    ],
  },
  applicability: () =>
    notDescribed('the profile does not describe AI systems; give a scenario to estimate it'),
  provisionFor: aiActProvisionFor,
  enforcement: { model: null, articlePrefix: 'AI Act' },
} satisfies ActModule;
