import type { RuleAnswer } from '../../rule-answer.js';
import type { GdprCompany } from '../facts.js';
import { gdpr } from '../regulation.js';
import { anyCaseRule } from './processing-facts.js';

const ART_37_1 = /* @__PURE__ */ gdpr(
  'Art. 37(1)',
  'The controller and the processor shall designate a data protection officer in any case where: (a) the processing is carried out by a public authority or body, except for courts acting in their judicial capacity; (b) the core activities of the controller or the processor consist of processing operations which, by virtue of their nature, their scope and/or their purposes, require regular and systematic monitoring of data subjects on a large scale; or (c) the core activities of the controller or the processor consist of processing on a large scale of special categories of data pursuant to Article 9 and personal data relating to criminal convictions and offences referred to in Article 10.',
);

/** Art. 37(1) and (4): when a data protection officer must be designated. */
export function dataProtectionOfficerRule(profile: GdprCompany): RuleAnswer {
  return anyCaseRule(
    profile.processing,
    {
      coreActivityMonitoring:
        'its core activities require regular and systematic monitoring of data subjects on a large scale (Art. 37(1)(b))',
      coreActivitySpecialCategories:
        'its core activities consist of large-scale processing of special categories or criminal-offence data (Art. 37(1)(c))',
      dpoRequiredByLaw: 'Union or Member State law requires one (Art. 37(4))',
    },
    profile.publicAuthority ? ['it is a public authority or body (Art. 37(1)(a))'] : [],
    {
      no: 'not a public authority, no core activity of large-scale monitoring or of large-scale special-category data, and no national rule requiring one',
      unknown: 'whether a case of Art. 37(1) applies is not known',
    },
    ART_37_1,
  );
}
