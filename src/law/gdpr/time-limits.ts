import type { TimeLimit } from '../act-module.js';
import { gdpr } from './regulation.js';

/** The GDPR's time limits, counted as the EDPB counts them under Regulation No 1182/71 (Guidelines 01/2022 on the right of access: the one month of Art. 12(3)). */
export const GDPR_TIME_LIMITS: readonly TimeLimit[] = [
  {
    id: 'GDPR 12(3)',
    period: { length: 1, unit: 'months' },
    from: 'receipt of the request',
    duty: 'inform the data subject of the action taken on a request under Arts 15 to 22',
    citation: gdpr(
      'Art. 12(3)',
      'The controller shall provide information on action taken on a request under Articles 15 to 22 to the data subject without undue delay and in any event within one month of receipt of the request.',
    ),
  },
  {
    id: 'GDPR 12(3) extended',
    period: { length: 3, unit: 'months' },
    from: 'receipt of the request',
    duty: 'reply where the period has been extended by two further months (the data subject informed of the extension within the first month)',
    citation: gdpr(
      'Art. 12(3)',
      'That period may be extended by two further months where necessary, taking into account the complexity and number of the requests. The controller shall inform the data subject of any such extension within one month of receipt of the request, together with the reasons for the delay.',
    ),
  },
  {
    id: 'GDPR 33(1)',
    period: { length: 72, unit: 'hours' },
    from: 'the controller becoming aware of the personal data breach',
    duty: 'notify the breach to the competent supervisory authority, unless it is unlikely to result in a risk',
    citation: gdpr(
      'Art. 33(1)',
      'In the case of a personal data breach, the controller shall without undue delay and, where feasible, not later than 72 hours after having become aware of it, notify the personal data breach to the supervisory authority competent in accordance with Article 55.',
    ),
  },
];
