import type { ActModule } from '../act-module.js';
import { notDescribed } from '../applicability.js';
import { LAST_REVIEW } from '../review.js';
import { FR_LIL_ACT } from './act.js';
import { frLilProvisionForArticle } from './articles.js';
import { FR_LIL_FINE_PROVISIONS } from './fines.js';

/** The French loi Informatique et Libertés: the CNIL's sanctions (Art. 20) and the cookie rule (Art. 82). */
export const FR_LIL = {
  regime: 'FR LIL',
  act: FR_LIL_ACT,
  names: [
    'fr lil',
    'lil',
    'loi informatique et libertés',
    'loi informatique et libertes',
    'loi n° 78-17',
    '78-17',
  ],
  provisions: FR_LIL_FINE_PROVISIONS,
  provisionForArticle: frLilProvisionForArticle,
  status: {
    act: 'FR LIL',
    textRead: {
      title: 'Loi n° 78-17 du 6 janvier 1978, as amended by loi n° 2022-52 (Légifrance)',
      celex: null,
      url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460',
    },
    checkedOn: LAST_REVIEW,
    dataCoverUntil: null,
    pending: [],
  },
  applicability: () =>
    notDescribed('the profile does not describe cookie use in France; give a scenario to estimate it'),
  enforcement: { model: 'effect', articlePrefix: 'LIL', dutiesOf: 'GDPR' },
} satisfies ActModule;
