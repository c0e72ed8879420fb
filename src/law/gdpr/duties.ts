import type { IsoDate } from '../../core/dates.js';
import type { Obligation } from '../types.js';
import { GDPR_83_4, GDPR_83_5 } from './fines.js';
import { GDPR_ACT, gdpr } from './regulation.js';

/** Who the GDPR lays a duty on (Art. 4(7) and (8)). */
export type GdprRole = 'controller' | 'processor';

/**
 * The rule that decides whether a duty applies to a company, beyond its role: `always` for every
 * controller (or processor); the others name the condition the article sets, which `obligationsFor`
 * judges from `profile.processing` with its reasons.
 */
export type GdprDutyCondition =
  | 'always'
  | 'consent'
  | 'children'
  | 'special categories'
  | 'automated decisions'
  | 'joint controllers'
  | 'representative'
  | 'processors'
  | 'records'
  | 'impact assessment'
  | 'data protection officer'
  | 'transfers';

export interface GdprDuty extends Obligation {
  readonly regime: 'GDPR';
  readonly bears: readonly GdprRole[];
  readonly condition: GdprDutyCondition;
}

const APPLIES: IsoDate = GDPR_ACT.applicationDate;

function duty(
  article: string,
  title: string,
  bears: readonly GdprRole[],
  condition: GdprDutyCondition,
  heading: string,
): GdprDuty {
  const number = Number(/\d+/.exec(article)?.[0]);
  // Art. 83(5)(a)-(c): Arts 5, 6, 7, 9, 12 to 22 and 44 to 49; Art. 83(4)(a): Arts 8, 11, 25 to 39.
  const fifth =
    [5, 6, 7, 9].includes(number) || (number >= 12 && number <= 22) || (number >= 44 && number <= 49);
  return {
    regime: 'GDPR',
    article,
    title,
    tier: bears.join(' and '),
    appliesFrom: APPLIES,
    finedUnder: fifth ? GDPR_83_5.id : GDPR_83_4.id,
    citation: gdpr(article, heading),
    bears,
    condition,
  };
}

const C: readonly GdprRole[] = ['controller'];
const P: readonly GdprRole[] = ['processor'];
const BOTH: readonly GdprRole[] = ['controller', 'processor'];

/**
 * The duties of Arts 5 to 49 a company can fail, one per article, with who bears them and the fine
 * provision of Art. 83 their breach falls under. Left out, on purpose: Art. 10 and Art. 24 (no point
 * of Art. 83(4) to (6) lists them; a breach is fined through Arts 5, 25, 30 or 32), Art. 11 (a relief,
 * not a duty), Art. 36 (it arises only when an impact assessment finds a high residual risk), Arts 40
 * to 43 (codes of conduct and certification are voluntary) and Arts 45 to 49 (the transfer tools
 * themselves, judged under Art. 44).
 */
