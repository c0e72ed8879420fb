import { Decimal } from '../../core/decimal.js';
import { money } from '../../core/money.js';
import type { FineCapVersion, FineProvision } from '../types.js';
import {
  cnilDecision,
  FR_LIL_ACT,
  LAW_2022_52_IN_FORCE,
  lil,
  SAN_2021_023_URL,
  SAN_2024_013_URL,
} from './act.js';

/** Art. 20 IV 7° sets the maximum of each fine; the Act sets no rule like GDPR Art. 83(3) for Art. 82. */
const PER_INFRINGEMENT = {
  rule: 'per infringement',
  citation: lil(
    'Art. 20 IV 7°',
    'une amende administrative ne pouvant excéder 10 millions d’euros ou, s’agissant d’une entreprise, 2 % du chiffre d’affaires annuel mondial total de l’exercice précédent',
  ),
} as const;

const BEFORE_2022_REFORM = '2022-01-25';

const TURNOVER = {
  whose: 'undertaking',
  year: 'preceding financial year',
  wording:
    "s'agissant d'une entreprise, le chiffre d'affaires annuel mondial total de l'exercice précédent (the total worldwide annual turnover of the preceding financial year)",
  citations: [
    lil('Art. 20 IV 7°'),
    cnilDecision(
      'SAN-2021-023 du 31 décembre 2021 (Google LLC, Google Ireland Ltd)',
      'para. 141',
      SAN_2021_023_URL,
      'Art. 20 III gives the restricted committee power to impose administrative fines whose maximum may equal 2 % of the total worldwide annual turnover of the preceding financial year achieved by the data controller.',
    ),
  ],
} as const;

/**
 * The wording as the CNIL quotes it in its decisions (English translation of the French text):
 * the first sentence in SAN-2021-023 para. 137 (Art. 20 III 7°) and in SAN-2024-013 para. 152
 * (Art. 20 IV 7°); the second sentence in SAN-2024-013 para. 152 (SAN-2021-023 elides it).
 */
const CAP_TEXT =
  '7° With the exception of cases where the processing is implemented by the State, an administrative fine not exceeding 10 million euros or, in the case of an undertaking, 2 % of the total worldwide annual turnover of the preceding financial year, whichever is higher.';
const RAISED_TEXT =
  'In the cases referred to in points 5 and 6 of Article 83 of Regulation (EU) 2016/679, these caps are respectively increased to 20 million euros and 4 % of said turnover.';

/** The same cap before and after loi n° 2022-52 renumbered the paragraph (III → IV). */
function versions(fixed: string, share: string, text: string, quotedBefore2022: string): FineCapVersion[] {
  const common = {
    currency: 'EUR',
    fixed: Object.freeze(money(fixed, 'EUR')),
    turnoverShare: new Decimal(share),
    combination: 'higher',
  } as const;
  return [
    {
      ...common,
      validFrom: FR_LIL_ACT.applicationDate,
      validTo: BEFORE_2022_REFORM,
      citation: lil('Art. 20 III 7°', `${text} (${quotedBefore2022}: ${SAN_2021_023_URL})`),
    },
    {
      ...common,
      validFrom: LAW_2022_52_IN_FORCE,
      validTo: null,
      citation: lil(
        'Art. 20 IV 7° (as amended by loi n° 2022-52 du 24 janvier 2022)',
        `${text} (Quoted by the CNIL in délibération SAN-2024-013, para. 152: ${SAN_2024_013_URL})`,
      ),
    },
  ];
}

/**
 * Art. 20 IV 7° (Art. 20 III 7° until 25 January 2022): the CNIL's restricted committee may fine a
 * breach of the GDPR or of the LIL up to €10M or, for an undertaking, 2 % of turnover, whichever is
 * higher. This is the cap of a breach of Art. 82 (cookies and other trackers), which is not among
 * the cases of GDPR Art. 83(5)-(6): the CNIL applied the 2 % cap to Google's cookie breach
 * (SAN-2021-023, para. 141). The CNIL quotes the paragraph in its decisions (SAN-2021-023
 * para. 137; SAN-2024-013 para. 152); the citation URL points at those decisions. No fine may be
 * imposed where the State itself carries out the processing ("à l'exception des cas où le
 * traitement est mis en œuvre par l'État"); other public bodies are not excluded, so the profile's
 * public-authority flag does not remove the cap here as it does under GDPR Art. 83(7).
 */
export const FR_LIL_20_7: FineProvision = {
  id: 'FR LIL 20 IV 7°',
  regime: 'FR LIL',
  title:
    'Breaches of the Loi Informatique et Libertés, including Art. 82 (reading or writing information in the terminal of a user: cookies and other trackers), outside the cases of GDPR Art. 83(5) and (6)',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: PER_INFRINGEMENT,
  turnoverBasis: TURNOVER,
  versions: versions(
    '10000000',
    '0.02',
    CAP_TEXT,
    'Quoted by the CNIL in délibération SAN-2021-023 du 31 décembre 2021, para. 137',
  ),
};

/**
 * The second sentence of the same point: in the cases of GDPR Art. 83(5) and (6) the caps rise
 * to €20M and 4 %. It restates the GDPR's own caps for breaches the CNIL fines under French law
 * (SAN-2024-013 para. 163 applied it to a breach of GDPR Art. 5(1)(a) together with LIL Art. 66).
 */
export const FR_LIL_20_7_RAISED: FineProvision = {
  id: 'FR LIL 20 IV 7° raised',
  regime: 'FR LIL',
  title: 'Breaches in the cases of GDPR Art. 83(5) and (6), fined by the CNIL under Art. 20 IV 7°',
  nature: 'maximum',
  imposedBy: 'national authority',
  cumulation: PER_INFRINGEMENT,
  turnoverBasis: TURNOVER,
  versions: versions(
    '20000000',
    '0.04',
    `${CAP_TEXT} ${RAISED_TEXT}`,
    'The first sentence is quoted by the CNIL in délibération SAN-2021-023, para. 137, which elides the second; the second restates GDPR Art. 83(5) and (6), which apply directly',
  ),
};

export const FR_LIL_FINE_PROVISIONS: readonly FineProvision[] = [FR_LIL_20_7, FR_LIL_20_7_RAISED];
