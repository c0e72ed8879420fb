import type { RuleAnswer } from '../../rule-answer.js';
import type { GdprCompany } from '../facts.js';
import { gdpr } from '../regulation.js';
import { anyCaseRule } from './processing-facts.js';

const ART_35 = /* @__PURE__ */ gdpr(
  'Art. 35(1), (3)',
  'Where a type of processing ... is likely to result in a high risk to the rights and freedoms of natural persons, the controller shall, prior to the processing, carry out an assessment of the impact of the envisaged processing operations on the protection of personal data. A data protection impact assessment shall in particular be required in the case of: (a) a systematic and extensive evaluation of personal aspects ... based on automated processing, including profiling, and on which decisions are based that produce legal effects ...; (b) processing on a large scale of special categories of data ... or of personal data relating to criminal convictions and offences ...; or (c) a systematic monitoring of a publicly accessible area on a large scale.',
);

/** Art. 35(1) and (3): when an impact assessment is required. */
export function impactAssessmentRule(profile: GdprCompany): RuleAnswer {
  return anyCaseRule(
    profile.processing,
    {
      likelyToResultInHighRisk: 'a type of processing likely to result in a high risk (Art. 35(1))',
      automatedDecisions: 'automated evaluation with legal or similarly significant effects (Art. 35(3)(a))',
      largeScaleSpecialCategories:
        'large-scale processing of special categories or criminal-offence data (Art. 35(3)(b))',
      publicAreaMonitoring:
        'systematic monitoring of a publicly accessible area on a large scale (Art. 35(3)(c))',
    },
    [],
    {
      no: 'no processing likely to result in a high risk and none of the cases of Art. 35(3)',
      unknown: 'whether any processing is likely to result in a high risk is not known',
    },
    ART_35,
  );
}
