import type { Citation } from '../../core/citation.js';
import type { Act } from '../types.js';

const INSTRUMENT = 'Loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés';
const URL = 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460';

/** A citation of the Loi Informatique et Libertés (LIL) on Légifrance. */
export function lil(provision: string, text?: string): Citation {
  return Object.freeze({ instrument: INSTRUMENT, provision, url: URL, ...(text ? { text } : {}) });
}

/**
 * A CNIL restricted-committee decision that quotes or applies the rule. The wording of the law is
 * taken from these decisions, where the CNIL quotes its own sanctioning article in full.
 */
export function cnilDecision(decision: string, paragraph: string, url: string, text: string): Citation {
  return {
    instrument: `CNIL, formation restreinte, délibération ${decision}`,
    provision: paragraph,
    url,
    text,
  };
}

/** Délibération SAN-2021-023 on Légifrance (the CNIL's own publication channel). */
export const SAN_2021_023_URL = 'https://www.legifrance.gouv.fr/cnil/id/CNILTEXT000044840062';
/** Délibération SAN-2024-013 on Légifrance. */
export const SAN_2024_013_URL = 'https://www.legifrance.gouv.fr/cnil/id/CNILTEXT000050202759';

/**
 * Ordonnance n° 2018-1125 of 12 December 2018 rewrote the whole LIL (its Art. 1 replaced Arts 1
 * to 72) and gave it today's numbering: the CNIL's sanctions in Art. 20, the cookie rule in
 * Art. 82. It entered into force with its implementing decree (n° 2019-536 of 29 May 2019) and at
 * the latest on 1 June 2019, the date used here.
 */
export const FR_LIL_ACT: Act = {
  regime: 'FR LIL',
  title: INSTRUMENT,
  citation: lil(
    'Art. 20 and Art. 82 (numbering of ordonnance n° 2018-1125 du 12 décembre 2018)',
    'The ordonnance enters into force together with the decree amending décret n° 2005-1309, and on 1 June 2019 at the latest.',
  ),
  entryIntoForce: '2019-06-01',
  applicationDate: '2019-06-01',
};

/**
 * Loi n° 2022-52 du 24 janvier 2022 (JO of 25 January 2022, in force the next day) reorganised the
 * CNIL's corrective measures: the restricted committee's sanctions moved from Art. 20 III to
 * Art. 20 IV, with the same caps, and Art. 22-1 added a simplified procedure.
 */
export const LAW_2022_52_IN_FORCE = '2022-01-26';
