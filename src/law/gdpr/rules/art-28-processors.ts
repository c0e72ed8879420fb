import type { RuleAnswer } from '../../rule-answer.js';
import type { GdprCompany } from '../facts.js';
import { gdpr } from '../regulation.js';
import { factRule } from './processing-facts.js';

/** Art. 28(2)-(4) and (10) bind every processor; Art. 28(1) binds a controller that uses processors. */
export function processorsRule(profile: GdprCompany): RuleAnswer {
  return profile.roles.includes('processor')
    ? {
        holds: true,
        why: 'it acts as a processor: Art. 28(2)-(4) and (10) bind it',
        needs: [],
        citation: gdpr('Art. 28'),
      }
    : factRule(
        profile,
        'usesProcessors',
        'it has processing carried out by processors',
        'it uses no processor',
        gdpr('Art. 28(1)'),
      );
}