export const GDPR_DUTIES: readonly GdprDuty[] = [
  duty(
    'Art. 5',
    'Process personal data lawfully, fairly, transparently, for specified purposes, minimised, accurate, with limited storage and securely, and be able to demonstrate it (accountability)',
    C,
    'always',
    'Principles relating to processing of personal data',
  ),
  duty(
    'Art. 6',
    'Have a lawful basis of Art. 6(1) for each processing operation',
    C,
    'always',
    'Lawfulness of processing',
  ),
  duty(
    'Art. 7',
    'Be able to demonstrate consent; ask for it distinguishably; let it be withdrawn as easily as given',
    C,
    'consent',
    'Conditions for consent',
  ),
  duty(
    'Art. 8',
    "Obtain the consent of the holder of parental responsibility for a child under 16 (or the Member State's age) for an information society service offered directly to the child",
    C,
    'children',
    "Conditions applicable to child's consent in relation to information society services",
  ),
  duty(
    'Art. 9',
    'Process special categories of personal data only under an exception of Art. 9(2)',
    C,
    'special categories',
    'Processing of special categories of personal data',
  ),
  duty(
    'Art. 12',
    'Inform data subjects concisely and clearly, facilitate their rights, and act on requests within one month (extendable by two)',
    C,
    'always',
    'Transparent information, communication and modalities for the exercise of the rights of the data subject',
  ),
  duty(
    'Art. 13',
    'Inform data subjects when their data are collected from them',
    C,
    'always',
    'Information to be provided where personal data are collected from the data subject',
  ),
  duty(
    'Art. 14',
    'Inform data subjects when their data are obtained from someone else',
    C,
    'always',
    'Information to be provided where personal data have not been obtained from the data subject',
  ),
  duty(
    'Art. 15',
    'Give data subjects access to their data and a copy',
    C,
    'always',
    'Right of access by the data subject',
  ),
  duty('Art. 16', 'Rectify inaccurate personal data on request', C, 'always', 'Right to rectification'),
  duty(
    'Art. 17',
    "Erase personal data on request where a ground of Art. 17(1) applies ('right to be forgotten')",
    C,
    'always',
    "Right to erasure ('right to be forgotten')",
  ),
  duty(
    'Art. 18',
    'Restrict processing on request in the cases of Art. 18(1)',
    C,
    'always',
    'Right to restriction of processing',
  ),
  duty(
    'Art. 19',
    'Tell each recipient of any rectification, erasure or restriction',
    C,
    'always',
    'Notification obligation regarding rectification or erasure of personal data or restriction of processing',
  ),
  duty(
    'Art. 20',
    'Provide data processed by automated means on consent or contract in a portable format',
    C,
    'always',
    'Right to data portability',
  ),
  duty(
    'Art. 21',
    'Stop processing on an objection, and always for direct marketing',
    C,
    'always',
    'Right to object',
  ),
  duty(
    'Art. 22',
    'Subject no one to a decision based solely on automated processing with legal or similarly significant effects, except under Art. 22(2) and with the safeguards of Art. 22(3)',
    C,
    'automated decisions',
    'Automated individual decision-making, including profiling',
  ),
  duty(
    'Art. 25',
    'Build data protection into the design of processing and its defaults',
    C,
    'always',
    'Data protection by design and by default',
  ),
  duty(
    'Art. 26',
    'Set out the responsibilities of joint controllers in an arrangement and make its essence available',
    C,
    'joint controllers',
    'Joint controllers',
  ),
  duty(
    'Art. 27',
    'Designate in writing a representative in the Union',
    BOTH,
    'representative',
    'Representatives of controllers or processors not established in the Union',
  ),
  duty(
    'Art. 28',
    'Use only processors with sufficient guarantees, under a contract with the content of Art. 28(3); as a processor, act on documented instructions and engage sub-processors only with authorisation',
    BOTH,
    'processors',
    'Processor',
  ),
  duty(
    'Art. 29',
    'Process personal data only on the instructions of the controller',
    P,
    'always',
    'Processing under the authority of the controller or processor',
  ),
  duty(
    'Art. 30',
    'Maintain a record of processing activities',
    BOTH,
    'records',
    'Records of processing activities',
  ),
  duty(
    'Art. 31',
    'Cooperate with the supervisory authority on request',
    BOTH,
    'always',
    'Cooperation with the supervisory authority',
  ),
  duty(
    'Art. 32',
    'Implement appropriate technical and organisational security measures',
    BOTH,
    'always',
    'Security of processing',
  ),
  duty(
    'Art. 33',
    'Notify personal data breaches to the supervisory authority within 72 hours (controller), or to the controller without undue delay (processor), and document them',
    BOTH,
    'always',
    'Notification of a personal data breach to the supervisory authority',
  ),
  duty(
    'Art. 34',
    'Communicate a breach likely to result in a high risk to the data subjects without undue delay',
    C,
    'always',
    'Communication of a personal data breach to the data subject',
  ),
  duty(
    'Art. 35',
    'Carry out a data protection impact assessment before processing likely to result in a high risk',
    C,
    'impact assessment',
    'Data protection impact assessment',
  ),
  duty(
    'Art. 37',
    'Designate a data protection officer and communicate their contact details',
    BOTH,
    'data protection officer',
    'Designation of the data protection officer',
  ),
  duty(
    'Art. 38',
    'Involve the data protection officer, support them, and protect their independence',
    BOTH,
    'data protection officer',
    'Position of the data protection officer',
  ),
  duty(
    'Art. 39',
    'Give the data protection officer at least the tasks of Art. 39(1)',
    BOTH,
    'data protection officer',
    'Tasks of the data protection officer',
  ),
  duty(
    'Art. 44',
    'Transfer personal data to a third country or international organisation only under Chapter V: an adequacy decision (Art. 45), appropriate safeguards (Arts 46-47) or a derogation (Art. 49)',
    BOTH,
    'transfers',
    'General principle for transfers',
  ),
];
