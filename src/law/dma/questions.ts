import type { Question } from '../act-module.js';
import { obligationId } from '../obligation-id.js';
import { DMA_OBLIGATIONS } from './obligations.js';

/** The DMA's question of the vendor questionnaire: one for the obligations of Arts 5 to 7. */
export const DMA_QUESTIONS: readonly Question[] = [
  {
    id: 'dma-obligations',
    question:
      'Have you implemented each obligation of DMA Arts 5 to 7 for every designated core platform service?',
    obligations: DMA_OBLIGATIONS.map(obligationId),
  },
];
