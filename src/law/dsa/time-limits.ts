import type { TimeLimit } from '../act-module.js';
import { dsa } from './regulation.js';

/** The DSA's time limits: it is an EU act to which Regulation No 1182/71 applies unless it provides otherwise. */
export const DSA_TIME_LIMITS: readonly TimeLimit[] = [
  {
    id: 'DSA 33(6)',
    period: { length: 4, unit: 'months' },
    from: 'the notification of the designation to the provider',
    duty: 'comply with the obligations of Section 5 of Chapter III as a very large online platform or search engine',
    citation: dsa(
      'Art. 33(6)',
      'The obligations laid down in this Section shall apply, or cease to apply, to the very large online platforms and very large online search engines concerned from four months after the notification to the provider concerned referred to in paragraph 5.',
    ),
  },
];
